/** States, organizations and places the shared name tables know, by any of their names, and the names a letter defines. */
import type { LanguageGazetteer } from '../gazetteer.ts';
import { alternation, LETTER_OR_DIGIT } from '../text.ts';
import type { Lexicon } from './acronym.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

export function tableMentions(text: string, names: LanguageGazetteer): Candidate[] {
  const found: Candidate[] = [];
  for (const match of names.matcher.matches(text)) {
    const entry = names.entries.get(match.text.replace(/\s+/g, ' '));
    if (!entry) continue;
    found.push({
      type: entry.type,
      start: match.index,
      end: match.index + match.text.length,
      text: match.text,
      id: entry.id,
      normalized: entry.id.slice(entry.id.indexOf(':') + 1),
      fromTable: true,
      priority: PRIORITY.table,
    });
  }
  found.push(...capitalMentions(text, names, found));
  return found;
}

/** Two words in capitals in a row, or one of four capitals: a heading or a list printed in capitals. */
const IN_CAPITALS = /\p{Lu}{2,}[\s\-]+\p{Lu}{2,}|\p{Lu}{4,}/u;

/**
 * Names printed in capitals (`INVESTIGATIVE COMMITTEE OF THE RUSSIAN FEDERATION`, `IC OF RUSSIA`), where the
 * text around is in capitals too: a name of two words or more, or one word beside another word in capitals.
 */
function capitalMentions(text: string, names: LanguageGazetteer, found: readonly Candidate[]): Candidate[] {
  if (!IN_CAPITALS.test(text)) return [];
  const { entries, matcher } = names.capitals();
  const mentions: Candidate[] = [];
  for (const match of matcher.matches(text)) {
    const start = match.index;
    const end = start + match.text.length;
    if (/\p{Ll}/u.test(match.text) || found.some((other) => other.start < end && start < other.end)) continue;
    const entry = entries.get(match.text.replace(/\s+/g, ' '));
    if (!entry) continue;
    const beside = /\p{Lu}{2,}[\s\-(]+$/u.test(text.slice(Math.max(0, start - 30), start)) || /^[\s\-)]+\p{Lu}{2,}/u.test(text.slice(end, end + 30));
    if (!/\s/u.test(match.text) && !beside) continue;
    mentions.push({ type: entry.type, start, end, text: match.text, id: entry.id, normalized: entry.id.slice(entry.id.indexOf(':') + 1), fromTable: true, priority: PRIORITY.table });
  }
  return mentions;
}

const lexiconPatterns = new WeakMap<Lexicon, RegExp>();

/**
 * The forms the document defines (`Investigation and Identification Team`, `IIT`), wherever they stand in
 * it. Instruments are defined too (`JCPOA`) but name no entity: their forms are kept out of other mentions.
 */
export function lexiconMentions(text: string, lexicon: Lexicon | undefined): Candidate[] {
  if (!lexicon?.size) return [];
  let pattern = lexiconPatterns.get(lexicon);
  if (!pattern) {
    pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternation(lexicon.keys())})(?!${LETTER_OR_DIGIT})`, 'gu');
    lexiconPatterns.set(lexicon, pattern);
  }
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const entry = lexicon.get(match[0].replace(/\s+/g, ' '));
    if (!entry) continue;
    const common = { start: match.index, end: match.index + match[0].length, text: match[0], fromTable: true, priority: PRIORITY.table };
    if (entry.type === 'instrument') found.push({ ...common, type: 'organization', id: '', normalized: entry.id, instrument: true });
    else found.push({ ...common, type: entry.type, id: entry.id, normalized: entry.id.slice(entry.id.indexOf(':') + 1) });
  }
  return found;
}
