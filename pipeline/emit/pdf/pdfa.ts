import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { UnDocument } from '../../model/index.ts';

/** What the Info dictionary and the XMP packet both say; PDF/A wants the two to agree. */
export interface ArchivalMetadata {
  title: string;
  lang: string;
  /** Creation and modification date: when the edition is made (`editionTime`), never the letter's date. */
  date: Date;
  creator: string;
  producer: string;
}

export const PRODUCER = 'unletters 0.1.0 with pdf-lib 1.17.1';
const CREATOR = 'unletters';

export function archivalMetadata(document: UnDocument, madeAt: Date): ArchivalMetadata {
  const title = document.letter.title.text || document.annexes[0]?.heading.text || document.source.name;
  return { title, lang: document.lang, date: madeAt, creator: CREATOR, producer: PRODUCER };
}

let cachedProfile: Uint8Array | undefined;

/** The sRGB IEC 61966-2.1 profile shipped by the `pdfkit` npm package, read once (never downloaded). */
export function srgbProfile(): Uint8Array {
  if (!cachedProfile) {
    const require = createRequire(import.meta.url);
    cachedProfile = new Uint8Array(readFileSync(join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc')));
  }
  return cachedProfile;
}

function pdfDate(date: Date): string {
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `D:${digits}Z`;
}

function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The XMP packet: PDF/A-3B identification, Dublin Core title and language, dates, tools. */
export function xmpPacket(metadata: ArchivalMetadata): string {
  const title = escapeXml(metadata.title);
  return `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(metadata.lang)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>${xmpDate(metadata.date)}</xmp:CreateDate>
   <xmp:ModifyDate>${xmpDate(metadata.date)}</xmp:ModifyDate>
   <xmp:MetadataDate>${xmpDate(metadata.date)}</xmp:MetadataDate>
   <xmp:CreatorTool>${escapeXml(metadata.creator)}</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>${escapeXml(metadata.producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Makes the file PDF/A-3B: Info dictionary and XMP twins, an sRGB OutputIntent, the document language,
 * and a trailer ID. The first ID half names the document (from its id), the second this rendering of it
 * (from its content), so two runs over the same document give the same bytes.
 */
export function makeArchival(pdf: PDFDocument, document: UnDocument, contentDigestSource: string, madeAt: Date): void {
  const metadata = archivalMetadata(document, madeAt);
  const context = pdf.context;

  const info = context.obj({
    Title: PDFHexString.fromText(metadata.title),
    Creator: PDFHexString.fromText(metadata.creator),
    Producer: PDFHexString.fromText(metadata.producer),
    CreationDate: PDFString.of(pdfDate(metadata.date)),
    ModDate: PDFString.of(pdfDate(metadata.date)),
  });
  context.trailerInfo.Info = context.register(info);

  const xmp = context.stream(new TextEncoder().encode(xmpPacket(metadata)), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), context.register(xmp));

  const profile = context.flateStream(srgbProfile(), { N: 3 });
  const outputIntent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(profile),
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(outputIntent)]));
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(document.lang));
  pdf.catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));

  const permanent = createHash('sha256').update(`unletters:${document.id}`).digest('hex').slice(0, 32);
  const changing = createHash('sha256').update(contentDigestSource).digest('hex').slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(permanent), PDFHexString.of(changing)]);
}
