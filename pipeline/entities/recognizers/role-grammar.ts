/**
 * Roles by the shape of their phrase, for languages that put modifiers first (English): a function head
 * (`Minister`, `Director General`, `Chargé d’affaires a.i.`) with its capitalized modifiers (`Acting`,
 * `Federal`), its portfolio (`for Foreign Affairs, International Cooperation and Francophonie`, `of State`)
 * and its owner, the state or body after `of` (`of the Russian Federation`, `of the Permanent Mission of
 * Serbia`) or the body written before it (`UNRWA Commissioner-General`, `Security Council Facilitator`). The
 * id is the slug of the function without articles, then the owner: `role:minister-of-foreign-affairs:SYR`,
 * `role:commissioner-general:unrwa`. Functions of the United Nations never take `:un`, and for them a `for
 * <State>` complement names the owner (`Special Representative of the Secretary-General for …`).
 * A function printed alone is kept when it stands on a signature line, when the language says it needs no
 * owner (`Secretary-General`), or to be resolved over the document against the roles named before it.
 */
import type { EntityWords } from '../../lang/types.ts';
import type { LanguageGazetteer } from '../gazetteer.ts';
import { alternation, LETTER_OR_DIGIT, slug } from '../text.ts';
import type { Candidate } from './candidate.ts';
import { addressForms } from './patterns.ts';
import { nameWords } from '../../lang/names/name-words.ts';

interface GrammarPatterns {
  head: RegExp;
  modifier: RegExp;
}

const cache = new WeakMap<EntityWords, GrammarPatterns>();

