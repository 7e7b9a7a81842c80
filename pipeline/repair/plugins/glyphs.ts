import type { VFile } from 'vfile';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';
import { runOf } from '../run.ts';
import { isLetter, matchCase, standingCost } from '../tokens.ts';

const source = 'unletters-repair-glyphs';

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
/** Letters OCR puts where a scan had `û`, `î` or `u` after a stray parenthesis (`ao(it`). */
const PARENTHESIS_READINGS = ['û', 'u', 'î', 'i', 'ù', 'l', 't', ''];

/**
 * Glyph confusions, read on the raw text because the tokenizer splits words at these glyphs:
 * `I’`/`|’`/`I"` for `l’`, `|es` for `les`, `ao(it` for `août`, `XXI®` for `XXIe`, `€lle` for `elle`,
 * `V111` for `VIII`, and straight apostrophes in a text set with typographic ones.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairGlyphs(data: RepairData) {
  const { language, lexicon } = data;
  const lLike = language.lConfusions.map((char) => char.replace(/[|\\^$.*+?()[\]{}]/gu, '\\$&')).join('|');
  // Only a language that elides `l` reads `I’` as `l’` (English writes `I’m`).
  const elidesL = language.elisions.includes('l') && language.lConfusions.length > 0;
  const parenthesisReadings = language.parenthesisReadings ?? PARENTHESIS_READINGS;
  const elidedL = new RegExp(`(?:\\|I|${lLike})(?:['’]|"(?=\\p{L}))`, 'gu');

  return (file: VFile): void => {
    const text = String(file.value);
    const { boldness } = runOf(file, data);

    // `I’Organisation`, `|’homme`, `I"honneur`, `|I'échelle`: an elided article read as another glyph.
    for (const match of elidesL ? text.matchAll(elidedL) : []) {
      if (isLetter(text[match.index - 1])) continue;
      const after = text.slice(match.index + match[0].length).match(/^ ?(\p{L})/u);
      if (!after) continue;
      report(file, source, {
        start: match.index,
        end: match.index + match[0].length,
        after: `l${language.typography.apostrophe}`,
        ruleId: 'elided-l',
        confidence: 0.95,
      });
    }

    // `|es`, `| es`, `|a`, `|égitimité`: a bar for `l`, or a stray bar before a word.
    for (const match of text.matchAll(/\|( ?)(\p{Ll}[\p{L}]*)/gu)) {
      if (isLetter(text[match.index - 1]) || /['’"]/u.test(text[match.index + match[0].length] ?? '')) continue;
      const word = match[2]!;
      const withL = `l${word}`;
      const withLCost = standingCost(lexicon, withL);
      const aloneCost = standingCost(lexicon, word);
      const best = withLCost <= aloneCost ? withL : word;
      report(file, source, {
        start: match.index,
        end: match.index + match[0].length,
        after: best,
        ruleId: 'bar-letter',
        confidence: Math.min(withLCost, aloneCost) < 26 ? 0.9 : 0.5,
      });
    }

    // `ao(it`, `ao(t`: a parenthesis inside a word stands for an accented vowel. (Matched from a word's start
    // only: the same matches, without trying again from each letter of every word.)
    for (const match of text.matchAll(/(?<!\p{L})(\p{L}+)\(([il]?)(\p{L}+)/gu)) {
      const [whole, head, , tail] = match as unknown as [string, string, string, string];
      let best: { form: string; cost: number } | undefined;
      for (const reading of parenthesisReadings) {
        const form = head + reading + tail;
        if (!lexicon.has(form)) continue;
        const cost = lexicon.cost(form);
        if (!best || cost < best.cost) best = { form, cost };
      }
      if (!best) continue;
      report(file, source, {
        start: match.index,
        end: match.index + whole.length,
        after: matchCase(best.form, head),
        ruleId: 'parenthesis-letter',
        confidence: 0.9,
      });
    }

    // `XXI®siécle`: the superscript ordinal letter read as a registered sign, and the space lost.
    for (const match of language.ordinalSuffix ? text.matchAll(/(?<![\p{L}\p{N}])([IVXLC]+|\p{N}+)®(\p{L}*)/gu) : []) {
      const [whole, number, rest] = match as unknown as [string, string, string];
      report(file, source, {
        start: match.index,
        end: match.index + whole.length,
        after: `${number}${language.ordinalSuffix}${rest ? ` ${rest}` : ''}`,
        ruleId: 'registered-ordinal',
        confidence: 0.85,
      });
    }

    // `€lle`: a euro sign for a round lower-case letter at a word start.
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])€(\p{Ll}+)/gu)) {
      const rest = match[1]!;
      const options = ['e', 'é', 'c', 'o'].map((letter) => letter + rest).filter((form) => lexicon.has(form));
      const best = options.sort((left, right) => lexicon.cost(left) - lexicon.cost(right))[0];
      if (!best) continue;
      report(file, source, { start: match.index, end: match.index + match[0].length, after: best, ruleId: 'euro-letter', confidence: 0.85 });
    }

    // `V111`: a Roman numeral whose `I`s were read as ones.
    for (const match of text.matchAll(/(?<![\p{L}\p{N}/.\-])[IVXLC1]{2,}(?![\p{L}\p{N}/\-]|\.\p{N})/gu)) {
      const numeral = match[0];
      if (!numeral.includes('1') || !/[IVXLC]/u.test(numeral)) continue;
      const fixed = numeral.replaceAll('1', 'I');
      // A code may mix ones and capitals (`C11`): read as a numeral only where the text is damaged.
      if (!ROMAN.test(fixed) || !boldness.boldAt(match.index)) continue;
      report(file, source, { start: match.index, end: match.index + numeral.length, after: fixed, ruleId: 'roman-digit', confidence: 0.8 });
    }

    // A straight apostrophe inside a word, in a text set mostly with the typographic one.
    const typographic = language.typography.apostrophe;
    const curly = text.split(typographic).length - 1;
    const straight = text.split("'").length - 1;
    if (curly > straight) {
      for (const match of text.matchAll(/(?<=\p{L})(?:'|’'|'’)(?=\p{L})/gu)) {
        // Clean text prints what it prints (`Côte d'Ivoire` in a text set with `’`); two marks are noise anywhere.
        if (match[0].length === 1 && !boldness.boldAt(match.index)) continue;
        report(file, source, { start: match.index, end: match.index + match[0].length, after: typographic, ruleId: 'apostrophe-style', confidence: 0.9 });
      }
    }
  };
}
