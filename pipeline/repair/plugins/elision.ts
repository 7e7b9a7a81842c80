import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';

const source = 'unletters-repair-elision';

/**
 * Elision and apostrophe spacing: `l ’Asie` and `d’ Ouzbékistan` lose the space, `gqu’` (a letter
 * stuck before an elided word) loses the stray letter. Only elided words are touched, so a closing
 * quote followed by a space is left alone.
 */
export default function repairElision(data: RepairData) {
  const elisions = new Set(data.language.elisions);
  const elided = [...elisions].sort((left, right) => right.length - left.length).join('|');
  // An elided word, spaces, an apostrophe, spaces, then a letter; all on one line.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}?)(${elided})( *)(['’])( *)(?=\\p{L})`, 'giu');

  return (_tree: Root, file: VFile): void => {
    const text = String(file.value);
    for (const match of text.matchAll(pattern)) {
      const [whole, stray, word, before, apostrophe, after] = match as unknown as [string, string, string, string, string, string];
      if (stray) {
        // `gqu’`: only when the letters with the stray one are no word of their own.
        if (data.lexicon.has(stray + word)) continue;
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
