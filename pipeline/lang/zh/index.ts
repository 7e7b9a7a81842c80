import type { LanguageResources } from '../types.ts';
import { chineseEditionWords } from './edition.ts';
import { chineseEntities } from './entities.ts';
import { chineseExtract } from './extract.ts';
import { chineseSegmentation } from './segmentation.ts';
import { chineseNameParts } from './names.ts';

/** Chinese (simplified, as the UN writes it). A month is its number and `月`; dates run year, month, day. */
export const chinese: LanguageResources = {
  code: 'zh',
  months: Array.from({ length: 12 }, (_, index) => `${index + 1}月`),
  // `2016年3月14日`, `9月12日和13日`, `2016年3月14日至15日`.
  dates: { daySuffixes: [], rangeJoiners: ['和', '至', '-', '–'], yearMonthDay: { year: '年', month: '月', day: '日' } },
  // No capitals: names, headings and acronyms are not told by case.
  script: { name: 'Han', cased: false, personNameParts: chineseNameParts },
  segmentation: chineseSegmentation,
  edition: chineseEditionWords,
  extract: chineseExtract,
  entities: chineseEntities,
};
