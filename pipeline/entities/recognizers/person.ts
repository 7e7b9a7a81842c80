/** Persons: a signatory's name, and names after the signed mark or an honorific. */
import { escapeRegExp } from '../../regexp.ts';
import type { EntityWords } from '../../lang/types.ts';
import type { TextMention } from '../mention.ts';
import { nameWords } from '../../lang/names/name-words.ts';
import { isWorldCity } from '../../lang/names/world-cities.ts';
import { isOrganWord } from '../organ-id.ts';
import { personId } from '../person-id.ts';
import { alternation, phrasePattern, slug } from '../text.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import type { LanguageGazetteer } from '../gazetteer.ts';
import type { Patterns } from './patterns.ts';
import { formalStates } from './state.ts';

/**
 * A person's name as a reader writes it: words printed in capitals brought to their usual case (`Roy
 * YAKI` → `Roy Yaki`, `Jean-Paul DUPONT-MOREL` → `Jean-Paul Dupont-Morel`); the text keeps the print.
 */
export function normalizedName(name: string): string {
  return name.replace(/\p{Lu}{2,}(?:[’'\-]\p{Lu}+)*/gu, (word) => word.toLowerCase().replace(/(^|[’'\-])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase()));
}

function personCandidate(text: string, start: number, end: number, extra: Partial<Candidate> = {}): Candidate {
  const name = text.slice(start, end);
  return { type: 'person', start, end, text: name, id: personId(name), normalized: normalizedName(name.replace(/\s+/g, ' ')), priority: PRIORITY.person, ...extra };
}

