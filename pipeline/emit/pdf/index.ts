import { PDFDocument } from 'pdf-lib';
import type { UnDocument } from '../../model/index.ts';
import { createHash } from 'node:crypto';
import type { RenderExtras, Rendering } from '../rendering.ts';
import { readByOcr } from '../evidence.ts';
import type { Attachment } from './attachments.ts';
import { attachFiles } from './attachments.ts';
import { drawPages } from './draw.ts';
import { embedFonts, markOpenTypeFontFiles } from './fonts.ts';
import { A4, contentWidth } from './geometry.ts';
import { layoutDocument } from './layout.ts';
import { writeOutline } from './outline.ts';
import { paginate } from './paginate.ts';
import { makeArchival } from './pdfa.ts';
import { editionTime } from '../made-at.ts';
import { Measurer, typesetBlock } from './typeset.ts';

export { xmpPacket, PRODUCER } from './pdfa.ts';

/** Earlier renderings carried inside the PDF, with the MIME type each is declared with. */
const ATTACHED: ReadonlyArray<{ extension: string; mimeType: string; description: string }> = [
  { extension: 'akn.xml', mimeType: 'application/akn+xml', description: 'Akoma Ntoso 3.0 XML of this document' },
  { extension: 'json', mimeType: 'application/json', description: 'unletters document model (JSON) of this document' },
];

/**
 * The archival edition: an A4 PDF/A-3B laid out like a UN document, fonts embedded and subset, an outline,
 * and the Akoma Ntoso and JSON renderings attached byte for byte. Same document, same bytes.
 */
export async function emitPdf(document: UnDocument, earlier: ReadonlyMap<string, Rendering> = new Map(), extras: RenderExtras = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const layout = layoutDocument(document, A4);
  // The faces a document needs, from every character it prints (a Chinese face is cut to them).
  const printed = layout.flatMap((block) => [...block.runs, ...(block.label?.runs ?? []), ...(block.column?.runs ?? [])].map((run) => run.text)).join('');
  const fonts = await embedFonts(pdf, printed);
  const measurer = new Measurer(fonts);
  const width = contentWidth(A4);
  const flow = layout.map((block) => typesetBlock(block, width, measurer));
  const pagination = paginate(flow, A4);
  const pages = drawPages(pdf, pagination, fonts, A4, measurer);
  writeOutline(pdf, pages, pagination.anchors, A4);
  await pdf.flush();
  markOpenTypeFontFiles(pdf);

  const json = earlier.get('json')?.content;
  const madeAt = editionTime();
  makeArchival(pdf, document, typeof json === 'string' ? json : JSON.stringify(document), madeAt);
  await attachFiles(pdf, [...attachmentsFor(document, earlier), ...sourceAttachment(document, extras.source)], madeAt);
  return pdf.save({ updateFieldAppearances: false });
}

/** File names follow the outputs beside the PDF: `<name>.akn.xml`, `<name>.json`. */
function attachmentsFor(document: UnDocument, earlier: ReadonlyMap<string, Rendering>): Attachment[] {
  const name = baseName(document.source.name);
  return ATTACHED.flatMap(({ extension, mimeType, description }) => {
    const rendering = earlier.get(extension);
    return rendering ? [{ name: `${name}.${extension}`, mimeType, description, content: rendering.content }] : [];
  });
}

/**
 * The text of a scan was established by OCR: the edition keeps the scan itself as evidence, attached as
 * the PDF/A-3 `Source` of the document, under the source's own (sanitized) name. Only bytes whose
 * digest is the document's source digest are attached.
 */
function sourceAttachment(document: UnDocument, source: Uint8Array | undefined): Attachment[] {
  if (!source || !readByOcr(document)) return [];
  if (createHash('sha256').update(source).digest('hex') !== document.source.sha256) return [];
  const file = document.source.name.split(/[\\/]/).pop() ?? '';
  const extension = file.includes('.') ? file.slice(file.lastIndexOf('.')).toLowerCase().replace(/[^.a-z0-9]/g, '') : '';
  return [{ name: `${baseName(document.source.name)}.source${extension}`, mimeType: document.source.mediaType, description: 'Source scanned and read by OCR into this edition', content: source, relationship: 'Source' }];
}

/** The source's file name without folders or extension, reduced to characters safe in a file name. */
function baseName(sourceName: string): string {
  const file = sourceName.split(/[\\/]/).pop() ?? '';
  const stem = file.includes('.') ? file.slice(0, file.lastIndexOf('.')) : file;
  const safe = stem.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').replace(/^[.\s]+/, '');
  return safe === '' ? 'document' : safe;
}
