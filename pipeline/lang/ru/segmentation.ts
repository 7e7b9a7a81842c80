/**
 * Russian cues for the segmenter (shape: `SegmentationCues` in pipeline/segment/cues.ts), from the UN's
 * Russian letter forms: `Письмо <senders> от 14 марта 2016 года на имя Генерального секретаря`,
 * `Приложение к письму …`, `(Подпись)`, `Пункт 19 повестки дня`, `Семьдесят девятая сессия`.
 * Cyrillic has no accents to tolerate; the patterns are case-insensitive like the others.
 */
import type { SegmentationCues } from '../../segment/cues.ts';
import { looseAny, loosePhrase } from '../../segment/cues.ts';
import { isRussianWord } from './words.ts';

const CARDINALS: Record<string, number> = {
  двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80,
  девяносто: 90, сто: 100,
};

/** Stems of ordinal adjectives (the ending is dropped before lookup): `девят` of `девятая`, `девятый`. */
const ORDINAL_STEMS: Record<string, number> = {
  перв: 1, втор: 2, трет: 3, четверт: 4, пят: 5, шест: 6, седьм: 7, восьм: 8, девят: 9, десят: 10,
  одиннадцат: 11, двенадцат: 12, тринадцат: 13, четырнадцат: 14, пятнадцат: 15, шестнадцат: 16,
  семнадцат: 17, восемнадцат: 18, девятнадцат: 19, двадцат: 20, тридцат: 30, сороков: 40, пятидесят: 50,
  шестидесят: 60, семидесят: 70, восьмидесят: 80, девяност: 90, сот: 100,
};

const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|ья|ое|ье|ей|его|ого|ому|ему|ью|ую)$/u;

