import type { SourceInfo } from '../model/index.ts';

export type SniffedType = Exclude<SourceInfo['mediaType'], 'text/plain'>;

/** The media type the bytes announce by their signature, whatever the file is called. */
export function sniffMediaType(bytes: Uint8Array): SniffedType | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  // A PDF may have a little junk before its header; readers accept it within the first kilobyte. Junk,
  // not text: a letter that quotes `%PDF-` in its first lines is still text.
  const header = Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-');
  if (header === 0 || (header > 0 && !looksLikeText(bytes.subarray(0, header)))) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  return undefined;
}

/** The media type a file name claims by its extension. */
export function mediaTypeByName(name: string): SniffedType | undefined {
  if (/\.pdf$/i.test(name)) return 'application/pdf';
  if (/\.png$/i.test(name)) return 'image/png';
  if (/\.jpe?g$/i.test(name)) return 'image/jpeg';
  if (/\.tiff?$/i.test(name)) return 'image/tiff';
  return undefined;
}

/** The first bytes of a file, printable, for an error message: `"Lettre dat…"` or `<ff d8 00 12>`. */
export function describeStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 16);
  // Decoded as UTF-8; a character cut at the end of the window comes out as U+FFFD and is dropped.
  const text = new TextDecoder('utf-8').decode(head).replace(/\uFFFD$/, '');
  if (/^[\p{L}\p{N}\p{P}\p{S}\p{Zs}\t\r\n]*$/u.test(text)) return JSON.stringify(text.replace(/\s+/g, ' ').trim() + '…');
  return `<${[...head.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')}>`;
}

/** Whether bytes read as text: valid UTF-8 without control characters other than white space. */
function looksLikeText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}
