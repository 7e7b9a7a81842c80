import type { LanguageResources } from '../types.ts';
import { spanishEditionWords } from './edition.ts';
import { spanishEntities } from './entities.ts';
import { spanishExtract } from './extract.ts';
import { spanishRepair } from './repair.ts';
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
  repair: spanishRepair,
  segmentation: spanishSegmentation,
  edition: spanishEditionWords,
  extract: spanishExtract,
  entities: spanishEntities,
  script: {
    name: 'Latin',
    cased: true,
    // Cyrillic letters that look like Latin ones, as text layers of UN documents set from mixed fonts (and
    // texts copied from a Russian version) put them into Spanish words: `Nаciones` with a Cyrillic `а`.
    lookAlikes: {
      А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X',
      а: 'a', с: 'c', е: 'e', і: 'i', о: 'o', р: 'p', х: 'x', у: 'y',
    },
  },
};
