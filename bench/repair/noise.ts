/**
 * A seeded OCR noise model built from the kinds of damage seen in scanned letters (not their words):
 * accent swaps (é/è), lost circumflexes, `à` read as `a` or `&`, capitals losing their accent, `l’` read
 * as `I’` or `|’`, spaces after or before apostrophes, words split by a space, short words glued to the
 * next, `œ` read as `ceu`/`cau`, and single-letter confusions (c/o, q/g, l/|). Line breaks are never
 * touched, so the damaged text keeps the clean text's lines.
 */
import { seededRandom } from '../../fixtures/seeded-random.ts';

type Damage = (word: string, random: () => number) => string | undefined;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

const replaceOne = (word: string, from: RegExp, to: (match: string) => string, random: () => number): string | undefined => {
  const spots = [...word.matchAll(new RegExp(from.source, 'gu'))];
  if (spots.length === 0) return undefined;
  const spot = pick(spots, random);
  return word.slice(0, spot.index) + to(spot[0]) + word.slice(spot.index + spot[0].length);
};

/** A word of six letters or more split in two by a space. */
const splitWord: Damage = (word, random) => {
  if (!/^\p{L}{6,}$/u.test(word)) return undefined;
  const at = 2 + Math.floor(random() * (word.length - 3));
  return `${word.slice(0, at)} ${word.slice(at)}`;
};

const ACCENT_SWAP: Record<string, string> = { é: 'è', è: 'é', ê: 'é', ô: 'o', î: 'i', û: 'u', â: 'a', É: 'E', È: 'E', À: 'A' };
const CONFUSION: Record<string, string[]> = { c: ['o'], o: ['c'], q: ['g'], m: ['rn'], u: ['ii'], é: ['ó'] };

/** Each damage kind with its weight, roughly as often as in the 2008 scan. */
const DAMAGES: readonly [number, Damage][] = [
  [5, (word, random) => replaceOne(word, /[éèêôîûâÉÈÀ]/u, (match) => ACCENT_SWAP[match]!, random)],
  [3, (word) => (word === 'à' ? 'a' : word === 'À' ? 'A' : undefined)],
  [0.5, (word) => (word === 'à' ? '&' : undefined)],
  [4, (word, random) => (/^[lL][’']\p{L}/u.test(word) ? `${pick(['I', '|', 'I'], random)}${word.slice(1)}` : undefined)],
  [4, (word) => (/^(?:[ldjnsc]|qu)[’']\p{L}/iu.test(word) ? word.replace(/[’']/u, (mark) => `${mark} `) : undefined)],
  [1, (word) => (/^(?:[ldjnsc]|qu)[’']\p{L}/iu.test(word) ? word.replace(/[’']/u, (mark) => ` ${mark}`) : undefined)],
  [2, splitWord],
  [1, (word, random) => (word.includes('œ') ? word.replace('œ', pick(['ce', 'ca'], random)) : undefined)],
  [2, (word, random) => replaceOne(word, /[coqmué]/u, (match) => pick(CONFUSION[match]!, random), random)],
];
const GLUE_WORDS = new Set(['de', 'la', 'le', 'les', 'des', 'à', 'du', 'et', 'en']);

/** A noise model: the damages with their weights, and the short words a lost space glues to the next. */
export interface NoiseProfile {
  damages: readonly [number, Damage][];
  glueWords: ReadonlySet<string>;
}

export const FRENCH_NOISE: NoiseProfile = { damages: DAMAGES, glueWords: GLUE_WORDS };

/**
 * The same kinds of damage on English, which has no accents or elisions: letter shapes OCR confuses
 * (m/rn, d/cl, h/li, u/ii, w/vv, l/i, c/o/e), words split by a space, short words glued to the next, and
 * a space put beside the apostrophe of a possessive (`State ’s`). Digits for letters are left out: the
 * repair leaves words with digits alone.
 */
const ENGLISH_CONFUSION: Record<string, string[]> = { m: ['rn'], d: ['cl'], h: ['li'], u: ['ii'], w: ['vv'], l: ['i'], i: ['l'], c: ['o', 'e'], o: ['c'], e: ['c'] };
export const ENGLISH_NOISE: NoiseProfile = {
  damages: [
    [5, (word, random) => replaceOne(word, /[mdhuwlicoe]/u, (match) => pick(ENGLISH_CONFUSION[match]!, random), random)],
    [3, splitWord],
    [1, (word, random) => (/\p{L}[’']s$/u.test(word) ? word.replace(/[’']/u, (mark) => (random() < 0.5 ? ` ${mark}` : `${mark} `)) : undefined)],
  ],
  glueWords: new Set(['of', 'the', 'to', 'in', 'and', 'a', 'for', 'on', 'by']),
};

