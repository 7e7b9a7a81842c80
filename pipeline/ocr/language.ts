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
 * The language the pages are OCR'd in: the one given; else the language of the text layers kept; else
 * the language read off a first OCR pass over the first page to OCR, made in the default language and
 * kept as that page's result when the default was right.
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
  const probe = await ocrPage(file, first.number, { lang: PROBE_LANGUAGE }, context);
  const lang = languageOfProbe(probe, context);
  return lang === PROBE_LANGUAGE ? { lang, probe } : { lang };
}
