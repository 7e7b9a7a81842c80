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
  // Tables, lists and annexed national material abbreviate months (`12 Jan. 2025`, `Sept. 2024`, `12-Jan-25`);
  // `may` has no shorter form; `mar` and `dec` are read only with their point (`DEC` is a segment of decisions' symbols).
  monthForms: [
    ['jan.', 'jan'], ['feb.', 'feb'], ['mar.'], ['apr.', 'apr'], [], ['jun.', 'jun'],
    ['jul.', 'jul'], ['aug.', 'aug'], ['sept.', 'sep.', 'sept', 'sep'], ['oct.', 'oct'], ['nov.', 'nov'], ['dec.'],
  ],
  dates: { daySuffixes: ['st', 'nd', 'rd', 'th'], rangeJoiners: ['and', 'to'] },
  segmentation: englishSegmentation,
  edition: englishEditionWords,
  extract: englishExtract,
  repair: englishRepair,
  entities: englishEntities,
};
