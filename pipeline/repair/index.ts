import { languageResources } from '../lang/index.ts';
import type { LanguageCode, Repair, UnDocument } from '../model/index.ts';
import { ChangeTrail } from './changes.ts';
import { loadLexicon } from './lexicon.ts';
import { passes, runPass, typographyPass } from './passes.ts';
import type { RepairData, RepairLanguage } from './resources.ts';

export type { RepairData, RepairLanguage } from './resources.ts';
export { passes, passMessages, runPass, typographyPass, type RepairPass, type RepairPlugin, type TextPass } from './passes.ts';

export interface RepairOptions {
  lang: LanguageCode;
  /** Changes with a confidence under this are kept as suggestions, not applied. */
  threshold?: number;
  /** Also apply the language's typography (typographic apostrophe, no-break spaces). */
  typography?: boolean;
}

export interface RepairResult {
  text: string;
  repairs: Repair[];
  suggestions: Repair[];
}

export const DEFAULT_THRESHOLD = 0.6;

const dataByLanguage = new Map<LanguageCode, Promise<RepairData | undefined>>();

/** Loads a language's repair data once per process (the lexicon is the slow part: about a second). */
export function loadRepairData(lang: LanguageCode): Promise<RepairData | undefined> {
  let data = dataByLanguage.get(lang);
  if (!data) {
    const language: RepairLanguage | undefined = languageResources(lang).repair;
    data = language
      ? Promise.all([loadLexicon(language.lexicon), language.verbs()]).then(([lexicon, verbs]) => ({ language, lexicon, verbs }))
      : Promise.resolve(undefined);
    dataByLanguage.set(lang, data);
  }
  return data;
}

/** Repairs extraction and OCR damage in `rawText`, keeping its line structure. */
export async function repairText(rawText: string, options: RepairOptions): Promise<RepairResult> {
  const data = await loadRepairData(options.lang);
  if (!data) return { text: rawText, repairs: [], suggestions: [] };
  return repairWith(data, rawText, options);
}

/** The repair itself, once the language data is loaded (synchronous: benchmarks time this part). */
export function repairWith(data: RepairData, rawText: string, options: Omit<RepairOptions, 'lang'> = {}): RepairResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const trail = new ChangeTrail(rawText);
  for (const pass of options.typography ? [...passes, typographyPass] : passes) {
    const edits = runPass(pass, data, trail.text);
    trail.suggest(edits.filter((edit) => edit.confidence < threshold));
    trail.apply(edits.filter((edit) => edit.confidence >= threshold));
  }
  return { text: trail.text, repairs: trail.repairs(), suggestions: trail.suggested() };
}

/** The repair stage: fills `text`, `repairs` and `suggestions` from `rawText`. */
export async function repair(document: UnDocument, options: Omit<RepairOptions, 'lang'> = {}): Promise<UnDocument> {
  const result = await repairText(document.rawText, { ...options, lang: document.lang });
  return { ...document, text: result.text, repairs: result.repairs, suggestions: result.suggestions };
}
