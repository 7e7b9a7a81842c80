import type { LanguageResources } from '../types.ts';
import { frenchEntities } from './entities.ts';
import { frenchRepair } from './repair.ts';
import { frenchExtract } from './extract.ts';
import { frenchEditionWords } from './edition.ts';
import { frenchSegmentation } from './segmentation.ts';

export const french: LanguageResources = {
  code: 'fr',
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
    'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  ],
  dates: { daySuffixes: ['er'], rangeJoiners: ['et', 'au'] },
  repair: frenchRepair,
  segmentation: frenchSegmentation,
  edition: frenchEditionWords,
  extract: frenchExtract,
  entities: frenchEntities,
};
