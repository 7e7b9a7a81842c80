import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Thin wrappers over the Debian tools the tests judge the PDF with (poppler-utils, qpdf, mupdf-tools):
 * what an archive or a reader would see, not what our own code thinks it wrote.
 */
export interface PdfInspection {
  /** `pdftotext -layout`, page by page. */
  pages: string[];
  /** Rows of `pdffonts`: name and whether embedded. */
  fonts: Array<{ name: string; embedded: boolean }>;
  qpdfCheck: { ok: boolean; output: string };
  /** `pdfinfo` key/value lines. */
  info: Record<string, string>;
  /** `pdfinfo -meta`: the XMP packet. */
  xmp: string;
  /** Attachments saved by `pdfdetach -saveall`, by file name. */
  attachments: Map<string, Buffer>;
  /** `mutool show … outline`. */
  outline: string;
}

export function inspectPdf(bytes: Uint8Array): PdfInspection {
  const folder = mkdtempSync(join(tmpdir(), 'unletters-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, bytes);
    const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim() !== '').map((line) => {
      const columns = line.trim().split(/\s+/);
      // Columns from the right: object ID (2), uni, sub, emb.
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
    const qpdf = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    const info = Object.fromEntries(run('pdfinfo', [file]).split('\n').filter((line) => line.includes(':')).map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }));
    const xmp = run('pdfinfo', ['-meta', file]);
    const detached = join(folder, 'attachments');
    run('mkdir', ['-p', detached]);
    run('pdfdetach', ['-saveall', '-o', detached, file]);
    const attachments = new Map(readdirSync(detached).map((name) => [name, readFileSync(join(detached, name))]));
    const outline = run('mutool', ['show', file, 'outline']);
    return { pages, fonts, qpdfCheck: { ok: qpdf.status === 0, output: `${qpdf.stdout}${qpdf.stderr}` }, info, xmp, attachments, outline };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Text of all pages with the page numbers at their feet left out (page furniture, not text). */
export function textWithoutPageNumbers(pages: readonly string[]): string {
  return pages.map((page, index) => {
    if (index === 0) return page;
    const lines = page.replace(/\s+$/, '').split('\n');
    if (/^\s*\d+\s*$/.test(lines.at(-1) ?? '')) lines.pop();
    return lines.join('\n');
  }).join('\n');
}

/**
 * Text compared "apart from line breaks and hyphenation": whitespace of any kind becomes one space, and
 * a hyphen between letters may be there or not (a line-end hyphen of the source may have been kept).
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/(?<=\p{L})-\s*\n\s*(?=\p{L})/gu, '')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
