import { englishPdfWords } from '../../lang/en/pdf.ts';
import { frenchPdfWords } from '../../lang/fr/pdf.ts';
import type { LanguageCode } from '../../model/index.ts';

/**
 * The few words a UN document prints that the model holds only as data: the signed mark, the
 * `[Original : …]` line built from `originalLanguages`, the agenda line built from `agendaItems`.
 * Each language folder fills this in `pdf.ts`.
 */
export interface PdfWords {
  /** Mark printed before a signatory's name (`(Signé)`). */
  signedMark: string;
  /** The line naming the languages of the original (`[Original : anglais et russe]`). */
  original(languages: readonly string[]): string;
  /** The agenda line of the distribution header (`Points 12, 17 et 64 de l’ordre du jour`). */
  agendaItems(items: readonly string[]): string;
}

const WORDS: Partial<Record<LanguageCode, PdfWords>> = { fr: frenchPdfWords, en: englishPdfWords };

/** Words for the document's language; a language without its own falls back to English, said in a warning upstream. */
export function pdfWords(code: LanguageCode): PdfWords {
  return WORDS[code] ?? englishPdfWords;
}
