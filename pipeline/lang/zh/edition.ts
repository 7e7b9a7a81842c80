import type { EditionWords } from '../../emit/edition-words.ts';

/** Chinese words the editions (Akoma Ntoso, PDF) write around the model's own text (UN Chinese style). */
export const chineseEditionWords: EditionWords = {
  signedMark: '(签名)',
  honorificEnd: '',
  signedMarkAfterName: true,
  original: { before: () => '[原件：', separator: '、', lastSeparator: '和', after: ']' },
  agendaItems: { before: () => '议程项目', separator: '、', lastSeparator: '和', after: '' },
  concepts: { signed: '签名', documentSymbol: '文件编号', agendaItem: '议程项目' },
  languageNames: { 阿拉伯文: 'ar', 中文: 'zh', 英文: 'en', 法文: 'fr', 俄文: 'ru', 西班牙文: 'es' },
  ocrNote: (doubtful) =>
    `本版本的文本系通过光学字符识别(OCR)根据来源的扫描图像确定，该来源已附于本文件。${doubtful > 0 ? `${doubtful}个低置信度识别的词列于所附JSON文件中，并注明页码和位置。` : ''}`,
};
