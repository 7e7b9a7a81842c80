import type { LanguageCode, Page, SourceInfo } from '../model/index.ts';
import type { DiagnosticReport } from '../stage.ts';
import type { SourceFile } from './source.ts';

export interface Extraction {
  source: SourceInfo;
  rawText: string;
  pages?: Page[];
  /** Problems met while reading the pages (an empty page kept, a page OCR found nothing on). */
  diagnostics?: DiagnosticReport[];
}

export type OcrMode = 'auto' | 'always' | 'never';

/** Options of the `plan` stage. */
export interface PlanOptions {
  /** When to OCR pages of a PDF: `auto` re-OCRs only pages whose text layer is missing or bad. */
  ocr?: OcrMode;
}

/** Options of the `extract` stage. */
export interface ExtractOptions {
  /** Force the document language instead of detecting it. */
  lang?: LanguageCode;
  /** Longest text (UTF-8 bytes) a document may have: longer stops with one line (`--max-text`). */
  maxTextBytes?: number;
}

export interface PagePlan {
  /** 1-based page number. */
  number: number;
  /** Text of the PDF text layer (empty for images and pages without one). */
  textLayer: string;
  /** Quality score of the text layer in [0, 1]; absent for images. */
  score?: number;
  decision: 'text-layer' | 'ocr';
}

/** One page as OCR read it: the page entry of the model and its text. */
export interface PageReading {
  page: Page;
  text: string;
}

/** A source once planned: which pages keep their text layer; no plans for a file read whole (text). */
export interface PlannedSource {
  file: SourceFile;
  plans?: PagePlan[];
}

/** A planned source with the pages OCR has read. */
export interface ReadSource extends PlannedSource {
  readings: PageReading[];
}

/** One input format: recognizes its bytes; a paged format also plans its pages. */
export interface ExtractBackend {
  name: string;
  accepts(file: SourceFile): boolean;
  /** Whether the format has pages (PDF, images) that are planned, maybe OCR'd, then assembled. */
  paged: boolean;
}
