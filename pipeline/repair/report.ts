import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { lineStarts, linePosition } from '../offsets.ts';

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
    starts = lineStarts(String(file.value));
    lineStartsOf.set(file, starts);
  }
  return { ...linePosition(starts, offset), offset };
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
