import type { EntityWords } from '../types.ts';
import words from './entities.json' with { type: 'json' };
import { isCommonEnglishWord, isEnglishProperNoun } from './words.ts';

/** English cues of the entity stage (names of states, organizations and places are in pipeline/lang/names). */
export const englishEntities: EntityWords = { ...(words as EntityWords), isCommonWord: isCommonEnglishWord, isProperNoun: isEnglishProperNoun };
