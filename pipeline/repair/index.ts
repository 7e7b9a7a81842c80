import { defaultLanguages } from '../lang/index.ts';
import type { LanguageRegistry, ScriptWords } from '../lang/types.ts';
import type { LanguageCode, Repair, TextDamage, UnDocument } from '../model/index.ts';
import { stageContext, type Stage, type StageContext } from '../stage.ts';
import { ChangeTrail, type Edit } from './changes.ts';
import { boldnessOf, measureDamage } from './damage.ts';
import { loadLexicon } from './lexicon.ts';
import { messageEdits, passes, runPass, typographyPass } from './passes.ts';
import { lookAlikeMessages } from './plugins/look-alikes.ts';
import type { RepairData, RepairLanguage } from './resources.ts';
import { namesOf } from './run.ts';

export type { RepairData, RepairLanguage } from './resources.ts';
export { passes, passMessages, runPass, typographyPass, type RepairPass, type RepairPlugin, type TextPass } from './passes.ts';

export interface RepairOptions {
  lang: LanguageCode;
  /** Changes with a confidence under this are kept as suggestions, not applied. */
  threshold?: number;
  /** Also apply the language's typography (typographic apostrophe, no-break spaces). */
  typography?: boolean;
  /**
   * The text's pages, when it has them: where each starts (the damage is measured per page too) and whether
   * it was read by OCR (its text is then repaired with every rule, however clean it reads).
   */
  pages?: readonly { offset: number; ocr?: boolean }[];
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
  /** How damaged the text read before the repair; absent for a language without repair data. */
  damage?: TextDamage;
}

export const DEFAULT_THRESHOLD = 0.6;

const dataByLanguage = new WeakMap<RepairLanguage, Promise<RepairData>>();

/**
 * Loads a language's repair data once per process (the lexicon is the slow part: about a second);
 * undefined for a language without repair data.
 */
export function loadRepairData(lang: LanguageCode, languages: LanguageRegistry = defaultLanguages): Promise<RepairData | undefined> {
  const resources = languages.get(lang);
  const language = resources.repair;
  if (!language) return Promise.resolve(undefined);
  let data = dataByLanguage.get(language);
  if (!data) {
    data = Promise.all([loadLexicon(language.lexicon), language.verbs(), language.hyphenatedForms?.() ?? []]).then(([lexicon, verbs, hyphenatedForms]) => ({
      language, lexicon, verbs, names: language.names(), compounds: language.compounds(), months: resources.months,
      hyphenatedForms: byLetters(hyphenatedForms),
      stateNames: language.stateNames?.() ?? new Set<string>(),
      ...(resources.script ? { script: resources.script } : {}),
    }));
    dataByLanguage.set(language, data);
  }
  return data;
}

/** Hyphenated words by their letters, lower case: `high-level` under `highlevel`. */
function byLetters(words: readonly string[]): Map<string, string> {
  return new Map(words.map((word) => [word.replaceAll('-', '').toLowerCase(), word.toLowerCase()]));
}

/**
 * Builds the disk cache of every language's lexicon, so that no run pays for expanding the dictionaries:
 * `npm run build` (the install's `prepare`) calls it. Returns the codes of the languages prepared.
 */
export async function prepareLexicons(languages: LanguageRegistry = defaultLanguages): Promise<string[]> {
  const prepared: string[] = [];
  for (const code of languages.codes) {
    const language = languages.get(code).repair;
    if (!language) continue;
    await Promise.all([loadLexicon(language.lexicon), language.verbs()]);
    prepared.push(code);
  }
  return prepared;
}

/**
 * Repairs extraction and OCR damage in `rawText`, keeping its line structure; a language without repair
 * data passes through unchanged. `checkpoint` is awaited between pieces of a long text (see `repairSteps`).
 */
export async function repairText(
  rawText: string,
  options: RepairOptions,
  languages: LanguageRegistry = defaultLanguages,
  checkpoint: () => Promise<void> = async () => {},
): Promise<RepairResult> {
  const data = await loadRepairData(options.lang, languages);
  if (!data) {
    // Without a lexicon, only the rule that needs none: letters of another script inside the language's words.
    const script = languages.get(options.lang).script;
    const trail = new ChangeTrail(rawText);
    if (script) repairScript(trail, script, options.threshold ?? DEFAULT_THRESHOLD);
    return { text: trail.text, repairs: trail.repairs(), suggestions: trail.suggested() };
  }
  const steps = repairSteps(data, rawText, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await checkpoint();
  }
}

