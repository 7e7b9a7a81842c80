import type { TypesetBlock, TypesetLine } from './typeset.ts';
import type { PageGeometry } from './geometry.ts';

/** A line at its place: `baseline` in points from the page's top edge. */
export interface PlacedLine {
  line: TypesetLine;
  baseline: number;
}

export interface PlacedPage {
  lines: PlacedLine[];
}

/** Where an outline entry points: a page and the top of the block's first line. */
export interface Anchor {
  title: string;
  level: number;
  pageIndex: number;
  top: number;
}

export interface Pagination {
  pages: PlacedPage[];
  anchors: Anchor[];
}

/**
 * Fills pages top to bottom. Headings stay with the first two lines of what follows, signature blocks are
 * never split, a paragraph never leaves a single line at the foot of a page, and an annex starts a page.
 */
export function paginate(blocks: readonly TypesetBlock[], page: PageGeometry): Pagination {
  const bottom = page.height - page.marginBottom;
  const pages: PlacedPage[] = [{ lines: [] }];
  const anchors: Anchor[] = [];
  let cursor = page.marginTop;
  const newPage = () => {
    pages.push({ lines: [] });
    cursor = page.marginTop;
  };
  const pageIsEmpty = () => pages.at(-1)!.lines.length === 0;

  for (const [index, current] of blocks.entries()) {
    const { source, lines, leading } = current;
    if (source.pageBreakBefore && !pageIsEmpty()) newPage();
    const spaceBefore = pageIsEmpty() ? 0 : source.spaceBefore;
    const height = lines.length * leading;
    // How much must fit on this page for the block to start here.
    let needed = Math.min(lines.length, 2) * leading;
    if (source.keepTogether) needed = height;
    if (source.keepWithNext) needed = height + followingHeight(blocks, index + 1);
    if (!pageIsEmpty() && cursor + spaceBefore + needed > bottom) newPage();
    cursor += pageIsEmpty() ? 0 : spaceBefore;
    if (source.bookmark) {
      anchors.push({ ...source.bookmark, pageIndex: pages.length - 1, top: cursor });
    }
    for (const [lineIndex, line] of lines.entries()) {
      const remaining = lines.length - lineIndex;
      // Break before the last line rather than leave it alone at the top of the next page.
      const widowGuard = remaining === 2 && lines.length > 2 && cursor + 2 * leading > bottom;
      if ((cursor + leading > bottom || widowGuard) && !pageIsEmpty()) newPage();
      cursor += leading;
      pages.at(-1)!.lines.push({ line, baseline: cursor - leading * 0.22 });
    }
  }
  return { pages, anchors };
}

/** Height of what must stay with a heading: the next block's first two lines, or all of a chain of headings. */
function followingHeight(blocks: readonly TypesetBlock[], start: number): number {
  let height = 0;
  for (let index = start; index < blocks.length; index += 1) {
    const next = blocks[index]!;
    if (next.source.pageBreakBefore) break;
    if (next.source.keepWithNext) {
      height += next.source.spaceBefore + next.lines.length * next.leading;
      continue;
    }
    height += next.source.spaceBefore + Math.min(next.lines.length, 2) * next.leading;
    break;
  }
  return height;
}
