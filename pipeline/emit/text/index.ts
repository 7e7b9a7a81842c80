import type { UnDocument } from '../../model/index.ts';

/** The `.txt` output: the repaired text with its line structure. */
export function emitText(document: UnDocument): string {
  return document.text.endsWith('\n') ? document.text : `${document.text}\n`;
}
