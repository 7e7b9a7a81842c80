import type { LanguageResources } from '../types.ts';
import { spanishEditionWords } from './edition.ts';
import { spanishEntities } from './entities.ts';
import { spanishExtract } from './extract.ts';
import { spanishSegmentation } from './segmentation.ts';

export const spanish: LanguageResources = {
  code: 'es',
  months: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
    'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  ],
  // `14 de marzo de 2016`, `los días 12 y 13 de septiembre de 2016`, `del 3 al 5 de mayo de 2010`.
  dates: {
    daySuffixes: ['º'],
    rangeJoiners: ['y', 'al', 'a'],
    dayMonthLinks: ['de'],
    monthYearLinks: ['de', 'del'],
  },
  // `setiembre` is the older spelling some States still write.
  monthForms: [[], [], [], [], [], [], [], [], ['setiembre'], [], [], []],
  segmentation: spanishSegmentation,
  edition: spanishEditionWords,
  extract: spanishExtract,
  entities: spanishEntities,
  script: { name: 'Latin', cased: true },
};
