/**
 * The shared name tables (states, organizations, places), read once and indexed per language. Names are
 * data (pipeline/lang/names/*.json); this module only indexes them.
 */
import type { LanguageCode } from '../model/index.ts';
import locationsData from '../lang/names/locations.json' with { type: 'json' };
import organizationsData from '../lang/names/organizations.json' with { type: 'json' };
import placesData from '../lang/names/places.json' with { type: 'json' };
import statesData from '../lang/names/states.json' with { type: 'json' };
import unBodiesData from '../lang/names/un-bodies.json' with { type: 'json' };
import type { EntityWords } from '../lang/types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { canonicalText } from './text.ts';

export type Names = Partial<Record<LanguageCode, string>>;

export interface StateRecord {
  alpha3: string;
  names: Names;
  aliases: Partial<Record<LanguageCode, string[]>>;
  /** Demonyms (`Syrian`) in the languages the source gives. */
  demonyms?: Partial<Record<LanguageCode, string[]>>;
}

export interface OrganizationRecord {
  id: string;
  names: Names;
  aliases: Partial<Record<LanguageCode, string[]>>;
  acronyms: Partial<Record<LanguageCode, string[]>>;
}

export interface LocationRecord {
  id: string;
  names: Names;
  aliases: Partial<Record<LanguageCode, string[]>>;
}

export const states = statesData as StateRecord[];

/**
 * The organizations of both tables: the bodies of the UN system, regional organizations and named groups
 * (un-bodies.json, compiled from the UN's published lists) and the other organizations the letters name
 * (organizations.json). A body in both keeps the display names of organizations.json and the union of
 * their forms.
 */
function mergeOrganizations(...tables: OrganizationRecord[][]): OrganizationRecord[] {
  const byId = new Map<string, OrganizationRecord>();
  for (const table of tables) {
    for (const record of table) {
      const known = byId.get(record.id);
      if (!known) {
        byId.set(record.id, { id: record.id, names: { ...record.names }, aliases: { ...record.aliases }, acronyms: { ...record.acronyms } });
        continue;
      }
      for (const language of Object.keys(record.names) as LanguageCode[]) known.names[language] ??= record.names[language];
      for (const field of ['aliases', 'acronyms'] as const) {
        for (const [language, forms] of Object.entries(record[field]) as [LanguageCode, string[]][]) {
          known[field][language] = [...new Set([...(known[field][language] ?? []), ...forms])];
        }
      }
    }
  }
  return [...byId.values()];
}

export const organizations = mergeOrganizations(organizationsData as OrganizationRecord[], (unBodiesData as { bodies: OrganizationRecord[] }).bodies);
/** Places of the letters (locations.json), then regions, territories, duty stations and capitals (places.json). */
export const locations = [...(locationsData as LocationRecord[]), ...(placesData as { places: LocationRecord[] }).places];

export const stateByCode = new Map(states.map((state) => [state.alpha3, state]));
export const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
export const locationById = new Map(locations.map((location) => [location.id, location]));

export interface GazetteerEntry {
  type: 'state' | 'organization' | 'location';
  /** Entity id: `state:AFG`, `org:sco`, `location:astana`. */
  id: string;
}

export interface LanguageGazetteer {
  /** Surface form (canonical text) → entry. */
  entries: Map<string, GazetteerEntry>;
  /** Finds every surface form in a text, the longest at each place, bounded as the language parts its words. */
  matcher: PhraseMatcher;
  /** Short and formal state names only, for the formal-name grammar. */
  stateNames: Map<string, string>;
  /** Names and acronyms of each organization in this language, main name first, for anaphora. */
  organizationNames: Map<string, string[]>;
  /** Demonym → state, for the demonyms of one state only (`Syrian`; not `Congolese`). */
  demonyms: Map<string, string>;
  /**
   * The names as headings and lists print them in capitals (`RUSSIAN FEDERATION`, `IC OF RUSSIA`): each form
   * whose capitals differ from it and name one entry only; a body by a name of two words or more only (a single
   * word in capitals is most often a heading's common word: `SECRETARIAT`). Built on first use.
   */
  capitals: () => { entries: Map<string, GazetteerEntry>; matcher: PhraseMatcher; forms: Map<string, string> };
}

const cache = new Map<LanguageCode, { gazetteer: LanguageGazetteer; words: object | undefined }>();

