/**
 * `Full Name (ACRONYM)` in the other UN languages (issues 19 and 20): a body the name tables do not know, defined
 * with the English acronym that UN texts in every language keep, is one organization with the English letter's id,
 * and a later mention of the acronym alone is that body; in Arabic, which has no capitals, the name starts at the
 * word that opens a body's name in the tables. Bodies and sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../pipeline/model/index.ts';
import { taggedMentions, testLetter } from '../helpers/entities.ts';

const organizations = (language: LanguageCode, paragraphs: string[]) => taggedMentions(testLetter({ lang: language, paragraphs }), 'organization');

describe('a body defined with its English acronym', () => {
  it.each([
    ['en', ['The Regional Water Support Mission (RWSM) opened an office.', 'The RWSM will report in June.']],
    ['es', ['La Misión Regional de Apoyo al Agua (RWSM) abrió una oficina.', 'La RWSM informará en junio.']],
    ['ar', ['وافتتحت البعثة الإقليمية لدعم المياه (RWSM) مكتبا.', 'وستقدم RWSM تقريرها في حزيران/يونيه.']],
  ] as const)('is one organization, named again by the acronym, in %s', (language, paragraphs) => {
    const found = organizations(language, [...paragraphs]);
    expect(new Set(found.map(([, id]) => id))).toEqual(new Set(['org:rwsm']));
    expect(found.map(([text]) => text).filter((text) => text === 'RWSM')).toHaveLength(2);
  });

  it('in Arabic, starts at the body’s head word, not at the verb before it', () => {
    const found = organizations('ar', ['وهاجمت القوات الإقليمية لحماية المياه (RWPF) المدينة.']);
    expect(found[0]).toEqual(['القوات الإقليمية لحماية المياه', 'org:rwpf']);
  });

  it('reads a Russian name whose head is in lower case (only the first word is capitalized)', () => {
    const found = organizations('ru', ['Региональная миссия по поддержке водоснабжения (РМПВ) открыла отделение. РМПВ представит доклад.']);
    expect(new Set(found.map(([, id]) => id)).size).toBe(1);
    expect(found.map(([text]) => text)).toEqual(['Региональная миссия по поддержке водоснабжения', 'РМПВ', 'РМПВ']);
  });
});
