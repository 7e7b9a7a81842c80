import type { LanguageCode, Page, SourceInfo } from '../model/index.ts';
import type { SourceFile } from './source.ts';

export interface Extraction {
  source: SourceInfo;
  rawText: string;
  pages?: Page[];
  warnings?: string[];
}

export type OcrMode = 'auto' | 'always' | 'never';

export interface ExtractOptions {
  /** When to OCR pages of a PDF: `auto` re-OCRs only pages whose text layer is missing or bad. */
  ocr?: OcrMode;
  /** Language hint for OCR; the document language is decided later from the text. */
  lang?: LanguageCode;
  /** Called as pages are done, for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** One input format: recognizes its bytes and turns them into text (and pages). */
export interface ExtractBackend {
  name: string;
  accepts(file: SourceFile): boolean;
  extract(file: SourceFile, options: ExtractOptions): Promise<Extraction> | Extraction;
}
