import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** A repair message: a VFile message that also carries how sure the rule is. */
export type RepairMessage = VFileMessage & { confidence: number };

export interface Finding {
  start: number;
  end: number;
  after: string;
  ruleId: string;
  confidence: number;
}

const lineStartsOf = new WeakMap<VFile, number[]>();

function point(file: VFile, offset: number): { line: number; column: number; offset: number } {
  let starts = lineStartsOf.get(file);
  if (!starts) {
    const text = String(file.value);
    starts = [0];
    for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
    lineStartsOf.set(file, starts);
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset };
}

/**
 * Reports one change on the file the retext way ("Unexpected X, expected Y") with `actual`, `expected`
 * and the rule's confidence; the repair stage turns these messages into edits.
 */
export function report(file: VFile, source: string, finding: Finding): void {
  const actual = String(file.value).slice(finding.start, finding.end);
  if (actual === finding.after) return;
  const message = file.message(`Unexpected \`${actual}\`, expected \`${finding.after}\``, {
    place: { start: point(file, finding.start), end: point(file, finding.end) },
    ruleId: finding.ruleId,
    source,
  }) as RepairMessage;
  message.actual = actual;
  message.expected = [finding.after];
  message.confidence = finding.confidence;
}
