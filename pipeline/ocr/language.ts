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
  if (options.lang) return { lang: options.lang };
  const first = plans.find((plan) => plan.decision === 'ocr');
  if (!first) return { lang: DEFAULT_LANGUAGE };
  const fromLayers = ocrLanguageOf(plans.filter((plan) => plan.decision === 'text-layer').map((plan) => plan.textLayer).join('\n'), context.languages);
  if (fromLayers) return { lang: fromLayers };
  const probe = await ocrPage(file, first.number, { lang: DEFAULT_LANGUAGE }, context);
  const lang = ocrLanguageOf(probe.text, context.languages) ?? DEFAULT_LANGUAGE;
  return lang === DEFAULT_LANGUAGE ? { lang, probe } : { lang };
}
