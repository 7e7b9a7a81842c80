/**
 * Language-neutral ids for organs that the name tables do not know. Each content word (or phrase) of the
 * name is looked up in the language's institutional vocabulary (`organVocabulary` in
 * pipeline/lang/<code>/entities.json); when every one has a concept key, the id is
 * `org:[<parent>-]<head concept>-<other concepts, sorted>`, the same for `Conseil des coordonnateurs
 * nationaux` and `Council of National Coordinators` (`org:council-coordinator-national`). The parent is
 * the known organization the organ is named after (`… de l’OSC`, `SCO …`, `of the SCO`). A name with a
 * word the vocabulary does not know keeps the slug of its words (`org:conseil-de-la-paix-durable`).
 */
import type { EntityWords } from '../lang/types.ts';
import { normalizeApostrophes, slug } from './text.ts';

interface Vocabulary {
  /** Phrases as token lists, longest first, with their concept key. */
  phrases: { tokens: string[]; concept: string }[];
  /** Every content token of every phrase, for telling whether a lower-case word may belong to an organ's name. */
  tokens: Set<string>;
  functionWords: Set<string>;
  pluralEndings: readonly string[];
}

const cache = new WeakMap<EntityWords, Vocabulary | null>();

/** Lower-case tokens, an elided article split from its word: `chefs d’État` → `chefs`, `d’`, `état`. */
export function organTokens(text: string): string[] {
  return normalizeApostrophes(text)
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      const elided = word.match(/^(\p{L}{1,2}’)(\p{L}.*)$/u);
      return elided ? [elided[1]!, elided[2]!] : [word];
    });
}

function vocabulary(words: EntityWords): Vocabulary | null {
  const cached = cache.get(words);
  if (cached !== undefined) return cached;
  const data = words.organVocabulary;
  let result: Vocabulary | null = null;
  if (data) {
    const phrases = Object.entries(data.concepts)
      .map(([surface, concept]) => ({ tokens: organTokens(surface), concept }))
      .sort((a, b) => b.tokens.length - a.tokens.length);
    const functionWords = new Set(
      [...data.functionWords, ...words.organizationLinks, ...words.connectors, ...words.nameCoordinators, ...words.anaphoraArticles].flatMap(organTokens),
    );
    const tokens = new Set(phrases.flatMap((phrase) => phrase.tokens).filter((token) => !functionWords.has(token)));
    result = { phrases, tokens, functionWords, pluralEndings: data.pluralEndings };
  }
  cache.set(words, result);
  return result;
}

function sameWord(token: string, entry: string, vocabulary: Vocabulary): boolean {
  if (token === entry) return true;
  return vocabulary.pluralEndings.some((ending) => token.length > ending.length + 2 && token.endsWith(ending) && token.slice(0, -ending.length) === entry);
}

/** Whether a lower-case word may stand in an organ's name because the vocabulary knows it (`member`). */
export function isOrganWord(word: string, words: EntityWords): boolean {
  const known = vocabulary(words);
  if (!known) return false;
  return organTokens(word).every((token) => [...known.tokens].some((entry) => sameWord(token, entry, known)));
}

/**
 * The concept keys of a piece of an organ's name, in order, function words dropped; undefined when a
 * content word has no key.
 */
export function organConcepts(text: string, words: EntityWords): string[] | undefined {
  const known = vocabulary(words);
  if (!known) return undefined;
  const tokens = organTokens(text);
  const concepts: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const phrase = known.phrases.find(
      (candidate) => candidate.tokens.length <= tokens.length - index && candidate.tokens.every((token, offset) => sameWord(tokens[index + offset]!, token, known)),
    );
    if (phrase) {
      concepts.push(phrase.concept);
      index += phrase.tokens.length;
    } else if (known.functionWords.has(tokens[index]!)) index += 1;
    else return undefined;
  }
  return concepts;
}

export interface OrganName {
  /** The head noun as written (`Conseil`, `Fund`). */
  head: string;
  /** Everything else of the name: modifiers before the head, complements after it. */
  modifiers: string[];
  /** Id of the known organization the organ belongs to (`org:sco`), from the context of the name. */
  parentId?: string;
  /** The name as written, for the slug id when a word has no concept key. */
  text: string;
}

/** The organ's id: concept keys when every content word has one, else the slug of its name. */
export function organId(name: OrganName, words: EntityWords): string {
  const head = organConcepts(name.head, words);
  const rest = name.modifiers.map((modifier) => organConcepts(modifier, words));
  if (!head?.length || rest.some((concepts) => concepts === undefined)) return `org:${slug(name.text)}`;
  const others = [...new Set(rest.flat() as string[])].filter((concept) => !head.includes(concept)).sort();
  const parent = name.parentId ? [name.parentId.slice(name.parentId.indexOf(':') + 1)] : [];
  return `org:${[...parent, ...head, ...others].join('-')}`;
}
