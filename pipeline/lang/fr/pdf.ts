import type { PdfWords } from '../../emit/pdf/words.ts';

/** French words the PDF edition prints around the model's own text (UN French typography: space before `:`). */
export const frenchPdfWords: PdfWords = {
  signedMark: '(Signé)',
  original: (languages) => `[Original : ${joinWords(languages, 'et')}]`,
  agendaItems: (items) => `${items.length > 1 ? 'Points' : 'Point'} ${joinWords(items, 'et')} de l’ordre du jour`,
};

function joinWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
