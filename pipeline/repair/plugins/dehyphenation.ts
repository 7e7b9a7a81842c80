import type { VFile } from 'vfile';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';

const source = 'unletters-repair-dehyphenation';

/**
 * A word cut by a hyphen at a line end (`dévelop-` / `pement`) is made whole on the first line and the
 * next line starts after it, so the text keeps its number of lines. Only when the lexicon is sure: the
 * joined word is known, the hyphenated compound is not, and the first piece is no word of its own.
 * Real compounds cut at their hyphen (`Organisation-` / `Afghanistan`) stay as they are; the segment
 * stage reads those.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairDehyphenation(data: RepairData) {
  const { lexicon } = data;
  const prefixes = new Set(data.language.combiningPrefixes.map((prefix) => prefix.toLowerCase()));
  return (file: VFile): void => {
    const text = String(file.value);
    // From a word's start only: the same matches, without trying again from each letter of every word.
    for (const match of text.matchAll(/(?<!\p{L})(\p{L}+)-[ \t]*\n([ \t]*)(\p{L}+)([,.;:]?)(?=[ \t]|$)/gmu)) {
      const [whole, head, indent, tail, punctuation] = match as unknown as [string, string, string, string, string];
      // A prefix and its hyphen (`pre-` / `arranged`) make a compound of its own, as printed.
      if (lexicon.has(head) || lexicon.has(`${head}-${tail}`) || !lexicon.has(head + tail) || prefixes.has(head.toLowerCase())) continue;
      const start = match.index + head.length;
      report(file, source, {
        start,
        end: match.index + whole.length,
        after: `${tail}${punctuation}\n${indent}`,
        ruleId: 'line-end-hyphen',
        confidence: 0.8,
      });
    }
  };
}