function patterns(words: EntityWords): GrammarPatterns {
  const cached = cache.get(words);
  if (cached) return cached;
  const grammar = words.roleGrammar!;
  const result = {
    // A lower-case prefix glued by a hyphen leaves the function whole (`then-President`, `ex-Minister`).
    head: new RegExp(`(?:(?<![\\p{L}\\p{N}\\-])|(?<=(?<![\\p{L}\\p{N}\\-])\\p{Ll}+-))(?:${alternation(grammar.heads)})(?![\\p{L}\\-])`, 'gu'),
    modifier: new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${alternation(grammar.modifiers)})\\s+$`, 'u'),
  };
  cache.set(words, result);
  return result;
}

/** A role found by the grammar; `pendingOwner` marks an owner that is an anaphor, resolved over the document. */
export interface RoleCandidate extends Candidate {
  /** The function's own slug, without owner (`director-general`), for resolving bare functions. */
  functionSlug?: string;
  /** Offsets of an owner that is an anaphor (`of the Council`), whose id is known only over the document. */
  pendingOwner?: { start: number; end: number };
  /** A bare function (`Facilitator`) that takes the id of the role it shortens, named before it. */
  bare?: boolean;
  keepIfAlone?: boolean;
  unFunction?: boolean;
}

/** Forms of address printed with a dot (`Mr.`, `H.E.`), with or without it: a name starts there, no portfolio word. */
function addressPattern(words: EntityWords): RegExp {
  return new RegExp(`^(?:${alternation(addressForms(words))})(?:\\.|\\s)`, 'u');
}

/**
 * Capitalized words of a portfolio after `for`/`of`: `Foreign Affairs, International Cooperation and
 * Francophonie`. A month is no portfolio (`President of the Council for June`).
 */
function portfolioEnd(text: string, start: number, words: EntityWords, known: Candidate[], months: ReadonlySet<string> = new Set(), subject = false): number {
  const head = new RegExp(`^(?:${alternation(words.roleGrammar!.heads)})(?![\\p{L}\\-])`, 'u');
  const address = addressPattern(words);
  const links = new Set([...words.roleGrammar!.portfolioLinkWords, ...(subject ? (words.roleGrammar!.subject?.words ?? []) : [])]);
  let position = start;
  let end = start;
  // The capitalized words read, each with whether it follows another with nothing but a space between.
  const capitalized: { start: number; word: string; adjacent: boolean }[] = [];
  let previousCapitalized = false;
  let previousGap = '';
  for (;;) {
    if (known.some((candidate) => candidate.start === position && (candidate.type === 'state' || candidate.type === 'organization'))) break;
    // Another function after `and` starts a second role (`Minister of State and Minister for Foreign Affairs`).
    const coordinated = new RegExp(`\\s+(?:${words.nameCoordinators.join('|')})\\s+(?:(?:${words.roleGrammar!.articles.join('|')})\\s+)?$`, 'u');
    // … also when the function has capitalized modifiers of its own (`… Affairs and Emergency Relief Coordinator`).
    const modifiedHead = new RegExp(`^(?:\\p{Lu}[\\p{L}\\-]*\\s+){1,2}(?:${alternation(words.roleGrammar!.heads)})(?![\\p{L}\\-])`, 'u');
    if ((head.test(text.slice(position)) || modifiedHead.test(text.slice(position))) && coordinated.test(text.slice(start, position))) {
      end = Math.min(end, text.slice(0, position).replace(coordinated, '').length);
      break;
    }
    // An initial keeps its point (`Ana V. Lima` after a portfolio).
    const word = text.slice(position).match(/^(?:\p{Lu}\.(?=\s)|[\p{L}\p{M}’\-]+)/u)?.[0];
    if (!word || address.test(text.slice(position)) || months.has(word.toLowerCase())) break;
    if (/^\p{Lu}/u.test(word)) {
      end = position + word.length;
      capitalized.push({ start: position, word, adjacent: previousCapitalized && !previousGap.includes(',') });
      previousCapitalized = true;
    } else if (!links.has(word)) break;
    else previousCapitalized = false;
    const gap = text.slice(position + word.length).match(/^(?:,\s+|\s+)/u);
    if (!gap) break;
    previousGap = gap[0];
    position += word.length + gap[0].length;
  }
  end = Math.min(end, nameAfterPortfolio(capitalized, end, words) ?? end);
  // A list of portfolio words ends with `and …` (`Foreign Affairs, International Cooperation and
  // Francophonie`); a comma with no `and` after it ends the role (`High Commissioner for Human Rights, <name>`).
  const portfolio = text.slice(start, end);
  const lastComma = portfolio.lastIndexOf(',');
  if (lastComma >= 0 && ![...links].some((link) => link !== 'the' && new RegExp(`\\s${link}\\s`, 'u').test(portfolio.slice(lastComma)))) return start + portfolio.indexOf(',');
  return end;
}

/**
 * Where a person's name written right after a portfolio starts, if one does (`Minister for Foreign Affairs
 * Ana V. Lima`, `… Peacebuilding Affairs Rosemary Dilo`): the last capitalized words of the portfolio run,
 * none of them a common word of the language (initials count), two full words at least; a proper noun the
 * dictionary also knows as a common word (`Rosemary`) may open it.
 */
function nameAfterPortfolio(capitalized: { start: number; word: string; adjacent: boolean }[], end: number, words: EntityWords): number | undefined {
  const isCommon = words.isCommonWord;
  if (!isCommon) return undefined;
  const inside = capitalized.filter((item) => item.start < end);
  const initial = (word: string) => /^\p{Lu}\.?$/u.test(word);
  const nameLike = (word: string) => initial(word) || (!isCommon(word) && !nameWords().has(word));
  let first = inside.length;
  while (first > 0 && inside[first - 1]!.adjacent && nameLike(inside[first - 1]!.word)) first -= 1;
  // The first word of the run belongs to the portfolio (it follows `for`/`of` or a comma).
  if (first === 0) first = 1;
  const full = () => inside.slice(first).filter((item) => !initial(item.word)).length;
  // Initials before a surname make a name of one full word (`… for Human Rights V. Turk`).
  const needed = () => (inside.slice(first).some((item) => initial(item.word)) ? 1 : 2);
  if (first < inside.length && full() < needed() && inside[first]!.adjacent && first > 1 && words.isProperNoun?.(inside[first - 1]!.word)) first -= 1;
  if (first >= inside.length || full() < needed() || !inside[first]!.adjacent) return undefined;
  const last = inside[first - 1]!;
  return last.start + last.word.length;
}