/** Post-nominal letters right after a name (`, MP`). */
function postNominalAfter(text: string, end: number, words: EntityWords): string | undefined {
  const letters = words.postNominals ?? [];
  if (!letters.length) return undefined;
  return text.slice(end).match(new RegExp(`^,?\\s+(${letters.map((letter) => letter.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u'))?.[1];
}

/**
 * A signatory's name field: an honorific or rank before the name goes to `honorific`, the name stops
 * before a function written on the same line (`Joseph KABUI Vice-President` → `Joseph KABUI`), and a field
 * that holds only an honorific (`Rev.`) names nobody.
 */
export function signatoryName(text: string, words?: EntityWords, patterns?: Patterns): TextMention[] {
  // A name starts with a capital, or with a letter of a script that has none (Arabic, Han).
  let start = text.search(/[\p{Lu}\p{Lo}]/u);
  if (start < 0) return [];
  if (!words || !patterns) {
    const end = text.trimEnd().length;
    return [personCandidate(text, start, end)];
  }
  let honorific: string | undefined;
  for (;;) {
    const match = new RegExp(`^${patterns.honorific.source}`, 'u').exec(text.slice(start));
    if (!match) break;
    honorific = honorific ? `${honorific} ${match[1]}` : match[1];
    start += match[0].length;
  }
  // Without capitals nothing marks where a name ends but the field's own end.
  const end = /^\p{Lo}/u.test(text.slice(start)) ? text.trimEnd().length : nameEnd(text, start, words);
  if (end <= start || !/\p{L}{2}/u.test(text.slice(start, end))) return [];
  const postNominal = postNominalAfter(text, end, words);
  const mention = personCandidate(text, start, end, { ...(honorific ? { honorific } : {}), ...(postNominal ? { postNominal } : {}) });
  const { priority: _priority, ...rest } = mention;
  return [rest];
}

const breakerSets = new WeakMap<EntityWords, Set<string>>();

/**
 * Words that end a name: stop words, and the first words of functions and bodies (`Security Council Facilitator`).
 * Made once per language's words: five recognizers ask for them in every paragraph.
 */
function nameBreakers(words: EntityWords): Set<string> {
  let breakers = breakerSets.get(words);
  if (!breakers) {
    breakers = collectNameBreakers(words);
    breakerSets.set(words, breakers);
  }
  return breakers;
}

function collectNameBreakers(words: EntityWords): Set<string> {
  return new Set([
    ...words.nameStopWords,
    ...words.organizationHeads,
    ...(words.roleGrammar?.heads ?? []).map((head) => head.split(/[\s]/)[0]!),
    ...(words.roleGrammar?.modifiers ?? []),
    ...words.anaphoraHeads,
    ...words.instrumentHeads,
    ...(words.postNominals ?? []),
    ...words.honorifics.filter((honorific) => !/\s/.test(honorific)).flatMap((honorific) => [honorific, honorific.replace(/\.$/, '')]),
  ]);
}

const bodyHeads = new WeakMap<EntityWords, RegExp>();

/** A body's head right after a name (`Committee` after `General Border`). */
function bodyHead(words: EntityWords): RegExp {
  let pattern = bodyHeads.get(words);
  if (!pattern) {
    pattern = new RegExp(`^[ \\t\\u00a0]+(?:${words.organizationHeads.join('|')})(?![\\p{L}\\-])`, 'u');
    bodyHeads.set(words, pattern);
  }
  return pattern;
}

/**
 * End of a person's name starting at `start`: capitalized words and initials, particles between them
 * (`de`, `van`) or glued to a word (`al-Shaibani`); a possessive `’s` and the words of a function or body
 * after it stay outside (`Popović’s`, `Samuel Žbogar Security Council Facilitator`).
 */
export function nameEnd(text: string, start: number, words: EntityWords, knownStarts: ReadonlySet<number> = new Set()): number {
  const particles = words.nameParticles.join('|');
  // Letters of a name include the apostrophes of transliterated Arabic (`Ja‘far`, `Ma’ruf`).
  // Initials may be printed without a space between them (`M.V. Vinogradov`).
  const token = new RegExp(`^(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}\\p{Ll}?\\.|(?:(?:${particles})-)?\\p{Lu}[\\p{L}\\p{M}’‘ʼ'\\-]*\\p{L}|\\p{Lu})`, 'u');
  const breakers = nameBreakers(words);
  let position = start;
  let end = start;
  let first = true;
  while (position < text.length) {
    const rest = text.slice(position);
    // Particles, one or several in a row (`de`, `van der`, `de la`), before a capitalized word.
    const particle = rest.match(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u);
    if (!first && particle && particle[0].trim().split(/\s+/).every((word) => words.nameParticles.includes(word))) {
      position += particle[0].length;
      continue;
    }
    if (!first && knownStarts.has(position)) break;
    const match = rest.match(token);
    if (!match) break;
    const possessive = match[0].match(/’s$/u);
    const word = match[0].replace(/’s$/u, '').replace(/’$/, '');
    // An initial (`A.`) is never the article `A`.
    if (breakers.has(word) || (!/^\p{Lu}\.$/u.test(word) && breakers.has(word.replace(/\.$/, '')))) break;
    end = position + word.length;
    first = false;
    if (possessive) break;
    const gap = text.slice(end).match(/^[ \t\u00a0]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return end;
}

/** Words a name of a script without capitals can hold after an honorific: nothing marks its end but a stop. */
const UNCASED_NAME_WORDS = 4;

/**
 * End of a name in a script without capitals (Arabic) after an honorific: up to four words of letters, stopping
 * before punctuation, a digit, a line break, a stop word of the language, a function or body word, or a
 * mention already found (`السيد أنطونيو غوتيريش، الأمين العام` → `أنطونيو غوتيريش`).
 */
function uncasedNameEnd(text: string, start: number, words: EntityWords, knownStarts: ReadonlySet<number>): number {
  const breakers = nameBreakers(words);
  const word = /^[\p{L}\p{M}\-]+/u;
  let position = start;
  let end = start;
  const proclitics = words.wordJoining?.proclitics ?? [];
  for (let count = 0; count < UNCASED_NAME_WORDS; count += 1) {
    const match = text.slice(position).match(word);
    // A mention found before ends the name, also behind the letters glued before it (`لمكتب`: `ل` + `مكتب …`).
    const glued = proclitics.filter((proclitic) => match?.[0].startsWith(proclitic)).map((proclitic) => position + proclitic.length);
    if (count > 0 && [position, ...glued].some((start) => knownStarts.has(start))) break;
    // A stop word keeps its meaning behind a proclitic (`والممثل`: `و` + `الممثل`).
    const bare = proclitics.filter((proclitic) => match?.[0].startsWith(proclitic)).map((proclitic) => match![0].slice(proclitic.length));
    if (!match || breakers.has(match[0]) || bare.some((rest) => breakers.has(rest))) break;
    // A word with a particle glued before it and a pronoun after it is a noun of the sentence (`لتفانيه`,
    // `وقيادته`: for his dedication, and his leadership), never a part of the name it follows.
    const enclitics = words.wordJoining?.enclitics ?? [];
    if (count > 0 && bare.some((rest) => rest.length > 2 && enclitics.some((enclitic) => rest.endsWith(enclitic)))) break;
    end = position + match[0].length;
    const gap = text.slice(end).match(/^[ \t\u00a0]+/);
    if (!gap) break;
    position = end + gap[0].length;
  }
  return end;
}

export function persons(text: string, words: EntityWords, patterns: Patterns, known: Candidate[] = [], names?: LanguageGazetteer): Candidate[] {
  const found: Candidate[] = [];
  const knownStarts = new Set(known.map((candidate) => candidate.start));
  const add = (from: number, start: number, honorific: string | undefined) => {
    // An honorific that is part of a name the tables know is none (`General` in `General Assembly`).
    if (known.some((candidate) => candidate.start <= from && from < candidate.end)) return;
    // In a script without capitals and without spaces (Chinese), nothing marks where a name after a title ends.
    if (/^\p{Lo}/u.test(text.slice(start)) && words.wordJoining?.unspaced) return;
    const end = /^\p{Lo}/u.test(text.slice(start)) ? uncasedNameEnd(text, start, words, knownStarts) : nameEnd(text, start, words, knownStarts);
    if (end <= start) return;
    // What follows a rank or title is no person when it is a known place, State or body (`Captain America`).
    if (known.some((candidate) => candidate.start === start && candidate.type !== 'person' && candidate.type !== 'role')) return;
    // A rank before the name of a body is part of that name (`General Border Committee`, `Major Crimes Unit`).
    if (bodyHead(words).test(text.slice(end))) return;
    const name = text.slice(start, end);
    // A single initial is not a name.
    if (!/\p{L}{2}/u.test(name)) return;
    // A rank that is a word of the language before one common word is an adjective of a title (`the General
    // Inspector`, `Senior Investigator for Major Cases`), no form of address before a name.
    if (honorific && words.isCommonWord?.(honorific) && !/\s/u.test(name) && words.isCommonWord(name)) return;
    // A common word before a colon is the label of a list's next field (`Title: Brigadier General Designation:`).
    if (!/\s/u.test(name) && words.isCommonWord?.(name) && /^\s*:/u.test(text.slice(end))) return;
    const postNominal = postNominalAfter(text, end, words);
    // A name the form of address declines (`г-на Сергея Лаврова`) is the person of its nominative.
    const base = words.personBaseName?.(name, honorific);
    const ids = base && base !== name ? { id: personId(base), normalized: normalizedName(base.replace(/\s+/g, ' ')) } : {};
    found.push(personCandidate(text, start, end, { ...(honorific ? { honorific } : {}), ...(postNominal ? { postNominal } : {}), ...ids }));
  };
  for (const match of text.matchAll(patterns.signed)) add(match.index, match.index + match[0].length, undefined);
  found.push(...transliteratedNames(text, words, known, found));
  for (const match of text.matchAll(patterns.honorific)) {
    // A rank after a hyphen ends a compound function (`Director-General`, `Secretary-General`): no form of address.
    if (text[match.index - 1] === '-') continue;
    // Honorifics in a row (`H.E. Ambassador`) are one; the name starts after the last.
    const before = found.find((candidate) => candidate.start === match.index && candidate.honorific);
    if (before) continue;
    let start = match.index + match[0].length;
    let honorific = match[1]!;
    for (;;) {
      const next = new RegExp(`^${patterns.honorific.source}`, 'u').exec(text.slice(start));
      if (!next) break;
      honorific = `${honorific} ${next[1]}`;
      start += next[0].length;
    }
    add(match.index, start, honorific);
    // A plural form of address names every person of the list after it (`Messrs. Ana Lima and Rui Costa`).
    const last = found[found.length - 1];
    if (last && last.start === start && (words.pluralHonorifics ?? []).includes(match[1]!)) {
      let end = last.end;
      for (;;) {
        const next = text.slice(end).match(new RegExp(`^(?:,\\s+(?:${words.nameCoordinators.join('|')}\\s+)?|\\s+(?:${words.nameCoordinators.join('|')})\\s+)(?=\\p{Lu})`, 'u'));
        if (!next) break;
        const before = found.length;
        add(end + next[0].length, end + next[0].length, honorific);
        if (found.length === before) break;
        end = found[found.length - 1]!.end;
      }
    }
  }
  if (names) found.push(...listedPersons(text, words, names, patterns, [...known, ...found]));
  found.push(...sanctionsEntryNames(text, words).filter((entry) => !found.some((other) => other.start < entry.end && entry.start < other.end)));
  return found;
}

/**
 * The persons of a sanctions list's entry for an individual: the name printed in numbered parts (`Name: 1: ABDUL
 * 2: KARIM 3: NASSER 4: na`) is one name, from its first part to its last (`ABDUL 2: KARIM 3: NASSER`, normalized
 * `Abdul Karim Nasser`); the other names after the alias labels (`A.k.a.: a) Abu Karim b) Karim Nasser`) are
 * persons of their own. Only an entry with numbered parts is an individual's: an entity's is printed whole.
 */
function sanctionsEntryNames(text: string, words: EntityWords): Candidate[] {
  const labels = words.sanctionsEntry;
  if (!labels) return [];
  const found: Candidate[] = [];
  const entry = new RegExp(`(?<![\\p{L}])${escapeRegExp(labels.name)}:\\s*(?=1\\s*:)`, 'gu');
  const emptyPart = new RegExp(`^${escapeRegExp(labels.empty)}$`, 'u');
  let individual = false;
  for (const match of text.matchAll(entry)) {
    const parts: { start: number; end: number }[] = [];
    let position = match.index + match[0].length;
    for (let number = 1; ; number += 1) {
      const head = text.slice(position).match(new RegExp(`^\\s*${number}\\s*:\\s*`, 'u'));
      if (!head) break;
      const start = position + head[0].length;
      // A part runs to the next number or to the next field's label (`Title:`).
      const rest = text.slice(start).match(/^(.*?)(?=\s+\d\s*:|\s+\p{Lu}[\p{Ll}.]*(?:\s+\p{Ll}+)*\s*:|\n|$)/u);
      const end = start + (rest?.[0].trimEnd().length ?? 0);
      if (end > start && !emptyPart.test(text.slice(start, end))) parts.push({ start, end });
      position = end;
    }
    if (!parts.length) continue;
    individual = true;
    const whole = parts.map((part) => text.slice(part.start, part.end)).join(' ');
    found.push(personCandidate(text, parts[0]!.start, parts[parts.length - 1]!.end, { id: personId(whole), normalized: normalizedName(whole) }));
  }
  if (!individual) return found;
  const aliasLabel = new RegExp(`(?<![\\p{L}.])(?:${labels.aliases.map(escapeRegExp).join('|')}):?\\s*`, 'gu');
  const item = /^(?:[a-z]\)\s*)?((?:\p{Lu}[\p{L}\p{M}’‘'\-]*|\p{Ll}{1,3}(?=\s+\p{Lu})|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}’‘'\-]*)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}’‘'\-]*|\p{Ll}{1,3}(?=\s+\p{Lu})|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}’‘'\-]*))*)/u;
  const labelStarts = [...text.matchAll(aliasLabel)].map((label) => label.index);
  for (const match of text.matchAll(aliasLabel)) {
    let position = match.index + match[0].length;
    for (;;) {
      const next = text.slice(position).match(item);
      if (!next) break;
      const start = position + next[0].length - next[1]!.length;
      // Another alias label ends the item (`b) Hassan al-Musawi Low quality a.k.a.: na`).
      const label = labelStarts.find((at) => at > start && at <= start + next[1]!.length);
      const end = label === undefined ? start + next[1]!.length : start + text.slice(start, label).trimEnd().length;
      if (end <= start) break;
      // The next field's label ends the list (`… Karim Nasser Nationality:`).
      if (/^\s*:/u.test(text.slice(end))) break;
      found.push(personCandidate(text, start, end));
      const separator = text.slice(end).match(/^\s*[;,]?\s*(?=[a-z]\)|\p{Lu})/u);
      if (!separator || !/[;,]|[a-z]\)/u.test(text.slice(end, end + separator[0].length + 2))) break;
      position = end + separator[0].length;
    }
  }
  return found;
}

