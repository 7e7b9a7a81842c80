/** States named formally, beyond the name tables' forms. */
import type { LanguageGazetteer } from '../gazetteer.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import type { Patterns } from './patterns.ts';

/**
 * `République de l’Inde`, `Royaume d’Arabie saoudite`: a formal head before a known short name. The whole
 * pattern is tried only where a head starts, the matches those of a scan of the whole text: a match starts
 * with a head, and after a match the search goes on from its end.
 */
export function formalStates(text: string, names: LanguageGazetteer, patterns: Patterns): Candidate[] {
  const found: Candidate[] = [];
  const { formalStateHead: head, formalState: whole } = patterns;
  head.lastIndex = 0;
  for (let start = head.exec(text); start; start = head.exec(text)) {
    whole.lastIndex = start.index;
    const match = whole.exec(text);
    if (!match) {
      head.lastIndex = start.index + 1;
      continue;
    }
    head.lastIndex = match.index + match[0].length;
    const alpha3 = names.stateNames.get(match[1]!.replace(/\s+/g, ' '));
    if (!alpha3) continue;
    found.push({ type: 'state', start: match.index, end: match.index + match[0].length, text: match[0], id: `state:${alpha3}`, normalized: alpha3, fromTable: true, priority: PRIORITY.table });
  }
  return found;
}
