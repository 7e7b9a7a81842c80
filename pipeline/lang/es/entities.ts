import type { EntityWords } from '../types.ts';
import words from './entities.json' with { type: 'json' };

/** Spanish cues of the entity stage (names of states, organizations and places are in pipeline/lang/names). */
export const spanishEntities = words as EntityWords;
