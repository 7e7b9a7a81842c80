/** A4 in points, with the margins of a UN document page. */
export interface PageGeometry {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

export const A4: PageGeometry = {
  width: 595.28,
  height: 841.89,
  marginLeft: 72,
  marginRight: 72,
  marginTop: 64,
  marginBottom: 72,
};

export function contentWidth(page: PageGeometry): number {
  return page.width - page.marginLeft - page.marginRight;
}

/** Body text sits this far in from the content edge, so paragraph and section numbers can hang left of it. */
export const BODY_LEFT = 36;
/** Width kept for a hanging number (`12.`, `IV.`). */
export const LABEL_WIDTH = 30;
/** Each nesting level (a list under a paragraph, items of a lettered group) moves in by this much. */
export const NEST_STEP = 24;
/** Body size and line spacing, in points (UN documents: 10 on 12). */
export const BODY_SIZE = 10;
export const LEADING_RATIO = 1.22;
