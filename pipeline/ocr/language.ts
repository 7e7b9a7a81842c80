import type { PagePlan, SourceFile } from '../extract/index.ts';
import { DEFAULT_LANGUAGE, detectLanguage } from '../lang/index.ts';
import type { LanguageRegistry } from '../lang/types.ts';
import type { LanguageCode } from '../model/index.ts';
import type { OcrContext, OcrPageResult } from './page.ts';
import { ocrPage } from './page.ts';

export interface OcrLanguageChoice {
  lang: LanguageCode;
  /** The first OCR'd page, read while choosing, when it was read in the chosen language (reuse it). */
  probe?: OcrPageResult;
}

/** A language the OCR has data for, detected in `text`; undefined when there is none or too little text. */
function ocrLanguageOf(text: string, languages: LanguageRegistry): LanguageCode | undefined {
  const detected = detectLanguage(text);
  return detected && languages.has(detected) && languages.get(detected).extract ? detected : undefined;
}

/**
 * The language of the pages when it is known before any OCR: the one given, else the language of the text
 * layers kept; undefined when only a first OCR pass can tell (`languageOfProbe`).
 */
export function knownOcrLanguage(plans: readonly PagePlan[], options: { lang?: LanguageCode }, context: OcrContext): LanguageCode | undefined {
  if (options.lang) return options.lang;
  if (!plans.some((plan) => plan.decision === 'ocr')) return DEFAULT_LANGUAGE;
  return ocrLanguageOf(plans.filter((plan) => plan.decision === 'text-layer').map((plan) => plan.textLayer).join('\n'), context.languages);
}

/** The language read off a first page OCR'd in the default language (`PROBE_LANGUAGE`). */
export function languageOfProbe(probe: OcrPageResult, context: OcrContext): LanguageCode {
  return ocrLanguageOf(probe.text, context.languages) ?? DEFAULT_LANGUAGE;
}

/** The language a first page is OCR'd in when nothing else tells the document's language. */
export const PROBE_LANGUAGE = DEFAULT_LANGUAGE;

/**
 * Under this mean word confidence, a page read in the probe language is taken to be in another script. On the
 * scan fixtures, Latin-script pages read at 86–93 in French; Russian, Arabic and Chinese pages at 41, 18, 12,
 * and Tesseract's Latin reading of them is gibberish that language detection takes for English or Spanish.
 */
export const PROBE_CONFIDENCE = 70;

/** The registry's languages with OCR data written in another script than the probe language. */
function otherScriptLanguages(context: OcrContext): LanguageCode[] {
  const scriptOf = (code: LanguageCode) => context.languages.get(code).script?.name ?? 'Latin';
  return context.languages.codes.filter((code) => context.languages.get(code).extract && scriptOf(code) !== scriptOf(PROBE_LANGUAGE));
}

/**
 * Reads the first page to OCR when nothing tells its language: in the probe language, then, when the text read
 * tells another language, in that one. When the probe reads it with little confidence, in every language of
 * another script too, one after the other, keeping the most confident reading. Returns the language chosen
 * and the page read in it.
 */
export async function readProbe(read: (lang: LanguageCode) => Promise<OcrPageResult>, context: OcrContext): Promise<{ lang: LanguageCode; result: OcrPageResult }> {
  const confidence = (reading: OcrPageResult) => reading.page.confidence ?? 0;
  const probe = await read(PROBE_LANGUAGE);
  if (confidence(probe) >= PROBE_CONFIDENCE) {
    const lang = languageOfProbe(probe, context);
    return { lang, result: lang === PROBE_LANGUAGE ? probe : await read(lang) };
  }
  let best = { lang: PROBE_LANGUAGE, result: probe };
  for (const lang of otherScriptLanguages(context)) {
    const result = await read(lang);
    if (confidence(result) > confidence(best.result)) best = { lang, result };
  }
  return best;
}

/**
 * The language the pages are OCR'd in: the one given; else the language of the text layers kept; else
 * the language of the first page to OCR as `readProbe` reads it, that reading kept as the page's result.
 */
export async function chooseOcrLanguage(
  file: SourceFile,
  plans: readonly PagePlan[],
  options: { lang?: LanguageCode },
  context: OcrContext,
): Promise<OcrLanguageChoice> {
  const known = knownOcrLanguage(plans, options, context);
  if (known) return { lang: known };
  const first = plans.find((plan) => plan.decision === 'ocr')!;
  const { lang, result } = await readProbe((probeLanguage) => ocrPage(file, first.number, { lang: probeLanguage }, context), context);
  return { lang, probe: result };
}
