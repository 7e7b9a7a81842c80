import type { EditionWords } from '../../emit/edition-words.ts';

/**
 * Russian words the editions (Akoma Ntoso, PDF) write around the model's own text (UN Russian style).
 * The languages of the original are kept as the letter gives them (`английском`), in the frame
 * `[Подлинный текст на … языке]`.
 */
export const russianEditionWords: EditionWords = {
  signedMark: '(Подпись)',
  original: { before: () => '[Подлинный текст на ', separator: ', ', lastSeparator: ' и ', after: ']' },
  agendaItems: {
    before: (count) => (count > 1 ? 'Пункты ' : 'Пункт '),
    separator: ', ',
    lastSeparator: ' и ',
    after: ' повестки дня',
  },
  concepts: { signed: 'подпись', documentSymbol: 'условное обозначение документа', agendaItem: 'пункт повестки дня' },
  // Stems: `[Подлинный текст на русском языке]` declines the name.
  languageNames: { англ: 'en', араб: 'ar', испан: 'es', китай: 'zh', русск: 'ru', француз: 'fr' },
  ocrNote: (doubtful) =>
    `Текст настоящего издания установлен путем оптического распознавания символов (OCR) по изображению источника, приложенному к этому файлу.${
      doubtful > 0 ? ` Слова, распознанные с низкой степенью достоверности (${doubtful}), перечислены в приложенном файле JSON с указанием страницы и положения.` : ''
    }`,
};
