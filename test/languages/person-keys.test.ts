/**
 * One person across the six scripts (issues 19 and 20): names read in Arabic and Chinese running text, and
 * their sound key met by the Latin spelling of the same person. Invented sentences and names.
 */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../../pipeline/lang/index.ts';
import { findMentions } from '../../pipeline/entities/index.ts';
import { personSoundKey } from '../../pipeline/entities/person-id.ts';

function personNames(text: string, code: 'ar' | 'zh'): string[] {
  return findMentions(text, languageResources(code))
    .filter((mention) => mention.type === 'person')
    .map((mention) => mention.text);
}

describe('persons of Arabic running text', () => {
  it('read a lone `Name (State)` as a person when the text names that surname after a form of address', () => {
    const text = 'وتخلف السيدة حداد يوهان بيرغستروم (السويد)، الذي أنهى مهمته. وأود أن أعرب عن تقديري للسيد بيرغستروم لتفانيه.';
    expect(personNames(text, 'ar')).toContain('يوهان بيرغستروم');
    expect(personSoundKey('يوهان بيرغستروم')).toBe(personSoundKey('Johan Bergstrom'));
  });

  it('leave a lone `Name (State)` to places when no person has that surname', () => {
    expect(personNames('وعقد الاجتماع في مدينة يوهان بيرغستروم (السويد).', 'ar')).toEqual([]);
  });
});

describe('persons of Chinese running text', () => {
  it('read a dotted name in the characters of the transliteration tables, bounded by the words around it', () => {
    const text = '哈达德女士接替已于2024年12月结束任职的托马斯·文内贝格(瑞典)。空军上校阿根森·奥卢也在工作组发了言。';
    expect(personNames(text, 'zh')).toEqual(['托马斯·文内贝格', '阿根森·奥卢']);
    // A final d that Chinese leaves out, a w written 文: one key with the Latin spelling.
    expect(personSoundKey('托马斯·文内贝格')).toBe(personSoundKey('Thomas Wenneberg'));
    expect(personSoundKey('阿根森·奥卢')).toBe(personSoundKey('Agenson Olu'));
  });
});
