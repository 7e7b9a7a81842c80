import type { FontStyle } from './fonts.ts';

/** A stretch of text in one face. */
export interface Run {
  text: string;
  style: FontStyle;
}

/** A label hung in the margin of a block's first line (`1.`, `I.`, `a)`, `•`). */
export interface HangingLabel {
  runs: Run[];
  /** Left edge of the label, in points from the content area's left edge. */
  left: number;
}

/**
 * One block of the page flow: what the layout of a letter asks for, before any line is broken. Offsets are
 * in points from the content area's edges, so the same flow fits any page size.
 */
export interface FlowBlock {
  runs: Run[];
  size: number;
  align: 'left' | 'justify' | 'center' | 'right';
  /** Left edge of the text from the content area's left edge. */
  left: number;
  /** Distance kept free from the content area's right edge. */
  rightInset: number;
  /** Extra indent of the first line. */
  firstIndent: number;
  label?: HangingLabel;
  /** A second column on the same baselines (the distribution header's right-hand column). */
  column?: { runs: Run[]; left: number };
  spaceBefore: number;
  /** Kept on the same page as the first lines of the next block (headings, titles). */
  keepWithNext: boolean;
  /** Never split across pages (signature blocks). */
  keepTogether: boolean;
  /** Starts a new page (an annex). */
  pageBreakBefore: boolean;
  /** `rtl`: the block reads right to left (Arabic); it is laid out left to right and mirrored when drawn. */
  direction?: 'rtl';
  /** Outline entry pointing at this block. */
  bookmark?: { title: string; level: number };
}

export function block(runs: Run[], options: Partial<Omit<FlowBlock, 'runs'>> = {}): FlowBlock {
  return {
    runs,
    size: options.size ?? 10,
    align: options.align ?? 'left',
    left: options.left ?? 0,
    rightInset: options.rightInset ?? 0,
    firstIndent: options.firstIndent ?? 0,
    spaceBefore: options.spaceBefore ?? 0,
    keepWithNext: options.keepWithNext ?? false,
    keepTogether: options.keepTogether ?? false,
    pageBreakBefore: options.pageBreakBefore ?? false,
    ...(options.label ? { label: options.label } : {}),
    ...(options.column ? { column: options.column } : {}),
    ...(options.bookmark ? { bookmark: options.bookmark } : {}),
    ...(options.direction ? { direction: options.direction } : {}),
  };
}

export const regular = (text: string): Run => ({ text, style: 'regular' });
export const bold = (text: string): Run => ({ text, style: 'bold' });
export const italic = (text: string): Run => ({ text, style: 'italic' });
