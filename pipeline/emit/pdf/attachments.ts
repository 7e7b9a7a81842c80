import type { PDFDocument } from 'pdf-lib';
import { AFRelationship } from 'pdf-lib';

/** A structured version carried inside the PDF as a PDF/A-3 associated file. */
export interface Attachment {
  name: string;
  mimeType: string;
  description: string;
  content: string | Uint8Array;
  /** How the file relates to the document: another form of it (the XML, the JSON), or its source (a scan). */
  relationship?: 'Alternative' | 'Source';
}

/**
 * Attaches the structured versions byte for byte, as the PDF/A-3 e-invoicing formats do: each one an
 * `Alternative` representation of the document, listed in the catalog's `/AF`; a scan's source file as
 * its `Source`. Names are attached in
 * sorted order because the embedded-files name tree must be sorted.
 */
export async function attachFiles(pdf: PDFDocument, attachments: readonly Attachment[], date: Date): Promise<void> {
  const sorted = [...attachments].sort((first, second) => (first.name < second.name ? -1 : first.name > second.name ? 1 : 0));
  for (const attachment of sorted) {
    const bytes = typeof attachment.content === 'string' ? new TextEncoder().encode(attachment.content) : attachment.content;
    await pdf.attach(bytes, attachment.name, {
      mimeType: attachment.mimeType,
      description: attachment.description,
      creationDate: date,
      modificationDate: date,
      afRelationship: attachment.relationship === 'Source' ? AFRelationship.Source : AFRelationship.Alternative,
    });
  }
}
