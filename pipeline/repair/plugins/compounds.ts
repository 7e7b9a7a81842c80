import type { VFile } from 'vfile';
import { lineJoins } from '../line-joins.ts';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';
import { runOf } from '../run.ts';
import { matchCase } from '../tokens.ts';

const source = 'unletters-repair-compounds';
/** The frequency rank under which a word is one of the language's commonest (`has`, `been`, `would`; not `called`). */
const COMMONEST_RANK = 100;

/**
 * Hyphens an extraction lost where it joined two lines. A compound whose line ended at its hyphen comes out
 * glued (`SecretaryGeneral`, `FactFinding`, `Governmentcontrolled`): a word no dictionary knows whose
 * letters are those of a compound the letter itself writes with a hyphen elsewhere, or one the language
 * writes so (`Secretary-General`, in its titles and names), gets the hyphen back. Two capitalized words
 * glued with no such evidence stay as they are: brands and programmes are written so (`ReliefWeb`).
 * Days of a range glued before a month (`518 July` → `5-18 July`: no day is 518) are split, and a year
 * split in two (`July 20 02`, `(20 02)`) is joined.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairCompounds(data: RepairData) {
  const { lexicon, months } = data;
  const functionWords = new Set([...data.language.glueWords, ...data.language.shortWords]);
  const monthPattern = months.map((month) => month.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')).join('|');
  const dayBeforeMonth = monthPattern ? new RegExp(`(?<![\\p{L}\\p{N}./-])(\\p{N}{3,4})(?= (?:${monthPattern})(?![\\p{L}]))`, 'giu') : undefined;
  const splitYear = monthPattern
    ? new RegExp(`(?<=(?:(?:${monthPattern})(?: \\p{N}{1,2})?,? |\\())(1[89]|20) (\\p{N}{2})(?![\\p{N}])`, 'giu')
    : /(?<=\()(1[89]|20) (\p{N}{2})(?![\p{N}])/gu;

  return (file: VFile): void => {
    const text = String(file.value);
    const { isName, isRepeated, boldness } = runOf(file, data);

    // The language's and the letter's own hyphenated compounds, by their letters: `governmentcontrolled` →
    // `Government-controlled`; and the letter's two-word compounds that stand as words of their own (not
    // `year-old` in `3-year-old`), counted by their two words (`two state`), for the spaced form below.
    const hyphenated = new Map<string, string>();
    const twoWordCompounds = new Map<string, number>();
    for (const compound of data.compounds) hyphenated.set(compound.replaceAll('-', '').toLowerCase(), compound);
    const languageCompounds = new Map(hyphenated);
    // Two of the language's commonest words (`has been`, `would be`) are a phrase, whatever its word lists write.
    const isCommonest = (word: string): boolean => lexicon.rank(word) <= COMMONEST_RANK;
    // The language's two-word titles and names by their words as written: `Secretary General` → `Secretary-General`.
    const languageTitles = new Map([...data.compounds].filter((compound) => compound.split('-').length === 2).map((compound) => [compound.replace('-', ' '), compound]));
    const letterCompounds = new Set<string>();
    // Where the text is clean, the letter's own compounds are restored only where the extraction may have
    // joined two lines (`line-joins.ts`): in the middle of a printed line a glued or spaced form is printed so.
    const joins = lineJoins(text);
    const mayHaveLostHyphen = (offset: number, joinAt: number): boolean => boldness.boldAt(offset) || joins.mayJoinAt(joinAt);
    // From a word's start only: the same matches, without trying again from each letter of every word.
    // A piece of one letter or one cut by an apostrophe is a name's (`Tamba-N’Gora`), not a compound's word.
    for (const match of text.matchAll(/(?<!\p{L})\p{L}+(?:-\p{L}+)+/gu)) {
      if (match[0].split('-').some((piece) => piece.length < 2) || /^['’]\p{L}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2))) continue;
      hyphenated.set(match[0].replaceAll('-', '').toLowerCase(), match[0]);
      letterCompounds.add(match[0].replaceAll('-', '').toLowerCase());
      const words = match[0].split('-');
      const end = match.index + match[0].length;
      if (words.length !== 2 || /[\p{L}\p{N}-]$/u.test(text.slice(Math.max(0, match.index - 2), match.index)) || /^\p{N}/u.test(text.slice(end, end + 1))) continue;
      const key = words.join(' ').toLowerCase();
      twoWordCompounds.set(key, (twoWordCompounds.get(key) ?? 0) + 1);
    }

    for (const match of text.matchAll(/(?<![\p{L}\p{N}-])\p{L}+(?![\p{L}\p{N}]|-\p{L})/gu)) {
      const word = match[0];
      if (isName(word)) continue;
      // A web address (`www.unwomen.org`), or in clean text a glued form the letter repeats: written so.
      if (/[./@]\p{L}/u.test(text.slice(match.index + word.length, match.index + word.length + 2)) || /[./@]$/u.test(text.slice(match.index - 1, match.index))) continue;
      const compound = hyphenated.get(word.toLowerCase());
      if (!compound) {
        // `highlevel`: a common word the language writes with a hyphen, glued, is no spelling of it (a hyphen the
        // extraction lost, at a line join or where the page drew it as a glyph with no character), anywhere and
        // however often. Only in lower case, of dictionary words (a name is no compound: `Hari`, not `Ha-ri`).
        const common = data.hyphenatedForms.get(word.toLowerCase());
        if (common && /^\p{Ll}+$/u.test(word) && !lexicon.has(word) && common.split('-').every((piece) => lexicon.has(piece))) {
          report(file, source, { start: match.index, end: match.index + word.length, after: matchCase(common, word), ruleId: 'lost-hyphen-common', confidence: 0.8 });
        }
        continue;
      }
      if (isRepeated(word) && !boldness.boldAt(match.index)) continue;
      const joinAt = match.index + compound.indexOf('-');
      // A dictionary word (`nongovernmental`) is the letter's own compound (`non-governmental`) only where two
      // lines were joined, in any text: elsewhere it is printed so (`cooperation` beside a name with
      // `Co-operation`). A title or name the language writes with a hyphen (`SecretaryGeneral`) is no word of
      // its own anywhere.
      const restored = lexicon.has(word)
        ? letterCompounds.has(word.toLowerCase()) && joins.mayJoinAt(joinAt)
        : languageCompounds.has(word.toLowerCase()) || mayHaveLostHyphen(match.index, joinAt);
      if (restored) report(file, source, { start: match.index, end: match.index + word.length, after: withCaseOf(compound, word), ruleId: 'lost-hyphen', confidence: 0.85 });
    }

    // `Under-SecretaryGeneral`: a title the language writes with a hyphen, glued, as the last piece of a compound.
    for (const match of text.matchAll(/(?<![\p{L}\p{N}-])(\p{L}+-)+(\p{L}+)(?![\p{L}\p{N}]|-\p{L})/gu)) {
      const piece = match[2]!;
      const compound = languageCompounds.get(piece.toLowerCase());
      if (!compound || lexicon.has(piece)) continue;
      const start = match.index + match[0].length - piece.length;
      report(file, source, { start, end: start + piece.length, after: withCaseOf(compound, piece), ruleId: 'lost-hyphen', confidence: 0.85 });
    }

    // `NV/DGA512/25`: a document symbol's letters and digits glued at the place two lines were joined (`NV/DGA-`
    // ended the printed line).
    for (const match of text.matchAll(/(?<=\/)(\p{Lu}{2,})(\p{N}+)(?=\/)/gu)) {
      const joinAt = match.index + match[1]!.length;
      if (joins.mayJoinExactlyAt(joinAt)) report(file, source, { start: match.index, end: match.index + match[0].length, after: `${match[1]}-${match[2]}`, ruleId: 'lost-symbol-hyphen', confidence: 0.8 });
    }

    // `two state solution` in a letter that writes `two-state solution`: an extraction that joined two lines
    // with a space where the first ended at the compound's hyphen. Only the letter's own compounds, only where
    // a word that is no function word follows (the compound stands before its noun, as hyphenated compounds
    // do; `in the long term.` or `long term and` may be written so), and never more often than the letter
    // writes the compound with its hyphen.
    const spacedCounts = new Map<string, number>();
    const spaced: { index: number; phrase: string; key: string }[] = [];
    for (const match of twoWordCompounds.size ? text.matchAll(/(?<![\p{L}\p{N}-])(?=(\p{L}+ \p{L}+)(?![\p{L}\p{N}]|-\p{L}))/gu) : []) {
      const phrase = match[1]!;
      const key = phrase.toLowerCase();
      if (!twoWordCompounds.has(key)) continue;
      spacedCounts.set(key, (spacedCounts.get(key) ?? 0) + 1);
      const following = /^[ \t]+(\p{L}+)/u.exec(text.slice(match.index + phrase.length));
      if (!following || functionWords.has(following[1]!.toLowerCase())) continue;
      spaced.push({ index: match.index, phrase, key });
    }
    for (const { index, phrase, key } of spaced) {
      if (spacedCounts.get(key)! > twoWordCompounds.get(key)!) continue;
      if (!mayHaveLostHyphen(index, index + phrase.indexOf(' '))) continue;
      // The case of the printed words, the hyphen of the letter's compound.
      report(file, source, { start: index, end: index + phrase.length, after: phrase.replace(' ', '-'), ruleId: 'lost-hyphen-spaced', confidence: 0.8 });
    }

    // `Secretary General`, `large scale reconstruction`, `the Cambodia Thailand border`: two words the language
    // writes with a hyphen, spaced where the extraction joined two lines, at the very place of the join (a joined
    // line's text after it is the next printed line, printed so). Its titles as they are written; its common
    // compounds in lower case before a word that is no function word (`on a large scale.` is written so); two
    // states' names after `the` and before a lower-case word (`the India Pakistan talks`: the names of the two
    // parties of a border, a conflict or a relation are joined by a hyphen).
    for (const match of text.matchAll(/(?<![\p{L}\p{N}-])(?=(\p{L}+) (\p{L}+)(?![\p{L}\p{N}]|-\p{L}))/gu)) {
      const [, left, right] = match as unknown as [string, string, string];
      const spaceAt = match.index + left.length;
      if (!joins.mayJoinExactlyAt(spaceAt)) continue;
      const phrase = `${left} ${right}`;
      const following = /^[ \t]+(\p{L}+)/u.exec(text.slice(spaceAt + 1 + right.length));
      const beforeNoun = following !== null && /^\p{Ll}/u.test(following[1]!) && !functionWords.has(following[1]!.toLowerCase());
      const title = languageTitles.get(phrase);
      const common =
        /^\p{Ll}+ \p{Ll}+$/u.test(phrase) && data.hyphenatedForms.get(`${left}${right}`) === `${left}-${right}` && beforeNoun && !(isCommonest(left) && isCommonest(right));
      const states = data.stateNames.has(left) && data.stateNames.has(right) && beforeNoun && /(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, match.index - 5), match.index));
      const after = title ?? (common || states ? `${left}-${right}` : undefined);
      if (after) report(file, source, { start: match.index, end: spaceAt + 1 + right.length, after, ruleId: 'lost-hyphen-spaced-language', confidence: 0.8 });
    }

    // `518 July`: the two days of a range, glued. (Digits after a month may be a footnote mark: `March 217`.)
    for (const match of dayBeforeMonth ? text.matchAll(dayBeforeMonth) : []) {
      const range = dayRange(match[1]!);
      if (range) report(file, source, { start: match.index, end: match.index + match[1]!.length, after: range, ruleId: 'lost-range-hyphen', confidence: 0.8 });
    }

    // `July 20 02`, `(20 02)`: a year cut in two.
    for (const match of text.matchAll(splitYear)) {
      report(file, source, { start: match.index, end: match.index + match[0].length, after: `${match[1]}${match[2]}`, ruleId: 'split-year', confidence: 0.85 });
    }
  };
}

/**
 * The only way to read digits as two days of one month, the first before the second; undefined when none
 * or several, and for a day or a year (`July 2025`).
 */
function dayRange(digits: string): string | undefined {
  if (Number(digits) <= 31 || (digits.length === 4 && Number(digits) >= 1000 && Number(digits) < 2200)) return undefined;
  const readings: string[] = [];
  for (let at = 1; at < digits.length; at++) {
    const first = digits.slice(0, at);
    const second = digits.slice(at);
    if (/^0/u.test(first) || /^0/u.test(second)) continue;
    const from = Number(first);
    const to = Number(second);
    if (from >= 1 && to <= 31 && from < to) readings.push(`${first}-${second}`);
  }
  return readings.length === 1 ? readings[0] : undefined;
}

/** `compound` with the case of `word` letter by letter (the letters are the same, hyphens aside). */
function withCaseOf(compound: string, word: string): string {
  let at = 0;
  let result = '';
  for (const char of compound) {
    if (char === '-') {
      result += char;
      continue;
    }
    result += word[at++] ?? char;
  }
  return result === compound.replaceAll('-', '') ? matchCase(compound, word) : result;
}
