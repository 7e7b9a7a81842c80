import type { Repair } from '../model/index.ts';
import { lineStarts, linePosition, partitionPoint } from '../offsets.ts';

/** One change a plugin asks for, in offsets of the text that pass read. */
export interface Edit {
  start: number;
  end: number;
  after: string;
  ruleId: string;
  source: string;
  confidence: number;
}

/** A change already made, known both in `rawText` and in the current text. */
interface Change {
  rawStart: number;
  rawEnd: number;
  currentStart: number;
  currentEnd: number;
  after: string;
  ruleIds: string[];
  sources: string[];
  confidence: number;
}

/**
 * The audit trail across passes. Each pass edits the text the previous one produced; the trail keeps
 * every applied change as a non-overlapping span of `rawText` with what now stands there, so that
 * replacing those spans in `rawText` gives the current text. An edit that touches an earlier change is
 * merged with it (rule ids joined with `+`), so a `before` is always exactly what `rawText` holds.
 */
export class ChangeTrail {
  readonly rawText: string;
  text: string;
  private changes: Change[] = [];
  private readonly suggestions: Repair[] = [];
  private lineStarts: number[] | undefined;

  constructor(rawText: string) {
    this.rawText = rawText;
    this.text = rawText;
  }

  /** Applies one pass's edits (offsets in the current text); overlapping edits after the first are dropped. */
  apply(edits: readonly Edit[]): void {
    const accepted = nonOverlapping(edits);
    if (accepted.length === 0) return;
    const groups = groupWithChanges(accepted, this.changes);
    // The new text in parts and its length kept apart: slicing a growing string would flatten it at
    // every group, which makes a long text's repair quadratic.
    const parts: string[] = [];
    let length = 0;
    const append = (part: string) => {
      parts.push(part);
      length += part.length;
    };
    let cursor = 0;
    const next: Change[] = [];
    for (const group of groups) {
      append(this.text.slice(cursor, group.start));
      const start = length;
      cursor = group.end;
      if (group.edits.length === 0) {
        const change = group.changes[0]!;
        append(change.after);
        next.push({ ...change, currentStart: start, currentEnd: length });
        continue;
      }
      let fragment = '';
      let inner = group.start;
      for (const edit of group.edits) {
        fragment += this.text.slice(inner, edit.start) + edit.after;
        inner = edit.end;
      }
      fragment += this.text.slice(inner, group.end);
      append(fragment);
      // A group that starts or ends with an earlier change spans that change's raw text (even when empty now).
      const first = group.changes[0];
      const last = group.changes.reduce<Change | undefined>((latest, change) => (!latest || change.currentEnd >= latest.currentEnd ? change : latest), undefined);
      const rawStart = first && first.currentStart === group.start ? first.rawStart : this.toRaw(group.start, this.changes);
      const rawEnd = last && last.currentEnd === group.end ? last.rawEnd : this.toRaw(group.end, this.changes);
      if (this.rawText.slice(rawStart, rawEnd) === fragment) continue; // an edit undid an earlier change
      next.push({
        rawStart,
        rawEnd,
        currentStart: start,
        currentEnd: length,
        after: fragment,
        ruleIds: unique([...group.changes.flatMap((change) => change.ruleIds), ...group.edits.map((edit) => edit.ruleId)]),
        sources: unique([...group.changes.flatMap((change) => change.sources), ...group.edits.map((edit) => edit.source)]),
        confidence: Math.min(...group.changes.map((change) => change.confidence), ...group.edits.map((edit) => edit.confidence)),
      });
    }
    append(this.text.slice(cursor));
    this.text = parts.join('');
    this.changes = next;
  }

  /** Records changes found but not applied, mapped into `rawText` (widened over any change they touch). */
  suggest(edits: readonly Edit[]): void {
    for (const edit of edits) {
      let start = edit.start;
      let end = edit.end;
      let rawStart: number | undefined;
      let rawEnd: number | undefined;
      // Changes are in order and never overlap: only those from the first that ends at or after `start` can touch it.
      for (let index = this.firstEndingAtOrAfter(start); index < this.changes.length && this.changes[index]!.currentStart <= end; index++) {
        const change = this.changes[index]!;
        start = Math.min(start, change.currentStart);
        end = Math.max(end, change.currentEnd);
        rawStart = Math.min(rawStart ?? change.rawStart, change.rawStart);
        rawEnd = Math.max(rawEnd ?? change.rawEnd, change.rawEnd);
      }
      const after = this.text.slice(start, edit.start) + edit.after + this.text.slice(edit.end, end);
      rawStart = Math.min(rawStart ?? Infinity, this.toRaw(start, this.changes));
      rawEnd = Math.max(rawEnd ?? -Infinity, this.toRaw(end, this.changes));
      this.suggestions.push(this.repair(rawStart, rawEnd, after, edit.ruleId, edit.source, edit.confidence, false));
    }
  }

