import { hunspellPackage } from '../../repair/lexicon.ts';
import { hyphenatedWords, nameWords } from '../names/name-words.ts';
import { russianEntities } from './entities.ts';
import { NO_ACCENT_CONTEXT, NO_VERBS, type RepairLanguage } from '../../repair/resources.ts';

/**
 * Russian repair data. The lexicon is Alexander Lebedev's Hunspell dictionary (dictionary-ru, BSD) expanded
 * from its suffixes (it has no prefix rules). No frequency list of Russian words is published on npm, so
 * every known form costs the same: a reading is applied only when it is the one known word a confusion
 * makes (two readings tie and stay suggestions). `ё` folds to `е` (`lexicon.ts`): the dictionary has both
 * spellings, and United Nations Russian writes `е`. Nothing here comes from the letters.
 */
export const russianRepair: RepairLanguage = {
  lexicon: {
    name: 'ru-1',
    ...hunspellPackage('dictionary-ru'),
    rankedLists: async () => [],
    // Without ranks two known words would cost as much as one: the function words get the approximate ranks
    // of general Russian frequency lists, so that `и в`, `с тем` are never read as one word cut in two.
    extraForms: [
      'и', 'в', 'не', 'на', 'я', 'он', 'с', 'что', 'а', 'по', 'это', 'она', 'к', 'но', 'они', 'мы', 'как', 'из', 'у',
      'то', 'за', 'от', 'так', 'о', 'для', 'ты', 'же', 'все', 'тот', 'вы', 'его', 'только', 'или', 'еще', 'бы', 'уже',
      'до', 'если', 'когда', 'вот', 'при', 'чтобы', 'кто', 'очень', 'ее', 'даже', 'во', 'со', 'где', 'там', 'под',
      'можно', 'их', 'после', 'без', 'ли', 'был', 'была', 'были', 'было', 'будет', 'этот', 'эта', 'эти', 'этого',
      'этой', 'этом', 'этих', 'том', 'тем', 'того', 'той', 'об', 'между', 'также', 'через', 'против', 'над', 'перед',
      'который', 'которые', 'которых', 'которой', 'которого', 'является', 'года', 'году', 'год',
    ].map((word, index) => [word, index + 1] as const),
  },
  verbs: async () => NO_VERBS,
  names: nameWords,
  // The titles of the entity cues (every case) and the names of the name tables written with a hyphen.
  compounds: () => hyphenatedWords([...russianEntities.roles.flatMap((role) => role.forms), ...nameWords()]),
  script: 'Cyrillic',
  alphabet: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  elisions: [],
  clitics: [],
  lConfusions: [],
  parenthesisReadings: [],
  // What tesseract's Russian model misreads on a scanned Times page, on folded keys: the tail of `щ` and the
  // breve of `й` lost or added, `н`/`и` and `п`/`л` of a worn serif. (`ы` read as `ьі` would bring a letter
  // foreign to Russian, which marks the word as a name: not tried.)
  confusions: [
    ['ш', 'щ', 3], ['щ', 'ш', 3], ['и', 'й', 3], ['й', 'и', 3], ['н', 'и', 3], ['и', 'н', 3], ['п', 'л', 4],
    ['л', 'п', 4],
  ],
  // Titles and organs are capitalized (`Постоянный представитель`, `Генеральный секретарь`).
  confusionsOnCapitals: true,
  detachedEndings: ['ого', 'его', 'ому', 'ему', 'ами', 'ями', 'ыми', 'ими', 'ых', 'их', 'ость', 'ости', 'ия', 'ии', 'ий', 'ся'],
  shortWords: [
    'и', 'в', 'с', 'к', 'у', 'о', 'а', 'я', 'на', 'по', 'за', 'от', 'до', 'из', 'не', 'но', 'же', 'бы', 'ли', 'во',
    'со', 'об', 'он', 'мы', 'вы', 'их', 'то', 'ее', 'её', 'ни', 'да', 'ко', 'уж',
  ],
  combiningPrefixes: [
    'анти', 'авиа', 'авто', 'агро', 'био', 'вице', 'гео', 'гидро', 'кибер', 'контр', 'макро', 'меж', 'микро', 'мини',
    'мульти', 'нарко', 'нео', 'пост', 'псевдо', 'радио', 'сверх', 'супер', 'теле', 'транс', 'ультра', 'экс', 'эко',
    'электро', 'квази', 'полу', 'само', 'обще', 'много', 'мало', 'двух', 'трех', 'ново',
    // Russian glues `не` to adjectives and nouns (`неденежные`) and joins stems with a linking vowel
    // (`миростроительство`, `миротворческий`): pieces the dictionary does not list whole.
    'не', 'миро',
  ],
  glueWords: ['и', 'в', 'с', 'к', 'у', 'о', 'на', 'по', 'за', 'от', 'до', 'из', 'не', 'для', 'при', 'об', 'со', 'во'],
  ordinalSuffix: '',
  context: {
    ...NO_ACCENT_CONTEXT,
    // The conjunction `и` read as `н`: a letter alone that is no Russian word (`н.` with its dot stays).
    shortReadings: [['н', 'и']],
  },
  // UN Russian: typographic apostrophe (names only), guillemets with no space inside, none before marks.
  typography: {
    apostrophe: '’',
    spaceBefore: [],
    narrowSpace: '',
    wideSpace: '',
    openQuote: '«',
    closeQuote: '»',
  },
};
