import type { VFile } from 'vfile';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';

const source = 'unletters-repair-typography';

/**
 * The language's typography, on request only: the typographic apostrophe, a narrow no-break space before
 * `; ! ?`, a no-break space before `:` and inside quotation marks. Never part of damage repair.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairTypography(data: RepairData) {
  const rules = data.language.typography;
  const before = rules.spaceBefore.map((mark) => mark.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')).join('');
  return (file: VFile): void => {
    const text = String(file.value);
    for (const match of text.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) {
      report(file, source, { start: match.index, end: match.index + 1, after: rules.apostrophe, ruleId: 'typographic-apostrophe', confidence: 1 });
    }
    if (before) {
      for (const match of text.matchAll(new RegExp(`(?<=[\\p{L}\\p{N})»])( ?)([${before}])`, 'gu'))) {
        report(file, source, { start: match.index, end: match.index + match[1]!.length, after: rules.narrowSpace, ruleId: 'space-before-mark', confidence: 1 });
      }
    }
    for (const match of text.matchAll(/(?<=[\p{L}\p{N})»\]]) ?(?=:(?:\s|$))/gu)) {
      report(file, source, { start: match.index, end: match.index + match[0].length, after: rules.wideSpace, ruleId: 'space-before-colon', confidence: 1 });
    }
    for (const match of text.matchAll(new RegExp(`${rules.openQuote} ?(?=\\S)`, 'gu'))) {
      report(file, source, { start: match.index + 1, end: match.index + match[0].length, after: rules.wideSpace, ruleId: 'space-inside-quotes', confidence: 1 });
    }
    for (const match of text.matchAll(new RegExp(`(?<=\\S) ?${rules.closeQuote}`, 'gu'))) {
      report(file, source, { start: match.index, end: match.index + match[0].length - 1, after: rules.wideSpace, ruleId: 'space-inside-quotes', confidence: 1 });
    }
  };
}