/**
 * Persons of a `Name (Country)` list (members of a delegation or a panel): a name of two words or more
 * before a State in parentheses, when the text lists two of them or more, or prints a surname in
 * capitals. The State is the person's affiliation; a single such item is left to places (`Aichi (Japan)`).
 */
function listedPersons(text: string, words: EntityWords, names: LanguageGazetteer, patterns: Patterns, taken: Candidate[]): Candidate[] {
  const items: { start: number; end: number; state: string; appointed: boolean }[] = [];
  const breakers = nameBreakers(words);
  for (const match of text.matchAll(/\(([^()]{2,60})\)/gu)) {
    const state = stateNamed(match[1]!.trim().replace(/\s+/g, ' '), names, patterns);
    if (!state) continue;
    const before = text.slice(0, match.index).replace(/\s+$/u, '');
    const tokens = [...before.matchAll(/\S+/gu)].slice(-5);
    let first = tokens.length;
    // Without capitals (Arabic) a name is the words of letters back to a stop, a function or a mention found before.
    const uncased = /\p{Lo}$/u.test(before) && !words.wordJoining?.unspaced;
    const stripped = (token: string) => [token, ...(words.wordJoining?.proclitics ?? []).filter((proclitic) => token.startsWith(proclitic)).map((proclitic) => token.slice(proclitic.length))];
    const uncasedToken = (token: RegExpExecArray) =>
      /^[\p{Lo}\p{M}\-]+$/u.test(token[0]) &&
      !stripped(token[0]).some((form) => breakers.has(form)) &&
      !(words.appointmentVerbs ?? []).includes(token[0]) &&
      !taken.some((other) => other.start < token.index + token[0].length && token.index < other.end);
    const nameToken = (token: RegExpExecArray) =>
      uncased ? uncasedToken(token) : (/^\p{Lu}/u.test(token[0]) || words.nameParticles.includes(token[0])) && !breakers.has(token[0]) && !/[,;:]$/u.test(token[0]);
    while (first > 0 && nameToken(tokens[first - 1]!)) first -= 1;
    while (!uncased && first < tokens.length && !/^\p{Lu}/u.test(tokens[first]![0])) first += 1;
    // An uncased name has two to four words: more are words of the sentence before it.
    if (tokens.length - first < 2 || (uncased && tokens.length - first > 4)) continue;
    const start = tokens[first]!.index;
    const end = uncased ? before.length : nameEnd(text, start, words);
    if (end !== before.length) continue;
    // Named to a function: `appoint Ana Lima (Peru) as …`.
    const appointed =
      (words.appointmentLinks ?? []).some((link) => text.slice(match.index + match[0].length).match(/^\s+(\p{Ll}+)\s/u)?.[1] === link) ||
      (words.appointmentVerbs ?? []).some((verb) => new RegExp(`(?<![\\p{L}\\p{M}])${phrasePattern(verb)}\\s+$`, 'u').test(text.slice(Math.max(0, start - 40), start)));
    items.push({ start, end, state, appointed });
  }
  const capitals = items.some((item) => /\p{Lu}{2,}/u.test(text.slice(item.start, item.end)));
  // A surname the text gives a person elsewhere (`Mr. Wennesland`) makes its `Name (State)` that person's, in a
  // script without capitals too (`تور وينسلاند (النرويج)` … `للسيد وينسلاند`). There nothing marks where the
  // name starts (`وتخلف السيدة كاغ تور وينسلاند`: Ms. Kaag replaces Tor Wennesland): it is read as a first name
  // and the surname, the form such a list prints.
  const surnames = new Set(taken.filter((other) => other.type === 'person').map((other) => other.text.split(/\s+/u).at(-1)));
  const surnameKnown = (item: { start: number; end: number }) => surnames.has(text.slice(item.start, item.end).split(/\s+/u).at(-1));
  const firstNameAndSurname = (item: (typeof items)[number]) => {
    if (/\p{Lu}/u.test(text.slice(item.start, item.end))) return item;
    const last = [...text.slice(item.start, item.end).matchAll(/\S+/gu)].slice(-2)[0]!;
    return { ...item, start: item.start + last.index };
  };
  return items
    .map((item) => (items.length > 1 || capitals || item.appointed || lonePersonName(text, item.start, item.end, words, names) ? item : surnameKnown(item) ? firstNameAndSurname(item) : undefined))
    .filter((item) => item !== undefined)
    .filter((item) => !taken.some((other) => other.type === 'person' && other.start < item.end && item.start < other.end))
    .map((item) => personCandidate(text, item.start, item.end, { affiliation: item.state }));
}

