import type { VFile } from 'vfile';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';
import { runOf } from '../run.ts';
import { isCapitalized, matchCase, startsSentence, tokenize, type Token } from '../tokens.ts';

const source = 'unletters-repair-context';

/** Enough characters to hold the last word of a text, read instead of the whole text when it does. */
const LAST_WORD_WINDOW = 64;

/**
 * The letters that end `text`, as `/\p{L}+$/u` finds them; a scan of the whole text from its start took
 * milliseconds for each ampersand. Matched in the last characters, and over the whole text only when the run
 * of letters may go on before them (it starts at their first or, past a cut surrogate pair, second place).
 */
function lettersAtEnd(text: string): string {
  const found = text.slice(-LAST_WORD_WINDOW).match(/\p{L}+$/u);
  if (found && found.index! <= 1 && text.length > LAST_WORD_WINDOW) return text.match(/\p{L}+$/u)![0];
  return found?.[0] ?? '';
}

/**
 * Short words that are real words either way, decided by their neighbours: the verb form or the
 * preposition (`a` / `à`), an ampersand read for the preposition, the capital preposition at a sentence
 * start (`A cet égard`), and fixed pairs (`des lors` → `dès lors`, `la ou` → `là où`).
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairContext(data: RepairData) {
  const { language, lexicon, verbs } = data;
  const { verbForm, preposition, pairs } = language.context;
  const determiners = new Set(language.context.determiners);
  const subjects = new Set(language.context.subjects);
  const capitalPreposition = preposition.toUpperCase();
  const capitalVerbForm = verbForm.toUpperCase();
  const shortReadings = new Map(language.context.shortReadings ?? []);

  /** How sure we are that the ambiguous form between `previous` and `next` is the preposition. */
  const prepositionConfidence = (previous: string | undefined, next: string, nextIsElided: boolean, nextCapitalized: boolean): number => {
    const before = previous?.toLowerCase();
    if (before !== undefined && subjects.has(before)) return 0;
    const word = next.toLowerCase();
    if (verbs.participles.has(word) && !verbs.infinitives.has(word)) return 0;
    if (verbs.infinitives.has(word)) return 0.9;
    const previousIsVerb = before !== undefined && (verbs.finite.has(before) || verbs.participles.has(before) || verbs.infinitives.has(before));
    if (determiners.has(word) || nextIsElided) return previousIsVerb || (before !== undefined && !isCapitalized(previous!)) ? 0.8 : 0.45;
    if (nextCapitalized && previousIsVerb) return 0.75;
    return 0;
  };

  return (file: VFile): void => {
    const text = String(file.value);
    const { boldness } = runOf(file, data);
    // Words that are right either way are decided only where the text is damaged: clean text printed them.
    const tokens = tokenize(text).filter((token) => boldness.boldAt(token.start));
    const around = (index: number): { previous?: Token; next?: Token } => ({ previous: tokens[index - 1], next: tokens[index + 1] });

    tokens.forEach((token, index) => {
      const { previous, next } = around(index);
      if (!next) return;
      const spaceAfter = /^\s+$/u.test(text.slice(token.end, next.start));
      const nextIsElided = /^['’]$/u.test(text.slice(next.end, next.end + 1));

      // `a renforcer`, `vouée a l’échec`, `A cet égard`.
      if (verbForm && (token.text === verbForm || token.text === capitalVerbForm) && spaceAfter) {
        const separator = previous ? text.slice(previous.end, token.start) : '';
        if (/[)\]]/u.test(text[token.end] ?? '') || /-$/u.test(separator)) return;
        if (token.text === capitalVerbForm) {
          if (!startsSentence(text, token.start) || isCapitalized(next.text)) return;
          report(file, source, { start: token.start, end: token.end, after: capitalPreposition, ruleId: 'capital-preposition', confidence: 0.85 });
          return;
        }
        const previousWord = previous && /^\s+$/u.test(separator) ? previous.text : previous && /['’]\s*$/u.test(separator) ? undefined : previous?.text;
        const confidence = prepositionConfidence(previousWord, next.text, nextIsElided, isCapitalized(next.text));
        if (confidence > 0) {
          report(file, source, { start: token.start, end: token.end, after: preposition, ruleId: 'preposition-accent', confidence });
        }
        return;
      }

      // Fixed pairs of a short word and its neighbour.
      for (const [before, word, after, replacement] of pairs) {
        if (token.text.toLowerCase() !== word) continue;
        if (before && previous?.text.toLowerCase() !== before) continue;
        if (after && next.text.toLowerCase() !== after) continue;
        const fixed = isCapitalized(token.text) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
        report(file, source, { start: token.start, end: token.end, after: fixed, ruleId: 'short-word-pair', confidence: 0.8 });
      }
    });

    // `thc Council`, `Wc have`: a rare short word that is a frequent one misread.
    for (const token of shortReadings.size > 0 ? tokens : []) {
      const meant = shortReadings.get(token.text.toLowerCase());
      if (meant === undefined) continue;
      const lower = token.text === token.text.toLowerCase();
      if (!lower && !(token.text === matchCase(token.text.toLowerCase(), 'Xx') && startsSentence(text, token.start))) continue;
      if (!/^(?:[ \t\n]|[,;:!?)]|$)/u.test(text.slice(token.end, token.end + 1)) || !/^(?:[ \t\n(“"]|)$/u.test(text.slice(token.start - 1, token.start))) continue;
      report(file, source, { start: token.start, end: token.end, after: lower ? meant : matchCase(meant, token.text), ruleId: 'short-word-reading', confidence: 0.8 });
    }

    // `& la réunion`: an ampersand between lower-case words is the preposition misread.
    if (!preposition) return;
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}][,;]? )&(?= \p{L})/gu)) {
      if (!boldness.boldAt(match.index)) continue;
      const following = text.slice(match.index + 2).match(/^\p{L}+/u)?.[0] ?? '';
      const preceding = lettersAtEnd(text.slice(0, match.index - 1));
      if (isCapitalized(preceding) && isCapitalized(following)) continue; // a firm name: `Procter & Gamble`
      if (!lexicon.has(following) && !isCapitalized(following)) continue;
      report(file, source, { start: match.index, end: match.index + 1, after: preposition, ruleId: 'ampersand-preposition', confidence: 0.85 });
    }
  };
}
