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
  languageNames: { arabic: 'ar', chinese: 'zh', english: 'en', french: 'fr', russian: 'ru', spanish: 'es' },
  ocrNote: (doubtful) =>
    `The text of this edition was established by optical character recognition (OCR) from a scan of the source, which is attached to this file.${
      doubtful > 0 ? ` ${doubtful} word${doubtful === 1 ? '' : 's'} read with low confidence ${doubtful === 1 ? 'is' : 'are'} listed in the attached JSON with page and position.` : ''
    }`,
};