/**
 * End of a mandate's subject printed in lower case, read from `start` (the word after `on`/`for`): `the human
 * right to a clean, healthy and sustainable environment`, `development in the Sahel`. The subject is a noun
 * phrase: it stops at a verb, relative or pronoun (`stopWords`), at a participle that takes no preposition
 * (`visited`, but `based on` holds), at sentence punctuation, before `and` with another function or a
 * capitalized name after it, and at a capitalized word unless a place link precedes it (`in the Sahel`); a
 * State or body there ends it. A comma holds only in a list that ends with `and`/`or`. `start` when none.
 */
function mandateSubjectEnd(text: string, start: number, link: string, words: EntityWords, known: Candidate[]): number {
  const mandates = words.roleGrammar!.mandates!;
  const stop = new Set(mandates.stopWords);
  const articles = new Set(mandates.articles);
  const coordinators = new Set(words.nameCoordinators);
  const first = text.slice(start).match(/^[\p{L}\p{M}’'\-]+/u)?.[0];
  // A subject opens in lower case, after `for` with no article (`for his briefing`, `for the update` thank the person).
  if (!first || !/^\p{Ll}/u.test(first) || mandates.notOpening.includes(first) || stop.has(first)) return start;
  if (link !== 'on' && articles.has(first)) return start;
  if (mandates.participleEndings.some((ending) => first.endsWith(ending) && first.length > ending.length + 2)) return start;
  let position = start;
  let end = start;
  let count = 0;
  // Whether a capitalized place may stand here: after a place link (`in`), its article, or a capitalized word read so.
  let placeOpen = false;
  for (;;) {
    if (known.some((candidate) => candidate.start === position && (candidate.type === 'state' || candidate.type === 'organization'))) break;
    const word = text.slice(position).match(/^[\p{L}\p{M}’'\-]+/u)?.[0];
    if (!word || count >= mandates.maximumWords) break;
    const after = text.slice(position + word.length);
    const next = after.match(/^\s+([\p{L}\p{M}’'\-]+)/u)?.[1];
    if (/^\p{Lu}/u.test(word)) {
      if (!placeOpen) break;
    } else {
      if (stop.has(word)) break;
      if (mandates.participleEndings.some((ending) => word.endsWith(ending) && word.length > ending.length + 2) && !(next && mandates.participleLinks.includes(next))) break;
      // A word with an article right after it that is no preposition is a verb (`… persons and co-chairs the Group`).
      if (next && articles.has(next) && !mandates.participleLinks.includes(word) && !coordinators.has(word)) break;
      // `and the Special Rapporteur on …`, `and Ana Lima`: a second function or a name, no part of the subject.
      if (coordinators.has(word) && next) {
        const afterArticle = articles.has(next) ? after.replace(/^\s+\S+/u, '').match(/^\s+([\p{L}\p{M}’'\-]+)/u)?.[1] : next;
        if (!afterArticle || /^\p{Lu}/u.test(afterArticle) || stop.has(afterArticle)) break;
      }
    }
    count += 1;
    // The subject ends on a word of content, no link or article (`… environment`, not `… to a`).
    if (!articles.has(word) && !coordinators.has(word) && !mandates.participleLinks.includes(word) && !words.roleGrammar!.portfolioLinkWords.includes(word)) end = position + word.length;
    placeOpen = mandates.placeLinks.includes(word) || (placeOpen && (articles.has(word) || /^\p{Lu}/u.test(word)));
    const gap = after.match(/^(?:,\s+|\s+)/u);
    if (!gap) break;
    position += word.length + gap[0].length;
  }
  // A comma holds only inside a list that ends with `and`/`or` (`a clean, healthy and sustainable environment`).
  const subject = text.slice(start, end);
  const lastComma = subject.lastIndexOf(',');
  if (lastComma >= 0 && ![...coordinators].some((coordinator) => new RegExp(`\\s${coordinator}\\s`, 'u').test(subject.slice(lastComma)))) return start + subject.indexOf(',');
  return end;
}

/** The state or body that owns a role, right at `at` (an anaphor counts, resolved later). */
function ownerAt(at: number, known: Candidate[], places = false): Candidate | undefined {
  // After `of`, a territory of the tables may own a function too (`Representative of the Turkish Republic of
  // Northern Cyprus`); after `for` a place is the portfolio (`Assistant Secretary-General for the Middle East`).
  return known
    .filter((candidate) => candidate.start === at && (candidate.type === 'state' || candidate.type === 'organization' || (places && candidate.type === 'location' && candidate.fromTable)) && !candidate.instrument)
    .sort((a, b) => b.end - a.end)[0];
}

export function grammarRoles(text: string, words: EntityWords, known: Candidate[], inSignature: boolean, names: LanguageGazetteer, monthNames: readonly string[] = []): RoleCandidate[] {
  const months = new Set(monthNames.map((month) => month.toLowerCase()));
  const grammar = words.roleGrammar!;
  const { head, modifier } = patterns(words);
  const found: RoleCandidate[] = [];
  const connectors = [...words.connectors].sort((a, b) => b.length - a.length);
  for (const match of text.matchAll(head)) {
    let start = match.index;
    let functionStart = start;
    // Capitalized modifiers before the head: `Acting Director General`, `Federal Minister`.
    for (;;) {
      const before = text.slice(0, functionStart).match(modifier);
      if (!before) break;
      functionStart = before.index!;
      start = functionStart;
    }
    let namedByModifiers = false;
    // Common capitalized words right before the head name the function too (`Emergency Relief Coordinator`,
    // `Resident Coordinator`), unless a capital there only opens a sentence or a known name ends there.
    if (functionStart === match.index && words.isCommonWord) {
      let modified = functionStart;
      for (let count = 0; count < 2; count += 1) {
        const before = text.slice(0, modified).match(/(?<![\p{L}\p{M}\-’])(\p{Lu}\p{Ll}+)\s+$/u);
        if (!before || words.nameStopWords.includes(before[1]!) || !words.isCommonWord(before[1]!)) break;
        const at = modified - before[0].length;
        // On a signature's function line the first word opens no sentence (`Emergency Relief Coordinator`).
        if (known.some((candidate) => candidate.end > at && candidate.start < modified) || (inSignature ? /[.!?;:•]\s*$/u : /(?:^|[.!?;:•]\s*)$/u).test(text.slice(0, at))) break;
        modified = at;
      }
      namedByModifiers = modified < functionStart;
      if (modified < functionStart && !known.some((candidate) => candidate.end === functionStart - (text.slice(0, functionStart).match(/\s+$/u)?.[0].length ?? 0))) {
        functionStart = modified;
        start = modified;
      }
    }
    let functionEnd = match.index + match[0].length;
    const headText = match[0];
    const unFunction = grammar.unFunctions.some((form) => headText === form || text.slice(functionStart, functionEnd) === form);
    // The portfolio: `for …`, and `of …` when what follows is no state or body (`Minister of State`, `of Foreign Affairs`).
    const missionLink = new RegExp(`^\\s+(?:${alternation(grammar.missionLinks)})\\s+`, 'u');
    for (;;) {
      if (missionLink.test(text.slice(functionEnd))) break;
      const link = text.slice(functionEnd).match(new RegExp(`^\\s+(${alternation(grammar.portfolioLinks)})\\s+`, 'u'));
      if (!link) break;
      const at = functionEnd + link[0].length;
      const places = words.connectors.includes(link[1]!);
      const owner = ownerAt(at, known, places) ?? ownerAt(at + (text.slice(at).match(/^the\s+/u)?.[0].length ?? 0), known, places);
      if (owner) break;
      const end = portfolioEnd(text, at, words, known, months, link[1] === grammar.subject?.link);
      if (end <= at) break;
      functionEnd = end;
    }
    // A mandate's subject in lower case (`Special Rapporteur on the right to food`) names the function too.
    let mandateSubject = false;
    if (grammar.mandates && functionEnd === match.index + match[0].length && grammar.mandates.heads.includes(headText)) {
      const link = text.slice(functionEnd).match(new RegExp(`^\\s+(${alternation(grammar.mandates.links)})\\s+`, 'u'));
      const subjectEnd = link ? mandateSubjectEnd(text, functionEnd + link[0].length, link[1]!, words, known) : functionEnd;
      if (link && subjectEnd > functionEnd + link[0].length) {
        functionEnd = subjectEnd;
        mandateSubject = true;
      }
    }
    let end = functionEnd;
    let ownerId: string | undefined;
    let pendingOwner: RoleCandidate['pendingOwner'];
    // The owner after it: `of Angola`, `of the Permanent Mission of Serbia`, `of IAEA`; for UN functions `for <State>`.
    const ownerLinks = unFunction ? [...connectors, ...grammar.unOwnerLinks] : connectors;
    for (const connector of [...grammar.missionLinks, ...ownerLinks]) {
      const step = text.slice(functionEnd).match(new RegExp(`^\\s+${connector.split(' ').join('\\s+')}\\s+`, 'u'));
      if (!step) continue;
      const owner = ownerAt(functionEnd + step[0].length, known, connectors.includes(connector));
      if (!owner) continue;
      end = owner.end;
      if (owner.id) ownerId = owner.id;
      else if (owner.anaphor) pendingOwner = { start: owner.start, end: owner.end };
      break;
    }
    // A portfolio may follow the owner: `High Representative of the European Union for Foreign Affairs and
    // Security Policy` is the High Representative for Foreign Affairs and Security Policy of the Union.
    let trailingPortfolio = '';
    /** Whether the owner is the body written before the function (`European Union Special Representative`). */
    let ownerBefore = false;
    if (end > functionEnd) {
      const link = text.slice(end).match(new RegExp(`^\\s+(${alternation(grammar.portfolioLinks.filter((link) => !words.connectors.includes(link)))})\\s+`, 'u'));
      if (link) {
        const portfolioEndAt = portfolioEnd(text, end + link[0].length, words, known, months);
        if (portfolioEndAt > end + link[0].length) {
          trailingPortfolio = ` ${link[1]} ${text.slice(end + link[0].length, portfolioEndAt)}`;
          end = portfolioEndAt;
        }
      }
    }
    // The body written before it: `UNRWA Commissioner-General`, `Security Council Facilitator`, `United Nations Secretary-General`.
    if (!ownerId && !pendingOwner) {
      const gap = text.slice(0, start).match(/\s+$/u);
      const before = gap ? known.filter((candidate) => candidate.end === start - gap[0].length && candidate.type === 'organization').sort((a, b) => a.start - b.start)[0] : undefined;
      if (before && (before.id || before.instrument)) {
        start = before.start;
        ownerId = before.id || `org:${before.normalized}`;
        ownerBefore = true;
      }
    }
    // A demonym before the function names its state, outside the role (`Syrian caretaker Foreign Minister`).
    if (!ownerId && !pendingOwner) {
      const demonym = text.slice(0, start).match(/(?<![\p{L}\-])(\p{Lu}[\p{L}\-]+)(?:\s+\p{Ll}+){0,2}\s+$/u);
      const code = demonym ? names.demonyms.get(demonym[1]!) : undefined;
      if (code) ownerId = `state:${code}`;
    }
    // … and so does a State in the possessive (`Israel’s Prime Minister`, `Chile’s former Foreign Minister`).
    if (!ownerId && !pendingOwner) {
      const possessive = text.slice(0, start).match(/[’']s(?:\s+\p{Ll}+){0,2}\s+$/u);
      const state = possessive ? known.find((candidate) => candidate.type === 'state' && candidate.end === start - possessive[0].length && candidate.id) : undefined;
      if (state) ownerId = state.id;
    }
    const functionText = text.slice(functionStart, functionEnd).replace(/\s+/g, ' ');
    const leftOut = new Set([...grammar.articles, ...(mandateSubject ? grammar.mandates!.articles : [])]);
    const functionSlug = slug(`${functionText}${trailingPortfolio}`.replace(/\s+/g, ' ').split(' ').filter((word) => !leftOut.has(word.replace(/,$/u, ''))).join(' '));
    let owner = ownerId ? ownerId.slice(ownerId.indexOf(':') + 1) : undefined;
    // A UN function keeps no body after it (`Special Representative of the Secretary-General`), but another
    // organization's function written after that organization keeps it (`European Union Special Representative`).
    if (owner === 'un' || (unFunction && owner && ownerId!.startsWith('org:') && !ownerBefore)) owner = undefined;
    const id = `role:${functionSlug}${owner ? `:${owner}` : ''}`;
    const hasOwner = Boolean(ownerId || pendingOwner);
    const standalone = grammar.standalone.includes(functionText);
    // A bare function: kept on a signature line (its owner comes from the block), when it needs none, or
    // as a shortened mention of a role named before it (resolved over the document).
    const bare = !hasOwner && !standalone && !mandateSubject;
    found.push({
      type: 'role',
      start,
      end,
      text: text.slice(start, end),
      id,
      normalized: id.slice(5),
      priority: 0,
      functionSlug,
      ...(pendingOwner ? { pendingOwner } : {}),
      ...(bare ? { bare: true } : {}),
      // A function named by words of its own (`Emergency Relief Coordinator`) designates one office, even alone.
      ...(bare && (unFunction || namedByModifiers) ? { keepIfAlone: true } : {}),
      ...(unFunction ? { unFunction: true } : {}),
    });
  }
  // Two functions joined by `and` share the owner written after the second (`Minister of State and Minister
  // for Foreign Affairs … of the Democratic Republic of the Congo`).
  const ordered = [...found].sort((a, b) => a.start - b.start);
  ordered.forEach((role, index) => {
    const next = ordered[index + 1];
    if (!next || !role.bare || next.bare || next.pendingOwner) return;
    if (!new RegExp(`^\\s+(?:${words.nameCoordinators.join('|')})\\s+$`, 'u').test(text.slice(role.end, next.start))) return;
    const owner = next.id.split(':').slice(2).join(':');
    if (!owner) return;
    role.id = `role:${role.functionSlug}:${owner}`;
    role.normalized = role.id.slice(5);
    delete role.bare;
    delete role.keepIfAlone;
  });
  // A function joined by `and` to a function of the United Nations is one of its offices (`Under-Secretary-General
  // for Humanitarian Affairs and Emergency Relief Coordinator`): no State's, even on a State's signature line.
  ordered.forEach((role, index) => {
    const next = ordered[index + 1];
    if (!next || !role.unFunction || !next.bare || next.unFunction) return;
    if (!new RegExp(`^\\s+(?:${words.nameCoordinators.join('|')})\\s+$`, 'u').test(text.slice(role.end, next.start))) return;
    next.unFunction = true;
    next.keepIfAlone = true;
  });
  // No role inside another role (`Secretary-General` in `Special Representative of the Secretary-General`),
  // nor inside the name of a body, a reference or a date (`Office of the … High Commissioner for Human Rights`).
  const inside = (role: RoleCandidate, other: { start: number; end: number }) => other.start <= role.start && other.end >= role.end && other.end - other.start > role.end - role.start;
  return found.filter(
    (role) =>
      !found.some((other) => other !== role && inside(role, other)) &&
      !known.some(
        (other) =>
          (other.type === 'organization' || other.type === 'reference' || other.type === 'date' || other.type === 'person') &&
          other.id &&
          (inside(role, other) || (other.start < role.start && role.start < other.end)),
      ),
  );
}
