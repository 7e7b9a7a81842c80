import type { Root } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { regularFormOf } from '../inflections.ts';
import { foldKey } from '../lexicon.ts';
import { report } from '../report.ts';
import type { RepairData } from '../resources.ts';
import { runOf } from '../run.ts';
import { hasDigit, isAllCaps, isApostrophe, isCapitalized, matchCase, readingsByConfusion, sameKeyCandidates, type Candidate } from '../tokens.ts';

const source = 'unletters-repair-words';

/** A reading must beat the next one by this many bits to be applied with full confidence. */
const CLEAR_MARGIN = 3;

/** Letters (and digits) joined by apostrophes and hyphens: `l’Asie`, `aujourd’hui`, `sud-asiatique`. */
const COMPOUND = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Accents and letter confusions on words the lexicon does not know: `problémes` → `problèmes`,
 * `Etats` → `États`, `séourité` → `sécurité`, `cauvre` → `œuvre`, `rdle` → `rôle`. Known words are
 * never changed here. Capitalized words (names) only get accents: a name the lexicon does not know
 * keeps its letters. Acronyms and words with digits are left alone. A retext plugin: it asks about the
 * word nodes retext-latin parses, as retext-spell does.
 */
export default function repairWords(data: RepairData) {
  const { lexicon, language } = data;
  const elisions = new Set(language.elisions);

  const confusionCandidates = (word: string): Candidate[] => readingsByConfusion(lexicon, language.confusions, word);
  // A name gains or loses a letter into a dictionary word too easily (`Antje` → `antoje`): a capitalized
  // word is only read through letters swapped for others.
  const swaps = language.confusions.filter(([read, meant]) => read !== '' && meant !== '');
  // Its capital keeps its letter: the confusions are those of lower-case shapes (`l` read `I`), and a capital
  // read as another capital (`Iain` → `Lain`) is none of them.
  const capitalCandidates = (word: string): Candidate[] =>
    readingsByConfusion(lexicon, swaps, word).filter((candidate) => foldKey(candidate.form[0] ?? '') === foldKey(word[0]!));
  const regularForm = regularFormOf(data);

  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    const { boldness, isName, isRepeated } = runOf(file, data);
    visit(tree, 'WordNode', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      // A word node may hold more than letters joined by apostrophes and hyphens (`U.N.`, `10:30`): the
      // compounds the lexicon is asked about are those runs.
      for (const match of text.slice(start, end).matchAll(COMPOUND)) checkCompound(match[0], start + match.index);
    });

    function checkCompound(compound: string, at: number): void {
      if (lexicon.has(compound) || hasDigit(compound)) return;
      const parts = compound.split(/['’-]/u);
      let offset = at;
      for (const word of parts) {
        const start = offset;
        offset += word.length + 1;
        if (lexicon.has(word) || isAllCaps(word) || word.length < 2 || regularForm(word)) continue;
        // Never the spelling of a name or a foreign word. Where the text is clean, only a lower-case word the
        // letter writes once that one clear change of accents makes known (`histôrique`): a letter confusion
        // may be a rare word, a capitalized word a name.
        const bold = boldness.boldAt(start);
        if (isName(word) || (!bold && (isCapitalized(word) || isRepeated(word)))) continue;
        // Before an apostrophe only elided words are expected; the elision plugin handles those.
        if (isApostrophe(text[start + word.length]) && elisions.has(word.toLowerCase())) continue;
        const inCompound = /-/u.test(compound);
        const accentsOnly = (isCapitalized(word) && !language.confusionsOnCapitals) || inCompound;
        // A capitalized word may be a name the lexicon spells otherwise (`Ramón`, `Reykjavik`): it only gains
        // accents it lacks, and only to become a common word written with a capital (`Etats` → `États`).
        const sameKey = sameKeyCandidates(lexicon, word).filter((candidate) =>
          isCapitalized(word) ? !lexicon.isProperNoun(candidate.form) && onlyAddsAccents(word, candidate.form) : !lexicon.isProperNoun(candidate.form),
        );
        let candidates = sameKey;
        let ruleId = isCapitalized(word) && foldKey(word[0]!) === word[0]!.toLowerCase() && sameKey[0] && sameKey[0].form[0] !== word[0]!.toLowerCase()
          ? 'capital-accent'
          : 'accent';
        if (!accentsOnly && bold) {
          // A capitalized word may be a name: it only becomes a word of the dictionary itself (not of a list of
          // names and words added to it), and never a short one (`Kh`, `Hu`).
          const confused = isCapitalized(word)
            ? word.length < 4 ? [] : capitalCandidates(word).filter((candidate) => lexicon.isDictionaryForm(candidate.form))
            : confusionCandidates(word);
          if (confused[0] && (!sameKey[0] || confused[0].cost + 2 < sameKey[0].cost)) {
            candidates = confused;
            ruleId = 'letter-confusion';
          }
        }
        const best = candidates[0];
        if (!best) continue;
        // Against a letter confusion, the rival reading is another word, not the best one's own accents
        // (`ccmo`: `como` or `cómo` is the accent's question, and the accent rule keeps the commoner).
        const second = ruleId === 'letter-confusion' ? candidates.find((candidate) => foldKey(candidate.form) !== foldKey(best.form)) : candidates[1];
        const clear = !second || second.cost - best.cost >= CLEAR_MARGIN;
        if (!bold && !clear) continue;
        const confidence = ruleId === 'letter-confusion' ? (clear ? 0.8 : 0.55) : clear ? 0.95 : 0.7;
        report(file, source, {
          start,
          end: start + word.length,
          after: matchCase(best.form, word),
          ruleId,
          confidence,
        });
      }
    }
  };
}

/** Whether `form` is `word` with accents added and none taken away or changed. */
function onlyAddsAccents(word: string, form: string): boolean {
  const letters = [...word.normalize('NFC')];
  const candidate = [...form.normalize('NFC')];
  if (letters.length !== candidate.length) return false;
  return letters.every((letter, index) => {
    const other = candidate[index]!;
    return letter.toLowerCase() === other.toLowerCase() || foldKey(letter) === letter.toLowerCase();
  });
}
