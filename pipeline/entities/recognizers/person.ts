/** Persons: a signatory's name, and names after the signed mark or an honorific. */
import type { EntityWords } from '../../lang/types.ts';
import type { TextMention } from '../mention.ts';
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

/** End of a person's name starting at `start`: capitalized words and initials, particles between them. */
function nameEnd(text: string, start: number, words: EntityWords): number {
  const token = /^(?:\p{Lu}\p{Ll}?\.|\p{Lu}[\p{L}\p{M}’\-]*\p{L}|\p{Lu})/u;
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
    const match = rest.match(token);
    if (!match) break;
    const word = match[0].replace(/’$/, '');
    if (words.nameStopWords.includes(word) || words.nameStopWords.includes(word.replace(/\.$/, ''))) break;
    end = position + word.length;
    first = false;
    const gap = text.slice(end).match(/^[ \t\u00a0]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return end;
}

export function persons(text: string, words: EntityWords, patterns: Patterns): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, honorific: string | undefined) => {
    const end = nameEnd(text, start, words);
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
