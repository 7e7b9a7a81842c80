/** Organizations outside the name tables: organs by the shape of their name, anaphors and their definitions. */
import type { EntityWords } from '../../lang/types.ts';
import { isWorldCity } from '../../lang/names/world-cities.ts';
import { isOrganWord, organId } from '../organ-id.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { isNameAdjective, joinPattern, type Patterns } from './patterns.ts';
import { escapeRegExp, slug } from '../text.ts';

/**
 * Organs and bodies without a table entry: a capitalized head (`Conseil`) with its adjectives and
 * complements (`des coordonnateurs nationaux`), stopping before a known name (`de l’OSC`), a verb, a
 * relative pronoun or punctuation. In English word order, capitalized modifiers before the head
 * (`Economic Council`) and capitalized complements (`Council of National Coordinators`). A known
 * organization right before or after the name (`SCO Development Fund`, `Fonds de développement de
 * l’OSC`) stays its own mention and becomes the organ's parent in its id (organ-id.ts).
 */
export function organs(text: string, words: EntityWords, patterns: Patterns, known: Candidate[], monthNames: readonly string[] = []): Candidate[] {
  const found: Candidate[] = [];
  // A month after `in` dates the name's sentence, it is no part of the name (`Council of Ministers in March`).
  const months = new Set(monthNames.map((month) => month.toLowerCase()));
  const knownAt = new Map<number, Candidate>();
  const knownEnding = new Map<number, Candidate>();
  for (const candidate of known) {
    if (!knownAt.has(candidate.start) || candidate.type === 'organization') knownAt.set(candidate.start, candidate);
    if (!knownEnding.has(candidate.end) || candidate.type === 'organization') knownEnding.set(candidate.end, candidate);
  }
  const modifiersFirst = words.organizationModifiersFirst === true;
  const tableNames = known.filter((candidate) => candidate.fromTable && candidate.type === 'organization' && /\s/.test(candidate.text));
  for (const match of text.matchAll(patterns.organizationHead)) {
    const headEnd = match.index + match[0].length;
    // A head inside a name the tables know is that name's (`Union` in `European Union`).
    if (tableNames.some((name) => name.start <= match.index && name.end >= headEnd)) continue;
    let start = match.index;
    let end = headEnd;
    let parentId: string | undefined;
    /** An organ's full name before the head, part of the name (`Security Council` in `Security Council Committee`). */
    let ownerId: string | undefined;
    /** The defined acronym of an instrument right before the name (`JCPOA Joint Commission`): its bodies' ids start with it. */
    let instrument: string | undefined;
    /** Words after the parent that still belong to the name (`of the SCO member States`). */
    let trailing = '';
    /** Where the parent named after the head ends (`du Conseil de sécurité`). */
    let parentEnd: number | undefined;
    if (modifiersFirst) {
      for (;;) {
        const gap = text.slice(0, start).match(/[ \t\u00a0\n]+$/);
        if (!gap) break;
        const before = start - gap[0].length;
        const knownBefore = knownEnding.get(before);
        if (knownBefore) {
          // A state before the head is part of the name (`Royal Bahamas Defence Force`); so is an organ's
          // full name (`Security Council Committee`); an acronym or the UN itself is the parent, a
          // mention of its own (`OPCW Executive Council`, `UN High-Level Conference`).
          const acronymParent = /^[\p{Lu}\d&.\-]+$/u.test(knownBefore.text) || knownBefore.id === 'org:un';
          if (knownBefore.type === 'state' || (knownBefore.type === 'organization' && knownBefore.id && !acronymParent)) {
            if (knownBefore.type === 'organization') ownerId = knownBefore.id;
            start = knownBefore.start;
            continue;
          }
          if (knownBefore.type === 'organization') parentId = knownBefore.id || undefined;
          if (knownBefore.instrument) instrument = knownBefore.normalized;
          break;
        }
        // Coordinated modifiers: `Investigation and Identification Team`, `Relief and Works Agency`.
        const coordinated = text.slice(0, before).match(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}’\\-])(\\p{Lu}[\\p{L}\\p{M}’\\-]*)\\s+(?:${words.nameCoordinators.join('|')})$`, 'u'));
        if (coordinated && !words.nameStopWords.includes(coordinated[1]!) && start !== match.index) {
          start = before - coordinated[0].length;
          continue;
        }
        const word = text.slice(0, before).match(/(?<![\p{L}\p{M}\p{N}’\-])\p{Lu}[\p{L}\p{M}’\-]*$/u);
        if (!word || words.nameStopWords.includes(word[0])) break;
        // A known State or body in the possessive owns the name, outside it (`Israel’s Supreme Court`,
        // `the Agency’s Board of Governors`); a plural in the possessive is part of it (`Children’s Fund`).
        const possessive = word[0].match(/^(.+)[’']s$/u);
        if (possessive && (knownEnding.has(before - 2) || words.organizationHeads.includes(possessive[1]!))) break;
        start = before - word[0].length;
      }
    }
    /** Whether the name has gone into a complement after `on`, `in`, `for` (`Panel of Experts on …`). */
    let inComplement = false;
    for (;;) {
      const rest = text.slice(end);
      const adjective = rest.match(/^\s+([\p{L}\p{M}’\-]+)/u);
      if (adjective && isNameAdjective(adjective[1]!, words)) {
        end += adjective[0].length;
        continue;
      }
      const coordinated = rest.match(/^\s+(\p{Ll}+)\s+([\p{L}\p{M}’\-]+)/u);
      if (coordinated && words.nameCoordinators.includes(coordinated[1]!) && isNameAdjective(coordinated[2]!, words)) {
        end += coordinated[0].length;
        continue;
      }
      let linked = false;
      for (const link of patterns.links) {
        const step = rest.match(new RegExp(`^\\s+${joinPattern(link)}([\\p{L}\\p{M}’\\-]+)`, 'u'));
        if (!step) continue;
        const word = step[1]!;
        const wordStart = end + step[0].length - word.length;
        const lower = word.toLowerCase();
        const knownHere = knownAt.get(wordStart);
        // After `on`, `in`, `for`, a place or body named in the name stays inside it (`Panel of Experts on
        // the Sudan`, `Mission in the Syrian Arab Republic`, `Review Group on UNRWA`); after `of` it is
        // the owner, a mention of its own.
        // Inside such a complement a body after `of` stays in it too (`Working Group on the Revitalization of
        // the Work of the General Assembly`).
        if (knownHere && words.organizationOppositionLinks?.includes(link)) break;
        // After `in`, a town is where the body sits, a place of its own outside its name (`Group of Friends of
        // the Rights of the Child in Geneva`, `Permanent Military Court in Bouar`); a State or a region it
        // serves stays in (`Mission in Kosovo`, `Interim Force in Lebanon`).
        if (words.locationPrepositions.includes(link) && isTownAt(text, wordStart, knownHere, words)) break;
        const complementOpen = modifiersFirst && (!words.connectors.includes(link) || inComplement);
        if (knownHere && complementOpen && knownHere.id && (knownHere.type === 'state' || knownHere.type === 'location' || knownHere.type === 'organization')) {
          // One such complement ends the name (`Specialist Chambers for Kosovo` in The Hague).
          end = knownHere.end;
          break;
        }
        if (knownHere) {
          if (knownHere.type === 'organization') {
            parentId = knownHere.id;
            parentEnd = knownHere.end;
            if (modifiersFirst) {
              const gap = text.slice(knownHere.end).match(/^[ \t\u00a0\n]+/);
              if (gap) trailing = nameWords(text, knownHere.end + gap[0].length, words, true, knownAt).text;
            }
          }
          break;
        }
        if (words.organizationStopWords.includes(lower) || months.has(lower)) break;
        if (!words.connectors.includes(link)) inComplement = true;
        if (/^\p{Ll}/u.test(word) && words.infinitiveEndings.some((ending) => lower.endsWith(ending))) break;
        if (modifiersFirst) {
          const complement = nameWords(text, wordStart, words, false, knownAt);
          if (!complement.text) break;
          // After `for`, `on`, `in` a complement of the name has a capitalized word; lower-case words alone say
          // what the body does in the sentence (`the Investigative Committee for cooperation on the case`).
          if (!words.connectors.includes(link) && !/\p{Lu}/u.test(complement.text)) break;
          // `of the <a body's own name>` names the owner, a mention of its own (`Procurement Working Group
          // of the Joint Commission`); a bare head stays in the name (`Council of the Structure`).
          const complementWords = complement.text.split(/\s+/);
          if (words.connectors.includes(link) && complementWords.length > 1 && words.organizationHeads.includes(complementWords[complementWords.length - 1]!)) break;
          end = complement.end;
        } else end += step[0].length;
        linked = true;
        break;
      }
      if (!linked) break;
    }
    // Where the organ is named after the head (`Comité du Conseil de sécurité créé par la résolution 1267
    // (1999)`, `Комитет Совета Безопасности, учрежденный резолюцией 1267 (1999)`), the body a resolution set
    // up is that organ's committee, `org:unsc-committee-1267` as in English.
    let namedBy: { id: string; general: string } | undefined;
    if (!modifiersFirst && words.namedByResolution?.length && end === headEnd) {
      let organ = parentId && parentEnd !== undefined ? { id: parentId, end: parentEnd } : undefined;
      const gap = text.slice(end).match(/^[ \t\u00a0\n]+/);
      const next = gap ? knownAt.get(end + gap[0].length) : undefined;
      if (!organ && next?.type === 'organization' && next.id) organ = { id: next.id, end: next.end };
      const number = organ ? resolutionNamed(text.slice(organ.end), words) : undefined;
      if (organ && number) {
        const head = organId({ head: match[0], modifiers: [], text: match[0] }, words).slice(4);
        namedBy = { id: `${organ.id}-${head}-${number}`, general: organId({ head: match[0], modifiers: [], text: match[0] }, words) };
        end = organ.end;
      }
    }
    if (namedBy) {
      found.push({ type: 'organization', start, end, text: text.slice(start, end), id: namedBy.id, normalized: namedBy.id.slice(4), priority: PRIORITY.table, generalId: namedBy.general });
      continue;
    }
    if (end === headEnd && start === match.index) continue;
    const name = text.slice(start, end);
    // An instrument or account whose name holds a body's head is no body (`Trust Fund for …`).
    if (words.instrumentHeads.some((head) => /\s/.test(head) && new RegExp(`(?<![\\p{L}])${head.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u').test(name))) continue;
    if (isStateOrgan(text, start, end, words, known)) continue;
    const id = organId(
      {
        head: match[0],
        modifiers: [text.slice(start, match.index), text.slice(headEnd, end), trailing].filter((piece) => piece.trim()),
        parentId,
        text: name,
      },
      words,
    );
    // A body established by an instrument the letter defines: `Joint Commission established in the Joint
    // Comprehensive Plan of Action` takes the instrument's acronym as its ids' prefix.
    if (!instrument && words.establishedBy?.length) {
      const by = text.slice(end).match(new RegExp(`^,?\\s+(?:${words.establishedBy.join('|')})\\s+(?:${words.anaphoraArticles.join('|')})?\\s*`, 'u'));
      const established = by ? known.find((candidate) => candidate.instrument && candidate.start === end + by[0].length) : undefined;
      if (established) instrument = established.normalized;
    }
    const byResolution = ownerId ? resolutionNamed(text.slice(end), words) : undefined;
    const prefixed = byResolution
      ? `${ownerId}-${slug(match[0])}-${byResolution}`
      : instrument && !id.startsWith(`org:${instrument}-`)
        ? `org:${instrument}-${id.slice(4)}`
        : id;
    // A name that took in a known name (`Royal Bahamas Defence Force`, `Panel of Experts on the Sudan`)
    // outweighs it: nothing is annotated inside an organization.
    const absorbs = known.some((candidate) => candidate.start >= start && candidate.end <= end && candidate.id);
    found.push({
      type: 'organization',
      start,
      end,
      text: name,
      id: prefixed,
      normalized: prefixed.slice(4),
      priority: absorbs ? PRIORITY.table : PRIORITY.organ,
      ...(prefixed !== id ? { generalId: id } : {}),
    });
  }
  return found;
}


/**
 * Whether a town's name stands at `start`, on its own: a place the tables or the world gazetteer know as a
 * town, not a State, and no capitalized word after it (`Kyiv Region` is a region).
 */
function isTownAt(text: string, start: number, known: Candidate | undefined, words: EntityWords): boolean {
  if (known && known.type !== 'location') return false;
  const name = known?.text ?? text.slice(start).match(/^\p{Lu}[\p{L}\p{M}’\-]*/u)?.[0];
  if (!name || !words.isCommonWord || !isWorldCity(name)) return false;
  return !/^\s+\p{Lu}/u.test(text.slice(start + name.length));
}
/**
 * The number of the resolution that set a body up, written right after its name (`pursuant to resolutions
 * 1267 (1999), 1989 (2011) …` → `1267`): the first one names the body, as the UN's own lists do.
 */
function resolutionNamed(after: string, words: EntityWords): string | undefined {
  const cues = words.namedByResolution ?? [];
  if (!cues.length) return undefined;
  const phrase = (cue: string) => cue.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  // A comma may stand before the participle (`Комитет Совета Безопасности, учрежденный резолюцией …`).
  const pattern = new RegExp(`^,?\\s+(?:${cues.map(phrase).join('|')})\\s+(?:${words.references.resolution.map(phrase).join('|')})\\s+(\\d{1,4})(?![\\d/])`, 'u');
  return after.match(pattern)?.[1];
}

/**
 * A state's own organs are no organizations (`Permanent Mission of …`, `Armed Forces of …`, `Government
 * of …`): a name made of the language's state-organ words, before `of <State>` or after `Permanent`.
 */
function isStateOrgan(text: string, start: number, end: number, words: EntityWords, known: Candidate[]): boolean {
  const organs = words.stateOrgans ?? [];
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  if (organs.some((organ) => name === organ || name.startsWith(`${organ} `))) {
    // `de l’` glues to the State's name (`Mission permanente de l’Angola`).
    const after = text.slice(end).match(new RegExp(`^\\s+(?:${[...words.connectors].sort((a, b) => b.length - a.length).map((connector) => joinPattern(connector, words.wordJoining?.proclitics)).join('|')})`, 'u'));
    if (after && known.some((candidate) => candidate.type === 'state' && candidate.start === end + after[0].length)) return true;
  }
  const before = text.slice(0, start).match(/(\p{Lu}[\p{L}\-]*)\s+$/u)?.[1];
  return before !== undefined && (words.stateOrganModifiers ?? []).includes(before) && organs.some((organ) => name.startsWith(organ));
}

/**
 * A run of words of an English organ's name from `start`: capitalized words (`National Coordinators`)
 * and lower-case words the institutional vocabulary knows (`member States`), up to a known name, a stop
 * word or anything else. With `vocabularyOnly`, every word must be known to the vocabulary (the words
 * after an acronym used as a modifier: `SCO member States`).
 */
function nameWords(text: string, start: number, words: EntityWords, vocabularyOnly: boolean, knownAt: Map<number, Candidate>): { text: string; end: number } {
  let end = start;
  let position = start;
  for (;;) {
    if (knownAt.has(position)) break;
    const word = text.slice(position).match(/^[\p{L}\p{M}’\-]+/u)?.[0];
    if (!word) break;
    const capitalized = /^\p{Lu}\p{Ll}/u.test(word);
    // Capitalized words coordinated inside the complement belong to it (`Working Group on Children and
    // Armed Conflict`, `Committee on Economic, Social and Cultural Rights`), unless a known name follows.
    if (!vocabularyOnly && end > start && words.nameCoordinators.includes(word)) {
      const next = text.slice(position + word.length).match(/^[ \t\u00a0\n]+(?=\p{Lu}\p{Ll})/u);
      if (!next || knownAt.has(position + word.length + next[0].length)) break;
      position += word.length + next[0].length;
      continue;
    }
    const fits = vocabularyOnly ? isOrganWord(word, words) : (capitalized && !words.nameStopWords.includes(word)) || isOrganWord(word, words);
    if (!fits) break;
    end = position + word.length;
    const list = vocabularyOnly ? null : text.slice(end).match(new RegExp(`^,[ \\t\\u00a0\\n]+(?=(?:\\p{Lu}[\\p{L}\\p{M}’\\-]*,?[ \\t\\u00a0\\n]+)+(?:${words.nameCoordinators.join('|')})[ \\t\\u00a0\\n]+\\p{Lu})`, 'u'));
    const gap = list ?? text.slice(end).match(/^[ \t\u00a0\n]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return { text: text.slice(start, end).trim(), end };
}

/** `l’Organisation`, `la Structure`: a bare head noun that refers back; resolved over the document. */
export function anaphors(text: string, patterns: Patterns, words?: EntityWords): Candidate[] {
  const found: Candidate[] = [];
  const accounts = (words?.instrumentHeads ?? []).filter((head) => /\s/.test(head));
  for (const match of text.matchAll(patterns.anaphor)) {
    const head = match[1]!;
    // `the Kessaro Trust Fund` names an account, not a body referred back to.
    if (accounts.some((account) => head.replace(/\s+/g, ' ').includes(account))) continue;
    const start = match.index + match[0].length - head.length;
    found.push({ type: 'organization', start, end: start + head.length, text: head, id: '', normalized: '', anaphor: head, priority: PRIORITY.anaphor });
  }
  // In English word order a bare head before the documents it adopts refers back with no article
  // (`under Council resolution 1160 (1998)`, `Assembly decision 49/426`), unless a capitalized word before
  // makes it part of a name (`Security Council resolution`).
  if (words?.organizationModifiersFirst && words.anaphoraHeads.length) {
    const documents = [...words.references.resolution, ...(words.references.decision ?? [])];
    const bare = new RegExp(`(?<![\\p{L}\\p{N}\\-’])(${words.anaphoraHeads.join('|')})(?=\\s+(?:${documents.join('|')})(?![\\p{L}]))`, 'gu');
    for (const match of text.matchAll(bare)) {
      const before = text.slice(0, match.index);
      if (/\p{Lu}[\p{L}\p{M}’\-]*\s+$/u.test(before) || found.some((other) => other.start === match.index)) continue;
      const head = match[1]!;
      found.push({ type: 'organization', start: match.index, end: match.index + head.length, text: head, id: '', normalized: '', anaphor: head, priority: PRIORITY.anaphor });
    }
  }
  return found;
}

/**
 * `Organisation de Shanghai pour la coopération (« l’Organisation »)`, `the Executive Council (the Council)`:
 * an anaphor defined in quotes or parentheses right after a full name stands for that organization, here
 * and in the rest of the document.
 */
export function markDefinitions(text: string, flat: Candidate[]): void {
  flat.forEach((candidate, index) => {
    if (!candidate.anaphor || index === 0) return;
    const previous = flat[index - 1]!;
    if (previous.type !== 'organization' || previous.anaphor) return;
    const between = text.slice(previous.end, candidate.start);
    const after = text.slice(candidate.end);
    const quoted = /^\s*[(\[]?\s*[«“"]\s*\S{0,3}\s*$/u.test(between) && /^\s*[»”"]/u.test(after);
    // `the Executive Council (the Council)`: the parentheses alone define it too.
    const bracketed = /^\s*\(\s*\S{0,3}\s*$/u.test(between) && /^\s*\)/u.test(after);
    if (quoted || bracketed) {
      candidate.id = previous.id;
      candidate.normalized = previous.normalized;
      candidate.definition = true;
    }
  });
}
