/**
 * The unletters document model: one serializable value that every stage reads and returns.
 *
 * The JSON output is this value as it is; `schemas/document.schema.json` describes it and a test keeps
 * the two in agreement. Akoma Ntoso and PDF are renderings of it and compute nothing it does not hold.
 *
 * Text-bearing nodes carry an `id` so that entity mentions and repairs can point into them with offsets
 * relative to that node's `text`.
 */

/** ISO 639-1 codes of the six UN languages. */
export type LanguageCode = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';

export const LANGUAGE_CODES: readonly LanguageCode[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

export interface UnDocument {
  /** Version of this model; bumped when a field changes meaning. */
  schemaVersion: '1';
  /** Stable id: the first 16 hex digits of the SHA-256 of the source bytes. */
  id: string;
  source: SourceInfo;
  /** Language of the letter. */
  lang: LanguageCode;
  /** How `lang` was decided. */
  langSource: 'detected' | 'option';
  /** UN document symbol (e.g. `A/66/569-S/2011/733`) when the text states it. */
  symbol?: string;
  /** Text as extracted (or OCR'd), line structure kept. */
  rawText: string;
  /** Text after repair, line structure kept; this is the `.txt` output. */
  text: string;
  /** One entry per page for paged sources (PDF, images); absent for plain text. */
  pages?: Page[];
  /**
   * What the page frame prints rather than the text (masthead, job number, barcode, running symbol, page
   * number, `Please recycle`), each with its page, in the order of the text. Kept out of the text flow.
   */
  pageMarks?: PageMark[];
  /**
   * Footnotes printed at the foot of the pages (under a rule, or a starred note such as `* Circulated in the
   * language of submission only.`), in the order of the text; kept out of the paragraphs they would break.
   */
  footnotes?: Footnote[];
  /** Distribution header (organs, session, agenda), when the letter has one. */
  header?: DistributionHeader;
  letter: Letter;
  annexes: Annex[];
  entities: Entity[];
  /** Every change made to the text, in order of offset in `rawText`. */
  repairs: Repair[];
  /** Changes found but not applied (confidence under the threshold). */
  suggestions: Repair[];
  /** How damaged `rawText` reads, measured by the repair before it repaired (absent for a language without repair data). */
  damage?: TextDamage;
  /**
   * For a document read by OCR: the words read with a confidence under 60, in reading order, with their
   * page and box and, when the text still holds the word as read, where (node, field, offsets). Written
   * by the editions (`pipeline/emit/evidence.ts`); absent for text that was not OCR'd.
   */
  ocrDoubtful?: DoubtfulWord[];
  /** Non-fatal problems met while processing, in the order the stages met them (a fatal one fails the document instead). */
  warnings: Diagnostic[];
}

/** A non-fatal problem one stage met: what a reader of the edition may want to check. */
export interface Diagnostic {
  /** The stage that met it: `extract`, `segment`, `entities`, … */
  stage: string;
  /** Stable, machine-readable kind of problem, e.g. `no-letter-title`, `language-undetected`. */
  code: string;
  /** Id of the node the problem concerns, when it concerns one (e.g. `letter.title`). */
  node?: string;
  /** One line for a person, in the interface's language. */
  message: string;
}

export interface SourceInfo {
  /** File name as given, without folders. Never used to build a path without sanitizing. */
  name: string;
  mediaType: 'text/plain' | 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/tiff';
  /** SHA-256 of the source bytes, hex. */
  sha256: string;
  bytes: number;
}

export interface Page {
  /** 1-based page number. */
  number: number;
  /** Where the page text came from. */
  method: 'text-layer' | 'ocr';
  /** Offset in `rawText` where the page's text starts. */
  textOffset?: number;
  /** Quality score of the PDF text layer in [0, 1], when there was one. */
  textLayerScore?: number;
  /** Mean OCR word confidence in [0, 100], when OCR'd. */
  confidence?: number;
  /** Rendering resolution used for OCR, dots per inch. */
  dpi?: number;
  /** Deskew angle applied before OCR, degrees. */
  skewDegrees?: number;
  /** OCR words with their confidences and boxes (pixels at `dpi`). */
  words?: OcrWord[];
}

export interface OcrWord {
  text: string;
  /** Tesseract confidence in [0, 100]. */
  confidence: number;
  /** [x0, y0, x1, y1] in pixels. */
  bbox: [number, number, number, number];
}

/** An OCR word read with low confidence, kept as evidence: where on the scan, and where in the text. */
export interface DoubtfulWord {
  /** 1-based page. */
  page: number;
  /** The word as the OCR read it. */
  text: string;
  /** Tesseract confidence in [0, 100]. */
  confidence: number;
  /** [x0, y0, x1, y1] in pixels of the page at its `dpi`. */
  bbox: [number, number, number, number];
  /** The node whose text holds the word, when it is still there as read. */
  nodeId?: string;
  field?: string;
  /** Offsets into that node's text, end exclusive. */
  start?: number;
  end?: number;
}

/** A line printed by the page frame: it belongs to a page, not to the letter's text. */
export interface PageMark {
  /** 1-based page (pages are separated by form feeds in the text). */
  page: number;
  /**
   * `masthead`: the first page's `United Nations`, symbol, organs, distribution, date of issue and original
   * language; `job-number`: `25-02726 (E)    030325`; `barcode`: `*2502726*`; `symbol`: the running symbol
   * at the top of a page; `page-number`: `2/4`, `Page 2`, `- 2 -`; `language`: the running head's language
   * (`English` under the symbol in older layouts); `continuation`: `/...` at the foot of a page whose text goes
   * on; `recycle`: `Please recycle`; `record`: a catalogue record printed with a text taken from a web page
   * (`Document symbol: S/2008/815`, `Publication Date: …`) and the page's lines after it.
   */
  kind: 'masthead' | 'job-number' | 'barcode' | 'symbol' | 'page-number' | 'language' | 'continuation' | 'recycle' | 'record';
  /** The line as printed, spaces at the ends trimmed. */
  text: string;
}

/** A footnote at the foot of a page. */
export interface Footnote {
  /** `footnote_1`, `footnote_2`, … in the order of the text. */
  id: string;
  /** 1-based page where it is printed. */
  page: number;
  /** The mark as printed: `1`, `*`, `**`. */
  mark: string;
  /** Its text, reflowed, without the mark. */
  text: string;
}

export interface DistributionHeader {
  /** Organs as written, e.g. `Assemblée générale`, `Conseil de sécurité`. */
  organs: string[];
  /** Session as written, e.g. `Soixante-troisième session`. */
  session?: string;
  /** Session number when it can be read, e.g. 63. */
  sessionNumber?: number;
  /** Year line as written, e.g. `Soixante-troisième année`. */
  year?: string;
  /** Agenda item numbers as written, with sub-letters kept: `12`, `40 d)`. */
  agendaItems: string[];
  /**
   * The agenda line as printed, reflowed, without its footnote mark: `Agenda item 40`, `Points 12, 17, 64 et
   * 85 de l’ordre du jour`, `Item 116 (c) of the preliminary list`. The agenda items' mentions point into it
   * (field `agendaLine`): a single item is the whole phrase, as in running text.
   */
  agendaLine?: string;
  /** Agenda item titles, one per title, reflowed. */
  agendaTitles: TextNode[];
}

/** A piece of reflowed text that entities and repairs can point into. */
export interface TextNode {
  /** Unique within the document, e.g. `letter.title`, `annex_1.para_16.list_1.item_3`. */
  id: string;
  /** Reflowed text: no line breaks, single spaces. */
  text: string;
}

export interface Letter {
  /** `single` for `Lettre datée du …`, `identical` for `Lettres identiques datées du …` (and `Identical notes verbales`). */
  kind: 'single' | 'identical';
  /**
   * The diplomatic form the title names: `note-verbale` for `Note verbale dated …` (written in the third person by a
   * Permanent Mission, usually unsigned); absent for a letter.
   */
  form?: 'note-verbale';
  title: TextNode;
  /** Date of the letter, ISO 8601 (YYYY-MM-DD), when stated. */
  date?: string;
  /** Senders as written in the title, one per sender (`le Représentant permanent du Kazakhstan …`). */
  senders: string[];
  /** Addressees as written (`Secrétaire général`, `Président du Conseil de sécurité`). */
  addressees: string[];
  /** Body paragraphs. */
  body: Block[];
  /**
   * Closing paragraphs after the body: the complimentary close of a note verbale (`The Permanent Mission … avails
   * itself of this opportunity to renew … the assurances of its highest consideration`); absent when none.
   */
  closing?: Block[];
  signatures: Signature[];
}

export interface Signature {
  /** Id of the signature block, e.g. `letter.signature_2`. */
  id: string;
  /** Honorific line, e.g. `L’Ambassadeur`. */
  honorific?: string;
  /** Role lines, reflowed into one role each (`Représentant permanent de … auprès de …`). */
  roles: string[];
  /** Name after the signed mark, e.g. `Zahir Tanin`; absent for role-only blocks. */
  name?: string;
  /** Whether the block carries the signed mark (`(Signé)`). */
  signed: boolean;
  /**
   * Whether the signed line comes before the roles (`(Signé) N. Nazarbaev` then `Le Président de …`, as in
   * declarations signed by heads of State); absent or false: honorific and roles first, the usual order.
   */
  nameFirst?: boolean;
  /** Id of the person entity this signatory is, once entities are tagged. */
  personId?: string;
}

export interface Annex {
  /** `annex_1`, `annex_2`, …; an attachment inside another is `<parent id>.annex_1`, `<parent id>.enclosure_1`, … */
  id: string;
  /**
   * What the heading calls it: `annex` (also the default when absent), `enclosure`, `appendix`, or `attachment`
   * (a text sent with the letter with no heading of its own, or headed `Attachment`).
   */
  kind?: 'annex' | 'enclosure' | 'appendix' | 'attachment';
  /** Attachments printed inside this one (an enclosure to an annex), in order. */
  attachments?: Annex[];
  /** Language of the annex when it differs from the document's. */
  lang?: LanguageCode;
  /** Heading line reflowed, e.g. `Annexe à la lettre datée du …`, or just `Annexe`. */
  heading: TextNode;
  /** Languages of the original as written (`chinois`, `russe`). */
  originalLanguages: string[];
  /** Title of the annexed text, reflowed. */
  title?: TextNode;
  /**
   * A second title block printed under the title, before the body (`Chair’s summary`, `Summary of the meeting
   * held on …` under the name of the meeting or body), reflowed.
   */
  subtitle?: TextNode;
  /** The annexed text's file number printed alone above it (`2022-OLC-000126`, a note verbale's). */
  reference?: TextNode;
  /**
   * Lines printed at the head of the annexed text that are neither its title nor its body, in order, one node a
   * line or block: a translator's note (`Translation from Russian`), a letterhead and its address, the addressee
   * block of an attached letter, its `Our ref.` lines, a security classification, `Check against delivery`, a
   * proclamation's formula (`In the name of …`, `… makes it publicly known:`). Absent when there are none.
   */
  headLines?: TextNode[];
  /** The salutation opening the annexed letter or note (`Sir,`), before its body. */
  salutation?: TextNode;
  /** Place of adoption when stated (`Astana`). */
  place?: string;
  /** Date of the annexed text, ISO 8601: a day, or the year alone when only the year is printed (a report's cover, `Moscow` over `2025`). */
  date?: string;
  /** The place/date line as written (`Astana, le 28 août 2004`). */
  dateLine?: TextNode;
  body: Block[];
  /** Closing paragraphs after the body (`Adopté le … par …`, a final place and date). */
  closing: Block[];
  signatures: Signature[];
  /**
   * Whether the signature blocks come before the closing paragraphs in the source (a place and date under
   * the signatures); absent or false: closing first, then signatures.
   */
  signaturesBeforeClosing?: boolean;
}

/** The structural pieces of a letter or annex body. */
export type Block = Section | Paragraph | List | Table | Figure;

/** A heading that groups what follows: `I. Contexte`, a bare `II`, `1. Valeurs…`, `a) Économie`. */
export interface Section {
  type: 'section';
  id: string;
  /** Number as written without trailing dot or parenthesis: `I`, `1`, `a`. */
  num?: string;
  /** Numbering style of `num`. */
  numbering?: Numbering;
  heading?: TextNode;
  children: Block[];
}

/** A paragraph, numbered (`1.`, `1)`) or not, possibly holding lists or sub-groups after its text. */
export interface Paragraph {
  type: 'paragraph';
  id: string;
  /** Number as written without its punctuation: `1` for `1.` and for `1)`. */
  num?: string;
  numbering?: Numbering;
  /** Reflowed text of the paragraph itself. */
  text: string;
  /** Lists or lettered groups that hang from this paragraph (`… ci-dessous :` then items). */
  children?: Block[];
}

export interface List {
  type: 'list';
  id: string;
  /** The mark as written: `•`, `–`, `—`, `-`; or the numbering style for `a)`/`1)` item lists. */
  marker: string;
  items: ListItem[];
}

export interface ListItem {
  id: string;
  /** The item's own label when it has one (`a`, `1`); bullets have none. */
  num?: string;
  text: string;
  children?: Block[];
}

/**
 * A table: text laid out in columns, which the extraction prints one cell per line. It is neither paragraphs
 * nor a list. When the columns could be recovered (every row as many cells as the first), `columns` is true and
 * the first row is the header row as printed; otherwise each row holds one cell, a printed line (a cell's
 * wrapped lines joined), in the order of the text, so that no text is lost.
 */
export interface Table {
  type: 'table';
  id: string;
  columns: boolean;
  rows: TableRow[];
  /** The caption printed over the table, its label and title as printed (`Table 2 Expenditure for …`). */
  caption?: TextNode;
  /** The notes printed under it (`Note: …`, `Source: …`, `Abbreviations: …`, its lettered notes `a …`). */
  notes?: TextNode[];
}

/**
 * A figure (a chart, a map, photographs) whose picture the text does not hold: its caption as printed (`Figure I
 * Number of …`, or the line printed alone over photographs on their page) and the notes under it. Neither a heading
 * nor a paragraph.
 */
export interface Figure {
  type: 'figure';
  id: string;
  caption: TextNode;
  notes?: TextNode[];
}

export interface TableRow {
  /** Cells left to right; each a text node (`annex_1.table_1.row_2.cell_3`) that entities can point into. */
  cells: TextNode[];
}

/**
 * `decimal`: `1.`; `decimal-parenthesis`: `1)`; `roman`: `I.` or bare `I`; `alpha-parenthesis`: `a)`; `roman-parenthesis`:
 * `(ii)`, sub-items under a lettered item; `alpha`: `A.`, a report's subsection inside a roman section.
 */
export type Numbering = 'decimal' | 'decimal-parenthesis' | 'roman' | 'alpha-parenthesis' | 'roman-parenthesis' | 'alpha';

export type EntityType =
  | 'person'
  | 'state'
  | 'organization'
  | 'location'
  | 'role'
  | 'date'
  | 'reference'
  | 'event';

export interface Entity {
  /** Stable across letters and languages: `state:AFG`, `org:sco`, `person:hamid-karzai`, `date:2011-11-02`. */
  id: string;
  type: EntityType;
  /** Canonical display form in the document's language. */
  text: string;
  /** Normalized value: ISO 3166-1 alpha-3, organization id, ISO 8601 date or range, document symbol, a person's name as a slug… */
  normalized: string;
  /** Names in other languages, keyed by language code, when known. */
  names?: Partial<Record<LanguageCode, string>>;
  /** Abbreviations known for an organization (`OSC`, `SCO`). */
  acronyms?: string[];
  /** For persons: honorific, rank or form of address kept apart (`M.`, `H.E. Mr.`, `Brigadier General`). */
  honorific?: string;
  /** For persons: post-nominal letters printed after the name (`MP`, `QC`). */
  postNominal?: string;
  /** For persons: the State a list gives them (`Name (Country)`), as its entity id (`state:GHA`). */
  affiliation?: string;
  /** For persons: ids of the role entities they hold in this letter. */
  roleIds?: string[];
  /**
   * For persons: the sound key of the name (`kntks` for Hamid Karzai, in every script), which links one person
   * across a letter's language versions; not an identity (two names that differ only by vowels share one).
   */
  soundKey?: string;
  mentions: Mention[];
}

export interface Mention {
  /**
   * Id of the TextNode, Paragraph, ListItem, Signature or Footnote the mention sits in; `pageMarks` for a line of
   * the first page's masthead (with `field`, the line's index in `pageMarks`), `symbol` for the document's symbol, `header` for the distribution header's organs and agenda items (with `field`).
   */
  nodeId: string;
  /** For signatures: which field (`name`, `roles.0`, `honorific`); for the header `organs.0`, `agendaLine`; absent for text nodes. */
  field?: string;
  /** Offsets in UTF-16 code units into that node's text, end exclusive. */
  start: number;
  end: number;
  /** The mention as written. */
  text: string;
}

/**
 * How damaged a text reads: signs of damage (unknown words that a known accent, letter confusion, cut or
 * join makes known; glyph noise; broken accents) per word, for the document, its pages and its paragraphs.
 * Where it reads as damaged the repair applies its full set of rules; elsewhere only unambiguous fixes.
 */
export interface TextDamage {
  /** Words of the text (runs of letters). */
  words: number;
  /** Signs of damage found. */
  signs: number;
  /** `signs / words`. */
  score: number;
  /** Whether the whole text reads as damaged. */
  damaged: boolean;
  /** Pages (when the document has them), then paragraphs, each measured alone. */
  regions: DamageRegion[];
}

export interface DamageRegion {
  kind: 'page' | 'paragraph';
  /** 1-based page number, for a page. */
  page?: number;
  /** Offset of the region's first character in `rawText` and its length, UTF-16 code units. */
  offset: number;
  length: number;
  words: number;
  signs: number;
  score: number;
  /** Whether the region reads as damaged on its own. */
  damaged: boolean;
}

export interface Repair {
  /** Rule that made the change, e.g. `glyph-confusion`, `split-word`. */
  ruleId: string;
  /** Plugin (family) the rule belongs to, e.g. `unletters-repair-glyphs`. */
  source: string;
  /** Offset of the change in `rawText`, UTF-16 code units. */
  offset: number;
  /** 1-based line and column in `rawText`. */
  line: number;
  column: number;
  before: string;
  after: string;
  /** Confidence in [0, 1]. */
  confidence: number;
  /** Whether the change was applied to `text` (false for suggestions under the threshold). */
  applied: boolean;
}
