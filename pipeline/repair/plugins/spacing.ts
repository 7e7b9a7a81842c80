import type { VFile } from 'vfile';
import { foldKey } from '../lexicon.ts';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';
import { runOf } from '../run.ts';
import { hasDigit, isAllCaps, isApostrophe, isCapitalized, readingsByConfusion, sameKeyCandidates, standingCost, startsSentence, tokenize, type Token } from '../tokens.ts';

const source = 'unletters-repair-spacing';

/** Bits a split costs per extra word, and a join of two known words must save over keeping them. */
const SPLIT_PENALTY = 3;
const JOIN_MARGIN = 6;
const UNKNOWN = 26;
/** A long unknown string is likelier to be glued words than a short one. */
const unknownCost = (word: string): number => Math.max(UNKNOWN, 20 + 1.2 * word.length);
const LONGEST_WORD = 30;
/** Unknown lower-case words on a line that make it a passage in another language (see `inOtherLanguage`). */
const OTHER_LANGUAGE_WORDS = 3;

/**
 * Split and glued words. A space inside a word is removed when the whole is a known word that explains
 * the text better than its parts (`Secr étaire`, `mo dèle`, `régional e`); a word that is not known is
 * cut into known words when that is much likelier (`dela`, `aupresdel’`, `sécuritéinternationale`);
 * a lone elidable letter before a word gets its apostrophe back (`d Etat`). Comparisons run on
 * accent-folded keys, so accents are left to the next plugin.
 * A text pass: it reads the characters, not the nlcst tree (README.md says why).
 */
