import type { EditionWords } from '../../emit/edition-words.ts';

/** French words the editions (Akoma Ntoso, PDF) write around the model's own text (UN French typography). */
export const frenchEditionWords: EditionWords = {
  signedMark: '(Signé)',
  original: { before: () => '[Original : ', separator: ', ', lastSeparator: ' et ', after: ']' },
  agendaItems: {
    before: (count) => (count > 1 ? 'Points ' : 'Point '),
    separator: ', ',
    lastSeparator: ' et ',
    after: ' de l’ordre du jour',
  },
  concepts: { signed: 'signé', documentSymbol: 'cote du document', agendaItem: 'point de l’ordre du jour' },
};
