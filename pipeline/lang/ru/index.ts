import type { LanguageResources } from '../types.ts';
import { russianEditionWords } from './edition.ts';
import { russianEntities } from './entities.ts';
import { russianExtract } from './extract.ts';
import { russianRepair } from './repair.ts';
import { russianSegmentation } from './segmentation.ts';

export const russian: LanguageResources = {
  code: 'ru',
  // The genitive, as written in dates (`14 марта 2016 года`).
  months: [
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
    'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  ],
  dates: {
    daySuffixes: [],
    // `12 и 13 сентября`, `с 3 по 5 мая`.
    rangeJoiners: ['и', 'по'],
    yearWords: ['года', 'году', 'г.'],
  },
  // Nominative and prepositional (`январь 2025 года`, `в январе 2025 года`).
  monthForms: [
    ['январь', 'январе'], ['февраль', 'феврале'], ['март', 'марте'], ['апрель', 'апреле'], ['май', 'мае'],
    ['июнь', 'июне'], ['июль', 'июле'], ['август', 'августе'], ['сентябрь', 'сентябре'], ['октябрь', 'октябре'],
    ['ноябрь', 'ноябре'], ['декабрь', 'декабре'],
  ],
  repair: russianRepair,
  segmentation: russianSegmentation,
  edition: russianEditionWords,
  extract: russianExtract,
  entities: russianEntities,
  script: {
    name: 'Cyrillic',
    cased: true,
    // Latin letters that look like Cyrillic ones, as extraction and OCR mix them into Russian words.
    lookAlikes: {
      A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
      a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
    },
  },
};
