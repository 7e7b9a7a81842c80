/**
 * The language-dependent cues the segmenter reads. Each language fills this shape in
 * `pipeline/lang/<code>/segmentation.ts`; the segmenter itself holds no word of any language.
 *
 * Cues are matched against lines as extracted or OCR'd, so they should be loose: case-insensitive, accent-
 * tolerant, spaces optional inside words. `loosePhrase` builds such a pattern from a plain phrase.
 */
import { escapeRegExp } from '../regexp.ts';

export interface SegmentationCues {
  /** Start of the letter title, anchored at the line start (`Lettre datée du`, `Lettres identiques datées`). */
  letterTitle: RegExp;
  /** Marks the title of identical letters (`Lettres identiques`). Tested on the title's first line. */
  identicalLetters: RegExp;
  /**
   * A title that names a note verbale rather than a letter (`Note verbale dated …`, `Identical notes verbales`,
   * Chinese `…的普通照会` at its end), tested on the whole title; optional (absent: every title is a letter's).
   */
  noteVerbale?: RegExp;
  /** Where the addressees start inside the title (`adressée au`); the match is dropped. */
  addresseeIntro: RegExp;
  /**
   * Where the addressee starts in a title that leaves out the word for `addressed`, as the Official Records print
   * it (`… from the representative of Lebanon to the Secretary-General`): the word before a known addressee
   * ending the title (` to the `); the match is dropped. Optional.
   */
  bareAddresseeIntro?: RegExp;
  /** Joins two addressees (` et au `); the match is dropped. */
  addresseeJoiner: RegExp;
  /** Where the senders start inside the title (` par `, ` from `); the match is dropped. */
  senderIntro: RegExp;
  /**
   * Where the senders end when the title goes on after them with its date (`Письмо <senders> от 9 января
   * 2025 года на имя …`); the match is dropped. Absent: the senders run to the addressees or the title's end.
   */
  senderEnd?: RegExp;
  /**
   * Words that close the title after its addressees or senders (`的信` in Chinese, whose title ends `…给秘书长
   * 的信`); left out of the last part. Absent: the title ends on its last part.
   */
  titleEnd?: RegExp;
  /** Addressees as they are usually written, used to complete a title cut short by the extraction. */
  knownAddressees: readonly string[];
  /**
   * The opening words of a letter's first paragraph, anchored at the line start (`J’ai l’honneur`, `Au nom
   * de`): a heading never goes on over them written with a capital, even with no blank line or indent to
   * end it (OCR'd pages).
   */
  bodyOpening: RegExp;
  /** The Organization's name heading the first page, anchored at the line start (`Nations Unies`). */
  masthead: RegExp;
  /** Annex heading, anchored at the line start: `Annexe`, `Annexe à la lettre …`, `Annexe aux lettres …`. */
  annexHeading: RegExp;
  /**
   * Headings of the other attached texts, anchored at the line start, by kind: `Enclosure`, `Appendix`,
   * `Attachment` (optional: a language without them reads annexes only).
   */
  attachmentHeadings?: ReadonlyArray<{ kind: 'enclosure' | 'appendix' | 'attachment'; pattern: RegExp }>;
  /**
   * The formula by which a letter sends a text with it (`I have the honour to transmit`, `… to enclose`), anywhere in a
   * paragraph: an enclosure printed after several annexes belongs to the one that says it sends something (optional).
   */
  transmittal?: RegExp;
  /**
   * The word for an annex inside the letter's text (`see annex`, `the present letter and its annex`): a text
   * printed after the letter with no heading that can be read is then its annex (optional).
   */
  annexReference?: RegExp;
  /** The signed mark, anchored at the line start: `(Signé)`. */
  signedMark: RegExp;
  /** `[Original : anglais et russe]`; group 1 holds the languages. Anchored on the whole line. */
  originalLanguage: RegExp;
  /** Separates the languages of the original (`, `, ` et `). */
  listJoiner: RegExp;
  /** Organs of the distribution header, one pattern each (`Assemblée générale`). */
  organs: readonly RegExp[];
  /** Session in the header; group 1 is the whole phrase (`Soixante-troisième session`), group 2 the ordinal. */
  session: RegExp;
  /** Year line in the header; group 1 is the whole phrase (`Soixante-troisième année`). */
  year: RegExp;
  /** Agenda line in the header (`Points 12, 17 et 85 de l’ordre du jour`); group 1 holds the item numbers. */
  agendaItems: RegExp;
  /**
   * Section marks written as words or numerals of the language, anchored at the line start, with what ends
   * the mark (Arabic `أولا - `, `ثانيا - `; Chinese `一、`, `二、`); group 1 is the number as printed and
   * `sectionNumber` reads it. Absent: roman numerals only (`I.`, `II.`).
   */
  sectionMark?: RegExp;
  sectionNumber?(printed: string): number | undefined;
  /** Reads an ordinal written in words (`Soixante-troisième` → 63). */
  ordinalNumber(words: string): number | undefined;
  /** Honorific line of a signature block, the whole line (`L’Ambassadeur,`); group 1 is the honorific. */
  honorific: RegExp;
  /** Start of a role line in a signature block (`Représentant permanent`, `Le Président`, `La Ministre`). */
  roleStart: RegExp;
  /** Closing paragraphs of an annex, anchored at the line start (`Adopté le`, `Favorablement accueilli`). */
  closing: readonly RegExp[];
  /**
   * The complimentary close of a letter or note, anywhere in a paragraph (`Please accept, Sir, the assurances of my
   * highest consideration`, `… avails itself of this opportunity to renew … the assurances of its highest
   * consideration`): a closing, not a paragraph of the body; optional.
   */
  complimentaryClose?: RegExp;
  /**
   * Words that open a closing line naming where and when a text was made (`Done at`, `Signed at`, `Fait à`), anchored
   * at the line start: `Done at Brest on 22 November 2024` gives its place and date with no comma; optional.
   */
  placeDateLead?: RegExp;
  /** Article or preposition between a place and a date (`le` in `Astana, le 28 août 2004`), anchored. */
  dateArticle: RegExp;
  /**
   * The words of a formal dating between the day's number and its month (`the 5th day of August 2025`, `this 1st day
   * of May`), group 1 the number: read as `5 August 2025`. Optional.
   */
  dayOfMonth?: RegExp;
  /** Abbreviations that end with a full stop without ending a sentence (`M.`). */
  abbreviations: readonly string[];
  /** First parts that form real compounds with a hyphen (`sud` in `sud-asiatique`), lower case. */
  compoundPrefixes: readonly string[];
  /** Last parts that form real compounds with a hyphen (`même` in `elle-même`), lower case. */
  compoundSuffixes: readonly string[];
  /**
   * A web page's own link or button alone on its line (`Go to Top`, `Print this page`), anchored on the whole line:
   * no line of a letter is only that (optional).
   */
  webNavigation?: RegExp;
  /**
   * A web page's title naming the letter by its sender (`Iraq: Letter from Malaysia to the President …`), not anchored:
   * standing above the letter's title, it shows the text to be a web page's (optional).
   */
  letterMention?: RegExp;
  /** `Please recycle`, printed by the page frame of some documents (optional: a language may lack it). */
  recycle?: RegExp;
  /**
   * A line ending on a word that ends no sentence nor heading (`the`, `of`, `and`), anchored at the end: a full
   * line that ends so goes on in the next, whatever the extraction kept at its end; optional.
   */
  unfinishedEnd?: RegExp;
  /**
   * A word that opens or qualifies a function's name and never ends one (`Deputy`, `Permanent`, `Acting`), anchored at
   * the end: a signature's role line ending on it goes on in the next line, capital or not (`Deputy Permanent` ⏎
   * `Representative of …` is one role); optional.
   */
  roleUnfinishedEnd?: RegExp;
  /** The salutation opening a letter or a note, the whole line (`Sir,`, `Excellency,`); optional. */
  salutation?: RegExp;
  /**
   * A line naming the party a signatory signs for, ending on a colon (`For the Government:`), the whole line: it
   * opens a signature block in the signature area; optional.
   */
  signingParty?: RegExp;
  /**
   * A heading that names a part of a text, never a whole text (`Introduction`, `Background`), the whole line:
   * under an annexed text's title it opens the first section, it is no subtitle; optional.
   */
  partHeading?: RegExp;
  /**
   * The opening of a title that names who wrote a text, not what it is about (`Report by the Director General of …`,
   * `Note by the Secretariat`): a heading printed under it names the text's subject, a subtitle even over a
   * numbered paragraph; optional.
   */
  authorTitle?: RegExp;
  /**
   * A person's title opening a line, with the capital of the name after it (`Ms. A`, `Mr. B`): a line so opened is an
   * entry of a list of names, never a heading; optional.
   */
  personTitle?: RegExp;
  /**
   * The label of a table's or a figure's caption, alone on its line or before the caption's words (`Table 2`, `Figure
   * IV`, `Map 1`), anchored at the line start; group 1 is the kind word. The UN prints it over the table or the chart
   * it names, the caption's title under it; optional.
   */
  captionLabel?: RegExp;
  /**
   * The title of a chart or a table printed with no label over it, worded in the UN's order: its subject, the breakdown
   * and the period, set apart by commas (`Number of incidents, by month, June 2024–May 2025`), the whole line: a
   * caption, no heading; optional.
   */
  figureTitle?: RegExp;
  /**
   * A note printed under a table or a figure (`Note:`, `Sources:`, `Abbreviations:`), anchored at the line start: it
   * belongs to what stands above it, no paragraph of the text; optional.
   */
  displayNote?: RegExp;
  /**
   * A part of a text labelled in words and numbered (`Article I`, `Section 2.`, `Part III`), opening its line, the label
   * in group 1, with the part's heading after it or on the next line: a section of its own; optional.
   */
  partLabel?: RegExp;
  /**
   * A label of a table of contents alone on its line: its heading (`Contents`) and its column heads (`Chapter`, `Page`,
   * `Paragraphs`), left out of the entries it stands over; optional (absent: a table of contents is known by its leaders
   * alone).
   */
  contentsLabel?: RegExp;
  /** An entry of a chronology, opened by its day and a colon (`28 March: …`); optional. */
  datedEntry?: RegExp;
  /** A page number in words, the whole line (`Page 2` in the running head of older layouts); optional. */
  pageLabel?: RegExp;
  /**
   * The name of a language alone on its line (`English`): older layouts print the version's language in the
   * running head, under the symbol; optional.
   */
  languageName?: RegExp;
  /**
   * The masthead's last line in older layouts (`ORIGINAL: ENGLISH`), the whole line: the first page's frame is
   * closed there when no job number stands under the masthead (it is printed at the foot); optional.
   */
  mastheadOriginal?: RegExp;
  /**
   * A line printed at the head of an attached text that is neither its title nor its body, the whole line: a
   * translator's note (`Translation from Russian`, `[Unofficial translation]`), a reference line (`Our ref.: …`, `No.
   * 123/2025`), a classification (`Confidential`), `Check against delivery` (pipeline/segment/head-lines.ts); optional.
   */
  headLine?: RegExp;
  /**
   * The name of a sending authority opening a letterhead (`Permanent Mission of … to the United Nations`, `Embassy of
   * …`, `Ministry of Foreign Affairs`), tested on the first line of the first block under an attachment's heading:
   * the sender's frame, not the text's title; optional.
   */
  letterhead?: RegExp;
  /**
   * The opening words of a proclamation's formula over its body (`In the name of`, `On behalf of`), anchored at the line
   * start: the formula runs to the block ending on a colon (`… makes it publicly known:`); optional.
   */
  enactingFormula?: RegExp;
  /**
   * A day written in figures opening a line (`08.08.2024`), with named groups `day`, `month`, `year`: the dating of a
   * translated letter's head; optional.
   */
  numericDate?: RegExp;
  /** Whether a lower-case word form is a known word of the language (a plain word list, loaded on demand). */
  isWord(word: string): boolean;
}

