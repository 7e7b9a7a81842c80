import type { EntityType } from '../model/index.ts';

/** One mention found in one text, before mentions are gathered into entities. */
export interface TextMention {
  type: EntityType;
  /** Offsets in the text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Entity id (`state:AFG`); empty for an anaphor not yet resolved. */
  id: string;
  /** Normalized value (`AFG`, `2012-03-26/2012-03-27`, `A/RES/62/17`). */
  normalized: string;
  /** Persons: the honorific before the name (`M.`). */
  honorific?: string;
  /** Persons: post-nominal letters after the name (`MP`). */
  postNominal?: string;
  /** Persons: the State of a `Name (Country)` list (`state:GHA`). */
  affiliation?: string;
  /** Persons: roles held, linked from the text (`M. X, Président de …`). */
  roleIds?: string[];
  /** Organizations: the head noun of an anaphor (`Organisation` in `l’Organisation`), resolved later. */
  anaphor?: string;
  /** Organizations: whether this anaphor is defined here (`(« l’Organisation »)`) for the rest of the text. */
  definition?: boolean;
  /** An instrument's defined name (`JCPOA`): no entity, kept only so that no other mention takes its words. */
  instrument?: boolean;
  /**
   * Organizations: the id the name alone gives (`org:joint-commission`) when this mention's is more specific
   * (`org:jcpoa-joint-commission`, `org:unsc-committee-1267`): the name's other mentions in the letter take it.
   */
  generalId?: string;
  /** Roles: the function's slug without owner (`director-general`). */
  functionSlug?: string;
  /** Roles: an owner that is an anaphor (`of the Council`), by its offsets, resolved over the document. */
  pendingOwner?: { start: number; end: number };
  /** Roles: a function printed without owner, taking the id of the role it shortens or of its signature block. */
  bare?: boolean;
  /** Roles: a function of the United Nations (`Under-Secretary-General`): no State of a signature block owns it. */
  unFunction?: boolean;
  /**
   * Roles: a bare function that is another function when a body other than `keptBy` owns it (`Presidente` on
   * the signature line of a working group's chair: `chair`), applied when its owner is found over the document.
   */
  bodyFunction?: { id: string; keptBy: readonly string[] };
  /** Roles: a bare function of the United Nations that keeps its own id when it shortens no role (`High Commissioner`). */
  keepIfAlone?: boolean;
  /** Whether the mention comes from a name table rather than from a pattern. */
  fromTable?: boolean;
}