/** `Семьдесят девятая` → 79, `Восьмидесятый` → 80, `Шестьдесят третья` → 63. */
function ordinalNumber(words: string): number | undefined {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  let total = 0;
  for (const [index, token] of tokens.entries()) {
    const value = index === tokens.length - 1 ? ORDINAL_STEMS[token.replace(ADJECTIVE_ENDING, '')] : CARDINALS[token];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const flags = 'iu';
const title = looseAny(['идентичные письма', 'письмо', 'идентичные вербальные ноты', 'вербальная нота']);

export const russianSegmentation: SegmentationCues = {
  letterTitle: new RegExp(`^${title}(?=\\s)`, flags),
  identicalLetters: new RegExp(loosePhrase('идентичные'), flags),
  noteVerbale: new RegExp(`^(?:${loosePhrase('идентичные')}\\s+)?${looseAny(['вербальная нота', 'вербальные ноты'])}(?!\\p{L})`, flags),
  addresseeIntro: new RegExp(`\\s+${loosePhrase('на имя')}\\s+`, flags),
  // Two addressees: `на имя Генерального секретаря и Председателя Совета Безопасности`. Only before the
  // head of a known addressee: `и` also joins the words of a name (`Экономического и Социального Совета`).
  addresseeJoiner: new RegExp(`\\s+${loosePhrase('и')}\\s+(?=${looseAny(['генерального', 'председател', 'президент'])})`, flags),
  // The senders come first, right after `Письмо`, and end where the date starts (`от 9 января 2025 года`).
  senderIntro: new RegExp(`^${title}\\s+`, flags),
  senderEnd: new RegExp(`\\s+${loosePhrase('от')}\\s+(?=\\d)`, flags),
  knownAddressees: [
    'Генерального секретаря',
    'Председателя Совета Безопасности',
    'Председателя Генеральной Ассамблеи',
  ],
  bodyOpening: new RegExp(`^(?:${looseAny(['имею честь', 'имеем честь', 'от имени', 'по поручению', 'препровождаю', 'настоящим', 'постоянное представительство'])})(?![\\p{L}])`, flags),
  // `… пользуется случаем, чтобы возобновить Генеральному секретарю уверения в своем весьма высоком уважении`.
  complimentaryClose: new RegExp(`${looseAny(['пользуется случаем', 'пользуется этой возможностью', 'пользуются случаем'])}\\s*,?\\s*${loosePhrase('чтобы')}|${loosePhrase('уверения в')}\\s+${looseAny(['своем', 'моем', 'нашем', 'его', 'ее'])}\\s+(?:${loosePhrase('весьма')}\\s+)?${loosePhrase('высоком уважении')}`, flags),
  masthead: new RegExp(`^${loosePhrase('организация объединенных наций')}(?=\\s|$)`, flags),
  annexHeading: new RegExp(`^${loosePhrase('приложение')}(?:\\s+(?:[IVX]+|\\d+))?(?:\\s*$|\\s+${loosePhrase('к')}\\s)`, flags),
  signedMark: new RegExp(`^\\(\\s*${loosePhrase('подпись')}\\s*\\)\\s*`, flags),
  // `[Подлинный текст на английском языке]`, `[Подлинный текст на английском и французском языках]`.
  originalLanguage: new RegExp(`^\\[\\s*${loosePhrase('подлинный текст на')}\\s+(.+?)\\s*(?:${looseAny(['языках', 'языке'])})?\\s*\\]$`, flags),
  listJoiner: new RegExp(`\\s*,\\s*|\\s+${loosePhrase('и')}\\s+`, flags),
  organs: [
    'Генеральная Ассамблея',
    'Совет Безопасности',
    'Экономический и Социальный Совет',
    'Совет по правам человека',
    'Совет по Опеке',
    'Международный Суд',
  ].map((organ) => new RegExp(loosePhrase(organ), flags)),
  session: new RegExp(`(([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+${loosePhrase('сессия')})`, flags),
  year: new RegExp(`([\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+${loosePhrase('год')})(?![\\p{L}])`, flags),
  agendaItems: new RegExp(`^${looseAny(['пункты', 'пункт'])}\\s+(\\d.*?)\\s+(?:${loosePhrase('предварительной')}\\s+)?${loosePhrase('повестки дня')}\\s*$`, flags),
  ordinalNumber,
  honorific: new RegExp(`^(${looseAny(['посол', 'временный поверенный в делах'])})\\s*,?\\s*$`, flags),
  roleStart: new RegExp(
    `^${looseAny([
      'постоянный представитель',
      'заместитель постоянного представителя',
      'заместитель',
      'представитель',
      'председатель',
      'президент',
      'вице-президент',
      'премьер-министр',
      'министр',
      'генеральный секретарь',
      'секретарь',
      'временный поверенный',
      'посол',
      'глава',
      'руководитель',
      'директор',
      'наблюдатель',
      'посланник',
      'координатор',
      'высокий представитель',
      'король',
      'королева',
      'эмир',
      'принц',
      'губернатор',
    ])}(?![\\p{L}])`,
    flags,
  ),
  closing: [
    `^${loosePhrase('принят')}[\\p{L}]*\\s`,
    `^${loosePhrase('совершено в')}\\s`,
    `^${loosePhrase('подписан')}[\\p{L}]*\\s+${loosePhrase('в')}\\s`,
  ].map((source) => new RegExp(source, flags)),
  // `Москва, 14 марта 2016 года`: no word between a place and its date.
  dateArticle: /^(?!)/u,
  abbreviations: ['г.', 'гг.', 'см.', 'ст.', 'п.', 'т.', 'е.', 'д.', 'им.', 'г-н.', 'г-жа.'],
  compoundPrefixes: [
    'информационно', 'кипрско', 'социально', 'военно', 'политико', 'экономико', 'северо', 'юго', 'южно', 'западно',
    'восточно', 'торгово', 'научно', 'генерал', 'вице', 'премьер', 'экс', 'государства', 'государствами',
    'государств', 'государствам', 'член', 'члены', 'членов', 'киприоты', 'киприотов', 'киприотам',
  ],
  compoundSuffixes: ['то', 'либо', 'нибудь', 'таки', 'член', 'члены', 'членов', 'членами', 'партнеры', 'партнеров', 'партнерами', 'турки', 'турок', 'греки', 'греков'],
  partHeading: new RegExp(`^${looseAny(['введение', 'общие сведения', 'история вопроса'])}$`, flags),
  // A caption's label over a table or a chart (`Table 2`, `Figure IV`) and the notes under them (`Source: …`).
  // Заголовок и шапка оглавления (`Содержание`, `Глава`, `Стр.`).
  contentsLabel: new RegExp(`^(?:${looseAny(['содержание', 'оглавление', 'глава', 'главы', 'страница', 'пункты', 'пункт', 'раздел'])}|${loosePhrase('стр')}\\.?)$`, flags),
  captionLabel: new RegExp(`^(${looseAny(['таблица', 'рисунок', 'диаграмма', 'график', 'карта', 'вставка'])})\\s+(?:\\d{1,3}(?:\\.\\d{1,2})?|[IVXL]{1,6})(?=[\\s.:]|$)`, flags),
  displayNote: new RegExp(`^${looseAny(['примечание', 'примечания', 'источник', 'источники', 'сокращения'])}\\s*:`, flags),
  // The head of an attached letter or statement: a translator's note (`Неофициальный перевод`, `Перевод с английского`),
  // a reference line (`Исх. № …`, `№ 214/2025`), a classification (`Конфиденциально`), the delivery mark of a speech.
  headLine: new RegExp(`^(?:\\[\\s*(?:${loosePhrase('неофициальный')}\\s+)?${loosePhrase('перевод')}[^\\]]{0,40}\\]|(?:${loosePhrase('неофициальный')}\\s+)?${loosePhrase('перевод')}(?:\\s+${loosePhrase('с')}\\s+\\p{L}+)?(?:\\s+[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*)?|(?:[\\d./-]+\\s+)?(?:${looseAny(['исх.', 'вх.', 'наш исх.', 'на №', 'на ваш №'])}).*|(?:${loosePhrase('нота')}\\s+)?№\\s*[\\p{L}\\d]*\\d[\\p{L}\\d/.-]*|${looseAny(['сверить с фактически произнесенным текстом', 'проверить по факту выступления', 'текст выступления сверять при произнесении'])}|(?:${loosePhrase('строго')}\\s+)?${looseAny(['конфиденциально', 'секретно', 'для служебного пользования'])})\\s*\\.?$`, flags),
  letterhead: new RegExp(`^(?:${looseAny(['постоянное представительство', 'постоянная миссия', 'постоянное представительство наблюдателя', 'делегация', 'посольство', 'генеральное консульство', 'консульство', 'министерство', 'администрация президента', 'аппарат правительства'])})\\s`, flags),
  enactingFormula: new RegExp(`^${looseAny(['от имени', 'именем'])}\\s`, flags),
  numericDate: /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?!\d)/u,
  isWord: isRussianWord,
};
