/**
 * File names as they are shown and as they become folder names. A file name may hold anything but `/`
 * and NUL: control characters (a newline would forge a second line of output), bytes that are not UTF-8,
 * and multibyte characters whose bytes exceed the file system's 255-byte limit once a suffix is added.
 */

/** A name fit for one line of output: control characters written as escapes (`\n`, `\x1b`). */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[character] ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/**
 * Bytes a folder name may take: file systems allow 255 per name, and the outputs add to it (the hidden
 * staging folder `.<name>.partial-XXXXXX.previous`, the file `<name>.akn.xml`).
 */
export const MAX_NAME_BYTES = 200;

/** The longest start of `text` whose UTF-8 encoding fits in `bytes`, never cutting a character in two. */
export function truncateToBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let result = '';
  let used = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character);
    if (used + size > bytes) break;
    result += character;
    used += size;
  }
  return result;
}
