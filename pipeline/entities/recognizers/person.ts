/** Persons: a signatory's name, and names after the signed mark or an honorific. */
import type { EntityWords } from '../../lang/types.ts';
import type { TextMention } from '../mention.ts';
import { isOrganWord } from '../organ-id.ts';
import { personId } from '../person-id.ts';
import { slug } from '../text.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import type { Patterns } from './patterns.ts';

/** The whole of a signatory's name field, from its first capital. */
export function signatoryName(text: string): TextMention[] {
  const start = text.search(/\p{Lu}/u);
  if (start < 0) return [];
  const end = text.trimEnd().length;
  const name = text.slice(start, end);
  return [{ type: 'person', start, end, text: name, id: personId(name), normalized: slug(name) }];
}

/** Words that end a name: stop words, and the first words of functions and bodies (`Security Council Facilitator`). */
function nameBreakers(words: EntityWords): Set<string> {
  return new Set([
    ...words.nameStopWords,
    ...words.organizationHeads,
    ...(words.roleGrammar?.heads ?? []).map((head) => head.split(/[\s]/)[0]!),
    ...(words.roleGrammar?.modifiers ?? []),
  ]);
}

/**
 * End of a person's name starting at `start`: capitalized words and initials, particles between them
 * (`de`, `van`) or glued to a word (`al-Shaibani`); a possessive `’s` and the words of a function or body
 * after it stay outside (`Popović’s`, `Samuel Žbogar Security Council Facilitator`).
 */
export function nameEnd(text: string, start: number, words: EntityWords, knownStarts: ReadonlySet<number> = new Set()): number {
  const particles = words.nameParticles.join('|');
  const token = new RegExp(`^(?:\\p{Lu}\\p{Ll}?\\.|(?:(?:${particles})-)?\\p{Lu}[\\p{L}\\p{M}’\\-]*\\p{L}|\\p{Lu})`, 'u');
  const breakers = nameBreakers(words);
  let position = start;
  let end = start;
  let first = true;
  while (position < text.length) {
    const rest = text.slice(position);
    const particle = rest.match(/^(\p{Ll}+)\s+(?=\p{Lu})/u);
    if (!first && particle && words.nameParticles.includes(particle[1]!)) {
      position += particle[0].length;
      continue;
    }
    if (!first && knownStarts.has(position)) break;
    const match = rest.match(token);
    if (!match) break;
    const possessive = match[0].match(/’s$/u);
    const word = match[0].replace(/’s$/u, '').replace(/’$/, '');
    // An initial (`A.`) is never the article `A`.
    if (breakers.has(word) || (!/^\p{Lu}\.$/u.test(word) && breakers.has(word.replace(/\.$/, '')))) break;
    end = position + word.length;
    first = false;
    if (possessive) break;
    const gap = text.slice(end).match(/^[ \t\u00a0]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return end;
}

export function persons(text: string, words: EntityWords, patterns: Patterns, known: Candidate[] = []): Candidate[] {
  const found: Candidate[] = [];
  const knownStarts = new Set(known.map((candidate) => candidate.start));
  const add = (start: number, honorific: string | undefined) => {
    const end = nameEnd(text, start, words, knownStarts);
    if (end <= start) return;
    const name = text.slice(start, end);
    // A single initial is not a name.
    if (!/\p{L}{2}/u.test(name)) return;
    found.push({ type: 'person', start, end, text: name, id: personId(name), normalized: slug(name), honorific, priority: PRIORITY.person });
  };
  for (const match of text.matchAll(patterns.signed)) add(match.index + match[0].length, undefined);
  for (const match of text.matchAll(patterns.honorific)) add(match.index + match[0].length, match[1]);
  return found;
}

/**
 * Names printed beside a role, with no honorific: `<role>, <name>` (`the High Commissioner for Human
 * Rights, Ana Lima`), `<name>, <role>` (`Ana Lima, Director of …`) and `<role> <name>` (`Foreign Minister Ana
 * Lima`). A name here has two words or more, none of them a function, a body's head or a stop word, and
 * nothing else was found on it.
 */
export function namesBesideRoles(text: string, words: EntityWords, roles: Candidate[], taken: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const breakers = nameBreakers(words);
  const articles = words.anaphoraArticles.filter((article) => /^\p{Ll}/u.test(article));
  const free = (start: number, end: number) => ![...taken, ...roles, ...found].some((other) => other.start < end && start < other.end);
  const accept = (start: number, end: number, role: Candidate) => {
    const name = text.slice(start, end);
    const tokens = name.split(/\s+/);
    if (tokens.length < 2 || tokens.some((token) => breakers.has(token) || isOrganWord(token, words)) || !/^\p{Lu}/u.test(name) || !free(start, end)) return;
    found.push({ type: 'person', start, end, text: name, id: personId(name), normalized: slug(name), roleIds: [role.id], priority: PRIORITY.person });
  };
  for (const role of roles) {
    // After the role: `, <name>`, or right after a function with no owner (`Foreign Minister Ana Lima`).
    const after = text.slice(role.end).match(role.text.includes(' of ') ? /^,\s+/u : /^(?:,\s+|\s+)/u);
    if (after) {
      const start = role.end + after[0].length;
      const end = nameEnd(text, start, words);
      // A name ends the phrase: a comma, a bracket, the end of the sentence or a lower-case word.
      if (end > start && /^(?:\s*[,;:.()“"]|\s+\p{Ll}|\s*$)/u.test(text.slice(end))) accept(start, end, role);
    }
    // Before the role: `<name>, <role>`.
    const before = text.slice(0, role.start).match(new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}’\\-]*\\.?|(?:${words.nameParticles.join('|')}))(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}’\\-]*\\.?|(?:${words.nameParticles.join('|')})(?:-\\p{Lu}[\\p{L}\\p{M}’\\-]*)?)){1,4}),\\s+(?:(?:${articles.join('|')})\\s+)?$`, 'u'));
    if (before) {
      let start = role.start - before[0].length;
      // The name starts at its first capitalized word that is no stop word (`addressed to Ana Lima,`).
      const tokens = [...before[1]!.matchAll(/\S+/gu)];
      const first = tokens.findIndex((token, index) => /^\p{Lu}/u.test(token[0]) && tokens.slice(index).every((other) => !breakers.has(other[0])));
      if (first < 0) continue;
      start += tokens[first]!.index;
      const end = nameEnd(text, start, words);
      if (end === start + before[1]!.length - tokens[first]!.index) accept(start, end, role);
    }
  }
  return found;
}
