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
  languageNames: { árabe: 'ar', chino: 'zh', español: 'es', francés: 'fr', inglés: 'en', ruso: 'ru' },
  ocrNote: (doubtful) =>
    `El texto de esta edición se estableció mediante reconocimiento óptico de caracteres (OCR) a partir de una imagen de la fuente, adjunta a este archivo.${
      doubtful > 0 ? ` ${doubtful === 1 ? 'Una palabra leída' : `${doubtful} palabras leídas`} con baja confianza ${doubtful === 1 ? 'figura' : 'figuran'} en el JSON adjunto, con su página y posición.` : ''
    }`,
};
