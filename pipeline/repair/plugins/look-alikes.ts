import { VFile } from 'vfile';
import type { ScriptWords } from '../../lang/types.ts';
import { report } from '../report.ts';

const source = 'unletters-repair-look-alikes';
const LETTER = /\p{L}/u;

/**
 * Whether what stands between two words is the space of running text (with quotes or punctuation beside
 * it), not a number, symbol, bracket or line break: `65(a) повестки` and a line `A/79/757` are no sentence.
 */
function inSentence(gap: string): boolean {
  return /^[ \u00a0«»„“”",;:—–-]+$/u.test(gap) && /[ \u00a0]/u.test(gap);
}

/**
 * Letters of another script that look like letters of the language's own, inside a word of its own script:
 * `Pоссийской` with a Latin `P`, `пpедставитель` with a Latin `p` in Russian; `Nаciones` with a Cyrillic `а`
 * in Spanish. Text layers made from mixed fonts and OCR reading two scripts at once (`rus+eng`) put them
 * there; no word of a language mixes two scripts, so each is put back in the word's own script, with
 * certainty; so is a one-letter word between two words of the language. Another word with no letter of the language's script (`PNUD`, `ПРООН` in Spanish) is left alone: it
 * is a name or a term of the other script, not damage; so is a word with a foreign letter the table does not
 * list (nothing tells what it stood for). The table is the language's `script.lookAlikes`. A text pass that
 * needs no lexicon, so it also runs for a language without repair data.
 */
export function repairLookAlikes(script: ScriptWords) {
  const own = new RegExp(`\\p{Script=${script.name}}`, 'u');
  const table = script.lookAlikes ?? {};
  const isOwn = (word: string | undefined) => word !== undefined && own.test(word);
  return (file: VFile): void => {
    const text = String(file.value);
    const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
    words.forEach((match, index) => {
      const characters = [...match[0]];
      const foreign = characters.filter((character) => LETTER.test(character) && !own.test(character));
      if (foreign.length === 0 || !foreign.every((character) => Object.hasOwn(table, character))) return;
      // A one-letter word wholly of a look-alike between two words of the language (Russian `o` for `о`,
      // `c` for `с`) is the language's own short word; a longer one is a term of the other script.
      const mixed = characters.some((character) => own.test(character));
      const previous = words[index - 1];
      const next = words[index + 1];
      const shortWordAmongOwn =
        characters.length === 1 &&
        isOwn(previous?.[0]) &&
        isOwn(next?.[0]) &&
        inSentence(text.slice(previous!.index + previous![0].length, match.index)) &&
        inSentence(text.slice(match.index + 1, next!.index));
      if (!mixed && !shortWordAmongOwn) return;
      report(file, source, {
        start: match.index,
        end: match.index + match[0].length,
        after: characters.map((character) => (LETTER.test(character) && !own.test(character) ? table[character]! : character)).join(''),
        ruleId: 'mixed-script-letter',
        confidence: mixed ? 0.95 : 0.9,
      });
    });
  };
}

/** The messages of the look-alike rule on `text`. */
export function lookAlikeMessages(text: string, script: ScriptWords): VFile['messages'] {
  const file = new VFile(text);
  repairLookAlikes(script)(file);
  return file.messages;
}
