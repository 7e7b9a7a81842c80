import type { UnDocument } from '../model/index.ts';

export interface SegmentOptions {}

/** The segmentation stage: reads `text` and fills `header`, `letter`, `annexes` and `symbol`. */
export function segment(document: UnDocument, _options: SegmentOptions = {}): UnDocument {
  // Placeholder until the segmenter lands (issue 2).
  return document;
}
