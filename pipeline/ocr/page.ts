/**
 * OCR of one page of a scanned PDF or page image, as a recipe of named steps: render (mupdf) or decode
 * (sharp) → clean (despeckle, deskew) → recognize (tesseract.js behind `OcrEngine`) → drop margin
 * speckle → list bullets read as other signs restored → paragraphs from the layout → page text and the
 * model's `Page` (confidence, dpi, skew, words). The queue runs this once per page job.
 */
import { InputError } from '../errors.ts';
import type { PageReading, SourceFile } from '../extract/index.ts';
import { mediaTypeByName, openPdf, sniffMediaType } from '../extract/index.ts';
import { loadedMupdf, loadSharp } from '../extract/libraries.ts';
import { DEFAULT_LANGUAGE, defaultLanguages } from '../lang/index.ts';
import type { LanguageRegistry } from '../lang/types.ts';
import { LANGUAGE_CODES, type LanguageCode, type OcrWord } from '../model/index.ts';
import { stageContext, type StageContext } from '../stage.ts';
import { CleaningBuffers, cleanPage, yieldToEvents, type CleanedPage } from './clean.ts';
import type { OcrEngine } from './engine.ts';
import { decodeImagePage, renderPdfPage, scanResolution, type GreyPage } from './raster.ts';
import { bulletsToKeep, restoreBullets } from './bullets.ts';
import { paragraphsByLayout } from './layout.ts';
import { paragraphsText, removeSpeckle } from './speckle.ts';
import { engineFromModule } from './engine-module.ts';
import { TesseractEngine, type DataPackages } from './tesseract-engine.ts';

export interface OcrOptions {
  /** Language of the page; decides the trained data. Default: the default language. */
  lang?: LanguageCode;
  /**
   * Resolution to render PDF pages at. Default: SCAN_DPI when the page holds an image (a scan),
   * DEFAULT_DPI for pages drawn from vectors and text.
   */
  dpi?: number;
  /** The engine; default the context's, else the shared tesseract.js scheduler. */
  engine?: OcrEngine;
}

export type OcrPageResult = PageReading;

/** The context OCR needs: languages for the trained data and typography, maybe an engine. */
export type OcrContext = Pick<StageContext, 'languages' | 'ocrEngine'>;

/** Resolution for pages that are not scans (a broken text layer over vector text). */
export const DEFAULT_DPI = 300;
/**
 * Resolution every scan is read at, whatever it was scanned at. Under it Tesseract reads badly (at 150 dpi
 * the x-height of 11 pt text is ~10 px); over it it reads no better (`bench:ocr`'s 300 dpi scans read at 200 dpi:
 * 0.09% of characters wrong instead of 0.16%) but takes a third more CPU and each engine worker keeps ~40 MB more
 * WebAssembly memory (a heap that never shrinks) for the larger image.
 */
export const SCAN_DPI = 200;

let sharedEngine: OcrEngine | undefined;
let sharedWorkerCount: number | undefined;

/**
 * How many tesseract.js workers the process-wide engine starts per language (default: one per core). A
 * queue worker's OCR child reads one page at a time and its plan job one probe page: they take one each, so
 * a worker process holds as many engines as it reads pages at once, not cores × processes.
 */
export function setSharedOcrWorkers(count: number): void {
  sharedWorkerCount = count;
}

/** Tesseract codes and data packages of every language of the registry. */
function dataPackages(languages: LanguageRegistry): DataPackages {
  const packages: DataPackages = {};
  for (const code of LANGUAGE_CODES) {
    if (!languages.has(code)) continue;
    const tesseract = languages.get(code).extract?.tesseract;
    if (tesseract) packages[tesseract.code] = tesseract;
  }
  return packages;
}

/**
 * The process-wide engine: one tesseract.js worker per core, started on first use with the trained data of
 * every language of the registry it is first asked with.
 */
/**
 * A tesseract.js engine with the trained data of every language of the registry, and per language
 * `workerCount` workers (default: one per core).
 */
export function newTesseractEngine(workerCount?: number, languages: LanguageRegistry = defaultLanguages): TesseractEngine {
  return new TesseractEngine(dataPackages(languages), workerCount);
}

