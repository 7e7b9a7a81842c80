import retextLatin from 'retext-latin';
import { unified, type Plugin } from 'unified';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { defaultLanguages } from '../lang/index.ts';
import type { LanguageRegistry } from '../lang/types.ts';
import type { LanguageCode, Repair, UnDocument } from '../model/index.ts';
import { stageContext, type Stage, type StageContext } from '../stage.ts';
import { ChangeTrail, type Edit } from './changes.ts';
import { loadLexicon } from './lexicon.ts';
import repairContext from './plugins/context.ts';
import repairDehyphenation from './plugins/dehyphenation.ts';
import repairElision from './plugins/elision.ts';
import repairGlyphs from './plugins/glyphs.ts';
import repairSpacing from './plugins/spacing.ts';
import repairTypography from './plugins/typography.ts';
import repairWords from './plugins/words.ts';
import type { RepairMessage } from './report.ts';
import type { RepairData, RepairLanguage } from './resources.ts';

export type { RepairData, RepairLanguage } from './resources.ts';

export interface RepairOptions {
  lang: LanguageCode;
  /** Changes with a confidence under this are kept as suggestions, not applied. */
  threshold?: number;
  /** Also apply the language's typography (typographic apostrophe, no-break spaces). */
  typography?: boolean;
}

/** Options of the `repair` stage (`ingest --repair-threshold`, `--typography`). */
export interface RepairStageOptions {
  /** Changes with a confidence under this are kept as suggestions, not applied. Default DEFAULT_THRESHOLD. */
  repairThreshold?: number;
  /** Also apply the language's typography (typographic apostrophe, no-break spaces). */
  typography?: boolean;
}

export interface RepairResult {
  text: string;
  repairs: Repair[];
  suggestions: Repair[];
}

export const DEFAULT_THRESHOLD = 0.6;

type RepairPlugin = (data: RepairData) => (tree: Root, file: VFile) => void;

/**
 * The passes, in order. Each reads the text the previous one left: glyphs first (the tokenizer would split
 * `ao(it`), then spacing around apostrophes, split and glued words, word spelling, then the short words
 * that need their neighbours spelled right, then line-end hyphens.
 */
export const passes: readonly RepairPlugin[] = [repairGlyphs, repairElision, repairSpacing, repairWords, repairContext, repairDehyphenation];

const dataByLanguage = new WeakMap<RepairLanguage, Promise<RepairData>>();

/**
 * Loads a language's repair data once per process (the lexicon is the slow part: about a second);
 * undefined for a language without repair data.
 */
export function loadRepairData(lang: LanguageCode, languages: LanguageRegistry = defaultLanguages): Promise<RepairData | undefined> {
  const language = languages.get(lang).repair;
  if (!language) return Promise.resolve(undefined);
  let data = dataByLanguage.get(language);
  if (!data) {
    data = Promise.all([loadLexicon(language.lexicon), language.verbs()]).then(([lexicon, verbs]) => ({ language, lexicon, verbs }));
    dataByLanguage.set(language, data);
  }
  return data;
}

/** Runs one plugin as a retext processor over `text` and returns its findings as edits. */
export function runPass(plugin: RepairPlugin, data: RepairData, text: string): Edit[] {
  const processor = unified().use(retextLatin).use(plugin as unknown as Plugin<[RepairData], Root>, data);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((message) => {
    const repairMessage = message as RepairMessage;
    return {
      start: message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0,
      end: message.place && 'end' in message.place ? message.place.end.offset ?? 0 : 0,
      after: repairMessage.expected?.[0] ?? '',
      ruleId: message.ruleId ?? 'unknown',
      source: message.source ?? 'unknown',
      confidence: repairMessage.confidence,
    };
  });
}

/**
 * Repairs extraction and OCR damage in `rawText`, keeping its line structure; a language without repair
 * data passes through unchanged.
 */
export async function repairText(rawText: string, options: RepairOptions, languages: LanguageRegistry = defaultLanguages): Promise<RepairResult> {
  const data = await loadRepairData(options.lang, languages);
  if (!data) return { text: rawText, repairs: [], suggestions: [] };
  return repairWith(data, rawText, options);
}

/** The repair itself, once the language data is loaded (synchronous: benchmarks time this part). */
export function repairWith(data: RepairData, rawText: string, options: Omit<RepairOptions, 'lang'> = {}): RepairResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const trail = new ChangeTrail(rawText);
  const plugins = options.typography ? [...passes, repairTypography] : passes;
  for (const plugin of plugins) {
    const edits = runPass(plugin, data, trail.text);
    trail.suggest(edits.filter((edit) => edit.confidence < threshold));
    trail.apply(edits.filter((edit) => edit.confidence >= threshold));
  }
  return { text: trail.text, repairs: trail.repairs(), suggestions: trail.suggested() };
}

/** Fills `text`, `repairs` and `suggestions` from `rawText`. */
export async function repair(document: UnDocument, options: RepairStageOptions = {}, context: Pick<StageContext, 'languages'> = stageContext('repair')): Promise<UnDocument> {
  const settings: RepairOptions = { lang: document.lang };
  if (options.repairThreshold !== undefined) settings.threshold = options.repairThreshold;
  if (options.typography !== undefined) settings.typography = options.typography;
  const result = await repairText(document.rawText, settings, context.languages);
  return { ...document, text: result.text, repairs: result.repairs, suggestions: result.suggestions };
}

/** The `repair` stage. */
export const repairStage: Stage<RepairStageOptions, 'repair'> = { name: 'repair', run: repair };
