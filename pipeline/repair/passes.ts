/**
 * The repair passes and how each is run. Every pass reports the changes it would make as vfile messages
 * (`report.ts`: place, ruleId, source, actual, expected and the rule's confidence), which become edits of
 * the change trail. Two kinds, as README.md explains: retext plugins walk the nlcst tree retext-latin
 * parses from the text; text passes read its characters, where the tree would cut apart what they repair.
 */
import type { Root } from 'nlcst';
import retextLatin from 'retext-latin';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Edit } from './changes.ts';
import repairCompounds from './plugins/compounds.ts';
import repairContext from './plugins/context.ts';
import repairDehyphenation from './plugins/dehyphenation.ts';
import repairElision from './plugins/elision.ts';
import repairGlyphs from './plugins/glyphs.ts';
import repairPunctuation from './plugins/punctuation.ts';
import repairSpacing from './plugins/spacing.ts';
import repairTypography from './plugins/typography.ts';
import repairWords from './plugins/words.ts';
import type { RepairMessage } from './report.ts';
import type { RepairData } from './resources.ts';
import { defaultRun, type RepairRun } from './run.ts';

/** A retext plugin: settles its data once, then walks the tree of each text. */
export type RepairPlugin = (data: RepairData) => (tree: Root, file: VFile) => void;

/** A pass over the characters of the text, for damage the tree would cut apart. */
export type TextPass = (data: RepairData) => (file: VFile) => void;

export type RepairPass = { readonly plugin: RepairPlugin } | { readonly textPass: TextPass };

/**
 * The passes, in order. Each reads the text the previous one left: glyphs first (the tokenizer would split
 * `ao(it`), then spacing around apostrophes and inside punctuation, lost hyphens (before the glued-words
 * rule could cut `SecretaryGeneral` apart), split and glued words, word spelling, then the short words
 * that need their neighbours spelled right, then line-end hyphens.
 */
export const passes: readonly RepairPass[] = [
  { textPass: repairGlyphs },
  { textPass: repairElision },
  { textPass: repairPunctuation },
  { textPass: repairCompounds },
  { textPass: repairSpacing },
  { plugin: repairWords },
  { textPass: repairContext },
  { textPass: repairDehyphenation },
];

/** The language's typography, applied after the repair on request. */
export const typographyPass: RepairPass = { textPass: repairTypography };

/**
 * What one pass reports on `text`: retext plugins through a processor that parses it, text passes on the
 * file alone. `run` says how boldly to repair where, and which words are names; by default every rule
 * runs everywhere and names are read off `text`.
 */
export function passMessages(pass: RepairPass, data: RepairData, text: string, run: RepairRun = defaultRun(data, text)): VFileMessage[] {
  const file = new VFile(text);
  file.data.repairRun = run;
  if ('plugin' in pass) {
    const processor = unified().use(retextLatin).use(pass.plugin as unknown as Plugin<[RepairData], Root>, data);
    processor.runSync(processor.parse(file), file);
  } else {
    pass.textPass(data)(file);
  }
  return file.messages;
}

/** Runs one pass over `text` and returns its findings as edits. */
export function runPass(pass: RepairPass, data: RepairData, text: string, run?: RepairRun): Edit[] {
  return messageEdits(passMessages(pass, data, text, run));
}

/** Repair messages as edits of the text they were reported on. */
export function messageEdits(messages: readonly VFileMessage[]): Edit[] {
  return messages.map((message) => {
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
