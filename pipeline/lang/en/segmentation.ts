/**
 * English cues for the segmenter (shape: `SegmentationCues` in pipeline/segment/cues.ts). Written from the
 * UN's English letter forms; no English fixture exists yet, so these are untested beyond unit cases.
 */
import type { SegmentationCues } from '../../segment/cues.ts';
import { looseAny, loosePhrase } from '../../segment/cues.ts';
import { isEnglishWord } from './words.ts';

const CARDINALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

/** `Sixty-third` → 63. */
function ordinalNumber(words: string): number | undefined {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  let total = 0;
  for (const [index, token] of tokens.entries()) {
    const value = index === tokens.length - 1 ? ORDINALS[token] : CARDINALS[token];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const flags = 'iu';

export const englishSegmentation: SegmentationCues = {
  letterTitle: new RegExp(`^(?:${looseAny(['identical letters', 'letter', 'identical notes verbales', 'notes verbales', 'note verbale'])})\\s+${loosePhrase('dated')}`, flags),
  identicalLetters: new RegExp(loosePhrase('identical'), flags),
  noteVerbale: new RegExp(`^(?:${loosePhrase('identical')}\\s+)?${looseAny(['notes verbales', 'note verbale'])}(?!\\p{L})`, flags),
  addresseeIntro: new RegExp(`\\s*${loosePhrase('addressed to')}\\s+(?:${loosePhrase('the')}\\s+)?`, flags),
  bareAddresseeIntro: new RegExp(`\\s+${loosePhrase('to')}\\s+(?:${loosePhrase('the')}\\s+)?`, flags),
  // `and the President of …`; `Economic and Social Council` has no `the` after its `and`.
  // `, the President of …` between three addressees.
  addresseeJoiner: new RegExp(`\\s*,\\s+(?:${loosePhrase('and')}\\s+)?(?:${loosePhrase('to')}\\s+)?${loosePhrase('the')}\\s+(?=${looseAny(['president', 'secretary', 'chair', 'high'])})|\\s+${loosePhrase('and')}\\s+(?:${loosePhrase('to')}\\s+)?${loosePhrase('the')}\\s+`, flags),
  senderIntro: new RegExp(`\\s+${loosePhrase('from')}\\s+`, flags),
  knownAddressees: [
    'Secretary-General',
    'President of the Security Council',
    'President of the General Assembly',
    'President of the Economic and Social Council',
    'President of the Human Rights Council',
  ],
  bodyOpening: new RegExp(`^(?:${looseAny(['i have', 'we have', 'i also have', 'we also have'])}\\s+${looseAny(['the honour', 'the honor'])}|${looseAny(['on behalf of', 'upon instructions from', 'on instructions from'])}\\s|${looseAny(['the permanent mission of', 'the permanent observer mission of'])}\\s)`, flags),
  masthead: new RegExp(`^${loosePhrase('united nations')}(?=\\s|$)`, flags),
  annexHeading: new RegExp(`^${loosePhrase('annex')}(?:\\s+(?:[IVX]+|\\d+))?(?:\\s*$|\\s+${loosePhrase('to')}\\s)`, flags),
  attachmentHeadings: (['enclosure', 'appendix', 'attachment'] as const).map((kind) => ({
    kind,
    pattern: new RegExp(`^${loosePhrase(kind)}(?:\\s+(?:[IVX]+|\\d+|[A-Z]))?(?:\\s*$|\\s+${loosePhrase('to')}\\s)`, flags),
  })),
  transmittal: new RegExp(`${looseAny(['the honour', 'the honor'])}\\s+${loosePhrase('to')}\\s+(?:${looseAny(['herewith', 'hereby'])}\\s+)?${looseAny(['transmit', 'enclose', 'forward', 'submit'])}(?!\\p{L})`, flags),
  // Not the annex of another text (`paragraph (a) of annex I to resolution 2734 (2024)`).
  annexReference: new RegExp(`(?<!\\p{L})${looseAny(['annex', 'annexes'])}(?!\\p{L})(?!\\s+(?:[IVX]+|\\d+)\\s+(?:${looseAny(['to', 'of'])})\\s+(?:${loosePhrase('the')}\\s+)?(?:[\\p{L}-]+\\s+){0,3}${looseAny(['resolution', 'resolutions', 'decision', 'decisions', 'document', 'report', 'convention', 'agreement'])}(?!\\p{L}))`, flags),
  // `(Signed)`; in translations of other administrations' papers `[signed]`, `[signed and sealed]`, or `/-/` before
  // the name.
  signedMark: new RegExp(`^(?:\\(\\s*${loosePhrase('signed')}\\s*\\)|\\[\\s*${loosePhrase('signed')}(?:\\s+${loosePhrase('and sealed')})?\\s*\\]|\\/-\\/)\\s*:?\\s*`, flags),
  originalLanguage: new RegExp(`^\\[\\s*${loosePhrase('original')}\\s*:?\\s*(.+?)\\s*\\]$`, flags),
  listJoiner: new RegExp(`\\s*,\\s*(?:${loosePhrase('and')}\\s+)?|\\s+${loosePhrase('and')}\\s+`, flags),
  organs: [
    'General Assembly',
    'Security Council',
    'Economic and Social Council',
    'Human Rights Council',
    'Trusteeship Council',
    'International Court of Justice',
  ].map((organ) => new RegExp(loosePhrase(organ), flags)),
  session: new RegExp(`(([\\p{L}-]+)\\s+${loosePhrase('session')})`, flags),
  year: new RegExp(`([\\p{L}-]+\\s+${loosePhrase('year')})`, flags),
  // `Items 12, 17 of the provisional agenda`, `Agenda items 19 and 25`.
  agendaItems: new RegExp(`^(?:${loosePhrase('agenda')}\\s+)?${looseAny(['items', 'item'])}\\s+(\\d.*?)(?:\\s+${loosePhrase('of the')}\\s+(?:${loosePhrase('provisional')}\\s+)?${loosePhrase('agenda')})?\\s*$`, flags),
  ordinalNumber,
  // A diplomatic rank alone on its line (`Minister` above `Permanent Observer`, `Counsellor` above `Chargé d’affaires
  // a.i.`) is the signatory's rank, as `Ambassador` is; with a portfolio (`Minister for Foreign Affairs`) it is a role.
  honorific: new RegExp(`^(${looseAny(['ambassador', 'chargé d’affaires a.i.', 'chargé d’affaires', 'minister-counsellor', 'minister counsellor', 'minister', 'counsellor'])})\\s*,?\\s*$`, flags),
  // `For the Ministry of Foreign Affairs of …`, `For the Government of …`: the body a declaration is signed for.
  roleStart: new RegExp(
    `^(?:${loosePhrase('for the')}\\s+${looseAny(['government', 'ministry', 'ministries'])}(?![\\p{L}])|(?:(?:${looseAny(['for the', 'the'])}\\s+)?${looseAny([
      'permanent representative',
      'deputy permanent representative',
      'representative',
      'president',
      'vice-president',
      'prime minister',
      'minister',
      'secretary',
      'chargé d’affaires',
      'ambassador',
      'chair',
      'chairman',
      'chairperson',
      'head',
      'director',
      'observer',
      'envoy',
      'coordinator',
      'high representative',
      'king',
      'queen',
      'emir',
      'prince',
      'governor',
      'mayor',
    ])}(?![\\p{L}])))`,
    flags,
  ),
  closing: [
    `^${loosePhrase('adopted')}\\s+(?:${looseAny(['on', 'at', 'in', 'by'])})\\s`,
    `^${loosePhrase('welcomed')}\\s`,
    `^${loosePhrase('done at')}\\s`,
    `^${loosePhrase('signed')}\\s+(?:${looseAny(['at', 'on', 'in'])})\\s`,
  ].map((source) => new RegExp(source, flags)),
  // `… avails itself of this opportunity to renew to the Secretary-General the assurances of its highest consideration`.
  // A valediction alone on its line: `Sincerely,`, `Yours faithfully,`, `Respectfully yours,`.
  complimentaryClose: new RegExp(`^(?:${loosePhrase('yours')}\\s+)?${looseAny(['sincerely', 'faithfully', 'truly', 'respectfully'])}(?:\\s+${loosePhrase('yours')})?\\s*,?$|${looseAny(['avails itself of this opportunity', 'avail themselves of this opportunity'])}|${loosePhrase('the assurances of')}\\s+${looseAny(['my', 'its', 'our', 'his', 'her', 'their'])}\\s+(?:${looseAny(['very', 'most'])}\\s+)?${looseAny(['highest', 'high', 'distinguished'])}\\s+${loosePhrase('consideration')}`, flags),
  placeDateLead: new RegExp(`^${looseAny(['done', 'signed', 'adopted'])}\\s+${looseAny(['at', 'in'])}\\s+`, flags),
  dateArticle: new RegExp(`^${looseAny(['on', 'the', 'this'])}$`, flags),
  dayOfMonth: new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:${looseAny(['st', 'nd', 'rd', 'th'])})?\\s+${loosePhrase('day of')}\\s+`, flags),
  abbreviations: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'No.', 'Nos.', 'para.', 'art.'],
  compoundPrefixes: [
    'anti', 'non', 'ex', 'vice', 'post', 'pre', 'pro', 'self', 'cross', 'co', 'multi', 'inter', 'well', 'long',
    'short', 'high', 'low', 'south', 'north', 'east', 'west', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
    'seventy', 'eighty', 'ninety', 'secretary', 'follow', 'peace', 'state', 'member', 'head',
  ],
  compoundSuffixes: ['based', 'led', 'related', 'term', 'level', 'general', 'making', 'building', 'up', 'owned'],
  // `Return to UN Documents Index`, `Back to the list`: a link back, whatever it leads to.
  webNavigation: new RegExp(`^[\\[(<«‹]*\\s*(?:${looseAny(['go to', 'back to', 'return to'])}\\s+[^.;:!?]{1,40}|${looseAny(['go to top', 'top', 'back to top', 'back', 'go to homepage', 'home page', 'homepage', 'previous page', 'next page', 'print', 'print page', 'related links', 'related content', 'return to top', 'top of page', 'back to top of page', 'print this page', 'print this article', 'printer-friendly version', 'print version', 'share this page', 'share this article', 'share this story', 'share this story, choose your platform!', 'email this page', 'skip to main content', 'skip to content', 'view original', 'download pdf', 'download document'])})\\s*[\\])>»›]*\\s*[.!]?$`, flags),
  letterMention: new RegExp(`(?<!\\p{L})${looseAny(['letter', 'letters', 'note verbale'])}\\s+${loosePhrase('from')}\\s`, flags),
  recycle: new RegExp(`^${loosePhrase('please recycle')}\\s*$`, flags),
  unfinishedEnd: new RegExp(`(?:^|\\s)${looseAny(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'for', 'with', 'by', 'from', 'on', 'at', 'as', 'that', 'which', 'its', 'their', 'our', 'this', 'these', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'between', 'into', 'under', 'against', 'including'])}$`, 'u'),
  roleUnfinishedEnd: new RegExp(`(?:^|\\s)${looseAny(['deputy', 'permanent', 'acting', 'special', 'alternate', 'assistant', 'vice', 'executive', 'high', 'under', 'senior', 'principal', 'personal', 'international', 'national', 'legal', 'foreign', 'federal', 'political', 'military', 'humanitarian'])}$`, flags),
  salutation: new RegExp(`^(?:${looseAny(['sir', 'madam', 'excellency', 'your excellency', 'dear sir', 'dear madam', 'mr. president', 'madam president', 'mr. secretary-general', 'madam secretary-general'])}|${loosePhrase('dear')}\\s+[^,]{1,60})\\s*,$`, flags),
  signingParty: new RegExp(`^(?:${looseAny(['for', 'on behalf of'])})\\s+\\S.*?\\s*:$`, flags),
  partHeading: new RegExp(`^${looseAny(['introduction', 'background', 'context', 'overview'])}$`, flags),
  authorTitle: new RegExp(`^${looseAny(['report', 'note', 'statement', 'communication'])}\\s+${looseAny(['by', 'of'])}\\s+${looseAny(['the', 'his', 'her'])}\\s`, flags),
  datedEntry: new RegExp(`^\\d{1,2}\\s+${looseAny(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])}(?:\\s+\\d{4})?\\s*:\\s+\\S`, flags),
  partLabel: /^((?:Article|Section|Part|Chapter)\s+(?:[IVXL]{1,6}|\d{1,3}))\.?(?:\s+(?=[\p{Lu}“"])|$)/u,
  personTitle: /^(?:Mr|Mrs|Ms|Dr|H\.\s?E)\.\s+\p{Lu}/u,
  pageLabel: new RegExp(`^${loosePhrase('page')}\\s+\\d{1,3}$`, flags),
  languageName: new RegExp(`^${looseAny(['english', 'french', 'spanish', 'russian', 'arabic', 'chinese'])}$`, flags),
  mastheadOriginal: new RegExp(`^${loosePhrase('original')}\\s*:\\s*\\p{L}[\\p{L}\\s,/]*$`, flags),
  // A caption's label over a table or a chart (`Table 2`, `Figure IV`) and the notes under them (`Source: …`).
  // The heading and column heads of a table of contents (`Contents`, `Chapter`, `Page`).
  contentsLabel: new RegExp(`^${looseAny(['contents', 'table of contents', 'summary of contents', 'chapter', 'chapters', 'page', 'pages', 'paragraph', 'paragraphs', 'item', 'section'])}$`, flags),
  figureTitle: /^\p{Lu}[^.;:!?]*,\s+by\s+[^,.;:!?]+,\s+[^,.;:!?]*\d{4}$/u,
  captionLabel: new RegExp(`^(${looseAny(['table', 'figure', 'chart', 'graph', 'map', 'box'])})\\s+(?:\\d{1,3}(?:\\.\\d{1,2})?|[IVXL]{1,6})(?=[\\s.:]|$)`, flags),
  displayNote: new RegExp(`^${looseAny(['note', 'notes', 'source', 'sources', 'abbreviation', 'abbreviations'])}\\s*:`, flags),
  // The head of an attached letter or statement: a translator's note (`Translation from Russian 4336-24`, `[Unofficial
  // translation]`), a reference line (`Our ref. No. …`, `08.08.2024 Our ref. …`, `Ref.: …`, `No. 3810/n`), a
  // classification, `Check against delivery`.
  headLine: new RegExp(`^(?:\\[\\s*(?:${looseAny(['unofficial', 'informal', 'courtesy', 'official'])}\\s+)?${looseAny(['translation', 'translated'])}(?:\\s+${loosePhrase('from')}\\s+[^\\]]{1,40})?\\s*\\]|(?:${looseAny(['unofficial', 'informal', 'courtesy', 'official'])}\\s+)?${looseAny(['translation', 'translated'])}(?:\\s+${loosePhrase('from')}\\s+(?:${loosePhrase('the')}\\s+)?\\p{L}+)?(?:\\s+[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*)?|(?:[\\d./-]+\\s+)?${looseAny(['our', 'your'])}\\s+${looseAny(['ref.', 'ref', 'reference', 'references'])}(?![\\p{L}]).*|${looseAny(['ref.', 'reference'])}\\s*(?:${looseAny(['no.', 'number'])}\\s*)?:.*|(?:${loosePhrase('note')}\\s+)?${loosePhrase('no.')}\\s*[\\p{L}\\d]*\\d[\\p{L}\\d/.-]*|(?:${loosePhrase('please')}\\s+)?${loosePhrase('check against delivery')}|(?:${loosePhrase('strictly')}\\s+)?${looseAny(['confidential', 'restricted', 'unclassified', 'secret', 'for official use only'])})\\s*\\.?$`, flags),
  letterhead: new RegExp(`^(?:${loosePhrase('the')}\\s+)?(?:${looseAny(['permanent mission', 'permanent observer mission', 'delegation', 'embassy', 'consulate general', 'consulate', 'ministry', 'office of the president', 'office of the prime minister'])})\\s+${looseAny(['of', 'for'])}\\s`, flags),
  enactingFormula: new RegExp(`^${looseAny(['in the name of', 'on behalf of'])}\\s`, flags),
  numericDate: /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?!\d)/u,
  isWord: isEnglishWord,
};
