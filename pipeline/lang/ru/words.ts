import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Stemmer } from 'snowball-stemmers';
import { hunspellStems, isKnownWord } from '../../extract/lexicon.ts';

const require = createRequire(import.meta.url);

/** Noun and adjective endings, each tried back to the dictionary forms it may come from. */
const NOUN_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['а', ['', 'а', 'о']], ['у', ['', 'а', 'о']], ['ом', ['', 'о']], ['е', ['', 'а', 'о', 'я', 'ь']], ['ы', ['', 'а']],
  ['ов', ['', 'о']], ['ам', ['', 'а', 'о']], ['ами', ['', 'а', 'о']], ['ах', ['', 'а', 'о']], ['и', ['ь', 'а', 'я', 'й', '']],
  ['я', ['ь', 'е', 'й']], ['ю', ['ь', 'я', 'е', 'й']], ['ем', ['ь', 'е', 'й']], ['ей', ['ь', 'я', '']], ['ям', ['ь', 'я', 'е']],
  ['ями', ['ь', 'я', 'е']], ['ях', ['ь', 'я', 'е']], ['ой', ['а', 'ый', 'ий', 'ой']], ['ью', ['ь']], ['ии', ['ия', 'ие', 'ий']],
  ['ию', ['ия', 'ие']], ['ией', ['ия']], ['ий', ['ия', 'ие']], ['иям', ['ия', 'ие']], ['иях', ['ия', 'ие']], ['иями', ['ия', 'ие']],
  ['ого', ['ый', 'ой', 'ий']], ['ому', ['ый', 'ой', 'ий']], ['ым', ['ый', 'ой']], ['ом', ['ый', 'ой']], ['ая', ['ый', 'ой', 'ий']],
  ['ую', ['ый', 'ой', 'ий']], ['ое', ['ый', 'ой', 'ий']], ['ые', ['ый', 'ой']], ['ых', ['ый', 'ой']], ['ыми', ['ый', 'ой']],
  ['его', ['ий']], ['ему', ['ий']], ['им', ['ий']], ['ем', ['ий']], ['яя', ['ий']], ['юю', ['ий']], ['ее', ['ий']], ['ие', ['ий']],
  ['их', ['ий', 'ой']], ['ими', ['ий']], ['ям', ['й']], ['ями', ['й']], ['ях', ['й']], ['ев', ['й', 'ь']], ['ей', ['й']],
  // Adverbs and short adjectives (`внимательно`, `должны`),.
  ['о', ['ый', 'ий', 'ой']], ['ы', ['ый']], ['а', ['ый']],
];

/** Verb endings back to the infinitive (`-ть`, `-ться`), participles included. */
const VERB_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ет', ['ть']], ['ют', ['ть']], ['ут', ['ть']], ['ем', ['ть']], ['ешь', ['ть']], ['ете', ['ть']], ['ю', ['ть']], ['у', ['ть']],
  ['ит', ['ить']], ['ят', ['ить']], ['ат', ['ать']], ['им', ['ить']], ['ишь', ['ить']], ['ите', ['ить']], ['л', ['ть']],
  ['ла', ['ть']], ['ло', ['ть']], ['ли', ['ть']], ['ся', ['ться']], ['сь', ['ться']], ['тся', ['ться']], ['ется', ['ться']],
  ['ются', ['ться']], ['ится', ['иться']], ['ятся', ['иться']], ['лся', ['ться']], ['лась', ['ться']], ['лись', ['ться']],
  ['ющий', ['ть']], ['ющая', ['ть']], ['ющее', ['ть']], ['ющие', ['ть']], ['ющих', ['ть']], ['ющего', ['ть']],
  ['ящий', ['ить']], ['ящая', ['ить']], ['ящих', ['ить']], ['нный', ['ть']], ['нная', ['ть']], ['нное', ['ть']], ['нные', ['ть']],
  ['нных', ['ть']], ['нного', ['ть']], ['нной', ['ть']], ['ен', ['ить']], ['ена', ['ить']], ['ено', ['ить']], ['ены', ['ить']],
  ['я', ['ть']], ['в', ['ть']], ['ив', ['ить']], ['ав', ['ать']],
  ['ует', ['овать']], ['уют', ['овать']], ['уем', ['овать']], ['уя', ['овать']], ['ующий', ['овать']], ['ующих', ['овать']],
  ['ующая', ['овать']], ['ующие', ['овать']], ['ующего', ['овать']], ['ующей', ['овать']], ['ованный', ['овать']],
  ['ованная', ['овать']], ['ованные', ['овать']], ['ованных', ['овать']], ['ованного', ['овать']], ['ованной', ['овать']],
  ['ющийся', ['ться']], ['ющихся', ['ться']], ['ющиеся', ['ться']], ['ющаяся', ['ться']], ['ющимся', ['ться']],
  ['ющегося', ['ться']], ['ющейся', ['ться']], ['ющей', ['ть']], ['ющим', ['ть']], ['ющими', ['ть']], ['ющую', ['ть']],
];

/** Every ending → form pair, longest ending first (the order `isKnownWord` tries them in). */
export const russianInflections: ReadonlyArray<readonly [string, string]> = [...NOUN_ENDINGS, ...VERB_ENDINGS]
  .flatMap(([ending, bases]) => bases.map((base) => [ending, base] as const))
  .sort((left, right) => right[0].length - left[0].length);

let russianStemmer: Stemmer | undefined;

/** The Snowball stemmer, required on first use: only a Russian letter needs it. */
function stemmer(): Stemmer {
  russianStemmer ??= (require('snowball-stemmers') as typeof import('snowball-stemmers')).newStemmer('russian');
  return russianStemmer;
}

/**
 * The lemmas of a dictionary, and their Snowball stems: a word is listed when it is a lemma or when its stem
 * is a lemma's (`уровнях` and `уровень` both give `уровн`… or near enough that the endings above close the gap).
 */
class StemmedWords extends Set<string> {
  private readonly stems = new Set<string>();

  constructor(lemmas: Iterable<string>) {
    super(lemmas);
    for (const lemma of this) this.stems.add(stemmer().stem(lemma));
  }

  override has(word: string): boolean {
    return super.has(word) || (word.length > 3 && this.stems.has(stemmer().stem(word)));
  }
}

let forms: StemmedWords | undefined;

/**
 * Russian word forms for quick checks (is this a word?), shared by the text-layer scorer and the
 * segmenter's hyphen joins: the lemmas of dictionary-ru (Hunspell, BSD, not expanded: expanding its 146k
 * entries takes 40 s), with `ё` also written `е` as UN Russian prints it. No maintained frequency list of
 * Russian is published for npm, so an inflected form is known by its Snowball stem (snowball-stemmers) or,
 * failing that, by the endings above. Read once, on first use.
 */
export function russianWordForms(): ReadonlySet<string> {
  if (!forms) {
    const dic = readFileSync(join(dirname(require.resolve('dictionary-ru')), 'index.dic'), 'utf8');
    const lemmas: string[] = [];
    for (const stem of hunspellStems(dic)) {
      lemmas.push(stem);
      if (stem.includes('ё')) lemmas.push(stem.replaceAll('ё', 'е'));
    }
    forms = new StemmedWords(lemmas);
  }
  return forms;
}

/** Whether a word is Russian: a listed form, once lower-cased and a regular ending undone. */
export function isRussianWord(word: string): boolean {
  return isKnownWord(word.toLowerCase().replaceAll('ё', 'е'), russianWordForms(), russianInflections);
}