/** The repair itself, once the language data is loaded (synchronous: benchmarks time this part). */
export function repairWith(data: RepairData, rawText: string, options: Omit<RepairOptions, 'lang'> = {}): RepairResult {
  const steps = repairSteps(data, rawText, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Texts longer than this are repaired piece by piece, each pass on pieces of about PIECE characters cut
 * at paragraph breaks (else line breaks, else spaces): retext-latin's parse is superlinear in the length
 * of a paragraph, and a text with no blank line is one paragraph. Letters are far shorter, so their
 * repair is the same whole or in pieces.
 */
export const PIECEWISE_FROM = 100_000;
export const PIECE = 20_000;

/**
 * The repair as a sequence of steps: it yields after each piece of each pass, so that the caller may
 * give the event loop a turn (a queue worker renews its job locks) and stop on the time budget.
 */
export function* repairSteps(data: RepairData, rawText: string, options: Omit<RepairOptions, 'lang'> = {}): Generator<void, RepairResult> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const trail = new ChangeTrail(rawText);
  // Boldness follows the damage measured on the raw text; names are the raw text's too.
  const damage = measureDamage(data, rawText, options.pages?.map((page) => page.offset));
  const boldness = boldnessOf(damage, options.pages?.map((page) => page.ocr === true));
  const names = namesOf(data, rawText);
  if (data.script) repairScript(trail, data.script, threshold);
  for (const pass of options.typography ? [...passes, typographyPass] : passes) {
    const text = trail.text;
    const bold = boldness(text);
    const edits: Edit[] = [];
    for (const { start, end } of pieces(text)) {
      const piece = start === 0 && end === text.length ? text : text.slice(start, end);
      const shifted = start === 0 ? bold : { boldAt: (offset: number) => bold.boldAt(offset + start) };
      for (const edit of runPass(pass, data, piece, { boldness: shifted, ...names })) edits.push(start === 0 ? edit : { ...edit, start: edit.start + start, end: edit.end + start });
      yield;
    }
    trail.suggest(edits.filter((edit) => edit.confidence < threshold));
    trail.apply(edits.filter((edit) => edit.confidence >= threshold));
  }
  return { text: trail.text, repairs: trail.repairs(), suggestions: trail.suggested(), damage };
}

/**
 * The script rule first (`plugins/look-alikes.ts`), on the raw text: the other passes judge words by their
 * letters, which must be the language's own.
 */
function repairScript(trail: ChangeTrail, script: ScriptWords, threshold: number): void {
  if (!script.lookAlikes) return;
  const edits = messageEdits(lookAlikeMessages(trail.text, script));
  trail.suggest(edits.filter((edit) => edit.confidence < threshold));
  trail.apply(edits.filter((edit) => edit.confidence >= threshold));
}

/** The pieces a pass reads: the whole text when it is short, else cuts at paragraph, line or word breaks. */
export function pieces(text: string): { start: number; end: number }[] {
  if (text.length <= PIECEWISE_FROM) return [{ start: 0, end: text.length }];
  const result: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const window = text.slice(start + PIECE / 2, end);
      const cut = [/\n[ \t]*\n/g, /\n/g, /\s/g].map((pattern) => lastMatchEnd(window, pattern)).find((at) => at > 0);
      // No break at all in the window (one enormous word): cut it where it is.
      if (cut !== undefined) end = start + PIECE / 2 + cut;
    }
    result.push({ start, end });
    start = end;
  }
  return result;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/** Fills `text`, `repairs` and `suggestions` from `rawText`. */
export async function repair(document: UnDocument, options: RepairStageOptions = {}, context: Pick<StageContext, 'languages'> & Partial<Pick<StageContext, 'checkpoint'>> = stageContext('repair')): Promise<UnDocument> {
  const settings: RepairOptions = { lang: document.lang };
  const pages = document.pages ?? [];
  if (pages.length > 0 && pages.every((page) => page.textOffset !== undefined)) {
    settings.pages = pages.map((page) => ({ offset: page.textOffset!, ocr: page.method === 'ocr' }));
  }
  if (options.repairThreshold !== undefined) settings.threshold = options.repairThreshold;
  if (options.typography !== undefined) settings.typography = options.typography;
  const result = await repairText(document.rawText, settings, context.languages, context.checkpoint);
  const { damage, ...rest } = document;
  void damage;
  return { ...rest, text: result.text, repairs: result.repairs, suggestions: result.suggestions, ...(result.damage ? { damage: result.damage } : {}) };
}

/** The `repair` stage. */
export const repairStage: Stage<RepairStageOptions, 'repair'> = { name: 'repair', run: repair };
