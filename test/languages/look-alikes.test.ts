/**
 * Letters of another script inside a word (issue 19): Latin look-alikes in Russian words, Cyrillic ones in
 * Spanish words, put back in the word's own script by a repair rule that reports each change.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repairText } from '../../pipeline/repair/index.ts';
import { processSource } from '../../pipeline/runner/index.ts';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.ts';

describe('look-alike letters of another script', () => {
  it('puts Latin letters inside Russian words back in Cyrillic, and says so', async () => {
    // `Pоссийской` starts with a Latin P, `пpедставитель` has a Latin p, `Cовета` a Latin C.
    const raw = 'Постоянный пpедставитель Pоссийской Федерации при Организации Объединенных Наций на имя Председателя Cовета Безопасности';
    const result = await repairText(raw, { lang: 'ru' });
    expect(result.text).toBe('Постоянный представитель Российской Федерации при Организации Объединенных Наций на имя Председателя Совета Безопасности');
    expect(result.text).not.toMatch(/\p{Script=Latin}/u);
    expect(result.repairs.map((repair) => [repair.before, repair.after, repair.ruleId, repair.source])).toEqual([
      ['пpедставитель', 'представитель', 'mixed-script-letter', 'unletters-repair-look-alikes'],
      ['Pоссийской', 'Российской', 'mixed-script-letter', 'unletters-repair-look-alikes'],
      ['Cовета', 'Совета', 'mixed-script-letter', 'unletters-repair-look-alikes'],
    ]);
  });

  it('leaves Latin words and symbols of a Russian letter alone', async () => {
    const raw = 'Программа развития Организации Объединенных Наций (ПРООН, UNDP), документ S/2025/313, Distr.: General';
    const result = await repairText(raw, { lang: 'ru' });
    expect([result.text, result.repairs]).toEqual([raw, []]);
  });

  it('puts Cyrillic letters inside Spanish words back in Latin, and leaves Cyrillic names alone', async () => {
    // `Nаciones` and `Unidаs` hold a Cyrillic а; `ПРООН` is a Russian acronym quoted whole.
    const raw = 'Programa de las Nаciones Unidаs para el Desarrollo (PNUD; en ruso, ПРООН)';
    const result = await repairText(raw, { lang: 'es' });
    expect(result.text).toBe('Programa de las Naciones Unidas para el Desarrollo (PNUD; en ruso, ПРООН)');
    expect(result.repairs.map((repair) => repair.ruleId)).toEqual(['mixed-script-letter', 'mixed-script-letter']);
  });

  it('changes no word of the clean Spanish and Russian letters', async () => {
    for (const id of ['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394']) {
      for (const lang of ['es', 'ru'] as const) {
        const result = await repairText(await readFile(join(projectRoot, 'fixtures/real/parallel', id, `${lang}.txt`), 'utf8'), { lang });
        expect([id, lang, result.repairs.filter((repair) => repair.ruleId === 'mixed-script-letter')]).toEqual([id, lang, []]);
      }
    }
  });

  it('repairs a Russian letter whose text layer mixed Latin letters in, and leaves the clean letter as it is', async () => {
    const path = join(projectRoot, 'fixtures/real/parallel/S-2025-313/ru.txt');
    const clean = await readFile(path, 'utf8');
    // Every Cyrillic `Р` and `о` of the letter given as its Latin look-alike, as a broken font mapping does.
    const mixed = clean.replace(/Р/gu, 'P').replace(/о/gu, 'o');
    const read = (text: string) => processSource({ name: 'ru.txt', bytes: new TextEncoder().encode(text) }, { lang: 'ru' });
    const [cleanDocument, mixedDocument] = await Promise.all([read(clean), read(mixed)]);
    expect(cleanDocument.repairs.filter((repair) => repair.ruleId === 'mixed-script-letter')).toEqual([]);
    expect(mixedDocument.text).toBe(cleanDocument.text);
    expect(mixedDocument.repairs.filter((repair) => repair.ruleId === 'mixed-script-letter').length).toBeGreaterThan(20);
  });
});