/**
 * The process-wide engine, started on first use: tesseract.js, or the engine made by the module named in
 * `UNLETTERS_OCR_ENGINE` (see `engineFromModule`). An environment variable, so that it reaches every process
 * of a run: the queue's OCR child processes inherit it.
 */
export function sharedOcrEngine(languages: LanguageRegistry = defaultLanguages): OcrEngine {
  const module = process.env.UNLETTERS_OCR_ENGINE;
  sharedEngine ??= module ? engineFromModule(module) : newTesseractEngine(sharedWorkerCount, languages);
  return sharedEngine;
}

/** Stops the shared engine's workers (so that a CLI run or a benchmark can exit). */
export async function terminateOcr(): Promise<void> {
  const engine = sharedEngine;
  sharedEngine = undefined;
  await engine?.terminate();
}

/** Starts the context's engine (else the shared one) in `lang`, ahead of the first page read in it. */
export function warmOcr(lang: LanguageCode, context: OcrContext): void {
  const tesseract = context.languages.get(lang).extract?.tesseract;
  if (tesseract) (context.ocrEngine ?? sharedOcrEngine(context.languages)).warm?.(tesseract.code);
}

/** The language's OCR typography fixes (`'` → `’` in French), applied word by word. */
function typography(lang: LanguageCode, languages: LanguageRegistry): (text: string) => string {
  const rules = languages.get(lang).extract?.ocrTypography ?? [];
  // Two calls: `String.replace` has one overload for a string and one for a function, not one for both.
  return (text) =>
    rules.reduce((current, [pattern, replacement]) => (typeof replacement === 'string' ? current.replace(pattern, replacement) : current.replace(pattern, replacement)), text);
}

function tesseractLanguage(lang: LanguageCode, languages: LanguageRegistry): string {
  const tesseract = languages.get(lang).extract?.tesseract;
  if (!tesseract) throw new Error(`no OCR language data for ${lang}`);
  return tesseract.code;
}

