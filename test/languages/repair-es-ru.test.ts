/**
 * Spanish and Russian repair (issue 19): a clean letter keeps every word, damaged words of a scanned page
 * are read back (accents lost in Spanish, `щ`/`й` tails and breves lost in Russian), names keep their letters.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepairData, repairText, repairWith } from '../../pipeline/repair/index.ts';
import { projectRoot } from './helpers.ts';

/** Letters and digits of a string: what joining a line-end hyphen leaves alone. */
function wordCharacters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

const repairLine = async (lang: 'es' | 'ru', line: string): Promise<string> => {
  const data = await loadRepairData(lang);
  if (!data) throw new Error(`${lang} has no repair data`);
  return repairWith(data, line).text;
};

describe('repair of clean Spanish and Russian letters', () => {
  // The tuning sets of fixtures/real/HELDOUT-world: translations of real letters, clean text.
  it.each(['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394'].flatMap((id) => [[id, 'es'], [id, 'ru']] as const))(
    '%s/%s.txt keeps every word',
    async (id, lang) => {
      const raw = await readFile(join(projectRoot, 'fixtures/real/parallel', id, `${lang}.txt`), 'utf8');
      const result = await repairText(raw, { lang });
      const wordChanges = result.repairs.filter((repair) => wordCharacters(repair.before) !== wordCharacters(repair.after));
      expect(wordChanges.map((repair) => `${repair.line}:${repair.column} ${repair.ruleId} ${JSON.stringify(repair.before)} → ${JSON.stringify(repair.after)}`)).toEqual([]);
      expect(wordCharacters(result.text)).toBe(wordCharacters(raw));
    },
  );

  it.each([
    ['es', 'El Consejo publica su informe y la opinión pública lo lee; el Gobierno publicó su análisis.'],
    ['es', 'El Secretario General, Sr. António Guterres, visitó Zaporiyia y Járkov con la Embajadora Gómez.'],
    ['ru', 'Письмо Постоянного представителя Украины при Организации Объединенных Наций от 9 января 2025 года.'],
    ['ru', 'Министр Кулеба и посол Кислица встретились в Женеве с г-ном Небензей и еще раз обсудили всё это.'],
  ] as const)('leaves a clean %s sentence, its names and both spellings of ambiguous words alone: %s', async (lang, clean) => {
    expect(await repairLine(lang, clean)).toBe(clean);
  });
});

describe('repair of damaged Spanish and Russian lines', () => {
  it.each([
    // An accent lost: restored where only one accented word fits (`publica` is a word too and stays).
    ['es', 'La politica del Gobierno y la situacion humanitaria en la region preocupan a la comunidad.', 'La política del Gobierno y la situación humanitaria en la región preocupan a la comunidad.'],
    ['es', 'Tengo el honor de dirigirme a usted en relacion con la situacion en los territorios ocupados.', 'Tengo el honor de dirigirme a usted en relación con la situación en los territorios ocupados.'],
    ['es', 'El Representante Perrnanente de Ucrania ante las Naciones Unidas presentó la carta.', 'El Representante Permanente de Ucrania ante las Naciones Unidas presentó la carta.'],
    // Function words read with `c` for `e`/`o`, `de` glued to its article, a confusion with two accent readings.
    ['es', 'El Consejo sc reunió ccmo cada año para examinar cl informe dela Comision.', 'El Consejo se reunió como cada año para examinar el informe de la Comisión.'],
    ['ru', 'Хотел бы проинформировать Вас о продолжаюшихся террористических нападениях на мирных жителеи.', 'Хотел бы проинформировать Вас о продолжающихся террористических нападениях на мирных жителей.'],
    ['ru', 'Генеральныи секретарь и Постоянныи представитель обсудили вопрос о международнои безопасности.', 'Генеральный секретарь и Постоянный представитель обсудили вопрос о международной безопасности.'],
  ] as const)('%s: %s', async (lang, damaged, repaired) => {
    expect(await repairLine(lang, damaged)).toBe(repaired);
  });

  it('keeps a name next to damaged words, though one confusion would make it a word', async () => {
    // `Кислица` and `Зеленский` are names of the damaged line: never respelled, while `обшего` is.
    expect(await repairLine('ru', 'Посол Кислица передал письмо Зеленского обшего характера о международнои помощи.'))
      .toBe('Посол Кислица передал письмо Зеленского общего характера о международной помощи.');
    // `Antje` would become the dictionary word `antoje` by one letter gained: a name only has letters swapped.
    expect(await repairLine('es', 'El Embajador Kyslytsya y la Sra. Antje Molina expusieron la situacion en Jarkov y Zaporiyia.'))
      .toBe('El Embajador Kyslytsya y la Sra. Antje Molina expusieron la situación en Jarkov y Zaporiyia.');
  });
});