/**
 * Whether a single `Name (State)` names a person rather than a place (`Ms. Kaag replaces Tor Wennesland
 * (Norway)`, `Opinion No. 46/2024 concerning Ruben Vardanyan (Azerbaijan)`; `Nova Kakhovka (Ukraine)` is a town):
 * the surname is no common word, no word of the name tables and no town, no word of the name is the head of a
 * place or a body, the whole is no town, and no preposition of place, `of` or a place's cue stands before it.
 */
function lonePersonName(text: string, start: number, end: number, words: EntityWords, names: LanguageGazetteer): boolean {
  if (!words.isCommonWord) return false;
  const name = text.slice(start, end).replace(/\s+/gu, ' ');
  const tokens = name.split(' ').filter((token) => !words.nameParticles.includes(token.toLowerCase()));
  const surname = tokens.at(-1);
  if (tokens.length < 2 || !surname || names.entries.has(name) || isWorldCity(name)) return false;
  if (words.isCommonWord(surname) || nameWords().has(surname) || isWorldCity(surname)) return false;
  const heads = new Set([...words.organizationHeads, ...(words.placeHeads ?? []), ...(words.siteNouns ?? [])]);
  if (tokens.some((token) => heads.has(token) || nameWords().has(token) || isWorldCity(token) || names.demonyms.has(token))) return false;
  const before = text.slice(Math.max(0, start - 40), start).match(/(\p{L}+)\s+$/u)?.[1];
  const cues = new Set([...words.locationPrepositions, ...words.connectors, ...words.locationCues].flatMap((cue) => cue.split(' ').slice(-1)));
  return !before || !cues.has(before);
}

