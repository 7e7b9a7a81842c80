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
import { chooseOcrLanguage } from './language.ts';
import type { OcrContext, OcrPageResult } from './page.ts';
import { ocrPage } from './page.ts';

export type { EngineLine, EngineParagraph, EngineResult, EngineWord, OcrEngine } from './engine.ts';
export { TesseractEngine, paragraphsOfTsv } from './tesseract-engine.ts';
export { engineFromModule, type EngineFactory } from './engine-module.ts';
export { cleanPage, estimateSkew, otsuThreshold } from './clean.ts';
export { decodeImagePage, renderPdfPage, scanResolution } from './raster.ts';
export type { GreyPage } from './raster.ts';
export { removeSpeckle, paragraphsText } from './speckle.ts';
export { paragraphsByLayout } from './layout.ts';
export { chooseOcrLanguage, type OcrLanguageChoice } from './language.ts';
export { DEFAULT_DPI, MIN_DPI, newTesseractEngine, ocrPage, pageImage, sharedOcrEngine, terminateOcr, type OcrContext, type OcrOptions, type OcrPageResult } from './page.ts';

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
    const { lang, pages, probe } = await ocrStage.schedule(planned, options, context);
    let done = 0;
    if (planned.plans) context.progress(0, pages.length);
    if (probe) context.progress(++done, pages.length);
    const readings = await Promise.all(
      pages.map(async (number) => {
        if (probe && probe.page.number === number) return probe;
        await context.checkpoint();
        const reading = await ocrStage.page(planned.file, number, lang, context);
        // The time budget stops the document at the next page's end (a page in the engine is not cut).
        context.signal.throwIfAborted();
        context.progress(++done, pages.length);
        return reading;
      }),
    );
    return { ...planned, readings };
  },
};
