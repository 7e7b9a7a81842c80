/**
 * Builds `states.json` (UN member and observer states: ISO 3166-1 alpha-3, names and aliases in the six UN
 * languages) from i18n-iso-countries (MIT) and world-countries (ODbL), completed by `un-state-names.json`.
 * Run by hand when a package is updated: `npx tsx pipeline/lang/names/build-states.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
/** world-countries names its translations in ISO 639-3. */
const WORLD_COUNTRIES_CODES: Record<(typeof LANGUAGES)[number], string> = { ar: 'ara', en: 'eng', es: 'spa', fr: 'fra', ru: 'rus', zh: 'zho' };
/** Observer states of the General Assembly, alongside the members. */
const OBSERVERS = new Set(['PSE', 'VAT']);

interface WorldCountry {
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  demonyms?: Record<string, { f: string; m: string }>;
  translations: Record<string, { common: string; official: string }>;
}

const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
for (const language of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
const world = require('world-countries') as WorldCountry[];
const unFile = JSON.parse(readFileSync(join(here, 'un-state-names.json'), 'utf8')) as Record<string, Record<string, string[]>> & {
  _historical?: Record<string, Record<string, string[]>>;
};
const { _historical: historical = {}, ...unForms } = unFile;
/** Each UN form belongs to its state only: `Congo` is the Republic of the Congo, never the packages' alias of its neighbour. */
const unOwner = new Map<string, string>();
for (const [alpha3, forms] of Object.entries(unForms)) for (const [language, list] of Object.entries(forms)) if (Array.isArray(list)) for (const form of list) unOwner.set(`${language}\u0000${curly(form)}`, alpha3);

/** Aliases usable as running-text names: no inverted forms (`Iran, République islamique d'`), no articles. */
function usable(name: string): boolean {
  return !name.includes(',') && !/^(les?|la|the)\s/i.test(name) && name.length > 1;
}

function curly(name: string): string {
  return name.replace(/'/g, '’').replace(/ -/g, '-');
}

const states = world
  .filter((country) => country.unMember || OBSERVERS.has(country.cca3))
  .map((country) => {
    const alpha3 = country.cca3;
    const names: Record<string, string> = {};
    const aliases: Record<string, string[]> = {};
    for (const language of LANGUAGES) {
      const forms = new Set<string>();
      for (const form of unForms[alpha3]?.[language] ?? []) forms.add(curly(form));
      const packageNames = countries.getName(alpha3, language, { select: 'all' }) ?? [];
      const translation = language === 'en' ? country.name : country.translations[WORLD_COUNTRIES_CODES[language]];
      const candidates = [translation?.common, ...packageNames, translation?.official].filter((name): name is string => Boolean(name));
      for (const name of candidates) forms.add(curly(name));
      const list = [...forms].filter(usable).filter((form) => (unOwner.get(`${language}\u0000${form}`) ?? alpha3) === alpha3);
      names[language] = unForms[alpha3]?.[language]?.[0] ? curly(unForms[alpha3]![language]![0]!) : (list[0] ?? alpha3);
      // The display name is the short form when the UN table starts with a formal one.
      const short = translation?.common ? curly(translation.common) : undefined;
      if (short && usable(short) && !/[()]/.test(short)) names[language] = short;
      aliases[language] = list;
    }
    // Demonyms (`Syrian`, `syrien`), for the owner of a role written after one (`Syrian Foreign Minister`).
    const demonyms: Record<string, string[]> = {};
    for (const language of ['en', 'fr'] as const) {
      const forms = country.demonyms?.[WORLD_COUNTRIES_CODES[language]];
      if (forms) demonyms[language] = [...new Set([forms.m, forms.f].filter(Boolean))];
    }
    return { alpha3, names, aliases, demonyms };
  })
  .sort((a, b) => a.alpha3.localeCompare(b.alpha3));

// States that no longer exist, by their withdrawn ISO 3166-3 code (`USSR` → `SUN`).
for (const [alpha3, forms] of Object.entries(historical)) {
  if (alpha3.startsWith('_')) continue;
  const names: Record<string, string> = {};
  const aliases: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(forms)) {
    aliases[language] = list.map(curly);
    names[language] = aliases[language]![0]!;
  }
  states.push({ alpha3, names, aliases, demonyms: {} });
}

writeFileSync(join(here, 'states.json'), `${JSON.stringify(states, null, 1)}\n`);
console.log(`states.json: ${states.length} states`);
