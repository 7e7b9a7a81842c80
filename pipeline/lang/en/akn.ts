import type { AknWords } from '../../emit/akn/words.ts';

/** English words the Akoma Ntoso edition writes around the model's own text (UN English style). */
export const englishAknWords: AknWords = {
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