/**
 * Spanish: accents lost (the commonest damage of a worn scan: `política` read `politica`, `ñ` read `n`),
 * the Latin letter confusions of the English model, words split by a space, short words glued to the next.
 */
const SPANISH_ACCENT_LOSS: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ñ: 'n', Á: 'A', É: 'E', Í: 'I', Ó: 'O', Ú: 'U' };
const SPANISH_CONFUSION: Record<string, string[]> = { m: ['rn'], d: ['cl'], u: ['ii'], l: ['i'], i: ['l'], c: ['o', 'e'], o: ['c'], e: ['c'] };
export const SPANISH_NOISE: NoiseProfile = {
  damages: [
    [5, (word, random) => replaceOne(word, /[áéíóúñÁÉÍÓÚ]/u, (match) => SPANISH_ACCENT_LOSS[match]!, random)],
    [4, (word, random) => replaceOne(word, /[mduliceo]/u, (match) => pick(SPANISH_CONFUSION[match]!, random), random)],
    [2, splitWord],
  ],
  glueWords: new Set(['de', 'la', 'el', 'los', 'las', 'del', 'en', 'y', 'a', 'por', 'para', 'con']),
};

/**
 * Russian: what tesseract's Russian model does to a scanned page: the tail of `щ` and the breve of `й` lost,
 * `ё` read as `е`, `н`/`и` and `п`/`л` swapped; words split by a space, short prepositions glued to the next word.
 */
const RUSSIAN_CONFUSION: Record<string, string[]> = { щ: ['ш'], й: ['и'], ё: ['е'], н: ['и'], и: ['н'], п: ['л'], л: ['п'] };
export const RUSSIAN_NOISE: NoiseProfile = {
  damages: [
    [5, (word, random) => replaceOne(word, /[щйёнипл]/u, (match) => pick(RUSSIAN_CONFUSION[match]!, random), random)],
    [2, splitWord],
  ],
  glueWords: new Set(['и', 'в', 'с', 'к', 'о', 'на', 'по', 'за', 'от', 'до', 'из', 'не', 'для', 'при']),
};

/** Damages about `rate` of the words of `text`, the same way for the same seed. */
export function addNoise(text: string, seed: number, rate = 0.4, profile: NoiseProfile = FRENCH_NOISE): string {
  const random = seededRandom(seed);
  const total = profile.damages.reduce((sum, [weight]) => sum + weight, 0);
  return text
    .split('\n')
    .map((line) => {
      const parts = line.split(/( +)/u);
      for (let index = 0; index < parts.length; index += 2) {
        const word = parts[index]!;
        if (!word || random() >= rate) continue;
        // Glue a short word to the next one by dropping the space between them.
        if (profile.glueWords.has(word.toLowerCase()) && parts[index + 1] === ' ' && parts[index + 2] && random() < 0.35) {
          parts[index + 1] = '';
          continue;
        }
        let roll = random() * total;
        for (const [weight, damage] of profile.damages) {
          roll -= weight;
          if (roll > 0) continue;
          parts[index] = damage(word, random) ?? word;
          break;
        }
      }
      return parts.join('');
    })
    .join('\n');
}
