import type { EditionWords } from '../../emit/edition-words.ts';

/** Spanish words the editions (Akoma Ntoso, PDF) write around the model's own text (UN Spanish style). */
export const spanishEditionWords: EditionWords = {
  signedMark: '(Firmado)',
  original: { before: () => '[Original: ', separator: ', ', lastSeparator: ' y ', after: ']' },
  agendaItems: {
    before: (count) => (count > 1 ? 'Temas ' : 'Tema '),
    separator: ', ',
    lastSeparator: ' y ',
    after: ' del programa',
  },
  concepts: { signed: 'firmado', documentSymbol: 'signatura del documento', agendaItem: 'tema del programa' },
};
