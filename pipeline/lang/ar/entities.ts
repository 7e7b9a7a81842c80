import type { EntityWords, RoleWords } from '../types.ts';
import words from './entities.json' with { type: 'json' };

const listed = words as EntityWords;

/**
 * Forms of a name after the preposition `ل`, which takes the alif of the article: `ل` + `الأمم المتحدة` is
 * written `للأمم المتحدة`; the proclitic stays outside the mention, so the name is found as `لأمم المتحدة`.
 */
export function arabicNameForms(name: string): readonly string[] {
  return name.startsWith('ال') ? [name.slice(1)] : [];
}

function withArticleForms(role: RoleWords): RoleWords {
  return { ...role, forms: [...new Set([...role.forms, ...role.forms.flatMap(arabicNameForms)])] };
}

/**
 * Arabic cues of the entity stage (names of states, organizations and places are in pipeline/lang/names).
 * No capitals: names are found in the tables and by their cue words, with the proclitics glued before them.
 */
export const arabicEntities: EntityWords = {
  ...listed,
  roles: listed.roles.map(withArticleForms),
  // `ل` + `السيد` is written `للسيد` (`أعرب عن تقديري للسيد …`): the form of address after the preposition.
  honorifics: [...new Set([...listed.honorifics, ...listed.honorifics.flatMap(arabicNameForms)])].sort((one, other) => other.length - one.length),
  nameForms: arabicNameForms,
};
