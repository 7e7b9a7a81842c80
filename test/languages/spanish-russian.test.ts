/**
 * Spanish and Russian (issue 19): the language data read by the shared stages. Dates in running text and
 * ranges, the letter title (date, addressees, senders), header ordinals, and the registry that holds them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../../pipeline/dates/index.ts';
import { keepsTextLayer, scoreTextLayer } from '../../pipeline/extract/text-layer-score.ts';
import { defaultLanguages, languageResources } from '../../pipeline/lang/index.ts';
import { trainedDataOptions } from '../../pipeline/ocr/tesseract-engine.ts';
import { readTitle } from '../../pipeline/segment/title.ts';
import { projectRoot, runFixture } from './helpers.ts';

const spanish = languageResources('es');
const russian = languageResources('ru');

describe('Spanish and Russian dates', () => {
  it('reads single dates with their linking words, and ranges of days', () => {
    const isos = (text: string, language = spanish) => findDates(text, language).map((date) => [date.text, date.iso]);
    expect(isos('Carta de fecha 14 de marzo de 2016 dirigida al Secretario General')).toEqual([['14 de marzo de 2016', '2016-03-14']]);
    expect(isos('los días 12 y 13 de septiembre de 2016 en Ginebra')).toEqual([['12 y 13 de septiembre de 2016', '2016-09-12/2016-09-13']]);
    expect(isos('en junio de 2012')).toEqual([['junio de 2012', '2012-06']]);
    expect(isos('Письмо от 14 марта 2016 года на имя', russian)).toEqual([['14 марта 2016 года', '2016-03-14']]);
    expect(isos('состоявшемся 12 и 13 сентября 2016 года', russian)).toEqual([['12 и 13 сентября 2016 года', '2016-09-12/2016-09-13']]);
    expect(isos('в январе 2025 года', russian)).toEqual([['январе 2025 года', '2025-01']]);
  });

  it('leaves numbers that are no dates', () => {
    expect(findDates('Temas 62, 80 y 110 del programa', spanish)).toEqual([]);
    expect(findDates('Пункты 62, 80 и 110 повестки дня', russian)).toEqual([]);
  });
});

describe('Spanish and Russian titles and headers', () => {
  it('reads date, addressees and senders of a Spanish title', () => {
    const facts = readTitle('Carta de fecha 9 de enero de 2025 dirigida al Secretario General por el Representante Permanente de Ucrania ante las Naciones Unidas', spanish);
    expect(facts).toMatchObject({ kind: 'single', date: '2025-01-09', addressees: ['Secretario General'], senders: ['el Representante Permanente de Ucrania ante las Naciones Unidas'] });
  });

  it('reads a Russian title, whose senders come first and end at the date', () => {
    const facts = readTitle('Письмо Постоянного представителя Украины при Организации Объединенных Наций от 9 января 2025 года на имя Генерального секретаря', russian);
    expect(facts).toMatchObject({
      kind: 'single',
      date: '2025-01-09',
      addressees: ['Генерального секретаря'],
      senders: ['Постоянного представителя Украины при Организации Объединенных Наций'],
      cutShort: false,
    });
  });

  it('reads session ordinals written in words', () => {
    expect(spanish.segmentation.ordinalNumber('Septuagésimo noveno')).toBe(79);
    expect(spanish.segmentation.ordinalNumber('Octogésimo')).toBe(80);
    expect(spanish.segmentation.ordinalNumber('Sexagésima tercera')).toBe(63);
    expect(russian.segmentation.ordinalNumber('Семьдесят девятая')).toBe(79);
    expect(russian.segmentation.ordinalNumber('Восьмидесятый')).toBe(80);
    expect(russian.segmentation.ordinalNumber('Шестьдесят третья')).toBe(63);
  });

  it('holds both languages in the default registry', () => {
    expect(defaultLanguages.codes).toEqual(expect.arrayContaining(['es', 'ru']));
  });
});

describe('Spanish and Russian letters through the pipeline', () => {
  it('accepts a Spanish and a Russian letter and reads their titles', async () => {
    const es = await runFixture('fixtures/real/parallel/S-2025-313/es.txt');
    const ru = await runFixture('fixtures/real/parallel/S-2025-313/ru.txt');
    expect([es.lang, es.letter.date, es.letter.addressees]).toEqual(['es', '2025-05-19', ['Presidencia del Consejo de Seguridad']]);
    expect([ru.lang, ru.letter.date, ru.letter.addressees]).toEqual(['ru', '2025-05-19', ['Председателя Совета Безопасности']]);
  });
});

describe('Russian OCR data', () => {
  it('says in one line how to get the system data when it is absent', () => {
    const tesseract = russian.extract!.tesseract;
    expect('systemFolder' in tesseract).toBe(true);
    expect(() => trainedDataOptions({ ...tesseract, systemFolder: '/nonexistent' } as typeof tesseract)).toThrow(/^no OCR data for rus, eng in \/nonexistent: install it with `apt-get install tesseract-ocr-rus tesseract-ocr-eng`/);
  });
});

describe('text layers in Spanish and Russian', () => {
  const TUNING = ['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394'];
  const pages = (id: string, language: string) => readFileSync(join(projectRoot, 'fixtures/real/parallel', id, `${language}.txt`), 'utf8').split('\f').filter((page) => page.trim().length > 200);

  it('keeps every page of a clean Spanish or Russian text layer, judged in its own language', () => {
    for (const language of ['es', 'ru']) {
      for (const id of TUNING) {
        for (const page of pages(id, language)) {
          const scored = scoreTextLayer(page);
          expect([id, language, scored.lang, keepsTextLayer(scored)]).toEqual([id, language, language, true]);
        }
      }
    }
  });

  it('sends a garbled layer to OCR: letters of each word shuffled', () => {
    for (const language of ['es', 'ru']) {
      const garbled = pages('S-2025-180', language)[0]!.replace(/\p{L}{4,}/gu, (word) => word.slice(2) + word.slice(0, 2));
      expect([language, keepsTextLayer(scoreTextLayer(garbled))]).toEqual([language, false]);
    }
  });
});
