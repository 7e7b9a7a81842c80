/** Places the name tables do not know, found by their context. */
import type { EntityWords } from '../../lang/types.ts';
import type { LanguageGazetteer } from '../gazetteer.ts';
import { bigCitySpelledAs, isWorldCity } from '../../lang/names/world-cities.ts';
import { slug } from '../text.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { addressForms, type Patterns } from './patterns.ts';

/** Places known only by their context: `fleuve Panj`, `à Kokoul`, `Aichi (Japon)`, `Astana, le 28 août 2004`. */
export function contextPlaces(text: string, words: EntityWords, patterns: Patterns, names: LanguageGazetteer, months: readonly string[] = []): Candidate[] {
  const found: Candidate[] = [];
  const links = [...new Set(words.organizationLinks.map((link) => link.split(' ')[0]!))];
  const titleCase = new RegExp(`^\\s+(?:${links.join('|')})\\s+\\p{Lu}`, 'u');
  const monthAfter = new RegExp(`^\\s+(?:${links.join('|')})\\s+(?:${months.length ? months.map((month) => month[0]!.toUpperCase() + month.slice(1)).join('|') : '(?!)'})(?![\\p{L}])`, 'u');
  // A form of address printed with its dot is no place when its dot is left out of the word (`in Mr. Türk’s letter`).
  const notPlaces = new Set([...words.nameStopWords, ...words.instrumentHeads, ...addressForms(words), ...months.map((month) => month[0]!.toUpperCase() + month.slice(1))]);
  // An adjective made from a known place's name (`African`, `European`, `Asian`): `in African trade` names no place.
  const adjectiveOfPlace = (word: string) =>
    !/\s/u.test(word) && (words.placeAdjectiveEndings ?? []).some((ending) => word.endsWith(ending) && names.entries.has(word.slice(0, -ending.length)));
  const add = (start: number, place: string, guessed = false) => {
    if (notPlaces.has(place.split(/\s/)[0]!)) return;
    // Guessed from a preposition alone, a name of common words only (`in Phase II`, `in Parliament`) or a
    // demonym or language (`in Arabic`) is no place.
    if (guessed && !names.entries.has(place) && (place.split(/\s+/).every((word) => words.isCommonWord?.(word)) || names.demonyms.has(place) || words.languageNames?.has(place) || adjectiveOfPlace(place))) return;
    // A title-case phrase goes on after the word (`in Time of War`, `in Support of Trade`): no place, unless it
    // is a city's name (`in Goma the United Nations`, `in Orahovac in July`).
    // A month after the link dates the sentence and continues no name (`from his home in Silwad in September 2024`).
    if (guessed && titleCase.test(text.slice(start + place.length)) && !monthAfter.test(text.slice(start + place.length)) && !names.entries.has(place) && !(words.isCommonWord && isWorldCity(place))) return;
    // A middle initial and a surname after the word make it a person's first name (`in Ana M. Lima (ed.)`).
    if (guessed && /^\s+\p{Lu}\.\s+\p{Lu}\p{Ll}/u.test(text.slice(start + place.length))) return;
    const known = names.entries.get(place);
    if (known && known.type !== 'location') return;
    const id = known ? known.id : `location:${slug(place)}`;
    found.push({ type: 'location', start, end: start + place.length, text: place, id, normalized: id.slice(9), priority: PRIORITY.place });
  };
  for (const match of text.matchAll(patterns.locationCue)) add(match.index + match[0].length - match[1]!.length, match[1]!, true);
  const heads = new Set(words.placeHeads ?? []);
  const isHead = (word: string) => heads.has(word) || heads.has(word.replace(/s$/u, '')) || heads.has(word.replace(/ies$/u, 'y'));
  for (const match of text.matchAll(patterns.locationPreposition)) {
    // A preposition inside a name in title case (`Convention on Cooperation in Combating Maritime
    // Piracy`) is no place cue: after a capitalized word, a run of several capitalized words is
    // the rest of that name (`fleuve Panj à Kokoul` keeps its one-word place), unless the run ends with a
    // place's designator (`Obo in Haut-Mbomou Prefecture`). (The place's own space first: the pattern anchored
    // at the end of the text before is tried from every position of that text.)
    const insideName = /\s/u.test(match[1]!) && /\p{Lu}[\p{L}\p{M}’\-]*\s+$/u.test(text.slice(0, match.index)) && !isHead(match[1]!.split(/\s+/).at(-1)!);
    if (!insideName) add(match.index + match[0].length - match[1]!.length, match[1]!, true);
  }
  // Only a language that tells its common words from names guesses cities (`Un`, a town, opens French sentences);
  // a city the tables list is theirs (and starts no list here: `East Jerusalem, Advisory Opinion`).
  if (words.isCommonWord) for (const city of worldCities(text, words.instrumentHeads)) if (!names.entries.has(city.name)) add(city.start, city.name, true);
  // The rest of a list that starts with a place: `in Goma, Minova, Sake and Bukavu`, `Haute-Kotto and Sam
  // Ouandja`; a designator after the last item is the list's (`Mbomou and Vakaga Prefectures`).
  const word = `\\p{Lu}[\\p{Ll}\\p{M}’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}’]+)*`;
  // An item's second word may open with a particle glued to it (`Nur al-Shams`).
  const item = new RegExp(`^(?:,\\s+|\\s+(?:${words.nameCoordinators.join('|')})\\s+|,\\s+(?:${words.nameCoordinators.join('|')})\\s+)(${word}(?:\\s+(?:\\p{Ll}{1,3}-)?${word})?)(?![\\p{L}\\p{M}’\\-])`, 'u');
  const continueLists = (places: readonly Candidate[]) => {
    for (const place of places) {
      let position = place.end;
      for (;;) {
        // The place an item holds or lies in, in brackets, is no separator of the list (`Basse-Kotto (Zangba), Ouaka`).
        position += text.slice(position).match(/^\s*\([^()]{1,80}\)/u)?.[0].length ?? 0;
        const next = text.slice(position).match(item);
        if (!next) break;
        let name = next[1]!;
        // A plural designator is the whole list's (`Mbomou and Vakaga Prefectures`); a singular one is the item's (`Bembéré, Lim-Pendé Prefecture`).
        const second = name.split(/\s+/)[1];
        if (second && isHead(second) && !heads.has(second)) name = name.split(/\s+/)[0]!;
        const start = position + next[0].length - next[1]!.length;
        add(start, name);
        position = start + name.length;
      }
    }
  };
  continueLists([...found]);
  // A place and, in brackets, the place it lies in or holds (`Birao (Vakaga)`, `Basse-Kotto (Zangba)`).
  const bracketed = new RegExp(`(?<![\\p{L}\\p{M}’\\-])(${word}(?:\\s+${word})?)\\s+\\((${word}(?:\\s+${word})?)(?=[,)])`, 'gu');
  const isPlace = (start: number, name: string) => names.entries.get(name)?.type === 'location' || found.some((place) => place.start === start && place.text === name);
  const before = found.length;
  for (const match of text.matchAll(bracketed)) {
    const inner = match.index + match[0].length - match[2]!.length;
    if (isPlace(match.index, match[1]!) && !names.entries.has(match[2]!)) add(inner, match[2]!, true);
    else if (isPlace(inner, match[2]!) && !names.entries.has(match[1]!) && !sentenceStart(text.slice(0, match.index))) add(match.index, match[1]!, true);
  }
  // The rest of a list in brackets: `Haut-Mbomou (Bambouti, Mboki, Zemio)`.
  continueLists(found.slice(before));
  // Sites named by what stands there: `at the Fordow facility`, `the Barzah and Jamrayah facilities`; and
  // places named before a lower-case designator (`the Kursk region`, `Vasilievskii municipal district`), which
  // are no demonym and not all common words.
  for (const [nouns, guessed] of [[words.siteNouns ?? [], false], [words.placeDesignators ?? [], true]] as const) {
    if (!nouns.length) continue;
    // A site's name may have two or three words (`the Abu Shouk camp`), not all of them common words.
    // Several sites before one plural noun: `the Dheisheh, Aida and Azza refugee camps`, `the Goz Amir and Ourang camps`.
    // Its later words may open with a particle glued to them (`Bab al-Hawa border crossing`).
    const siteName = `${word}(?:\\s+(?:\\p{Ll}{1,3}-)?${word}){0,2}`;
    const coordinators = words.nameCoordinators.join('|');
    const site = new RegExp(`(?<![\\p{L}])(${siteName})((?:,\\s+${siteName}){0,6},?\\s+(?:${coordinators})\\s+${siteName})?\\s+(?:\\p{Ll}+\\s+)?(?:${nouns.join('|')})(?![\\p{L}])`, 'gu');
    const item = new RegExp(`^(?:,\\s+|,?\\s+(?:${coordinators})\\s+)(${siteName})`, 'u');
    for (const match of text.matchAll(site)) {
      if (/\p{Lu}[\p{L}\-]*\s+$/u.test(text.slice(0, match.index)) || sentenceStart(text.slice(0, match.index))) continue;
      // A name of common words only, or a people's adjective (`Israeli prisons`), names no site.
      const allCommon = (name: string) =>
        names.demonyms.has(name) || adjectiveOfPlace(name) || (/\s/u.test(name) && !names.entries.has(name) && name.split(/\s+/).every((word) => words.isCommonWord?.(word) ?? true));
      // A possessive before the site is its owner, no part of its name (`Israel’s Megiddo prison`).
      const owner = match[1]!.match(/^(?:\S+’s\s+)+/u)?.[0].length ?? 0;
      const first = match[1]!.slice(owner);
      if (allCommon(first)) continue;
      add(match.index + owner, first, guessed);
      let position = match.index + match[1]!.length;
      const listEnd = position + (match[2]?.length ?? 0);
      while (position < listEnd) {
        const next = text.slice(position, listEnd).match(item);
        if (!next) break;
        const start = position + next[0].length - next[1]!.length;
        if (!allCommon(next[1]!)) add(start, next[1]!, guessed);
        position = start + next[1]!.length;
      }
    }
  }
  // A place's designator is part of its name: `South Kivu Province`, `Kyiv Region`.
  if (words.placeHeads?.length) {
    const designated = new RegExp(`(\\p{Lu}[\\p{L}\\p{M}’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}’\\-]*)*)\\s+(?:${words.placeHeads.join('|')})(?![\\p{L}])`, 'gu');
    for (const match of text.matchAll(designated)) {
      const before = found.length;
      for (let cut = 0; cut < match[1]!.length; cut = match[1]!.indexOf(' ', cut) + 1) {
        const base = match[1]!.slice(cut);
        const listed = names.entries.get(base)?.type === 'location';
        if (listed || (words.isCommonWord && !names.entries.has(base) && isWorldCity(base))) {
          const start = match.index + cut;
          const whole = text.slice(start, match.index + match[0].length);
          // A city of the world gazetteer is a guess that a body's longer name around it outweighs.
          found.push(namedPlace(start, whole, listed ? PRIORITY.table + 1 : PRIORITY.place));
          break;
        }
        if (match[1]!.indexOf(' ', cut) < 0) break;
      }
      if (found.length === before) {
        const guessed = unknownDesignated(match[1]!, words, names);
        if (guessed !== undefined) {
          const start = match.index + guessed;
          const whole = text.slice(start, match.index + match[0].length);
          found.push(namedPlace(start, whole, PRIORITY.place));
        }
      }
    }
  }
  // A line the UN names as a place, printed with its article: `the Blue Line`, `the Green Line`. Its words may be
  // common words (a colour, a letter's name), which no other place may be; a State or body among them is no line.
  if (words.namedLines) {
    const { articles, heads } = words.namedLines;
    const line = new RegExp(`(?<![\\p{L}\\p{M}])(?:${articles.join('|')})\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}’\\-]+\\s+){1,2}(?:${heads.join('|')}))(?![\\p{L}\\p{M}\\-])`, 'gu');
    for (const match of text.matchAll(line)) {
      const start = match.index + match[0].length - match[1]!.length;
      if (names.matcher.longestAt(text, start)) continue;
      found.push(namedPlace(start, match[1]!, PRIORITY.place));
    }
  }
  // A feature's noun and `of` before its name: `Gulf of Sirte`, `Sea of Azov` (the whole is the place).
  if (words.featureHeadsBefore?.length) {
    const named = new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.featureHeadsBefore.join('|')})\\s+${word}(?:\\s+${word})?(?![\\p{L}\\p{M}\\-])`, 'gu');
    for (const match of text.matchAll(named)) {
      if (!sentenceStart(text.slice(0, match.index)) || names.entries.get(match[0].replace(/\s+/gu, ' '))) {
        const whole = match[0];
        // Above the tables' shorter names inside it (`Gulf`, `Guinea`), which it holds whole.
        if (!names.entries.has(whole.replace(/\s+/gu, ' '))) found.push(namedPlace(match.index, whole, PRIORITY.table + 1));
      }
    }
  }
  // A modifier the UN prints as part of a place's name: `Occupied East Jerusalem`, `Occupied Palestine`.
  if (words.placeModifiers?.length) {
    const modified = new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.placeModifiers.join('|')})\\s+`, 'gu');
    for (const match of text.matchAll(modified)) {
      const start = match.index + match[0].length;
      const place = names.matcher.longestAt(text, start);
      if (!place) continue;
      const entry = names.entries.get(place);
      const whole = text.slice(match.index, start + place.length);
      if (!entry || (entry.type !== 'location' && entry.type !== 'state') || names.entries.has(whole)) continue;
      found.push(namedPlace(match.index, whole, PRIORITY.table + 1));
    }
  }
  const capitalized = /\p{Lu}[\p{Ll}\p{M}’\-]+(?:[\s\-]\p{Lu}[\p{Ll}\p{M}’\-]+)*/gu;
  for (const match of text.matchAll(capitalized)) {
    const after = text.slice(match.index + match[0].length);
    const before = text.slice(0, match.index);
    const inParentheses = after.match(/^\s*\(([^()]+)\)/);
    if (inParentheses && names.entries.get(inParentheses[1]!.trim())?.type === 'state') add(match.index, match[0]);
    // `Bucha, Ukraine`, `Yokohama, Japan`: a place, then its State; `Binnish, Idlib Governorate`: a place, then the
    // region it lies in, named with its designator.
    // (A guess: `Education and Training, Slovenia` ends a title, whose common words name no place.)
    else if ((stateAfterComma(after, names) || designatedAfterComma(after, heads)) && !/(?:^|\s)\p{Lu}[\p{L}\-]*\s+$/u.test(before) && !sentenceStart(before) && !names.entries.has(match[0])) add(match.index, match[0], true);
    // A place heading a date line: at the start of the text or of a parenthesis, a comma, then a date.
    // (`before` ends the text or an opening parenthesis: tested from its end, not by a pattern anchored at
    // the end, which V8 tries from every position of the text before each capitalized word.)
    else if ((before === '' || before.trimEnd().endsWith('(')) && /^,\s+(?:\p{Ll}+\s+)?\d/u.test(after)) add(match.index, match[0], true);
  }
  return found;
}

