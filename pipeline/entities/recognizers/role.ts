/** Roles (a function and whose it is), and the persons who hold them. */
import type { EntityWords, RoleComplement } from '../../lang/types.ts';
import { alternation, nameBounds, normalizeApostrophes, phrasePattern } from '../text.ts';
import type { Candidate } from './candidate.ts';
import { joinPattern, type Patterns } from './patterns.ts';
import type { RoleCandidate } from './role-grammar.ts';

/** A complement's forms as one pattern, spaces matching any white space, longest first; cached per language. */
const complementCache = new WeakMap<EntityWords, { after: RegExp; before: RegExp; byForm: Map<string, RoleComplement> } | null>();

function complementPatterns(words: EntityWords) {
  if (complementCache.has(words)) return complementCache.get(words)!;
  const list = words.roleComplements ?? [];
  if (!list.length) {
    complementCache.set(words, null);
    return null;
  }
  const byForm = new Map<string, RoleComplement>();
  for (const complement of list) for (const form of complement.forms) byForm.set(normalizeApostrophes(form).replace(/\s+/g, ' '), complement);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((form) => form.split(' ').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const unspaced = words.wordJoining?.unspaced;
  const result = {
    after: new RegExp(`^${unspaced ? '' : '\\s+'}(?:${forms.join('|')})(?![\\p{L}\\p{M}\\-])`, 'u'),
    before: new RegExp(`(?:${forms.join('|')})${unspaced ? '' : '\\s+'}$`, 'u'),
    byForm,
  };
  complementCache.set(words, result);
  return result;
}

/** Each modifier of a function (`deputy`, `acting`) as a pattern that ends where the function starts and one that starts where it ends. */
const modifierCache = new WeakMap<EntityWords, { id: string; before?: RegExp; after?: RegExp }[]>();

function modifierPatterns(words: EntityWords) {
  const cached = modifierCache.get(words);
  if (cached) return cached;
  const unspaced = Boolean(words.wordJoining?.unspaced);
  const gap = unspaced ? '' : '\\s+';
  const bounds = nameBounds(words.wordJoining);
  const result = (words.roleModifiers ?? []).map((modifier) => ({
    id: modifier.id,
    ...(modifier.before?.length ? { before: new RegExp(`${bounds.before}(?:${alternation(modifier.before)})${gap}$`, 'u') } : {}),
    ...(modifier.after?.length ? { after: new RegExp(`^${gap}(?:${alternation(modifier.after)})${unspaced ? '' : '(?![\\p{L}\\p{M}\\-])'}`, 'u') } : {}),
  }));
  modifierCache.set(words, result);
  return result;
}

/**
 * The modifiers right around a function's form (`Représentant spécial adjoint`, `заместитель Специального
 * представителя`, `副特别代表`), each read once: their ids in the language's order, and the function's bounds widened over them.
 */
function readModifiers(text: string, start: number, end: number, words: EntityWords): { ids: string[]; start: number; end: number } {
  const ids: string[] = [];
  for (const modifier of modifierPatterns(words)) {
    // A modifier is a few words: only the end of the text before the function is read, not the whole paragraph.
    const before = modifier.before ? text.slice(Math.max(0, start - 60), start).match(modifier.before) : null;
    const after = !before && modifier.after ? text.slice(end).match(modifier.after) : null;
    if (before) start -= before[0].length;
    if (after) end += after[0].length;
    if ((before || after) && modifier.id) ids.push(modifier.id);
  }
  return { ids, start, end };
}

/**
 * Where the States or bodies a function is posted to start, with the posting mark before them (`驻巴勒斯坦解放组织和
 * 巴勒斯坦权力机构`), when `last` is the last of them; undefined when no posting mark opens them.
 */
function postingStart(text: string, last: Candidate, owners: Candidate[], words: EntityWords): number | undefined {
  const postings = words.postings;
  if (!postings) return undefined;
  let at = last.start;
  for (let joined = true; joined; ) {
    joined = false;
    for (const joiner of postings.joiners) {
      const previous = text.slice(0, at).endsWith(joiner) ? owners.find((candidate) => candidate.end === at - joiner.length) : undefined;
      if (previous) {
        at = previous.start;
        joined = true;
        break;
      }
    }
  }
  const mark = postings.marks.find((each) => text.slice(0, at).endsWith(each));
  return mark === undefined ? undefined : at - mark.length;
}

function complementOf(found: string, patterns: NonNullable<ReturnType<typeof complementPatterns>>): RoleComplement | undefined {
  return patterns.byForm.get(found.trim().replace(/\s+/g, ' '));
}

/**
 * Roles: a function (`Président`) with the state or organization it belongs to right after a
 * connector (`de la République turque`), or on its own when the function needs no complement. Complements
 * that name the office (`du Secrétaire général`, `aux affaires humanitaires`, `秘书长…问题`) are read on the
 * function's side of the language, before or after the owner, and make the function's id the English
 * title's (`under-secretary-general-for-humanitarian-affairs`). A function printed alone is marked bare:
 * over the document it takes the owner of its signature block or the id of the role it shortens.
 */
export function findRoles(text: string, words: EntityWords, patterns: Patterns, flat: Candidate[], inSignature: boolean): RoleCandidate[] {
  const found: RoleCandidate[] = [];
  const owners = flat.filter((candidate) => candidate.type === 'state' || (candidate.type === 'organization' && candidate.id));
  const complementForms = complementPatterns(words);
  const ownerFirst = Boolean(words.ownerBeforeRole);
  const proclitics = words.wordJoining?.proclitics;
  for (const match of text.matchAll(patterns.role)) {
    const role = words.roles.find((candidate) => candidate.forms.some((form) => normalizeApostrophes(form) === match[0].replace(/\s+/g, ' ')));
    if (!role) continue;
    const formEnd = match.index + match[0].length;
    const modified = readModifiers(text, match.index, formEnd, words);
    let start = modified.start;
    let end = modified.end;
    const read: RoleComplement[] = [];
    let owner: Candidate | undefined;
    // Complements and the owner, in any order on the function's side: `Haut-Commissaire des Nations Unies aux
    // droits de l’homme`, `Envoyé spécial du Secrétaire général pour le Yémen`, `秘书长也门问题特使`.
    for (let progress = true; progress; ) {
      progress = false;
      if (complementForms) {
        const step = ownerFirst ? text.slice(0, start).match(complementForms.before) : text.slice(end).match(complementForms.after);
        const complement = step ? complementOf(step[0], complementForms) : undefined;
        if (step && complement) {
          read.push(complement);
          if (ownerFirst) start -= step[0].length;
          else end += step[0].length;
          progress = true;
          continue;
        }
      }
      if (owner || read.some((complement) => complement.placeAfter)) break;
      if (ownerFirst) {
        // Where the owner comes first (`安全理事会主席`), the nearest state or body right before the function.
        const links = [...(words.ownerBeforeRole ?? []), ...(role.unFunction ? (words.unOwnerLinks ?? []) : [])];
        for (const link of links) {
          owner = owners.find((candidate) => candidate.end + link.length === start && text.slice(candidate.end, start) === link && (!words.unOwnerLinks?.includes(link) || candidate.type === 'state'));
          if (owner) break;
        }
        // The owner's name may end with the function's first word (`联黎部队` + `部队指挥官`): the two share it.
        owner ??= owners.find((candidate) => !read.length && candidate.start < match.index && candidate.end > match.index && candidate.end < formEnd);
        const posted = owner ? postingStart(text, owner, owners, words) : undefined;
        if (posted !== undefined) {
          // Where the function serves, not whose it is: its complements come before (`秘书长驻…个人代表`).
          start = posted;
          owner = undefined;
          progress = true;
          continue;
        }
        if (owner) {
          start = owner.start;
          progress = true;
        }
      } else {
        // The owner right after, or through its mission (`Chargé d’affaires par intérim de la Mission permanente du Pérou`).
        const mission = (words.missionLinks ?? []).map((link) => text.slice(end).match(new RegExp(`^\\s+${phrasePattern(link)}`, 'u'))).find(Boolean);
        for (const from of mission ? [end, end + mission[0].length] : [end]) {
          for (const connector of patterns.connectors) {
            const step = text.slice(from).match(new RegExp(`^\\s+${joinPattern(connector, proclitics)}`, 'u'));
            if (!step) continue;
            owner = owners.find((candidate) => candidate.start === from + step[0].length);
            if (owner) break;
          }
          if (owner) break;
        }
        // A function of the United Nations serves the State after `pour`, `para`, `по`, `إلى`.
        for (const link of role.unFunction && !owner ? (words.unOwnerLinks ?? []) : []) {
          const step = text.slice(end).match(new RegExp(`^\\s+${joinPattern(link, proclitics)}`, 'u'));
          if (!step) continue;
          owner = owners.find((candidate) => candidate.start === end + step[0].length && candidate.type === 'state');
          if (owner) break;
        }
        // The owner's name may open with the function's last word (`قائد قوة الأمم المتحدة المؤقتة في لبنان`,
        // `Commandant de la Force intérimaire des Nations Unies au Liban`): the two share it.
        owner ??= owners
          .filter((candidate) => !read.length && candidate.start > match.index && candidate.start < formEnd && candidate.end > formEnd && /\s/u.test(text[candidate.start - 1] ?? ''))
          .sort((a, b) => a.start - b.start || b.end - a.end)[0];
        if (owner) {
          end = owner.end;
          progress = true;
        }
      }
    }
    let ownerCode = owner ? owner.id.slice(owner.id.indexOf(':') + 1) : undefined;
    // The United Nations owns no function by name (`Haut-Commissaire des Nations Unies aux droits de l’homme`), as in English.
    if (ownerCode && (ownerCode === role.implicitOrganization || ownerCode === 'un')) ownerCode = undefined;
    const body = owner?.type === 'organization' && role.bodyFunction && !role.bodyFunction.keptBy.includes(ownerCode ?? owner.id.slice(owner.id.indexOf(':') + 1));
    const functionSlug = [...modified.ids, body ? role.bodyFunction!.id : role.id, ...read.filter((complement) => complement.kind === 'of').map((complement) => complement.id), ...read.filter((complement) => complement.kind !== 'of').map((complement) => complement.id)].join('-');
    const id = `role:${functionSlug}${ownerCode ? `:${ownerCode}` : ''}`;
    // A function printed alone: kept when it needs no owner, when its complements name one office (`Secrétaire
    // général adjoint aux affaires humanitaires`) or it is a function of the United Nations, and on a signature
    // line (its owner comes from the block); over the document it may take the id of a role named before it.
    const bare = !ownerCode && !role.standalone;
    // In running text a bare function is kept only when it names one office (`l’ancien Président` is nobody's
    // role the letter names); on a signature line its block gives the owner.
    if (bare && !read.length && !role.unFunction && !(inSignature && role.inSignature !== false)) continue;
    found.push({
      type: 'role',
      start,
      end,
      text: text.slice(start, end),
      id,
      normalized: id.slice(5),
      priority: 0,
      functionSlug,
      ...(bare ? { bare: true } : {}),
      // A function of the United Nations, or one its complements name, designates one office even alone.
      ...(bare && (read.length || role.unFunction) ? { keepIfAlone: true } : {}),
      ...(role.unFunction ? { unFunction: true } : {}),
      ...(bare && role.bodyFunction && !read.length ? { bodyFunction: role.bodyFunction } : {}),
    });
  }
  // No role inside another (`Secrétaire général` in `Représentant spécial du Secrétaire général`).
  return found.filter((role) => !found.some((other) => other !== role && other.start <= role.start && other.end >= role.end && other.end - other.start > role.end - role.start));
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