  /** The applied changes, in order of offset in `rawText`. */
  repairs(): Repair[] {
    return this.changes.map((change) =>
      this.repair(change.rawStart, change.rawEnd, change.after, change.ruleIds.join('+'), change.sources.join('+'), change.confidence, true),
    );
  }

  suggested(): Repair[] {
    return [...this.suggestions].sort((left, right) => left.offset - right.offset);
  }

  /** Maps an offset of the current text that lies outside every change (or on its edge) into `rawText`. */
  private toRaw(offset: number, changes: readonly Change[]): number {
    // Binary search (changes are in order and never overlap): a long text has tens of thousands of them.
    const after = firstEndingAfter(changes, offset);
    const next = changes[after];
    if (next && next.currentStart < offset) return next.rawEnd; // inside: callers widen to edges first
    const before = changes[after - 1];
    return offset + (before ? before.rawEnd - before.currentEnd : 0);
  }

  private firstEndingAtOrAfter(offset: number): number {
    return firstEndingAfter(this.changes, offset - 1);
  }

  private repair(rawStart: number, rawEnd: number, after: string, ruleId: string, source: string, confidence: number, applied: boolean): Repair {
    const { line, column } = this.position(rawStart);
    return {
      ruleId,
      source,
      offset: rawStart,
      line,
      column,
      before: this.rawText.slice(rawStart, rawEnd),
      after,
      confidence: Math.round(confidence * 100) / 100,
      applied,
    };
  }

  private position(offset: number): { line: number; column: number } {
    this.lineStarts ??= lineStarts(this.rawText);
    return linePosition(this.lineStarts, offset);
  }
}

interface Group {
  start: number;
  end: number;
  edits: Edit[];
  changes: Change[];
}

/**
 * Sweeps edits and earlier changes in order: an edit and a change that overlap or touch share a group
 * (and so become one change); two earlier changes never merge on their own.
 */
function groupWithChanges(edits: readonly Edit[], changes: readonly Change[]): Group[] {
  const items: { start: number; end: number; edit?: Edit; change?: Change }[] = [
    ...changes.map((change) => ({ start: change.currentStart, end: change.currentEnd, change })),
    ...edits.map((edit) => ({ start: edit.start, end: edit.end, edit })),
  ];
  items.sort((left, right) => left.start - right.start || (left.change ? -1 : 1));
  const groups: Group[] = [];
  let lastWasEdit = false;
  for (const item of items) {
    const group = groups.at(-1);
    const isEdit = item.edit !== undefined;
    const joins =
      group !== undefined &&
      (group.edits.length > 0 || isEdit) &&
      (item.start < group.end || (item.start === group.end && isEdit !== lastWasEdit));
    if (joins) {
      group.end = Math.max(group.end, item.end);
      if (item.edit) group.edits.push(item.edit);
      if (item.change) group.changes.push(item.change);
    } else {
      groups.push({ start: item.start, end: item.end, edits: item.edit ? [item.edit] : [], changes: item.change ? [item.change] : [] });
    }
    lastWasEdit = isEdit;
  }
  return groups;
}

function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((left, right) => left.start - right.start || left.end - right.end);
  const kept: Edit[] = [];
  for (const edit of sorted) {
    const last = kept.at(-1);
    if (last && (edit.start < last.end || (edit.start === last.end && edit.start === edit.end && last.start === last.end))) continue;
    kept.push(edit);
  }
  return kept;
}

/** The index of the first change whose current end is after `offset` (changes.length when none is). */
function firstEndingAfter(changes: readonly Change[], offset: number): number {
  return partitionPoint(changes.length, (index) => changes[index]!.currentEnd <= offset);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
