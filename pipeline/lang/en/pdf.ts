import type { PdfWords } from '../../emit/pdf/words.ts';

/** English words the PDF edition prints around the model's own text (UN English style). */
export const englishPdfWords: PdfWords = {
  signedMark: '(Signed)',
  original: (languages) => `[Original: ${joinWords(languages, 'and')}]`,
  agendaItems: (items) => `${items.length > 1 ? 'Agenda items' : 'Agenda item'} ${joinWords(items, 'and')}`,
};

function joinWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
