/**
 * PDFs and page images, page by page: plan which pages keep their text layer and which need OCR, OCR
 * those (in parallel through the shared scheduler), and assemble the pages into one extraction.
 * The BullMQ workers call `planPages`, fan `ocrPage` out per page, then call `assembleExtraction`.
 */
import { InputError } from '../errors.ts';
import { DEFAULT_LANGUAGE, detectLanguage, isSupportedLanguage, languageResources } from '../lang/index.ts';
import type { LanguageCode, Page } from '../model/index.ts';
import { imagePageCount, ocrPage, type OcrEngine, type OcrPageResult } from '../ocr/index.ts';
import type { ExtractOptions, Extraction, OcrMode } from './backend.ts';
import { openPdf } from './pdf-document.ts';
import { describeStart, mediaTypeByName, sniffMediaType, type SniffedType } from './sniff.ts';
import type { SourceFile } from './source.ts';
import { sourceInfo } from './source.ts';
import { keepsTextLayer, scoreTextLayer } from './text-layer-score.ts';

export interface PagePlan {
  /** 1-based page number. */
  number: number;
  /** Text of the PDF text layer (empty for images and pages without one). */
  textLayer: string;
  /** Quality score of the text layer in [0, 1]; absent for images. */
  score?: number;
  decision: 'text-layer' | 'ocr';
}

/** The media type of a PDF or image input, by its bytes; the name only for the error message. */
export function pagedMediaType(file: SourceFile): SniffedType {
  const sniffed = sniffMediaType(file.bytes);
  if (sniffed) return sniffed;
  const claimed = mediaTypeByName(file.name);
  if (claimed === 'application/pdf') throw new InputError(file.name, `not a PDF (the file starts with ${describeStart(file.bytes)})`);
  if (claimed) throw new InputError(file.name, `unsupported image (not a ${claimed.slice(6).toUpperCase()}: the file starts with ${describeStart(file.bytes)})`);
  throw new InputError(file.name, 'unsupported file type (expected .txt, .pdf, .png, .jpg, .jpeg, .tif, .tiff)');
}

function decide(mode: OcrMode, textLayer: string): { score: number; decision: PagePlan['decision'] } {
  const scored = scoreTextLayer(textLayer);
  if (mode === 'always') return { score: scored.score, decision: 'ocr' };
  if (mode === 'never') return { score: scored.score, decision: 'text-layer' };
  return { score: scored.score, decision: keepsTextLayer(scored) ? 'text-layer' : 'ocr' };
}

/** Reads a page's text layer in reading order, lines kept. */
function pageText(document: ReturnType<typeof openPdf>, index: number): string {
  const page = document.loadPage(index);
  try {
    const text = page.toStructuredText('preserve-whitespace');
    try {
      return text.asText().replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
    } finally {
      text.destroy();
    }
  } finally {
    page.destroy();
  }
}

/**
 * Per page: the text-layer text, its score and whether to keep it or OCR the page, following
 * `options.ocr` (`auto` by default). Images: every page is OCR'd. Throws InputError for encrypted,
 * corrupt, zero-page and mislabelled input.
 */
export async function planPages(file: SourceFile, options: ExtractOptions = {}): Promise<PagePlan[]> {
  const type = pagedMediaType(file);
  if (type !== 'application/pdf') {
    let count: number;
    try {
      count = await imagePageCount(file.bytes);
    } catch (error) {
      throw new InputError(file.name, `unsupported image (${(error as Error).message.split('\n')[0]})`);
    }
    if (count === 0) throw new InputError(file.name, 'the image has no pages');
    return Array.from({ length: count }, (_, index) => ({ number: index + 1, textLayer: '', decision: 'ocr' as const }));
  }
  const document = openPdf(file);
  try {
    const mode = options.ocr ?? 'auto';
    const plans: PagePlan[] = [];
    for (let index = 0; index < document.countPages(); index++) {
      let textLayer: string;
      try {
        textLayer = pageText(document, index);
      } catch (error) {
        throw new InputError(file.name, `corrupt PDF (page ${index + 1}: ${(error as Error).message.split('\n')[0]})`);
      }
      plans.push({ number: index + 1, textLayer, ...decide(mode, textLayer) });
    }
    return plans;
  } finally {
    document.destroy();
  }
}