async function resample(page: GreyPage, dpi: number): Promise<GreyPage> {
  const width = Math.round((page.width * dpi) / page.dpi);
  const height = Math.round((page.height * dpi) / page.dpi);
  const sharp = await loadSharp();
  const data = await sharp(Buffer.from(page.pixels.buffer, page.pixels.byteOffset, page.pixels.byteLength), {
    raw: { width: page.width, height: page.height, channels: 1 },
  })
    .resize(width, height, { kernel: 'cubic' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { width, height, pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), dpi };
}

/**
 * The page images of one file, opened once for all the pages read from it: a PDF is opened in mupdf (its
 * bytes copied into mupdf's heap) once, not once per page. `close` frees it.
 */
export interface PageImages {
  /** A page's image; with `reuse`, a PDF page is drawn into a buffer the next page's image reuses. */
  image(pageNumber: number, options?: Pick<OcrOptions, 'dpi'>, reuse?: boolean): Promise<GreyPage>;
  /** Working buffers kept from page to page while the file is read (see `CleaningBuffers`). */
  buffers: CleaningBuffers;
  close(): void;
}

/** Opens a PDF, PNG, JPEG or TIFF file for its page images. */
export async function openPageImages(file: SourceFile): Promise<PageImages> {
  const type = sniffMediaType(file.bytes) ?? mediaTypeByName(file.name);
  if (type === 'application/pdf') {
    const document = await openPdf(file);
    const mupdf = loadedMupdf();
    const buffers = new CleaningBuffers();
    return {
      buffers,
      async image(pageNumber, options = {}, reuse = false) {
        if (pageNumber < 1 || pageNumber > document.countPages()) throw new InputError(file.name, `PDF has no page ${pageNumber}`);
        let dpi = options.dpi;
        if (dpi === undefined) {
          const page = document.loadPage(pageNumber - 1);
          const scanned = scanResolution(page);
          page.destroy();
          dpi = scanned === undefined ? DEFAULT_DPI : SCAN_DPI;
        }
        try {
          return renderPdfPage(document, pageNumber, dpi, reuse ? (size) => buffers.get(2, size) : undefined);
        } finally {
          // The page's decoded images stay in mupdf's store while the document is open: no page is drawn
          // twice, and mupdf's heap never shrinks, so they would only add up.
          mupdf.emptyStore();
        }
      },
      close: () => document.destroy(),
    };
  }
  if (type === 'image/png' || type === 'image/jpeg' || type === 'image/tiff') {
    return {
      buffers: new CleaningBuffers(),
      async image(pageNumber, options = {}) {
        let page: GreyPage;
        try {
          page = await decodeImagePage(file.bytes, pageNumber);
        } catch (error) {
          throw new InputError(file.name, `unreadable image (${(error as Error).message.split('\n')[0]})`);
        }
        const target = options.dpi ?? SCAN_DPI;
        return target === page.dpi ? page : resample(page, target);
      },
      close: () => {},
    };
  }
  throw new InputError(file.name, 'unsupported file type for OCR (expected PDF, PNG, JPEG or TIFF)');
}

/**
 * The page image OCR starts from, before any cleaning: a PDF page rendered with mupdf, or an image page
 * decoded. This is also what the benchmark hands native Tesseract.
 */
export async function pageImage(file: SourceFile, pageNumber: number, options: Pick<OcrOptions, 'dpi'> = {}): Promise<GreyPage> {
  const images = await openPageImages(file);
  try {
    return await images.image(pageNumber, options);
  } finally {
    images.close();
  }
}

/** A page rendered (or decoded) and cleaned, waiting for recognition. */
export interface PreparedPage {
  number: number;
  dpi: number;
  cleaned: CleanedPage;
}

/** The work before recognition, on this thread: the page image (from `images` when the file is open), then cleaned. */
export async function preparePage(file: SourceFile, pageNumber: number, options: Pick<OcrOptions, 'dpi'> = {}, images?: PageImages): Promise<PreparedPage> {
  if (!images) {
    const image = await pageImage(file, pageNumber, options);
    return { number: pageNumber, dpi: image.dpi, cleaned: await cleanPage(image) };
  }
  // The image is drawn into a reused buffer: it is not kept past cleaning, which makes the page anew.
  const image = await images.image(pageNumber, options, true);
  await yieldToEvents();
  return { number: pageNumber, dpi: image.dpi, cleaned: await cleanPage(image, { buffers: images.buffers }) };
}

/** Recognizes a prepared page and turns the engine's words into the page's text and model. */
export async function readPreparedPage(prepared: PreparedPage, options: Pick<OcrOptions, 'lang' | 'engine'> = {}, context: OcrContext = stageContext('ocr')): Promise<OcrPageResult> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const { cleaned } = prepared;
  const engine = options.engine ?? context.ocrEngine ?? sharedOcrEngine(context.languages);
  const recognized = await engine.recognize(cleaned.png, tesseractLanguage(lang, context.languages));
  const fix = typography(lang, context.languages);
  const unspaced = context.languages.get(lang).extract?.unspacedCharacters;
  const speckleOptions = { keep: bulletsToKeep(recognized.paragraphs), ...(unspaced ? { unspaced } : {}) };
  const paragraphs = paragraphsByLayout(restoreBullets(removeSpeckle(recognized.paragraphs, speckleOptions))).map((paragraph) => ({
    lines: paragraph.lines.map((line) => ({ ...line, words: line.words.map((word) => ({ ...word, text: fix(word.text) })) })),
  }));
  const words: OcrWord[] = paragraphs.flatMap((paragraph) =>
    paragraph.lines.flatMap((line) => line.words.map((word) => ({ text: word.text, confidence: round(word.confidence), bbox: word.bbox }))),
  );
  const confidence = words.length === 0 ? 0 : round(words.reduce((sum, word) => sum + word.confidence, 0) / words.length);
  return {
    page: { number: prepared.number, method: 'ocr', confidence, dpi: prepared.dpi, skewDegrees: cleaned.skewDegrees, words },
    text: paragraphsText(paragraphs, unspaced),
  };
}

/** OCRs one page (1-based) of a PDF or image file. */
export async function ocrPage(file: SourceFile, pageNumber: number, options: OcrOptions = {}, context: OcrContext = stageContext('ocr')): Promise<OcrPageResult> {
  return readPreparedPage(await preparePage(file, pageNumber, options), options, context);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

