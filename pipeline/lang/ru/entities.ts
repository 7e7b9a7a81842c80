import type { EntityWords, RoleWords } from '../types.ts';
import { russianNameForms, russianNameFormsByCase, russianNominativeByKnownSurnames, russianNominativeName, type Case } from './declension.ts';
import words from './entities.json' with { type: 'json' };

const listed = words as EntityWords;

/**
 * A function of two words or more with its first word in either case: Russian running text writes a title's
 * first word in lower case where it is no high office of its own (`заместитель Постоянного представителя`,
 * `министр иностранных дел`) and capitalizes it at the head of a line or a signature.
 */
function bothCases(form: string): string[] {
  if (!/\s/u.test(form)) return [form];
  const first = form[0]!;
  return [form, (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + form.slice(1)];
}

/** A role's forms in every case (`Постоянного представителя`, `Председателем`), its listed forms first. */
function declinedRole(role: RoleWords): RoleWords {
  const forms = [...new Set(role.forms.flatMap(bothCases))];
  return { ...role, forms: [...new Set([...forms, ...forms.flatMap(russianNameForms)])] };
}

/**
 * The words before a reference's number in every case (`резолюцией 1612 (2005)`, `пунктом 19`), the listed
 * forms first. A listed form is declined when its paradigm gives another listed form (`резолюция` gives
 * `резолюции`): that is the nominative the endings apply to, where declining an oblique form would only make
 * words no text writes.
 */
function declinedWords(forms: readonly string[]): string[] {
  const listedForms = new Set(forms);
  const paradigms = forms.map(russianNameForms).filter((paradigm) => paradigm.some((form) => listedForms.has(form)));
  return [...new Set([...forms, ...paradigms.flat()])];
}

/**
 * The case of each declined form of a function (`Специального посланника` genitive, `Генеральному секретарю`
 * dative), and the gender of its nominative: a name set right after a function stands in apposition to it, in
 * its case (`письмо Специального посланника Ханса Грундберга`), so the function tells how to read the name back
 * to its nominative. A form two cases share keeps the first (the genitive, which is also a man's accusative).
 */
const roleFormCases: ReadonlyArray<readonly [string, { gender: 'm' | 'f'; grammaticalCase: Case }]> = listed.roles
  .flatMap((role) => role.forms.flatMap(bothCases))
  .flatMap((form) => {
    // A woman's title ends its head noun in -а/-я or -ица (`Постоянная представительница`).
    const gender = /(?:ица|ая|яя)(?:\s|$)/u.test(form) ? ('f' as const) : ('m' as const);
    return russianNameFormsByCase(form).map(([declined, grammaticalCase]) => [declined, { gender, grammaticalCase }] as const);
  })
  .filter(([form], index, all) => all.findIndex(([other]) => other === form) === index)
  .sort(([a], [b]) => b.length - a.length);

/** A person's name in the nominative, from the case its form of address or the function before it puts it in. */
function nominativeName(name: string, honorific?: string, role?: string): string {
  const nameCase = role ? roleFormCases.find(([form]) => role.startsWith(form) && !/[\p{L}\-]/u.test(role[form.length] ?? ''))?.[1] : undefined;
  return russianNominativeName(name, honorific, nameCase);
}

const { references } = listed;

/**
 * Russian cues of the entity stage (names of states, organizations and places are in pipeline/lang/names).
 * Names, roles and the words of references are declined: the tables list the nominative, running text has every case.
 */
export const russianEntities: EntityWords = {
  ...listed,
  roles: listed.roles.map(declinedRole),
  // A form of address opens a sentence with a capital (`Г-жа Кааг сменяет …`).
  honorifics: [...new Set([...listed.honorifics, ...listed.honorifics.map((honorific) => honorific[0]!.toUpperCase() + honorific.slice(1))])],
  references: {
    ...references,
    agendaItem: declinedWords(references.agendaItem),
    resolution: declinedWords(references.resolution),
    decision: declinedWords(references.decision ?? []),
  },
  nameForms: russianNameForms,
  personBaseName: nominativeName,
  personBaseNameByKnownSurnames: russianNominativeByKnownSurnames,
};
