/**
 * A person whose name is of Cyrillic script has, in a Russian letter, the id of the Latin spelling the
 * standard transliteration gives (issue 19: `Алмаз Токоев` and `Almaz Tokoev` one id), through the whole
 * pipeline: the signature of a letter read, segmented and tagged in each language. Invented letters.
 */
import { describe, expect, it } from 'vitest';
import type { UnDocument } from '../../pipeline/model/index.ts';
import { processSource } from '../../pipeline/runner/index.ts';

const run = (name: string, text: string): Promise<UnDocument> => processSource({ name, bytes: new TextEncoder().encode(text) }, {});

const russianLetter = (signatory: string) => `Письмо Постоянного представителя Кыргызстана при Организации Объединенных Наций от 3 марта 2025 года на имя Генерального секретаря

Имею честь препроводить настоящим заявление Министерства иностранных дел Кыргызской Республики о сотрудничестве в Центральной Азии.

Буду признателен за распространение настоящего письма и приложения к нему в качестве документа Генеральной Ассамблеи.

(Подпись) ${signatory}
`;

const englishLetter = (signatory: string) => `Letter dated 3 March 2025 from the Permanent Representative of Kyrgyzstan to the United Nations addressed to the Secretary-General

I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of the Kyrgyz Republic on cooperation in Central Asia.

I would be grateful if the present letter and its annex could be circulated as a document of the General Assembly.

(Signed) ${signatory}
`;

const personIds = (document: UnDocument) => document.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id);

describe('names of Cyrillic script in a Russian and an English letter', () => {
  it.each([
    ['Алмаз Токоев', 'Almaz Tokoev'],
    // `й` is the y of the standard transliteration (BGN/PCGN), not the i of `и`.
    ['Сергей Вершинин', 'Sergey Vershinin'],
    ['Андрей Ковалёв', 'Andrey Kovalev'],
  ])('%s and %s are one id', async (russian, latin) => {
    const russianIds = personIds(await run('ru.txt', russianLetter(russian)));
    expect(russianIds).toHaveLength(1);
    expect(personIds(await run('en.txt', englishLetter(latin)))).toEqual(russianIds);
  });

  it('keeps apart two people whose names differ by a letter', async () => {
    expect(personIds(await run('ru.txt', russianLetter('Сергей Вершинин')))).not.toEqual(personIds(await run('ru.txt', russianLetter('Сергий Вершинин'))));
  });
});