const VARIANTS: Record<string, string> = {
  a: 'aàâäáã',
  c: 'cç',
  e: 'eéèêë',
  i: 'iîïí',
  o: 'oôöó',
  u: 'uùûüú',
  y: 'yÿ',
  n: 'nñ',
  // OCR reads `l` as `I` or `|` (`I’Organisation`, `|’ordre`).
  l: 'lI|1',
};

function letterClass(letter: string): string {
  const lower = letter.toLowerCase();
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
  const variants = VARIANTS[base];
  if (!variants) return escapeRegExp(letter);
  const all = new Set([...variants, ...variants.toUpperCase()]);
  return `[${[...all].map((character) => (character === '|' ? '\\|' : character)).join('')}]`;
}

/**
 * Regex source matching `phrase` loosely: any case and accent, an optional space between two letters
 * (OCR splits words: `Secr étaire`), optional space between words (OCR glues them: `aupresdel’Organisation`),
 * any apostrophe with optional spaces around it. `*` in the phrase stands for any run of word letters.
 */
export function loosePhrase(phrase: string): string {
  let source = '';
  let previousWasLetter = false;
  for (const character of phrase) {
    if (character === ' ') {
      source += '\\s*';
      previousWasLetter = false;
    } else if (character === '’' || character === "'") {
      source += `\\s*['’‘"]?\\s*`;
      previousWasLetter = false;
    } else if (character === '*') {
      source += '[\\p{L}]*';
      previousWasLetter = false;
    } else if (/\p{L}/u.test(character)) {
      source += (previousWasLetter ? ' ?' : '') + letterClass(character);
      previousWasLetter = true;
    } else {
      source += escapeRegExp(character);
      previousWasLetter = false;
    }
  }
  return source;
}

/** `loosePhrase` of each alternative, joined with `|` inside a non-capturing group. */
export function looseAny(phrases: readonly string[]): string {
  return `(?:${phrases.map(loosePhrase).join('|')})`;
}
