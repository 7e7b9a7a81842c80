/** States named formally, beyond the name tables' forms. */
import type { LanguageGazetteer } from '../gazetteer.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import type { Patterns } from './patterns.ts';

/** `République de l’Inde`, `Royaume d’Arabie saoudite`: a formal head before a known short name. */
export function formalStates(text: string, names: LanguageGazetteer, patterns: Patterns): Candidate[] {
  const found: Candidate[] = [];
  if (!patterns.formalStatePrefix.test(text)) return found;
  for (const match of text.matchAll(patterns.formalState)) {
    const alpha3 = names.stateNames.get(match[1]!.replace(/\s+/g, ' '));
    if (!alpha3) continue;
    found.push({ type: 'state', start: match.index, end: match.index + match[0].length, text: match[0], id: `state:${alpha3}`, normalized: alpha3, fromTable: true, priority: PRIORITY.table });
  }
  return found;
}
