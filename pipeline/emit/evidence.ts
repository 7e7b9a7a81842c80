/**
 * What an edition of a scan keeps as evidence of how its text was established: the OCR words read with
 * low confidence, each with its page and box, and, where the text still holds the word as read, the node
 * and offsets it sits at (the Akoma Ntoso marks it there). A reader can then look at the scan, attached
 * to the PDF, where the machine was unsure.
 */
import type { DoubtfulWord, UnDocument } from '../model/index.ts';
import { textNodes } from '../model/text-nodes.ts';
import { lastStartAtOrBefore } from '../offsets.ts';
import { escapeRegExp } from '../regexp.ts';

/** Tesseract word confidence (0–100) under which a word is doubtful: its own "uncertain" range. */
export const OCR_DOUBT_THRESHOLD = 60;

/** How far past the last word found the next one is looked for, in characters of reading text. */
const SEARCH_WINDOW = 2000;

/** Whether any page's text was read by OCR. */
export function readByOcr(document: UnDocument): boolean {
  return (document.pages ?? []).some((page) => page.method === 'ocr');
}

/**
 * The doubtful words of the OCR'd pages in reading order, each found in the text when it is still there:
 * searched as a whole word from where the previous doubtful word was found, so that a word read
 * confidently elsewhere is not taken for it.
 */
export function doubtfulWords(document: UnDocument, threshold = OCR_DOUBT_THRESHOLD): DoubtfulWord[] {
  const nodes = textNodes(document);
  const starts: number[] = [];
  let reading = '';
  for (const node of nodes) {
    starts.push(reading.length);
    reading += `${node.text}\n`;
  }
  let cursor = 0;
  const found: DoubtfulWord[] = [];
  for (const page of document.pages ?? []) {
    if (page.method !== 'ocr') continue;
    for (const word of page.words ?? []) {
      if (word.confidence >= threshold) continue;
      const entry: DoubtfulWord = { page: page.number, text: word.text, confidence: word.confidence, bbox: word.bbox };
      const core = word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (core.length >= 2) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(core)}(?![\\p{L}\\p{N}])`, 'u');
        const window = reading.slice(cursor, cursor + SEARCH_WINDOW);
        const match = pattern.exec(window);
        if (match) {
          const at = cursor + match.index;
          const index = lastStartAtOrBefore(starts, at);
          const node = nodes[index]!;
          const start = at - starts[index]!;
          if (start + core.length <= node.text.length) {
            entry.nodeId = node.nodeId;
            if (node.field !== undefined) entry.field = node.field;
            entry.start = start;
            entry.end = start + core.length;
            cursor = at + core.length;
          }
        }
      }
      found.push(entry);
    }
  }
  return found;
}

/** The document with its OCR evidence, for the editions of a document read by OCR; others unchanged. */
export function withOcrEvidence(document: UnDocument): UnDocument {
  if (!readByOcr(document)) return document;
  return { ...document, ocrDoubtful: doubtfulWords(document) };
}