/**
 * Joins the pages in order into one extraction: text-layer pages carry their score, OCR'd pages their
 * confidence, resolution, skew and words. Pages are separated by a blank line.
 */
export function assembleExtraction(file: SourceFile, plans: PagePlan[], ocrResults: OcrPageResult[]): Extraction {
  const byNumber = new Map(ocrResults.map((result) => [result.page.number, result]));
  const pages: Page[] = [];
  const texts: string[] = [];
  const warnings: string[] = [];
  for (const plan of [...plans].sort((a, b) => a.number - b.number)) {
    if (plan.decision === 'ocr') {
      const result = byNumber.get(plan.number);
      if (!result) throw new Error(`${file.name}: page ${plan.number} was planned for OCR but has no OCR result`);
      pages.push({ ...result.page, ...(plan.score === undefined ? {} : { textLayerScore: round(plan.score) }) });
      texts.push(result.text);
      if (result.text.trim() === '') warnings.push(`page ${plan.number}: OCR found no text`);
    } else {
      pages.push({ number: plan.number, method: 'text-layer', textLayerScore: round(plan.score ?? 0) });
      texts.push(plan.textLayer);
      if (plan.textLayer.trim() === '') warnings.push(`page ${plan.number}: empty text layer kept (--ocr never)`);
    }
  }
  const rawText = texts.join('\n\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  if (rawText.trim() === '') throw new InputError(file.name, 'no text found on any page');
  const mediaType = pagedMediaType(file);
  return { source: sourceInfo(file, mediaType), rawText, pages, ...(warnings.length > 0 ? { warnings } : {}) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export interface OcrLanguageChoice {
  lang: LanguageCode;
  /** The first OCR'd page, read while choosing, when it was read in the chosen language (reuse it). */
  probe?: OcrPageResult;
}

/** A language the OCR has data for, detected in `text`; undefined when there is none or too little text. */
function ocrLanguageOf(text: string): LanguageCode | undefined {
  const detected = detectLanguage(text);
  return detected && isSupportedLanguage(detected) && languageResources(detected).extract ? detected : undefined;
}

/**
 * The language the pages are OCR'd in: the one given; else the language of the text layers kept; else
 * the language read off a first OCR pass over the first page to OCR, made in the default language and
 * kept as that page's result when the default was right. The queue's plan job calls this too, so both
 * paths OCR in the same language.
 */
export async function chooseOcrLanguage(
  file: SourceFile,
  plans: readonly PagePlan[],
  options: ExtractOptions = {},
  engine?: OcrEngine,
): Promise<OcrLanguageChoice> {
  if (options.lang) return { lang: options.lang };
  const first = plans.find((plan) => plan.decision === 'ocr');
  if (!first) return { lang: DEFAULT_LANGUAGE };
  const fromLayers = ocrLanguageOf(plans.filter((plan) => plan.decision === 'text-layer').map((plan) => plan.textLayer).join('\n'));
  if (fromLayers) return { lang: fromLayers };
  const probe = await ocrPage(file, first.number, { lang: DEFAULT_LANGUAGE, ...(engine ? { engine } : {}) });
  const lang = ocrLanguageOf(probe.text) ?? DEFAULT_LANGUAGE;
  return lang === DEFAULT_LANGUAGE ? { lang, probe } : { lang };
}

/** In-process extraction of a PDF or image: plan, OCR the pages that need it in parallel, assemble. */
export async function extractPaged(file: SourceFile, options: ExtractOptions = {}, engine?: OcrEngine): Promise<Extraction> {
  const plans = await planPages(file, options);
  const toOcr = plans.filter((plan) => plan.decision === 'ocr');
  let done = 0;
  options.onProgress?.(0, toOcr.length);
  const { lang, probe } = await chooseOcrLanguage(file, plans, options, engine);
  if (probe) options.onProgress?.(++done, toOcr.length);
  const results = await Promise.all(
    toOcr.map(async (plan) => {
      if (probe && probe.page.number === plan.number) return probe;
      const result = await ocrPage(file, plan.number, { lang, ...(engine ? { engine } : {}) });
      options.onProgress?.(++done, toOcr.length);
      return result;
    }),
  );
  return assembleExtraction(file, plans, results);
}