/**
 * The gazetteer of one language: all surface forms of states, organizations and places, and the forms the
 * language's `nameForms` derives from them (cases), bounded as the language joins its words. Built once
 * per language, on the first call.
 */
export function gazetteer(language: LanguageCode, words?: Pick<EntityWords, 'nameForms' | 'wordJoining'>): LanguageGazetteer {
  const cached = cache.get(language);
  // A call without the language's words (a lookup of the names alone) takes whichever was built.
  if (cached && (!words || cached.words === words)) return cached.gazetteer;
  const nameForms = words?.nameForms;
  const entries = new Map<string, GazetteerEntry>();
  const stateNames = new Map<string, string>();
  // The listed form first, then the forms the language derives from it (cases), which never displace a listed one.
  const add = (form: string, entry: GazetteerEntry) => {
    addForm(form, entry);
    for (const derived of nameForms?.(form) ?? []) if (!entries.has(canonicalText(derived))) addForm(derived, entry);
  };
  const addForm = (form: string, entry: GazetteerEntry) => {
    const key = canonicalText(form);
    // A form shared by two states (`Congo`) goes to the one whose display name it is.
    const existing = entries.get(key);
    if (existing && existing.type === entry.type) {
      const owner = entry.type === 'state' ? stateByCode.get(entry.id.slice(6)) : undefined;
      if (!owner || canonicalText(owner.names[language] ?? '') !== key) return;
    }
    // Organizations and states keep their forms: a region does not take `Micronesia` from the State.
    if (existing && existing.type !== entry.type && (existing.type === 'organization' || (existing.type === 'state' && entry.type === 'location'))) return;
    entries.set(key, entry);
  };
  for (const state of states) {
    for (const form of state.aliases[language] ?? []) {
      add(form, { type: 'state', id: `state:${state.alpha3}` });
      if (!stateNames.has(canonicalText(form))) stateNames.set(canonicalText(form), state.alpha3);
    }
  }
  for (const location of locations) {
    for (const form of location.aliases[language] ?? []) add(form, { type: 'location', id: `location:${location.id}` });
  }
  const organizationNames = new Map<string, string[]>();
  for (const organization of organizations) {
    const forms = [...(organization.aliases[language] ?? []), ...(organization.acronyms[language] ?? [])];
    organizationNames.set(`org:${organization.id}`, forms.map(canonicalText));
    for (const form of forms) add(form, { type: 'organization', id: `org:${organization.id}` });
  }
  const matcher = new PhraseMatcher(entries.keys(), words?.wordJoining);
  const demonymStates = new Map<string, Set<string>>();
  for (const state of states) for (const demonym of state.demonyms?.[language] ?? []) demonymStates.set(demonym, new Set([...(demonymStates.get(demonym) ?? []), state.alpha3]));
  const demonyms = new Map([...demonymStates].filter(([, codes]) => codes.size === 1).map(([demonym, codes]) => [demonym, [...codes][0]!]));
  let capitals: ReturnType<LanguageGazetteer['capitals']> | undefined;
  const result = { entries, matcher, stateNames, organizationNames, demonyms, capitals: () => (capitals ??= capitalForms(entries, words?.wordJoining)) };
  cache.set(language, { gazetteer: result, words });
  return result;
}

function capitalForms(entries: Map<string, GazetteerEntry>, joining: EntityWords['wordJoining']): ReturnType<LanguageGazetteer['capitals']> {
  const byForm = new Map<string, GazetteerEntry | undefined>();
  // The form as the tables write it, for a reader that gives a text in capitals its usual case.
  const forms = new Map<string, string>();
  for (const [form, entry] of entries) {
    const upper = form.toUpperCase();
    if (upper === form || entries.has(upper)) continue;
    if (entry.type === 'organization' && !/\s/u.test(form)) continue;
    const known = byForm.get(upper);
    // Two entries in capitals alike (`Congo` of the State, `CONGO` of nothing else) stay unread unless they agree.
    byForm.set(upper, byForm.has(upper) && known?.id !== entry.id ? undefined : entry);
    if (!forms.has(upper)) forms.set(upper, form);
  }
  const capitalEntries = new Map([...byForm].filter((pair): pair is [string, GazetteerEntry] => pair[1] !== undefined));
  return { entries: capitalEntries, matcher: new PhraseMatcher(capitalEntries.keys(), joining), forms };
}
