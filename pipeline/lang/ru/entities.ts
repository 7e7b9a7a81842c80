import type { EntityWords, RoleWords } from '../types.ts';
import { russianNameForms, russianNominativeName } from './declension.ts';
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

const { references } = listed;

/**
 * Russian cues of the entity stage (names of states, organizations and places are in pipeline/lang/names).
 * Names, roles and the words of references are declined: the tables list the nominative, running text has every case.
 */
export const russianEntities: EntityWords = {
  ...listed,
  roles: listed.roles.map(declinedRole),
  references: {
    ...references,
    agendaItem: declinedWords(references.agendaItem),
    resolution: declinedWords(references.resolution),
    decision: declinedWords(references.decision ?? []),
  },
  nameForms: russianNameForms,
  personBaseName: russianNominativeName,
};
