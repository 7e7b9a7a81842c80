import type { LanguageResources } from '../types.ts';
import { englishEntities } from './entities.ts';
import { englishExtract } from './extract.ts';
import { englishEditionWords } from './edition.ts';
import { englishRepair } from './repair.ts';
import { englishSegmentation } from './segmentation.ts';

export const english: LanguageResources = {
  code: 'en',
  months: [
    'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december',
  ],
  dates: { daySuffixes: ['st', 'nd', 'rd', 'th'], rangeJoiners: ['and', 'to'] },
  segmentation: englishSegmentation,
  edition: englishEditionWords,
  extract: englishExtract,
  repair: englishRepair,
  entities: englishEntities,
};
