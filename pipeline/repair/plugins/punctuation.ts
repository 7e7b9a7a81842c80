import type { VFile } from 'vfile';
import { foldKey } from '../lexicon.ts';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';

const source = 'unletters-repair-punctuation';

/**
 * Spaces an extraction puts inside punctuation, where print never has one: before a full stop or comma
 * that ends a word (`international .`), on one side only of a hyphen inside a word (`Secretary -General`,
 * `FARC -EP`, `ci -jointe`, `co- chaired`), before an en dash between two numbers or capitalized words
 * (`January –December`), inside brackets (`( S/2019/999)`) and quotation marks (`facilities ”.`), and
 * before a footnote mark that ends a line (`enclosure). *`). Each is a fix that cannot be wrong, so it runs
 * on clean text as on damaged text.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairPunctuation(data: RepairData) {
  const { lexicon, language } = data;
  const prefixes = new Set(language.combiningPrefixes.map(foldKey));
  // After a prefix and its hyphen, a function word means a suspended compound (`pre- and post-war`).
  const functionWords = new Set([...language.glueWords, ...language.shortWords]);

  const otherScript = new RegExp(`(?=\\p{L})\\P{Script=${language.script}}`, 'u');

  return (file: VFile): void => {
    const text = String(file.value);
    // Lines holding letters of another script (an Arabic annex, a broken text layer) follow other rules.
    const foreignLines = new Set<number>();
    let lineStart = 0;
    for (const line of text.split('\n')) {
      if (otherScript.test(line)) foreignLines.add(lineStart);
      lineStart += line.length + 1;
    }
    const inForeignLine = (offset: number): boolean => foreignLines.size > 0 && foreignLines.has(text.lastIndexOf('\n', offset - 1) + 1);
    const remove = (start: number, length: number, ruleId: string, confidence = 0.9): void => {
      if (!inForeignLine(start)) report(file, source, { start, end: start + length, after: '', ruleId, confidence });
    };

    // `international .`: a space before a full stop or comma that ends a word (not dot leaders, `Agenda . . .`);
    // also one that ends a reference, a document symbol or an address (`S/2019/999 .`, `status/1875?mx=2 .`),
    // which no table of figures prints so.
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}]) +(?=[.,](?:[ \t]|$))(?![.,][ \t]+\.)/gmu)) {
      if (/\p{N}$/u.test(text.slice(match.index - 1, match.index)) && !/^[^\s/]*\/\S*$/u.test(/\S*$/u.exec(text.slice(Math.max(0, match.index - 300), match.index))![0])) continue;
      remove(match.index, match[0].length, 'space-before-stop', 0.85);
    }

    // `Secretary -General`, `anti -Houthi`, `EC -94`: a hyphen glued to the next word, a space before it. A
    // number after it may be negative (`at -5`): only after a code or an acronym, which has a capital or a digit.
    // An address is cut anywhere (`www.example.org/a/b -c`): not there.
    // (The word before is read once a match is found: a lookbehind that captures it was tried backwards over the
    // letters before every position of the text.)
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}]) +(?=-[\p{L}\p{N}])/gu)) {
      const before = text.slice(0, match.index);
      const left = /[\p{L}\p{N}]+$/u.exec(before)![0];
      const run = before.match(/\S*$/u)![0];
      if (/[/@]|www/u.test(run)) continue;
      const digitAfter = /\p{N}/u.test(text[match.index + match[0].length + 1] ?? '');
      // A range of years (`1941 -1944`) is no negative number.
      const years = /^\p{N}{4}$/u.test(left) && /^-\p{N}{4}(?!\p{N})/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6));
      if (digitAfter && !/\p{Lu}/u.test(left) && !years) continue;
      remove(match.index, match[0].length, 'space-before-hyphen');
    }

    // `January –December`, `2020 –2024`: an en dash joining two numbers or two capitalized words.
    // (The spaces are found first, then what stands before them: the same matches as a lookbehind, which
    // was tried backwards over a word's lower-case letters at every position of the text.)
    for (const match of text.matchAll(/ +(?=–(?:\p{N}|\p{Lu}))/gu)) {
      if (/(?:\p{N}|\p{Lu}\p{Ll}*)$/u.test(text.slice(0, match.index))) remove(match.index, match[0].length, 'space-before-dash');
    }

    // `ci- jointe`, `so- called`, `co- chaired`, `non- governmental`: a space after the hyphen of a known compound
    // (the lexicon's or the language's hyphenated words) or a prefix.
    for (const match of text.matchAll(/(?<![\p{L}-])(\p{L}+)- +(\p{L}+)/gu)) {
      const [whole, left, right] = match as unknown as [string, string, string];
      const compound = lexicon.has(`${left}-${right}`) || data.hyphenatedForms.get(`${left}${right}`.toLowerCase()) === `${left}-${right}`.toLowerCase();
      const prefixed = prefixes.has(foldKey(left)) && lexicon.has(right) && right.length > 2 && !functionWords.has(right.toLowerCase());
      if (!compound && !prefixed) continue;
      const spaceAt = match.index + left.length + 1;
      remove(spaceAt, whole.length - left.length - 1 - right.length, 'hyphen-space');
    }

    // `( S/2019/999)`, `[ sic]`: a space inside a bracket whose other side has none, on one line; not in a
    // table of figures, which aligns its columns with spaces (`85 (78 )`).
    for (const match of text.matchAll(/([([]) +([^\s)\]][^\n)\]]*?)([)\]])/gu)) {
      const [, open, inside, close] = match as unknown as [string, string, string, string];
      if (!matching(open, close) || /\s$/u.test(inside) || !/\p{L}/u.test(inside)) continue;
      remove(match.index + 1, match[0].length - 2 - inside.length, 'space-after-bracket');
    }
    // `( A/77/801,`: a space after a bracket that opens a document symbol, wherever the bracket closes.
    for (const match of text.matchAll(/(?<=\() +(?=\p{Lu}[\p{Lu}\p{N}.-]*\/[\p{Lu}\p{N}])/gu)) {
      const closesOnLine = /^[^\n)]*\)/u.test(text.slice(match.index));
      if (!closesOnLine) remove(match.index, match[0].length, 'space-after-bracket');
    }
    for (const match of text.matchAll(/([([])([^\s([][^\n([]*?) +([)\]])/gu)) {
      const [, open, inside, close] = match as unknown as [string, string, string, string];
      if (!matching(open, close) || /^\s/u.test(inside) || /[([]/u.test(inside) || !/\p{L}/u.test(inside)) continue;
      const spaceAt = match.index + 1 + inside.length;
      remove(spaceAt, match[0].length - 2 - inside.length, 'space-before-bracket');
    }

    // `facilities ”.`, `“ peace`: a space inside quotation marks, where the pairs of the text say which is which.
    let open = false;
    for (const match of text.matchAll(/[“”]/gu)) {
      const opening = match[0] === '“';
      if (opening) {
        const space = /^ +(?=[^\s”])/u.exec(text.slice(match.index + 1));
        const closes = text.slice(match.index + 1, match.index + 2000).match(/^(?:[^“”\n]|\n(?![ \t]*\n))*?([ \t]?)”/u);
        if (space && closes && closes[1] === '') remove(match.index + 1, space[0].length, 'space-after-quote');
      } else if (open) {
        const space = / +$/u.exec(text.slice(Math.max(0, match.index - 20), match.index));
        const opened = text.slice(Math.max(0, match.index - 2000), match.index).match(/“(\s?)(?:[^“”\n]|\n(?![ \t]*\n))*$/u);
        if (space && opened && opened[1] === '' && /^(?:[\s.,;:!?)\]]|$)/u.test(text.slice(match.index + 1, match.index + 2))) {
          remove(match.index - space[0].length, space[0].length, 'space-before-quote');
        }
      }
      open = opening;
    }

    // `enclosure). *`: a footnote mark ending a line, cut from what it marks.
    for (const match of text.matchAll(/(?<=[\p{L}.)\]”]) +(?=\*+[ \t]*$)/gmu)) remove(match.index, match[0].length, 'space-before-footnote-mark', 0.85);
  };
}

function matching(open: string, close: string): boolean {
  return (open === '(' && close === ')') || (open === '[' && close === ']');
}
