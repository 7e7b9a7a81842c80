import type { EditionWords } from '../../emit/edition-words.ts';

/** Arabic words the editions (Akoma Ntoso, PDF) write around the model's own text (UN Arabic style). */
export const arabicEditionWords: EditionWords = {
  signedMark: '(توقيع)',
  original: { before: () => '[الأصل: ', separator: '، ', lastSeparator: ' و', after: ']' },
  agendaItems: {
    before: (count) => (count > 1 ? 'البنود ' : 'البند '),
    separator: ' و ',
    lastSeparator: ' و ',
    after: ' من جدول الأعمال',
  },
  concepts: { signed: 'توقيع', documentSymbol: 'رمز الوثيقة', agendaItem: 'بند جدول الأعمال' },
};
