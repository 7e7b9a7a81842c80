/** Roles (a function and whose it is), and the persons who hold them. */
import type { EntityWords } from '../../lang/types.ts';
import { normalizeApostrophes } from '../text.ts';
import type { Candidate } from './candidate.ts';
import { joinPattern, type Patterns } from './patterns.ts';

/**
 * Roles: a function (`Président`) with the state or organization it belongs to right after a
 * connector (`de la République turque`), or on its own when the function needs no complement.
 */
export function findRoles(text: string, words: EntityWords, patterns: Patterns, flat: Candidate[], inSignature: boolean): Candidate[] {
  const found: Candidate[] = [];
  const complements = flat.filter((candidate) => candidate.type === 'state' || (candidate.type === 'organization' && candidate.id));
  for (const match of text.matchAll(patterns.role)) {
    const role = words.roles.find((candidate) => candidate.forms.some((form) => normalizeApostrophes(form) === match[0].replace(/\s+/g, ' ')));
    if (!role) continue;
    const formEnd = match.index + match[0].length;
    let complement: Candidate | undefined;
    for (const connector of patterns.connectors) {
      const step = text.slice(formEnd).match(new RegExp(`^\\s+${joinPattern(connector, words.wordJoining?.proclitics)}`, 'u'));
      if (!step) continue;
      complement = complements.find((candidate) => candidate.start === formEnd + step[0].length);
      if (complement) break;
    }
    let start = match.index;
    // Where the owner comes first (`安全理事会主席`), the nearest state or body right before the function.
    for (const link of words.ownerBeforeRole ?? []) {
      if (complement) break;
      complement = complements.find((candidate) => candidate.end + link.length === match.index && text.slice(candidate.end, match.index) === link);
      if (complement) start = complement.start;
    }
    let id: string;
    let end = formEnd;
    const functionOf = (owner: Candidate): string => {
      const body = owner.type === 'organization' && role.bodyFunction && !role.bodyFunction.keptBy.includes(owner.id.slice(owner.id.indexOf(':') + 1));
      return body ? role.bodyFunction!.id : role.id;
    };
    if (complement && start < match.index) {
      const owner = complement.id.slice(complement.id.indexOf(':') + 1);
      id = role.implicitOrganization === owner ? `role:${functionOf(complement)}` : `role:${functionOf(complement)}:${owner}`;
    } else if (complement) {
      const owner = complement.id.slice(complement.id.indexOf(':') + 1);
      id = role.implicitOrganization === owner ? `role:${functionOf(complement)}` : `role:${functionOf(complement)}:${owner}`;
      end = complement.end;
    } else if (role.standalone || (inSignature && role.inSignature)) {
      id = `role:${role.id}`;
    } else continue;
    found.push({ type: 'role', start, end, text: text.slice(start, end), id, normalized: id.slice(5), priority: 0 });
  }
  return found;
}

/** `M. X, Président de …` and `<role> … (Signé) X`: the role is the person's. */
export function linkPersonsToRoles(text: string, flat: Candidate[], roles: Candidate[], patterns: Patterns): void {
  const signedStarts = [...text.matchAll(patterns.signed)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (const person of flat.filter((candidate) => candidate.type === 'person')) {
    const linked = new Set<string>();
    const after = text.slice(person.end).match(/^\s*,\s*/);
    if (after) {
      const role = roles.find((candidate) => candidate.start === person.end + after[0].length);
      if (role) linked.add(role.id);
    }
    const signed = signedStarts.find((mark) => mark.end === person.start);
    if (signed) {
      const before = roles.filter((role) => role.end <= signed.start && !flat.some((other) => other.type === 'person' && other.end > role.end && other.end <= signed.start));
      const nearest = before.sort((a, b) => b.end - a.end)[0];
      // Same block only: no sentence end between the role and the signed mark.
      if (nearest && signed.start - nearest.end < 120 && !/[.;:!?]/.test(text.slice(nearest.end, signed.start))) linked.add(nearest.id);
    }
    if (linked.size) person.roleIds = [...linked];
  }
}
