/**
 * UN officials named in any of the six languages take one id (pipeline/lang/names/un-officials.ts): by the form
 * the table writes, or in another script by their sound key; other people keep their own. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { UN_OFFICIALS } from '../../pipeline/lang/names/un-officials.ts';
import { joinOfficials, officialId, personId } from '../../pipeline/entities/person-id.ts';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';

describe('the table of UN officials', () => {
  it('gives every form of an entry the entry’s id, and no form two ids', () => {
    const owners = new Map<string, Set<string>>();
    for (const official of UN_OFFICIALS) {
      const id = personId(official.names.en[0]!);
      for (const form of Object.values(official.names).flat()) {
        expect(officialId(form), form).toBe(id);
        owners.set(form, new Set([...(owners.get(form) ?? []), id]));
      }
    }
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });

  it('meets a Cyrillic, Arabic or Chinese spelling the table does not write by its sound key', () => {
    expect(officialId('أنطونيو غوتيريس')).toBe('person:antonio-guterres');
    expect(officialId('Антонио Гутерреш')).toBe('person:antonio-guterres');
    expect(officialId('汉斯·格伦德伯格')).toBe('person:hans-grundberg');
    expect(officialId('Розмари Дикарло')).toBe('person:rosemary-dicarlo');
  });

  it('keeps other people apart: a Latin spelling the table does not write, a name whose key is short or another’s', () => {
    expect(officialId('Antonio Gutierrez')).toBeUndefined();
    // Amin Mohammed is not Amina Mohammed: their key (`nnkn`) is too short to name one person.
    expect(officialId('أمين محمد')).toBeUndefined();
    expect(officialId('Сергей Лавров')).toBeUndefined();
    expect(officialId('汉斯·贝格')).toBeUndefined();
  });
});

describe('officials in letters', () => {
  const persons = (text: string, code: 'ru' | 'ar' | 'zh') => {
    const mentions = findMentions(text, languageResources(code)).filter((mention) => mention.type === 'person');
    return joinOfficials(mentions.map((mention) => ({ mention }))).map(({ mention }) => mention.id);
  };

  it('give the official’s id to the name in Russian (any case), Arabic and Chinese', () => {
    expect(persons('Я хотел бы поблагодарить г-на Ханса Грундберга за его брифинг.', 'ru')).toEqual(['person:hans-grundberg']);
    expect(persons('وأود أن أشكر السيد هانس غروندبرغ على إحاطته.', 'ar')).toEqual(['person:hans-grundberg']);
    expect(persons('我感谢特使汉斯·格伦德贝格的通报。', 'zh')).toEqual(['person:hans-grundberg']);
  });
});
