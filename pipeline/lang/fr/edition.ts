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
  languageNames: { anglais: 'en', arabe: 'ar', chinois: 'zh', espagnol: 'es', français: 'fr', russe: 'ru' },
  ocrNote: (doubtful) =>
    `Le texte de cette édition a été établi par reconnaissance optique de caractères (OCR) à partir d’une image de la source, jointe à ce fichier.${
      doubtful > 0 ? ` ${doubtful === 1 ? 'Un mot lu' : `${doubtful} mots lus`} avec une faible confiance ${doubtful === 1 ? 'figure' : 'figurent'} dans le JSON joint, avec sa page et sa position.` : ''
    }`,
};
