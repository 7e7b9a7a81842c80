/**
 * Arabic cues for the segmenter (shape: `SegmentationCues` in pipeline/segment/cues.ts), from the UN's
 * Arabic letter forms: `رسالة مؤرخة 14 آذار/مارس 2016 موجهة إلى الأمين العام من …`, `(توقيع)`, `مرفق الرسالة …`,
 * `[الأصل: بالإنكليزية]`. Arabic has no capital letters, so the cues are exact words; the segmenter reads
 * caseless lines by their punctuation and blank lines.
 */
import type { SegmentationCues } from '../../segment/cues.ts';
import { arabicOrdinal, arabicSectionOrdinal, SECTION_ORDINAL_WORDS } from './numbers.ts';

const flags = 'u';
const any = (words: readonly string[]) => `(?:${words.join('|')})`;

/** Functions and the bodies that sign (a role line starts with one), with and without the article. */
const ROLE_HEADS = [
  'الممثل', 'الممثلة', 'ممثل', 'ممثلة', 'المندوب', 'المندوبة', 'القائم', 'القائمة', 'رئيس', 'رئيسة', 'الرئيس',
  'الرئيسة', 'نائب', 'نائبة', 'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'الأمين', 'الأمينة', 'وكيل', 'وكيلة', 'المنسق',
  'المنسقة', 'منسق', 'منسقة', 'المبعوث', 'المبعوثة', 'مبعوث', 'المراقب', 'المراقبة', 'الفريق', 'اللجنة', 'لجنة',
  'المدير', 'المديرة', 'مدير', 'مديرة', 'الملك', 'الأمير', 'أمير', 'رئيس الوزراء',
];

