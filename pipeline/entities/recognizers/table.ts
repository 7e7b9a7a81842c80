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
  return found;
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
