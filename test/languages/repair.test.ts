/**
 * The repair stage must never harm clean text in a language it has fewer rules for: a clean English letter
 * keeps every word (French elision, accent or glyph rules must not fire on English).
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_FIXTURES, runFixture } from './helpers.ts';

/** Letters and digits of a string: what a change to spacing or line ends leaves alone. */
function wordCharacters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

describe.each(ENGLISH_FIXTURES)('repair on the clean English letter %s', (path) => {
  it('changes no word', async () => {
    const document = await runFixture(path);
    const wordChanges = document.repairs.filter((repair) => wordCharacters(repair.before) !== wordCharacters(repair.after));
    expect(wordChanges.map((repair) => `${repair.line}:${repair.column} ${repair.ruleId} ${JSON.stringify(repair.before)} → ${JSON.stringify(repair.after)}`)).toEqual([]);
    expect(wordCharacters(document.text)).toBe(wordCharacters(document.rawText));
  });
});
