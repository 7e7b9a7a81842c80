import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.ts';

const found = (matcher: PhraseMatcher, text: string) => matcher.matches(text).map((match) => [match.index, match.text]);

describe('finding the names of the tables in a text', () => {
  const names = new PhraseMatcher(['Security Council', 'Council', 'United Nations', 'United Nations Security Council', 'Côte d’Ivoire']);

  it('takes the longest name at a place, then goes on after it', () => {
    expect(found(names, 'the United Nations Security Council and the Council')).toEqual([
      [4, 'United Nations Security Council'],
      [44, 'Council'],
    ]);
  });

  it('reads any run of white space, a line break too, as the space of a name', () => {
    expect(found(names, 'the Security\n   Council met')).toEqual([[4, 'Security\n   Council']]);
  });

  it('falls back to a shorter name when the longer one runs into a word', () => {
    expect(found(names, 'United Nations Security Councillors')).toEqual([[0, 'United Nations']]);
  });

  it('tells the longest name that starts at a given place, if one does', () => {
    expect(names.longestAt('the United Nations Security\nCouncil met', 4)).toBe('United Nations Security Council');
    expect(names.longestAt('the United Nations', 3)).toBeUndefined();
    expect(names.longestAt('subCouncil', 3)).toBeUndefined();
  });

  it('finds no name inside a longer word', () => {
    expect(found(names, 'Councils and subCouncil')).toEqual([]);
  });

  it('reads a typewriter apostrophe in the table as the typographic one of the text', () => {
    expect(found(new PhraseMatcher(["Côte d'Ivoire"]), 'in Côte d’Ivoire.')).toEqual([[3, 'Côte d’Ivoire']]);
  });

  it('finds a name after a proclitic of its language, the proclitic left out', () => {
    const arabic = new PhraseMatcher(['مجلس الأمن'], { proclitics: ['و', 'ل'] });
    expect(found(arabic, 'إلى رئيس ومجلس الأمن')).toEqual([[10, 'مجلس الأمن']]);
    expect(found(arabic, 'أمجلس الأمن')).toEqual([]);
  });

  it('finds a name between other characters in a language written without spaces, not inside a Latin word', () => {
    const chinese = new PhraseMatcher(['安全理事会', 'UN'], { unspaced: true });
    expect(found(chinese, '致安全理事会主席')).toEqual([[1, '安全理事会']]);
    expect(found(chinese, 'UNDP与UN')).toEqual([[5, 'UN']]);
  });

  it('never starts a name inside a character written with two code units', () => {
    const matcher = new PhraseMatcher(['\udc00x']);
    expect(found(matcher, '\ud800\udc00x')).toEqual([]);
  });
});