/** A place named whole by the words at `start` (its designator, feature or modifier inside), its id their slug. */
function namedPlace(start: number, name: string, priority: number): Candidate {
  return { type: 'location', start, end: start + name.length, text: name, id: `location:${slug(name)}`, normalized: slug(name), priority };
}

/**
 * Towns and cities of the world gazetteer written as a name of their own: a run of capitalized words that is
 * the city's whole name, with no capitalized word right before or after it (`Vladimir Putin`, `Jeddah
 * Declaration` are other names); a possessive stays outside (`Goma’s`).
 */
function worldCities(text: string, instrumentHeads: readonly string[]): { start: number; name: string }[] {
  const found: { start: number; name: string }[] = [];
  // An instrument named after the town where it was made names that town (`Jeddah Declaration`, `Chicago Convention`).
  const heads = instrumentHeads.length ? `(?:${instrumentHeads.join('|')})s?(?![\\p{L}\\p{M}])` : '(?!)';
  const run = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}’\\-.])\\p{Lu}\\p{Ll}[\\p{L}\\p{M}’\\-]*(?:[ \\t](?!${heads})\\p{Lu}\\p{Ll}[\\p{L}\\p{M}’\\-]*){0,2}(?:(?=[ \\t]+${heads})|(?![\\p{L}\\p{M}\\p{N}\\-]|[ \\t]+\\p{Lu}))`, 'gu');
  for (const match of text.matchAll(run)) {
    const name = match[0].replace(/’s$/u, '');
    if (/\p{Lu}[\p{L}\p{M}’\-]*\.?[ \t]+$/u.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // A name goes on through a particle glued to its next word (`Nur al-Shams`, `Ras al-Ain`).
    if (/^[ \t]+\p{Ll}{1,3}-\p{Lu}/u.test(text.slice(match.index + name.length))) continue;
    // A big city in another romanization, a single word (`the Kiev regime`), is that city under the letter's spelling.
    if (isWorldCity(name) || (!/\s/u.test(name) && bigCitySpelledAs(name))) found.push({ start: match.index, name });
  }
  return found;
}

/**
 * Where, in the capitalized words before a place's designator that name no known place, an unknown place's name
 * starts (`Zaporozhye Region`, `Ercan State Airport`, `Vasilyevsky Municipal District`): at the first word that is
 * no common word, no demonym and no name of the tables; undefined when there is none or the language cannot tell.
 */
function unknownDesignated(run: string, words: EntityWords, names: LanguageGazetteer): number | undefined {
  if (!words.isCommonWord) return undefined;
  const tokens = [...run.matchAll(/\S+/gu)];
  const first = tokens.findIndex((token) => !words.isCommonWord!(token[0]));
  if (first < 0) return undefined;
  const rest = tokens.slice(first).map((token) => token[0]);
  if (rest.some((token) => names.entries.has(token) || names.demonyms.has(token) || token.length < 2 || token === token.toUpperCase())) return undefined;
  return tokens[first]!.index;
}

/**
 * Whether a word stands where any word takes a capital (the start of a text, a sentence or a bullet): its
 * capital then says nothing of a name (`Altogether, Iran exceeds…`, `• Nuclear sites: …`).
 */
function sentenceStart(before: string): boolean {
  return /(?:^|[.!?;:]\s+|[•▪◦●]\s*)$/u.test(before.trimStart() === '' ? '' : before);
}

/** Whether a State's name follows a comma: `, Ukraine`, `, State of Qatar`. */
function stateAfterComma(after: string, names: LanguageGazetteer): boolean {
  const run = after.match(/^,\s+((?:\p{Lu}[\p{L}’\-]*)(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’\-]*)*)/u)?.[1];
  if (!run) return false;
  const parts = run.split(/\s+/);
  for (let length = parts.length; length > 0; length -= 1) {
    if (names.entries.get(parts.slice(0, length).join(' '))?.type === 'state') return true;
  }
  return false;
}

/** Whether a place named with its designator follows a comma: `, Idlib Governorate`, `, North Kivu Province`. */
function designatedAfterComma(after: string, heads: ReadonlySet<string>): boolean {
  const run = after.match(/^,\s+((?:\p{Lu}[\p{L}’\-]*)(?:\s+\p{Lu}[\p{L}’\-]*){1,3})/u)?.[1];
  return run !== undefined && heads.has(run.split(/\s+/).at(-1)!);
}
