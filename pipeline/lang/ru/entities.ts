import type { EntityWords, RoleWords } from '../types.ts';
import { russianNameForms } from './declension.ts';
import words from './entities.json' with { type: 'json' };

const listed = words as EntityWords;

/** A role's forms in every case (`Постоянного представителя`, `Председателем`), its listed forms first. */
function declinedRole(role: RoleWords): RoleWords {
  return { ...role, forms: [...new Set([...role.forms, ...role.forms.flatMap(russianNameForms)])] };
}

/**
 * Russian cues of the entity stage (names of states, organizations and places are in pipeline/lang/names).
 * Names and roles are declined: the tables list the nominative, running text has every case.
 */
export const russianEntities: EntityWords = {
  ...listed,
  roles: listed.roles.map(declinedRole),
  nameForms: russianNameForms,
};
