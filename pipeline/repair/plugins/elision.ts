import type { VFile } from 'vfile';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';
import { runOf } from '../run.ts';

const source = 'unletters-repair-elision';

/**
 * Elision and apostrophe spacing: `l ’Asie` and `d’ Ouzbékistan` lose the space, `gqu’` (a letter
 * stuck before an elided word) loses the stray letter. Only elided words are touched, so a closing
 * quote followed by a space is left alone.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairElision(data: RepairData) {
  const elisions = new Set(data.language.elisions);
  const clitics = [...(data.language.clitics ?? [])].sort((left, right) => right.length - left.length).join('|');
  // `State ’s`, `State’ s`: a word, an apostrophe with a space on one side, a clitic ending the word.
  const cliticPattern = clitics ? new RegExp(`(?<=\\p{L})( *)['’]( *)(?:${clitics})(?![\\p{L}\\p{N}'’])`, 'giu') : undefined;
  const elided = [...elisions].sort((left, right) => right.length - left.length).join('|');
  // An elided word, spaces, an apostrophe, spaces, then a letter; all on one line.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}?)(${elided})( *)(['’])( *)(?=\\p{L})`, 'giu');

  return (file: VFile): void => {
    const text = String(file.value);
    const { boldness } = runOf(file, data);
    if (cliticPattern) {
      for (const match of text.matchAll(cliticPattern)) {
        const [, before, after] = match as unknown as [string, string, string];
        // Spaces on both sides: a quotation mark or a lone letter, not a clitic.
        if ((before === '') === (after === '')) continue;
        const start = before ? match.index : match.index + 1;
        const length = before ? before.length : after.length;
        report(file, source, { start, end: start + length, after: '', ruleId: 'clitic-apostrophe-space', confidence: 0.85 });
      }
    }
    if (elisions.size === 0) return;
    for (const match of text.matchAll(pattern)) {
      const [whole, stray, word, before, apostrophe, after] = match as unknown as [string, string, string, string, string, string];
      if (stray) {
        // `gqu’`: only when the letters with the stray one are no word of their own.
        if (data.lexicon.has(stray + word) || !boldness.boldAt(match.index)) continue;
        report(file, source, { start: match.index, end: match.index + stray.length, after: '', ruleId: 'elision-stray-letter', confidence: 0.85 });
      }
      const apostropheAt = match.index + stray.length + word.length + before.length;
      if (before) {
        report(file, source, { start: apostropheAt - before.length, end: apostropheAt, after: '', ruleId: 'space-before-apostrophe', confidence: 0.95 });
      }
      if (after) {
        const end = match.index + whole.length;
        report(file, source, { start: end - after.length, end, after: '', ruleId: 'space-after-apostrophe', confidence: 0.95 });
      }
      void apostrophe;
    }
  };
}