/** The State a parenthesis names, by a form of the tables or a formal name (`Republic of the Niger`). */
function stateNamed(content: string, names: LanguageGazetteer, patterns: Patterns): string | undefined {
  const entry = names.entries.get(content);
  if (entry) return entry.type === 'state' ? entry.id : undefined;
  const formal = formalStates(content, names, patterns);
  return formal.length === 1 && formal[0]!.start === 0 && formal[0]!.end === content.length ? formal[0]!.id : undefined;
}

/**
 * Names printed beside a role, with no honorific: `<role>, <name>` (`the High Commissioner for Human
 * Rights, Ana Lima`), `<name>, <role>` (`Ana Lima, Director of …`) and `<role> <name>` (`Foreign Minister Ana
 * Lima`). A name here has two words or more, none of them a function, a body's head or a stop word, and
 * nothing else was found on it.
 */
export function namesBesideRoles(text: string, words: EntityWords, roles: Candidate[], taken: Candidate[], names?: LanguageGazetteer): Candidate[] {
  const found: Candidate[] = [];
  const breakers = nameBreakers(words);
  const articles = words.anaphoraArticles.filter((article) => /^\p{Ll}/u.test(article));
  const free = (start: number, end: number) => ![...taken, ...roles, ...found].some((other) => other.start < end && start < other.end);
  const accept = (start: number, end: number, role: Candidate | undefined, single = false) => {
    const name = text.slice(start, end);
    const tokens = name.split(/\s+/);
    if (tokens.some((token) => breakers.has(token) || isOrganWord(token, words) || isDemonym(token, names)) || !/^\p{Lu}/u.test(name) || !free(start, end)) return;
    // One word is a name only where it cannot be a common word (`President Kiir`, not `President Elect`); right
    // after a role, words that are all common words go on a title (`the Director-General Concerning Safeguards`).
    if (tokens.length < 2 && !(single && looksLikeName(tokens[0]!, words))) return;
    if (single && words.isCommonWord && tokens.every((token) => words.isCommonWord!(token))) return;
    // A name in apposition to a function takes its case (Russian `Специального посланника Ханса Грундберга`).
    const base = role && words.personBaseName?.(name, undefined, text.slice(role.start, role.end));
    const ids = base && base !== name ? { id: personId(base), normalized: normalizedName(base.replace(/\s+/g, ' ')) } : {};
    found.push(personCandidate(text, start, end, { ...(role ? { roleIds: [role.id] } : {}), ...ids }));
  };
  // Between a name and the role after it: a comma and up to three lower-case words that coordinate nothing, then
  // perhaps a demonym (`, a former Syrian`), or a word of appointment and perhaps an article (` as the`).
  const coordinators = words.nameCoordinators.join('|');
  const appointment = (words.appointmentLinks ?? []).join('|');
  const beforeRole = `(?:,\\s+(?:(?!(?:${coordinators})\\s)\\p{Ll}+\\s+){0,3}(?:\\p{Lu}\\p{Ll}+\\s+)?${appointment ? `|\\s+(?:${appointment})\\s+(?:(?:${articles.join('|')})\\s+)?` : ''})`;
  // What may stand between a role and a name set off after it: the role's acronym in brackets, a complement
  // that opens with a link word (`at the International Peace Institute`, `for development in the Sahel`).
  const links = (words.nameLinkWords ?? []).filter((link) => !words.nameCoordinators.includes(link) && !words.anaphoraArticles.includes(link));
  const bridge = new RegExp(`^(?:\\s*\\([\\p{Lu}\\p{N}\\-]{2,15}\\))?(?:\\s+(?:${links.length ? links.join('|') : '(?!)'})\\s+[^,;.:()“”"]{1,80}?)?,\\s+(?=\\p{Lu})`, 'u');
  // A name ends the phrase: a comma, a bracket, the end of the sentence or a lower-case word.
  const endsPhrase = (end: number) => /^(?:’s\b|\s*[,;:.()“"]|\s+\p{Ll}|\s*$)/u.test(text.slice(end));
  for (const role of roles) {
    // After the role: `, <name>`, or right after it (`Foreign Minister Ana Lima`, `Minister for Foreign Affairs Ana Lima`).
    const after = text.slice(role.end).match(/^(?:,\s+|[ \t\u00a0]+)/u);
    if (after) {
      const start = role.end + after[0].length;
      const end = nameEnd(text, start, words);
      if (end > start && endsPhrase(end)) accept(start, end, role, !after[0].includes(','));
    }
    // After the role's acronym or a complement of it, set off by commas: `Head of the … Sahel (UNOWAS), Ana
    // Lima,`, `Director of … at the International Peace Institute, Ana Lima.`.
    const bridged = text.slice(role.end).match(bridge);
    if (bridged && bridged[0].trim() !== ',') {
      const start = role.end + bridged[0].length;
      const end = nameEnd(text, start, words);
      if (end > start && /^(?:\s*[,;.)]|\s*$)/u.test(text.slice(end))) accept(start, end, role);
    }
    // Before the role: `<name>, <role>`, `<name>, a former <demonym> <role>`, `<name> as <role>`.
    const before = text.slice(0, role.start).match(new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}’\\-]*\\.?|(?:${words.nameParticles.join('|')}))(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}’\\-]*\\.?|(?:${words.nameParticles.join('|')})(?:-\\p{Lu}[\\p{L}\\p{M}’\\-]*)?)){1,4})${beforeRole}$`, 'u'));
    if (before) {
      let start = role.start - before[0].length;
      // The name starts at its first capitalized word that is no stop word (`addressed to Ana Lima,`).
      const tokens = [...before[1]!.matchAll(/\S+/gu)];
      const first = tokens.findIndex((token, index) => /^\p{Lu}/u.test(token[0]) && tokens.slice(index).every((other) => !breakers.has(other[0])));
      if (first < 0) continue;
      start += tokens[first]!.index;
      const end = nameEnd(text, start, words);
      if (end === start + before[1]!.length - tokens[first]!.index) accept(start, end, role);
    }
  }
  // After a lower-case noun of function or standing: `the commander, Ana Lima,`, `former president al-Assad`.
  const nouns = words.personNouns ?? [];
  if (nouns.length) {
    const particles = words.nameParticles.join('|');
    const cue = new RegExp(`(?<![\\p{L}\\-])(?:${alternation(nouns)})(,\\s+|\\s+)(?=\\p{Lu}|(?:${particles})-\\p{Lu})`, 'gu');
    for (const match of text.matchAll(cue)) {
      const start = match.index + match[0].length;
      // A name that opens with a glued particle (`al-Assad`) starts lower-case.
      const opening = text.slice(start).match(new RegExp(`^(?:${particles})-`, 'u'))?.[0] ?? '';
      const end = nameEnd(text, start + opening.length, words);
      if (end <= start + opening.length || !endsPhrase(end)) continue;
      const set = match[1]!.includes(',');
      // Set off by commas the name closes with one; written right after the noun it must look like a name.
      if (set && !/^,/u.test(text.slice(end))) continue;
      const tokens = text.slice(start, end).split(/\s+/);
      if (!set && !tokens.some((token) => looksLikeName(token.replace(/^\p{Ll}+-/u, ''), words))) continue;
      accept(start, end, undefined, !set || tokens.length > 1);
    }
  }
  // Before one, set off by a comma: `Ana Lima, the caretaker governor of …`, `Ana Lima, head of …`.
  if (nouns.length) {
    const name = `((?:\\p{Lu}[\\p{L}\\p{M}’‘\\-]*\\.?|(?:${words.nameParticles.join('|')})(?:-\\p{Lu}[\\p{L}\\p{M}’‘\\-]*)?)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}’‘\\-]*\\.?|(?:${words.nameParticles.join('|')})(?:-\\p{Lu}[\\p{L}\\p{M}’‘\\-]*)?)){1,4})`;
    const cue = new RegExp(`${name},\\s+(?:(?:${articles.join('|')})\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:${alternation(nouns)})(?![\\p{L}\\-])`, 'gu');
    for (const match of text.matchAll(cue)) {
      const tokens = [...match[1]!.matchAll(/\S+/gu)];
      const first = tokens.findIndex((token, index) => /^\p{Lu}/u.test(token[0]) && tokens.slice(index).every((other) => !breakers.has(other[0])));
      if (first < 0) continue;
      const start = match.index + tokens[first]!.index;
      const end = nameEnd(text, start, words);
      if (end === match.index + match[1]!.length) accept(start, end, undefined);
    }
  }
  return found;
}

/**
 * Names set off after a role in a script without capitals and with spaces (Arabic): `<role>، <name>،`
 * (`المبعوث الخاص للأمين العام إلى اليمن، هانس غروندبرغ، …`). Nothing but the commas marks the name, so it must be
 * two to four words of letters closed by a comma, a stop or the end of the text, with no stop word, function word or
 * mention in it (the reading of `uncasedNameEnd`).
 */
export function uncasedNamesBesideRoles(text: string, words: EntityWords, roles: Candidate[], taken: Candidate[]): Candidate[] {
  if (words.wordJoining?.unspaced) return [];
  const found: Candidate[] = [];
  const knownStarts = new Set(taken.map((candidate) => candidate.start));
  for (const role of roles) {
    const comma = text.slice(role.end).match(/^\s*[،,]\s*(?=\p{Lo})/u);
    if (!comma) continue;
    const start = role.end + comma[0].length;
    const end = uncasedNameEnd(text, start, words, knownStarts);
    if (end <= start || !/^\s*(?:[،,.؛;:)]|$)/u.test(text.slice(end))) continue;
    const nameWords = text.slice(start, end).split(/\s+/u);
    if (nameWords.length < 2 || [...taken, ...roles, ...found].some((other) => other.start < end && start < other.end)) continue;
    // A phrase of the sentence, not a name: its first word is definite, or a word is a noun behind a glued
    // preposition and the article (`لأحكام`, `للأمين`, `بالقرار`); a surname may be definite (`… السيسي`).
    const article = words.wordJoining?.article;
    if (article && (nameWords[0]!.startsWith(article) || nameWords.some((word) => (words.wordJoining?.proclitics ?? []).some((proclitic) => word.startsWith(proclitic + article) || word.startsWith(proclitic + article.slice(1)))))) continue;
    found.push(personCandidate(text, start, end, { roleIds: [role.id] }));
  }
  return found;
}

/** A capitalized word that is no common word of the language nor a word of the name tables (`Kiir`, `Guterres`). */
function looksLikeName(word: string, words: EntityWords): boolean {
  const bare = word.replace(/’s$/u, '');
  if (!/^\p{Lu}\p{Ll}/u.test(bare) || !words.isCommonWord || words.isCommonWord(bare)) return false;
  return !nameWords().has(bare);
}

/**
 * Names with no cue around them (`the statement by Ilir Dervishi`, `Jessica A. Stanton`): two to four capitalized
 * words, a middle initial allowed between them (then also after `of` or `in`), none of them a common word of the
 * language nor a word of the name tables, each with a lower-case letter (no
 * acronym), where no other mention stands, not right after a capitalized word or a preposition of place
 * (`in`, `at`: `in Tal Rifaat` is a place), and not followed by the head of a body or a place (`Dervishi
 * Foundation`, `Kessaro Province`). A word the dictionary knows only as a proper noun may stand in it.
 */
export function unmarkedNames(text: string, words: EntityWords, taken: readonly Candidate[]): Candidate[] {
  const isCommon = words.isCommonWord;
  if (!isCommon) return [];
  const particles = words.nameParticles.join('|');
  const word = `(?:(?:${particles})-)?\\p{Lu}\\p{Ll}[\\p{L}\\p{M}’‘\\-]*`;
  // A middle initial may stand between the words (`Jessica A. Stanton`): only persons are so named.
  const initial = `\\p{Lu}\\.`;
  // A surname printed in capitals, before or after the given names (`MENSAH Kofi`, `Kofi MENSAH`), as lists print it.
  const capitals = `(?:(?:${particles})-)?\\p{Lu}{2}[\\p{Lu}’‘\\-]*\\p{Lu}`;
  const part = `(?:${word}|${capitals})`;
  // Initials before a surname (`J. K. Mwangi`, `A.B. Carvalho`) make a name of a single word.
  const run = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}’\\-.])(?:(?:${initial}\\s*){1,3}${word}|${part}(?:\\s+(?:(?:(?:${particles})\\s+){1,2}|${initial}\\s+)?${part}){1,3})(?![\\p{L}\\p{M}\\p{N}\\-])`, 'gu');
  const heads = new Set([...words.organizationHeads, ...(words.placeHeads ?? []), ...(words.siteNouns ?? []), ...words.instrumentHeads, ...words.anaphoraHeads]);
  const breakers = nameBreakers(words);
  // After `of` a name is most often a place's or a body's (`members of Jaysh al-Adl`, `province of Kessaro`).
  const complement = new RegExp(`(?:^|\\s)(?:${words.connectors.join('|')})\\s+$`, 'u');
  const lowerHeads = new Set([...heads].map((head) => head.toLowerCase()));
  const places = new RegExp(`(?:^|\\s)(?:${[...words.locationPrepositions, ...words.locationPrepositions.map((preposition) => `${preposition} the`)].join('|')})\\s+$`, 'u');
  const found: Candidate[] = [];
  for (const match of text.matchAll(run)) {
    const start = match.index;
    const name = match[0].replace(/’s$/u, '');
    const end = start + name.length;
    const tokens = name.split(/\s+/).flatMap((token) => token.split(/(?<=\.)(?=\p{Lu})/u)).filter((token) => !words.nameParticles.includes(token) && !/^\p{Lu}\.$/u.test(token));
    const withInitial = /\s\p{Lu}\.\s|^\p{Lu}\./u.test(name);
    // Words in capitals are a surname only beside a word in mixed case (`MENSAH Kofi`), never alone (`UNICEF WFP`).
    const inCapitals = tokens.filter((token) => !/\p{Ll}/u.test(bareWord(token)));
    if (inCapitals.length && (inCapitals.length === tokens.length || inCapitals.some((token) => isCommon(titleCase(bareWord(token))) || !readsAsName(bareWord(token))))) continue;
    const bare = (token: string) => titleCase(bareWord(token));
    if (tokens.some((token) => isCommon(bare(token)) || nameWords().has(bare(token)) || nameWords().has(bareWord(token)) || breakers.has(bare(token)))) continue;
    if (taken.some((other) => other.start < end && start < other.end)) continue;
    const before = text.slice(0, start);
    // … but a name with a middle initial is a person's wherever it stands (`the report of Ana M. Lima`).
    if (/\p{Lu}[\p{L}\p{M}’\-]*\.?\s+$/u.test(before) || (!withInitial && (places.test(before) || complement.test(before))) || /\/\s*$/u.test(before)) continue;
    // After the noun of a body or a place (`the armed group Jaysh al-Adl`, `the district Kessaro`).
    const noun = before.match(/(\p{Ll}+)\s+$/u)?.[1];
    if (noun && lowerHeads.has(noun)) continue;
    // An item of a list whose item before is a place, a State or a body is one too (`Hudaydah, Salif and Ra’s Isa`).
    const listed = before.match(new RegExp(`(?:,|\\s(?:${words.nameCoordinators.join('|')}))\\s+$`, 'u'));
    // Only a mention that ends before the separator is the list's item before (one after the name is not).
    const separator = start - (listed?.[0].length ?? 0);
    if (listed && taken.some((other) => other.type !== 'person' && other.type !== 'role' && other.end <= separator && /^[\s,]*$/u.test(text.slice(other.end, separator)))) continue;
    // After a capitalized word, the name goes on a list of names only when that word ends a person (`Ana Lima and Rui Costa`).
    if (listed && /\p{Lu}[\p{L}\p{M}’\-]*$/u.test(before.slice(0, separator)) && ![...taken, ...found].some((other) => other.type === 'person' && other.end === separator)) continue;
    const next = text.slice(end).match(/^\s+(\p{Lu}[\p{L}\-]*)/u)?.[1];
    if (next && heads.has(next)) continue;
    // An abbreviation ends it (`Bolshaya Dmitrovka Str., Moscow`): a street, not a person.
    if (/^\.,/u.test(text.slice(end))) continue;
    found.push(personCandidate(text, start, end));
  }
  return found;
}

