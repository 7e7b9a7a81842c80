/** The language's cue words made into patterns, once per language, shared by the recognizers. */
import type { EntityWords } from '../../lang/types.ts';
import type { LanguageGazetteer } from '../gazetteer.ts';
import { alternation, LETTER_OR_DIGIT, nameBounds, phrasePattern } from '../text.ts';

/** Patterns built once per language. */
export interface Patterns {
  /** Sticky: tried only where `formalStateHead` finds a head (see `formalStates`). */
  formalState: RegExp;
  /**
   * The head of a formal name alone (`République`, `Kingdom`), where `formalState` may start. That one
   * alternates every state name of the language: V8 drops a regular expression's compiled code at garbage
   * collection and interprets it again first, which over a whole paragraph took 15–80 ms each time.
   */
  formalStateHead: RegExp;
  honorific: RegExp;
  signed: RegExp;
  role: RegExp;
  organizationHead: RegExp;
  anaphor: RegExp;
  event: RegExp;
  locationCue: RegExp;
  locationPreposition: RegExp;
  connectors: string[];
  links: string[];
}

const patternCache = new WeakMap<EntityWords, Patterns>();

/**
 * A link or connector as a pattern: `d’` glues to the next word, and so does a proclitic of the language
 * (Arabic `ل`); `de` needs a space.
 */
export function joinPattern(joiner: string, proclitics: readonly string[] = []): string {
  // The empty joiner: the complement follows the head directly (an Arabic construct, `رئيس مجلس الأمن`).
  if (joiner === '') return '';
  return joiner.endsWith('’') || proclitics.includes(joiner) ? phrasePattern(joiner) : `${phrasePattern(joiner)}\\s+`;
}

export function buildPatterns(words: EntityWords, names: LanguageGazetteer): Patterns {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const connectors = [...words.connectors].sort((a, b) => b.length - a.length);
  const links = [...words.organizationLinks].sort((a, b) => b.length - a.length);
  const connector = connectors.map((joiner) => joinPattern(joiner, words.wordJoining?.proclitics)).join('|');
  const shortNames = alternation(names.stateNames.keys());
  const adjectives = words.formalStateAdjectives.length ? `(?:\\s+(?:${alternation(words.formalStateAdjectives)}))*` : '';
  const prefixes = words.formalStatePrefixes.length ? alternation(words.formalStatePrefixes) : '(?!)';
  const roleForms = words.roles.flatMap((role) => role.forms);
  const heads = words.organizationHeads.length ? alternation(words.organizationHeads) : '(?!)';
  const anaphoraHeads = words.anaphoraHeads.length ? alternation(words.anaphoraHeads) : '(?!)';
  // In English word order an anaphor may keep modifiers and a complement of its antecedent's name (`the
  // Review Group`, `the Panel of Experts`), and any organization head refers back (`the Agency`).
  const anaphorPhrase = words.organizationModifiersFirst
    ? `((?:\\p{Lu}[\\p{L}\\p{M}\\-]*\\s+){0,3}(?:${alternation([...words.anaphoraHeads, ...words.organizationHeads])})(?:\\s+(?:${alternation(words.connectors)})\\s+\\p{Lu}[\\p{L}\\p{M}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\-]*)?)?)`
    : `(${anaphoraHeads})`;
  const articles = words.anaphoraArticles.map((article) => (article.endsWith('’') ? phrasePattern(article) : `${phrasePattern(article)}\\s+`)).join('|');
  const eventForms = words.events.flatMap((event) => event.forms);
  const bounds = nameBounds(words.wordJoining);
  // Capitalized words, hyphenated ones whole (`Haute-Kotto`, `Ouanda-Djallé`, `Abu-l-Khasib`).
  const nameWord = `\\p{Lu}[\\p{Ll}\\p{M}’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}’]+)*`;
  const capitalized = `${nameWord}(?:\\s+${nameWord})*`;
  const result: Patterns = {
    formalState: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${prefixes})${adjectives}\\s+(?:${connector})(${shortNames})(?!${LETTER_OR_DIGIT})`, 'uy'),
    formalStateHead: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${prefixes})`, 'gu'),
    honorific: new RegExp(`${bounds.before}(${alternation(words.honorifics)})\\s+`, 'gu'),
    signed: new RegExp(`(${alternation(words.signedMarks)})\\s*`, 'gu'),
    role: new RegExp(`${bounds.before}(?:${alternation(roleForms)})${words.wordJoining ? bounds.after : '(?![\\p{L}\\-])'}`, 'gu'),
    organizationHead: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${heads})(?![\\p{L}\\-])`, 'gu'),
    anaphor: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${articles})${anaphorPhrase}(?![\\p{L}\\-])`, 'gu'),
    event: new RegExp(`(?<!${LETTER_OR_DIGIT})(${eventForms.length ? alternation(eventForms) : '(?!)'})((?:\\s+\\p{Ll}+)?)\\s*(?:${connector})`, 'gu'),
    locationCue: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${words.locationCues.length ? alternation(words.locationCues) : '(?!)'})\\s+(${capitalized})`, 'gu'),
    locationPreposition: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${words.locationPrepositions.length ? alternation(words.locationPrepositions) : '(?!)'})\\s+(${capitalized})(?!${LETTER_OR_DIGIT})`, 'gu'),
    connectors,
    links,
  };
  patternCache.set(words, result);
  return result;
}

/** An adjective that belongs to a name (`national`, `ministérielle`): listed, or by its ending. */
export function isNameAdjective(word: string, words: EntityWords): boolean {
  if (words.nameAdjectives.includes(word)) return true;
  if (!/^\p{Ll}/u.test(word) || word.length < 4) return false;
  return words.nameAdjectiveEndings.some((ending) => word.endsWith(ending));
}

/** Forms of address printed with a dot (`Mr.`, `Dr.`, `H.E.`), without it: the word a name's cue starts with. */
export function addressForms(words: EntityWords): string[] {
  return words.honorifics.filter((honorific) => honorific.endsWith('.') && !/\s/.test(honorific)).map((honorific) => honorific.slice(0, -1));
}
