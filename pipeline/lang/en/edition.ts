import type { EditionWords } from '../../emit/edition-words.ts';

/** English words the editions (Akoma Ntoso, PDF) write around the model's own text (UN English style). */
export const englishEditionWords: EditionWords = {
  signedMark: '(Signed)',
  original: { before: () => '[Original: ', separator: ', ', lastSeparator: ' and ', after: ']' },
  agendaItems: {
    before: (count) => (count > 1 ? 'Agenda items ' : 'Agenda item '),
    separator: ', ',
    lastSeparator: ' and ',
    after: '',
  },
  concepts: { signed: 'signed', documentSymbol: 'document symbol', agendaItem: 'agenda item' },
};
