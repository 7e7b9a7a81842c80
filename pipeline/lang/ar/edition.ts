import type { EditionWords } from '../../emit/edition-words.ts';

/** Arabic words the editions (Akoma Ntoso, PDF) write around the model's own text (UN Arabic style). */
export const arabicEditionWords: EditionWords = {
  signedMark: '(توقيع)',
  direction: 'rtl',
  honorificEnd: '',
  original: { before: () => '[الأصل: ', separator: '، ', lastSeparator: ' و', after: ']' },
  agendaItems: {
    before: (count) => (count > 1 ? 'البنود ' : 'البند '),
    separator: ' و ',
    lastSeparator: ' و ',
    after: ' من جدول الأعمال',
  },
  concepts: { signed: 'توقيع', documentSymbol: 'رمز الوثيقة', agendaItem: 'بند جدول الأعمال' },
  // `[الأصل: بالروسية]`: the names are found inside the word, with or without the preposition.
  languageNames: { العربية: 'ar', الصينية: 'zh', الإنكليزية: 'en', الإنجليزية: 'en', الفرنسية: 'fr', الروسية: 'ru', الإسبانية: 'es' },
  ocrNote: (doubtful) =>
    `أُعدّ نص هذه الطبعة بالتعرف الضوئي على الحروف انطلاقاً من صورة المصدر الممسوحة، وهي مرفقة بهذا الملف.${
      doubtful > 0 ? ` وترد في ملف JSON المرفق الكلمات المقروءة بثقة منخفضة (عددها ${doubtful}) مع صفحة كل منها وموضعها.` : ''
    }`,
};
