/**
 * PDFs and page images, page by page: plan which pages keep their text layer and which need OCR, then,
 * once OCR has read those, assemble the pages into one extraction. The OCR itself is a stage of its own
 * (`pipeline/ocr`), between the two; the queue runs it as one job per page.
 */
import { DEFAULT_MAX_TEXT_BYTES, textLimitReason } from './text.ts';
import { InputError } from '../errors.ts';
import { defaultLanguages } from '../lang/index.ts';
import type { LanguageRegistry } from '../lang/types.ts';
import type { Page } from '../model/index.ts';
import type { DiagnosticReport } from '../stage.ts';
import type { Extraction, OcrMode, PagePlan, PageReading, PlanOptions } from './backend.ts';
import { imagePageCount } from './image-pages.ts';
import { openPdf } from './pdf-document.ts';
import { describeStart, mediaTypeByName, sniffMediaType, type SniffedType } from './sniff.ts';
import type { SourceFile } from './source.ts';
import { sourceInfo } from './source.ts';
import { keepsTextLayer, scoreTextLayer } from './text-layer-score.ts';

/** The media type of a PDF or image input, by its bytes; the name only for the error message. */
export function pagedMediaType(file: SourceFile): SniffedType {
  const sniffed = sniffMediaType(file.bytes);
  if (sniffed) return sniffed;
  const claimed = mediaTypeByName(file.name);
  if (claimed === 'application/pdf') throw new InputError(file.name, `not a PDF (the file starts with ${describeStart(file.bytes)})`);
  if (claimed) throw new InputError(file.name, `unsupported image (not a ${claimed.slice(6).toUpperCase()}: the file starts with ${describeStart(file.bytes)})`);
  throw new InputError(file.name, 'unsupported file type (expected .txt, .pdf, .png, .jpg, .jpeg, .tif, .tiff)');
}

function decide(mode: OcrMode, textLayer: string, languages: LanguageRegistry): { score: number; decision: PagePlan['decision'] } {
  const scored = scoreTextLayer(textLayer, languages);
  if (mode === 'always') return { score: scored.score, decision: 'ocr' };
  if (mode === 'never') return { score: scored.score, decision: 'text-layer' };
  return { score: scored.score, decision: keepsTextLayer(scored) ? 'text-layer' : 'ocr' };
}

/** Reads a page's text layer in reading order, lines kept. */
function pageText(document: Awaited<ReturnType<typeof openPdf>>, index: number): string {
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

/** A text layer rewritten by every language's own folding (Arabic presentation forms), in registry order. */
function foldTextLayer(text: string, languages: LanguageRegistry): string {
  return languages.codes.reduce((folded, code) => languages.get(code).extract?.foldTextLayer?.(folded) ?? folded, text);
}

/**
 * Per page: the text-layer text, its score and whether to keep it or OCR the page, following
 * `options.ocr` (`auto` by default). Images: every page is OCR'd. Throws InputError for encrypted,
 * corrupt, zero-page and mislabelled input.
 */
export async function planPages(file: SourceFile, options: PlanOptions = {}, languages: LanguageRegistry = defaultLanguages): Promise<PagePlan[]> {
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
  const document = await openPdf(file);
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
      textLayer = foldTextLayer(textLayer, languages);
      plans.push({ number: index + 1, textLayer, ...decide(mode, textLayer, languages) });
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
export function assembleExtraction(file: SourceFile, plans: readonly PagePlan[], readings: readonly PageReading[], maxTextBytes = DEFAULT_MAX_TEXT_BYTES): Extraction {
  const byNumber = new Map(readings.map((result) => [result.page.number, result]));
  const pages: Page[] = [];
  const texts: string[] = [];
  const diagnostics: DiagnosticReport[] = [];
  for (const plan of [...plans].sort((a, b) => a.number - b.number)) {
    if (plan.decision === 'ocr') {
      const result = byNumber.get(plan.number);
      if (!result) throw new Error(`${file.name}: page ${plan.number} was planned for OCR but has no OCR result`);
      pages.push({ ...result.page, ...(plan.score === undefined ? {} : { textLayerScore: round(plan.score) }) });
      texts.push(result.text);
      if (result.text.trim() === '') diagnostics.push({ code: 'page-without-text', message: `page ${plan.number}: OCR found no text` });
    } else {
      pages.push({ number: plan.number, method: 'text-layer', textLayerScore: round(plan.score ?? 0) });
      texts.push(plan.textLayer);
      if (plan.textLayer.trim() === '') diagnostics.push({ code: 'empty-text-layer', message: `page ${plan.number}: empty text layer kept (--ocr never)` });
    }
  }
  const rawText = texts.join('\n\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  if (rawText.trim() === '') throw new InputError(file.name, 'no text found on any page');
  const size = Buffer.byteLength(rawText);
  if (size > maxTextBytes) throw new InputError(file.name, textLimitReason(size, maxTextBytes));
  // Where each page starts in the joined text (the repair measures damage per page): its text, trimmed and
  // with blank runs made single as the join does, is found after the previous page's.
  let cursor = 0;
  texts.forEach((text, index) => {
    const trimmed = text.replace(/\n{3,}/g, '\n\n').trim();
    const at = trimmed ? rawText.indexOf(trimmed, cursor) : -1;
    pages[index]!.textOffset = at < 0 ? cursor : at;
    if (at >= 0) cursor = at + trimmed.length;
  });
  const mediaType = pagedMediaType(file);
  return { source: sourceInfo(file, mediaType), rawText, pages, ...(diagnostics.length > 0 ? { diagnostics } : {}) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