/** A word of a name without the particle glued before it (`al-Shaibani` → `Shaibani`). */
function bareWord(token: string): string {
  return token.replace(/^\p{Ll}+-/u, '');
}

/**
 * A word in capitals that reads as a surname, not as an acronym (`UAV`, `NPP`, `PMES`): four letters or more,
 * a vowel in every three.
 */
function readsAsName(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && (letters.match(/[AEIOUY]/gu)?.length ?? 0) * 3 >= letters.length;
}

/** A word printed in capitals as a dictionary writes a name (`MENSAH` → `Mensah`); others as they are. */
function titleCase(word: string): string {
  return /\p{Ll}/u.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase();
}

/** A State's demonym, singular or plural (`Turkish Cypriots` names a people, no person). */
function isDemonym(word: string, names: LanguageGazetteer | undefined): boolean {
  return !!names && (names.demonyms.has(word) || names.demonyms.has(word.replace(/s$/u, '')));
}

/**
 * Foreign names in Chinese running text (`协调员汤姆·弗莱彻的复函`): no space and no capital bounds them, but the
 * middle dot parts a transliterated name and its parts are written in the characters of the transliteration
 * table; the name is the run of them on both sides of the dots, two characters a part at least.
 */
function transliteratedNames(text: string, words: EntityWords, known: Candidate[], found: Candidate[]): Candidate[] {
  const characters = words.transliterationCharacters;
  if (!characters) return [];
  const inTable = new Set(characters);
  const names: Candidate[] = [];
  const dot = /[·‧・•]/u;
  for (const match of text.matchAll(/[·‧・•]/gu)) {
    if (names.some((name) => name.start <= match.index && match.index < name.end)) continue;
    let start = match.index;
    while (start > 0 && inTable.has(text[start - 1]!)) start -= 1;
    let end = match.index + 1;
    for (;;) {
      let partEnd = end;
      while (partEnd < text.length && inTable.has(text[partEnd]!)) partEnd += 1;
      if (partEnd - end < 1) break;
      end = partEnd;
      if (!(end < text.length && dot.test(text[end]!) && inTable.has(text[end + 1] ?? ''))) break;
      end += 1;
    }
    const parts = text.slice(start, end).split(dot);
    if (parts.length < 2 || parts.some((part) => [...part].length < 2)) continue;
    // Inside a name the tables know, or a person already found, it is theirs.
    if ([...known, ...found].some((candidate) => candidate.start < end && start < candidate.end)) continue;
    names.push(personCandidate(text, start, end));
  }
  return names;
}
