import type { EditionWords } from '../../emit/edition-words.ts';

/** Chinese words the editions (Akoma Ntoso, PDF) write around the model's own text (UN Chinese style). */
export const chineseEditionWords: EditionWords = {
  signedMark: '(签名)',
  original: { before: () => '[原件：', separator: '、', lastSeparator: '和', after: ']' },
  agendaItems: { before: () => '议程项目', separator: '、', lastSeparator: '和', after: '' },
  concepts: { signed: '签名', documentSymbol: '文件编号', agendaItem: '议程项目' },
};
