import type { UnDocument } from '../model/index.ts';

export interface EntityOptions {}

/** The entity stage: fills `entities` and links signatures to their person entities. */
export function tagEntities(document: UnDocument, _options: EntityOptions = {}): UnDocument {
  // Placeholder until entity tagging lands (issue 5).
  return document;
}
