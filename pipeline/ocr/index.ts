/**
 * The `ocr` stage: OCR of the pages of a scanned PDF or page image that `plan` left to it. Each page is a
 * recipe of named steps (`page.ts`): render (mupdf) or decode (sharp) → clean (despeckle, deskew) →
 * recognize (tesseract.js behind `OcrEngine`) → drop margin speckle → list bullets read as other signs
 * restored → paragraphs from the layout → page text and the model's `Page` (confidence, dpi, skew, words).
 */
import type { PlannedSource, ReadSource, SourceFile } from '../extract/index.ts';
import { DEFAULT_LANGUAGE } from '../lang/index.ts';
import type { LanguageCode } from '../model/index.ts';
import type { Step } from '../stage.ts';
import { availableParallelism } from 'node:os';
import { chooseOcrLanguage, knownOcrLanguage, PROBE_LANGUAGE, readProbe } from './language.ts';
import { runPagePipeline } from './page-pipeline.ts';
import type { OcrContext, OcrPageResult } from './page.ts';
import { ocrPage, openPageImages, preparePage, readPreparedPage, warmOcr, type PreparedPage } from './page.ts';

export type { EngineLine, EngineParagraph, EngineResult, EngineWord, OcrEngine } from './engine.ts';
export { TesseractEngine, paragraphsOfTsv } from './tesseract-engine.ts';
export { engineFromModule, type EngineFactory } from './engine-module.ts';
export { CleaningBuffers, cleanPage, estimateSkew, linearMap, median3, otsuThreshold, rotateGrey } from './clean.ts';
export { greyPng } from './png.ts';
export { decodeImagePage, renderPdfPage, scanResolution } from './raster.ts';
export type { GreyPage } from './raster.ts';
export { removeSpeckle, paragraphsText } from './speckle.ts';
export { paragraphsByLayout } from './layout.ts';
export { chooseOcrLanguage, type OcrLanguageChoice } from './language.ts';
export { DEFAULT_DPI, SCAN_DPI, newTesseractEngine, ocrPage, openPageImages, pageImage, preparePage, readPreparedPage, setSharedOcrWorkers, sharedOcrEngine, terminateOcr, type OcrContext, type OcrOptions, type OcrPageResult, type PreparedPage as PreparedOcrPage } from './page.ts';

/** Options of the `ocr` stage. */
export interface OcrStageOptions {
  /** The language to OCR in; by default read off the kept text layers or a first page. */
  lang?: LanguageCode;
}

/** Which pages of a planned source are OCR'd, in which language; a page read to choose it is kept. */
export interface OcrSchedule {
  lang: LanguageCode;
  pages: number[];
  probe?: OcrPageResult;
}

/**
 * The `ocr` stage, between `plan` and `extract`. In-process, `run` schedules the pages and reads them in
 * parallel; the queue calls `schedule` in its plan job and `page` in one job per page, so both paths
 * read the same pages in the same language.
 */
export interface OcrStage extends Step<PlannedSource, ReadSource, OcrStageOptions, 'ocr'> {
  schedule(planned: PlannedSource, options: OcrStageOptions, context: OcrContext): Promise<OcrSchedule>;
  page(file: SourceFile, pageNumber: number, lang: LanguageCode, context: OcrContext): Promise<OcrPageResult>;
}

/**
 * Pages held at once in-process (prepared, not yet recognized): one per engine worker (one per core) and
 * the one being prepared.
 */
const PAGES_AHEAD = availableParallelism() + 1;

export const ocrStage: OcrStage = {
  name: 'ocr',

  async schedule({ file, plans = [] }, options, context) {
    const pages = plans.filter((plan) => plan.decision === 'ocr').map((plan) => plan.number);
    if (pages.length === 0) return { lang: options.lang ?? DEFAULT_LANGUAGE, pages };
    const { lang, probe } = await chooseOcrLanguage(file, plans, options, context);
    return { lang, pages, ...(probe ? { probe } : {}) };
  },

  page(file, pageNumber, lang, context) {
    return ocrPage(file, pageNumber, { lang }, context);
  },

  async run(planned, options, context) {
    const pages = (planned.plans ?? []).filter((plan) => plan.decision === 'ocr').map((plan) => plan.number);
    if (planned.plans) context.progress(0, pages.length);
    if (pages.length === 0) return { ...planned, readings: [] };
    // Without a language given or read off text layers, the first page is read in the probe language while
    // the next pages are prepared; they are recognized once the probe has told the language, except the
    // second page, read meanwhile in the probe language by an engine worker that would otherwise wait.
    const known = knownOcrLanguage(planned.plans ?? [], options, context);
    const language = deferred<LanguageCode>();
    if (known) language.resolve(known);
    // The engine starts while the first page is rendered and cleaned, not once it is.
    warmOcr(known ?? PROBE_LANGUAGE, context);
    let done = 0;
    const read = async (prepared: PreparedPage): Promise<OcrPageResult> => {
      if (!known && prepared.number === pages[0]) {
        try {
          const { lang, result } = await readProbe((probeLanguage) => readPreparedPage(prepared, { lang: probeLanguage }, context), context);
          language.resolve(lang);
          return result;
        } catch (error) {
          language.reject(error);
          throw error;
        }
      }
      if (!known && prepared.number === pages[1]) return readAhead(prepared, PROBE_LANGUAGE, language.promise, context);
      return readPreparedPage(prepared, { lang: await language.promise }, context);
    };
    // The file is opened once for all its pages (a PDF's bytes copied into mupdf's heap once).
    const images = await openPageImages(planned.file);
    let readings: OcrPageResult[];
    try {
      readings = await runPagePipeline(
        pages,
        {
          prepare: (number) => preparePage(planned.file, number, {}, images),
          read: async (prepared) => {
            await context.checkpoint();
            const reading = await read(prepared);
            images.buffers.giveBack(prepared.cleaned.png);
            // The time budget stops the document at the end of a page (a page in the engine is not cut).
            context.signal.throwIfAborted();
            context.progress(++done, pages.length);
            return reading;
          },
        },
        PAGES_AHEAD,
      );
    } finally {
      images.close();
    }
    return { ...planned, readings };
  },
};

/**
 * Reads a page in the language `guess` without waiting for the document's language, and keeps that reading
 * when the language turns out to be the guess; otherwise reads the page again in the language found.
 */
async function readAhead(prepared: PreparedPage, guess: LanguageCode, language: Promise<LanguageCode>, context: OcrContext): Promise<OcrPageResult> {
  const guessed = readPreparedPage(prepared, { lang: guess }, context);
  guessed.catch(() => {});
  const lang = await language;
  if (lang === guess) return guessed;
  const reading = await readPreparedPage(prepared, { lang }, context);
  // The page's image is reused once the page is read: the guess must have finished reading it too.
  await guessed.catch(() => {});
  return reading;
}

/** A promise settled from outside (Node 20 has no `Promise.withResolvers`); never an unhandled rejection. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
