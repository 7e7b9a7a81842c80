import type { UnDocument } from '../../model/index.ts';

/** The JSON output is the model itself, two-space indented, ending with a newline. */
export function emitJson(document: UnDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
