import type { EntityWords } from '../types.ts';
import words from './entities.json' with { type: 'json' };

/**
 * Chinese cues of the entity stage (names of states, organizations and places are in pipeline/lang/names).
 * No spaces and no capitals: names are found in the tables wherever they stand, and an owner comes before
 * its function (`安全理事会主席`).
 */
export const chineseEntities = words as EntityWords;