export const arabicSegmentation: SegmentationCues = {
  letterTitle: new RegExp(`^${any(['رسالة', 'رسالتان متطابقتان', 'رسائل متطابقة', 'مذكرة شفوية', 'مذكرتان شفويتان متطابقتان', 'مذكرات شفوية متطابقة'])}\\s+${any(['مؤرخة', 'مؤرختان'])}`, flags),
  identicalLetters: new RegExp(any(['متطابقة', 'متطابقتان']), flags),
  noteVerbale: new RegExp(`^${any(['مذكرة شفوية', 'مذكرتان شفويتان', 'مذكرات شفوية'])}(?!\\p{L})`, flags),
  addresseeIntro: new RegExp(`\\s*${any(['موجهة', 'موجهتان'])}\\s+إلى\\s+`, flags),
  addresseeJoiner: new RegExp('\\s+وإلى\\s+', flags),
  senderIntro: new RegExp('\\s+من\\s+', flags),
  knownAddressees: ['الأمين العام', 'رئيس مجلس الأمن', 'رئيسة مجلس الأمن', 'رئيس الجمعية العامة', 'رئيسة الجمعية العامة'],
  bodyOpening: new RegExp(`^${any(['أتشرف', 'يشرفني', 'بالنيابة عن', 'بناء على تعليمات', 'تهدي البعثة'])}`, flags),
  // `تغتنم البعثة الدائمة … هذه الفرصة لتعرب … مجددا عن أسمى آيات التقدير`.
  complimentaryClose: new RegExp(`${any(['تغتنم', 'وتغتنم'])}\\s[^.]*?${any(['هذه الفرصة', 'هذه المناسبة'])}|${any(['أسمى آيات التقدير', 'أسمى عبارات التقدير', 'فائق الاحترام'])}`, flags),
  masthead: new RegExp('^الأمم\\s+المتحدة(?=\\s|$)', flags),
  annexHeading: new RegExp(
    `^(?:${any(['مرفق', 'ضميمة', 'تذييل'])}|المرفق\\s+\\p{L}+)(?:\\s*$|\\s+${any(['الرسالة', 'للرسالة', 'الرسائل', 'للرسائل', 'الرسالتين', 'للرسالتين', 'المذكرة', 'للمذكرة', 'المذكرات', 'للمذكرات', 'المذكرتين', 'للمذكرتين'])}(?=\\s|$))`,
    flags,
  ),
  signedMark: new RegExp('^\\(\\s*توقيع\\s*\\)\\s*', flags),
  originalLanguage: new RegExp('^\\[\\s*الأصل\\s*:?\\s*(.+?)\\s*\\]$', flags),
  listJoiner: new RegExp('\\s*،\\s*(?:و\\s*)?|\\s+و\\s*', flags),
  organs: ['الجمعية العامة', 'مجلس الأمن', 'المجلس الاقتصادي والاجتماعي', 'مجلس حقوق الإنسان', 'مجلس الوصاية', 'محكمة العدل الدولية'].map(
    (organ) => new RegExp(organ.replace(/ /gu, '\\s+'), flags),
  ),
  session: new RegExp('(الدورة\\s+(\\p{L}+(?:\\s+\\p{L}+)?))', flags),
  year: new RegExp('(السنة\\s+\\p{L}+(?:\\s+\\p{L}+)?)', flags),
  // `البنود 62 و 80 و 110 من جدول الأعمال`, `البند 65 من جدول الأعمال المؤقت`.
  agendaItems: new RegExp(`^${any(['البنود', 'البند'])}\\s+(\\p{Nd}.*?)\\s+من\\s+جدول\\s+الأعمال(?:\\s+المؤقت)?\\s*$`, flags),
  ordinalNumber: arabicOrdinal,
  // `أولا - الخلفية`, `ثانياً -` alone on its line (the heading on the next).
  sectionMark: new RegExp(`^(${SECTION_ORDINAL_WORDS.join('|')})\u064b?\\s*[-–]\\s*(?:(?=\\S)|$)`, flags),
  sectionNumber: arabicSectionOrdinal,
  honorific: new RegExp(`^(${any(['السفير', 'السفيرة', 'القائم بالأعمال بالنيابة', 'القائمة بالأعمال بالنيابة'])})\\s*،?\\s*$`, flags),
  roleStart: new RegExp(`^${any(ROLE_HEADS)}(?!\\p{L})`, flags),
  closing: [new RegExp(`^${any(['اعتمد', 'اعتمدت', 'حرر', 'حررت'])}\\s+${any(['في', 'يوم'])}\\s`, flags)],
  dateArticle: new RegExp(`^${any(['في'])}$`, flags),
  abbreviations: [],
  compoundPrefixes: [],
  compoundSuffixes: [],
  // A caption's label over a table or a chart (`الجدول 2`) and the notes under them (`المصدر: …`).
  contentsLabel: /^(?:المحتويات|الفصل|الصفحة|الفقرات|البند)$/u,
  captionLabel: /^(الجدول|الشكل|الخريطة|الرسم البياني)\s+(?:[\d٠-٩]{1,3}|[IVXL]{1,6})(?=[\s.:]|$)/u,
  displayNote: /^(?:ملاحظة|ملاحظات|المصدر|المصادر|المختصرات)\s*[:：]/u,
  // The head of an attached letter or statement, in the forms the UN's Arabic texts print: a translator's note (`[ترجمة
  // غير رسمية]`, `ترجمة من الإنكليزية`), a reference line (`الرقم: …`, `المرجع: …`), a classification (`سري`).
  headLine: new RegExp(`^(?:\\[\\s*ترجمة[^\\]]{0,40}\\]|ترجمة(?:\\s+غير\\s+رسمية|\\s+عن\\s+\\S+|\\s+من\\s+\\S+)?|${any(['الرقم', 'رقم', 'المرجع', 'الإشارة'])}\\s*:.*|${any(['سري', 'سري للغاية', 'مكتوم'])}|${any(['يرجى المراجعة عند الإلقاء', 'العبرة بالنص الملقى'])})\\s*\\.?$`, flags),
  letterhead: new RegExp(`^${any(['البعثة الدائمة', 'بعثة المراقبة الدائمة', 'الوفد الدائم', 'سفارة', 'القنصلية العامة', 'وزارة'])}\\s`, flags),
  // The invocation opening a proclamation (`بسم الله الرحمن الرحيم`) or a decree (`باسم الشعب`).
  enactingFormula: new RegExp(`^${any(['بسم', 'باسم', 'نيابة عن'])}\\s`, flags),
  isWord: () => false,
};
