import { languageResources } from '../lang/index.ts';
import type { LanguageCode } from '../model/index.ts';

/**
 * The few words an edition (Akoma Ntoso, PDF) writes that the model holds only as data: the signed mark
 * and the frames of the `[Original : …]` and agenda lines, whose items (languages, item numbers) are the
 * model's own strings. Each language fills this in `pipeline/lang/<code>/edition.ts`.
 */
export interface EditionWords {
  /** Mark before a signatory's name (`(Signé)`). */
  signedMark: string;
  /** How a list of items is framed and joined. */
  original: ListFrame;
  agendaItems: ListFrame;
  /** Mark written after an honorific line (`,` in `Ambassador,`); absent: a comma. */
  honorificEnd?: string;
  /** The signed mark follows the name (`谢尔盖·基斯利齐亚(签名)`); absent: it goes before it. */
  signedMarkAfterName?: boolean;
  /** `rtl` for a language written right to left (Arabic): the PDF lays its pages out mirrored. */
  direction?: 'rtl';
  /** Display names (`showAs`) of the fixed concepts in the references: the signed mark, the symbol, an agenda item. */
  concepts: { signed: string; documentSymbol: string; agendaItem: string };
  /** The language's names for the UN's languages, lower case (`russe` → `ru`): what `[Original : …]` says. */
  languageNames: Readonly<Record<string, LanguageCode>>;
  /** The note of an edition whose text was read by OCR, and of its doubtful words. */
  ocrNote: (doubtfulWords: number) => string;
}

export interface ListFrame {
  /** Text before the items, by count (`Point `, `Points `). */
  before(count: number): string;
  /** Between two items but the last two (`, `). */
  separator: string;
  /** Between the last two items (` et `). */
  lastSeparator: string;
  /** Text after the items (` de l’ordre du jour`, `]`). */
  after: string;
}

export function editionWords(code: LanguageCode): EditionWords {
  return languageResources(code).edition;
}

/** The items joined and framed as one line: `Points 12, 17 et 64 de l’ordre du jour`. */
export function framedText(frame: ListFrame, items: readonly string[]): string {
  const joined = items.map((item, index) => (index === 0 ? item : `${index === items.length - 1 ? frame.lastSeparator : frame.separator}${item}`));
  return `${frame.before(items.length)}${joined.join('')}${frame.after}`;
}
