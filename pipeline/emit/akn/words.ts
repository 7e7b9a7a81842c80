import { englishAknWords } from '../../lang/en/akn.ts';
import { frenchAknWords } from '../../lang/fr/akn.ts';
import type { LanguageCode } from '../../model/index.ts';

/**
 * The few words the Akoma Ntoso edition writes that the model holds only as data: the signed mark and
 * the frames of the `[Original : …]` and agenda lines, whose items (languages, item numbers) are the
 * model's own strings and are marked up one by one. Each language folder fills this in `akn.ts`.
 * In the XML these words sit in `<docStatus>` or `<span class="generated">`, never mixed with model text.
 */
export interface AknWords {
  /** Mark before a signatory's name (`(Signé)`). */
  signedMark: string;
  /** How a list of items is framed and joined. */
  original: ListFrame;
  agendaItems: ListFrame;
  /** Display names (`showAs`) of the fixed concepts in the references: the signed mark, the symbol, an agenda item. */
  concepts: { signed: string; documentSymbol: string; agendaItem: string };
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

const WORDS: Partial<Record<LanguageCode, AknWords>> = { fr: frenchAknWords, en: englishAknWords };

/** Words for the document's language; a language without its own falls back to English. */
export function aknWords(code: LanguageCode): AknWords {
  return WORDS[code] ?? englishAknWords;
}
