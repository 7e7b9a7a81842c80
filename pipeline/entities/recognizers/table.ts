/** States, organizations and places the shared name tables know, by any of their names. */
import type { LanguageGazetteer } from '../gazetteer.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

export function tableMentions(text: string, names: LanguageGazetteer): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(names.pattern)) {
    const entry = names.entries.get(match[0].replace(/\s+/g, ' '));
    if (!entry) continue;
    found.push({
      type: entry.type,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      id: entry.id,
      normalized: entry.id.slice(entry.id.indexOf(':') + 1),
      fromTable: true,
      priority: PRIORITY.table,
    });
  }
  return found;
}
