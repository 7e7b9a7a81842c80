/**
 * The OCR engine behind a narrow interface (as OCRmyPDF puts Tesseract behind its plugin spec): the
 * pipeline hands it one cleaned page image and gets words with confidences and boxes back. Tests inject
 * fakes (recorded output, crashing engines) so that most of them never run OCR.
 */
export interface EngineWord {
  text: string;
  /** Confidence in [0, 100]. */
  confidence: number;
  /** [x0, y0, x1, y1] in pixels of the image given. */
  bbox: [number, number, number, number];
}

export interface EngineLine {
  words: EngineWord[];
  bbox: [number, number, number, number];
}

/** A paragraph as the engine found it; paragraphs are separated by a blank line in the page text. */
export interface EngineParagraph {
  lines: EngineLine[];
}

export interface EngineResult {
  /** Mean confidence of the page in [0, 100]. */
  confidence: number;
  paragraphs: EngineParagraph[];
}

export interface OcrEngine {
  readonly name: string;
  /** Recognizes one page image (PNG bytes) in a language given by its Tesseract code (`fra`). */
  recognize(image: Uint8Array, language: string): Promise<EngineResult>;
  /**
   * Starts the engine for a language ahead of the first page, so that its start-up overlaps the rendering
   * and cleaning of that page; a failure to start is reported by `recognize`, not here.
   */
  warm?(language: string): void;
  /** Releases workers so that the process can exit. */
  terminate(): Promise<void>;
}