export default function repairSpacing(data: RepairData) {
  const { lexicon, language } = data;
  const elisions = new Set(language.elisions);
  const glueWords = new Set(language.glueWords);
  const shortWords = new Set(language.shortWords);
  const endings = new Set(language.detachedEndings);
  const prefixes = new Set(language.combiningPrefixes.map(foldKey));

  /** Cost of a folded piece as a word of its own, or undefined when it cannot stand alone. */
  const pieceCost = (piece: string, elidedAtEnd: boolean): number | undefined => {
    const key = foldKey(piece);
    if (key.length === 1 && !shortWords.has(key) && !(elidedAtEnd && elisions.has(key))) return undefined;
    // Rare two-letter forms (abbreviations, notes of the scale) make too many false splits.
    if (key.length === 2 && !shortWords.has(key) && !(elidedAtEnd && elisions.has(key))) return undefined;
    const best = sameKeyCandidates(lexicon, piece, key)[0];
    return best?.cost;
  };

  /** Whether a piece is a word of its own: known, and a short one only if the language writes it alone. */
  const standsAlone = (piece: string): boolean => lexicon.has(piece) && (piece.length > 2 || shortWords.has(piece.toLowerCase()));

  /** Cheapest cut of a word into known words (at least two), as cut points; undefined when none. */
  const segment = (word: string, elidedAtEnd: boolean): { cuts: number[]; cost: number } | undefined => {
    const key = foldKey(word);
    if (key.length !== word.length || key.length > 60) return undefined; // ligatures would shift the cuts
    const best: number[] = new Array(key.length + 1).fill(Infinity);
    const from: number[] = new Array(key.length + 1).fill(-1);
    best[0] = 0;
    for (let end = 1; end <= key.length; end++) {
      for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
        if (best[start] === Infinity) continue;
        const cost = pieceCost(word.slice(start, end), elidedAtEnd && end === key.length);
        if (cost === undefined) continue;
        const total = best[start]! + cost + SPLIT_PENALTY;
        if (total < best[end]!) {
          best[end] = total;
          from[end] = start;
        }
      }
    }
    if (best[key.length] === Infinity) return undefined;
    const cuts: number[] = [];
    for (let at = from[key.length]!; at > 0; at = from[at]!) cuts.unshift(at);
    if (cuts.length === 0) return undefined;
    // Two words of one letter in a row (`свон` → `с в он`, `иа` → `и а`) are rarer than a misread letter.
    const bounds = [0, ...cuts, key.length];
    if (bounds.some((bound, at) => at > 1 && bound - bounds[at - 1]! === 1 && bounds[at - 1]! - bounds[at - 2]! === 1)) return undefined;
    // `infoterrorisme`, `antiterroriste`: French glues these prefixes on purpose.
    if (prefixes.has(key.slice(0, cuts[0]))) return undefined;
    return { cuts, cost: best[key.length]! - SPLIT_PENALTY };
  };

  /** Cost of a word as it stands, counting the readings the words plugin could give it. */
  const keepCost = (word: string): number => {
    const standing = standingCost(lexicon, word, unknownCost(word));
    if (lexicon.has(word)) return standing;
    const reading = readingsByConfusion(lexicon, language.confusions, word)[0];
    return reading ? Math.min(standing, reading.cost) : standing;
  };

  const spaced = (word: string, cuts: number[]): string => {
    let result = '';
    let previous = 0;
    for (const cut of cuts) {
      result += `${word.slice(previous, cut)} `;
      previous = cut;
    }
    return result + word.slice(previous);
  };

  return (file: VFile): void => {
    const text = String(file.value);
    const { boldness, isName, isForeign, isRepeated, isRepeatedPhrase } = runOf(file, data);
    /** In clean text a word the letter repeats is a name or a term of it. */
    const repeated = (token: Token): boolean => isRepeated(token.text) && !boldness.boldAt(token.start);
    /**
     * Never joined: a name (`Viet Nam`), a foreign word, a repeated word, a piece glued on its outer side to a
     * hyphen, and an ending after an apostrophe (`Ra’s and`, `Sha‘b and`): they belong to the word before.
     */
    const joinKept = (token: Token, next: Token): boolean =>
      isName(token.text) ||
      isName(next.text) ||
      isForeign(token.text) ||
      isForeign(next.text) ||
      repeated(token) ||
      repeated(next) ||
      text[token.start - 1] === '-' ||
      (/['’‘‛`]/u.test(text[token.start - 1] ?? '') && token.text.length <= 2);
    /**
     * Whether a word may be cut into words: never a name; a capitalized word only after a short function word
     * glued to it (`Inthe`, `ofCommerce`), since names cut into dictionary words too often (`Costa`, `Isa`).
     */
    const cuttable = (token: Token, cuts: readonly number[]): boolean =>
      !isName(token.text) && !repeated(token) && (!isCapitalized(token.text) || glueWords.has(foldKey(token.text.slice(0, cuts[0]))));
    // Words inside a known apostrophe or hyphen compound (`aujourd’hui`) are not cut or joined.
    const inKnownCompound = new Set<number>();
    // From a word's start only: the same matches, without trying again from each letter of every word.
    for (const match of text.matchAll(/(?<![\p{L}\p{M}])[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)+/gu)) {
      if (lexicon.has(match[0])) for (let at = match.index; at < match.index + match[0].length; at++) inKnownCompound.add(at);
    }
    /**
     * Whether the line of two pieces reads as another language: OTHER_LANGUAGE_WORDS lower-case words of three
     * letters or more besides them that the lexicon does not know (a quoted title, a footnote in French). A
     * line of the language has one now and then (a term, a Latin phrase); a cut word is alone on its line.
     */
    const inOtherLanguage = (token: Token, next: Token): boolean => {
      const lineStart = text.lastIndexOf('\n', token.start) + 1;
      const lineEnd = text.indexOf('\n', next.end);
      let unknown = 0;
      for (const word of text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).matchAll(/(?<![\p{L}\p{M}'’-])[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}])/gu)) {
        const at = lineStart + word.index;
        if (at !== token.start && at !== next.start && !lexicon.has(word[0]) && ++unknown >= OTHER_LANGUAGE_WORDS) return true;
      }
      return false;
    };
    const tokens = tokenize(text).filter((token) => !hasDigit(token.text) && !inKnownCompound.has(token.start) && !isAllCaps(token.text));
    const elidedAfter = (token: Token): boolean => isApostrophe(text[token.end]) && /\p{L}/u.test(text[token.end + 1] ?? '');

    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const next = tokens[index + 1];
      const joinable =
        next !== undefined &&
        text.slice(token.end, next.start) === ' ' &&
        !elidedAfter(token) &&
        !elidedAfter(next) &&
        !splitByLineEndHyphen(text, token);

      const bold = boldness.boldAt(token.start);
      if (joinable && !joinKept(token, next)) {
        // `d Etat`, `s appuyer`: an elidable letter standing alone before a word that starts with a vowel.
        if (
          bold &&
          elisions.has(token.text.toLowerCase()) &&
          token.text.length === 1 &&
          /^[aeiouyh]/u.test(foldKey(next.text)) &&
          next.text.length > 1 &&
          standingCost(lexicon, next.text, UNKNOWN) < UNKNOWN &&
          !isApostrophe(text[token.start - 1])
        ) {
          report(file, source, {
            start: token.end,
            end: next.start,
            after: language.typography.apostrophe,
            ruleId: 'missing-apostrophe',
            confidence: 0.8,
          });
          continue;
        }

        // `have s hown`: a piece that is no word of its own, between a word and a piece that is no word either,
        // belongs to the piece after it (`shown`), not to the word before it (`haves`). Left for the next pair.
        const after = tokens[index + 2];
        if (
          standsAlone(token.text) &&
          !standsAlone(next.text) &&
          after !== undefined &&
          text.slice(next.end, after.start) === ' ' &&
          !lexicon.has(after.text) &&
          !elidedAfter(after) &&
          !joinKept(next, after) &&
          sameKeyCandidates(lexicon, next.text + after.text)[0] !== undefined
        ) {
          continue;
        }

        const joined = token.text + next.text;
        const tokenKnown = lexicon.has(token.text);
        const nextKnown = lexicon.has(next.text);
        const apart = keepCost(token.text) + keepCost(next.text);
        const whole = sameKeyCandidates(lexicon, joined)[0];
        const margin = tokenKnown && nextKnown ? (endings.has(next.text) && token.text.length > 2 ? 0 : JOIN_MARGIN) : 0;
        // Where the text is clean, only a word plainly cut in two: a piece that is no word, the whole a word
        // as it is written, the second piece in lower case (`Gener al`, `agai nst`; not `per cent`, `Viet Nam`).
        // A piece that begins a hyphenated compound (`the re-establishment`) joins only when neither piece is a word.
        const compoundHead = /^-\p{L}/u.test(text.slice(next.end, next.end + 2));
        const pieceWords = Number(standsAlone(token.text)) + Number(standsAlone(next.text));
        // A capital letter alone is a label or an initial (`building H are`, `option B and`), not a piece of a word.
        const label = token.text.length === 1 && isCapitalized(token.text);
        // The letter writing the same two pieces again (`Dar es Salaam`) means they are words of it. A capitalized
        // piece the dictionary knows as a name is one (`Dar es`), and a whole it writes only with a capital is a
        // name, not a word cut (`Thom as` is no `Thomas`): names are not merged. Nor are the words of a passage
        // in another language (`de cent` in a French title quoted).
        const plainCut =
          pieceWords < 2 &&
          lexicon.isDictionaryForm(joined) &&
          !lexicon.isProperNoun(joined) &&
          !(isCapitalized(token.text) && lexicon.isProperNoun(token.text)) &&
          !inOtherLanguage(token, next) &&
          !isCapitalized(next.text) &&
          !label &&
          !isRepeatedPhrase(`${token.text} ${next.text}`);
        if (
          whole &&
          whole.cost + margin < apart &&
          !(tokenKnown && nextKnown && isCapitalized(next.text)) &&
          !(compoundHead && pieceWords > 0) &&
          (bold || plainCut)
        ) {
          report(file, source, {
            start: token.end,
            end: next.start,
            after: '',
            ruleId: 'split-word',
            confidence: tokenKnown && nextKnown ? 0.75 : 0.9,
          });
          index++;
          continue;
        }
        // `L ettresidentiques`: the join is itself two glued words.
        if (bold && !whole && (!tokenKnown || !nextKnown) && lexicon.sameKey(token.text).length + lexicon.sameKey(next.text).length < 2) {
          const cut = segment(joined, elidedAfter(next));
          const namelike = (piece: Token): boolean => isName(piece.text) || (isCapitalized(piece.text) && !startsSentence(text, piece.start));
          if (cut && cut.cost < apart && cut.cuts[0] !== token.text.length && !namelike(token) && !namelike(next)) {
            report(file, source, {
              start: token.start,
              end: next.end,
              after: spaced(joined, cut.cuts),
              ruleId: 'split-and-glued-word',
              confidence: 0.8,
            });
            index++;
            continue;
          }
        }
      }

      // A word that is not known: cut it into known words when that is much likelier than any reading of it.
      // Halves of a word hyphenated across a line end (`approvision-` / `nement`) are left to dehyphenation.
      // Only where the text is damaged: clean text has rare words the lexicon lacks (`inter alia`).
      if (!bold || lexicon.has(token.text) || splitByLineEndHyphen(text, token)) continue;
      const cut = segment(token.text, elidedAfter(token));
      if (!cut || !cuttable(token, cut.cuts)) continue;
      const keep = keepCost(token.text);
      if (cut.cost >= keep) continue;
      report(file, source, {
        start: token.start,
        end: token.end,
        after: spaced(token.text, cut.cuts),
        ruleId: 'glued-words',
        confidence: keep >= unknownCost(token.text) ? 0.85 : 0.75,
      });
    }

  };
}

/** Whether the token stands just before or just after a hyphen that ends a line. */
function splitByLineEndHyphen(text: string, token: { start: number; end: number }): boolean {
  return /-[ \t]*\n[ \t]*$/u.test(text.slice(Math.max(0, token.start - 8), token.start)) || /^-[ \t]*\n/u.test(text.slice(token.end, token.end + 8));
}
