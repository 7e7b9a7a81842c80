import type { LanguageCode } from '../model/index.ts';

/**
 * The codes of the languages unletters speaks, in the default registry's order of preference. A list apart
 * from the languages' resources, so that what only checks a code (the command line's `--lang`, the queue's
 * follower) loads no language module; a test keeps it equal to `defaultLanguages.codes`.
 */
export const SUPPORTED_LANGUAGE_CODES: readonly LanguageCode[] = ['fr', 'en', 'es', 'ru', 'ar', 'zh'];

export function isSupportedLanguage(code: string): code is LanguageCode {
  return (SUPPORTED_LANGUAGE_CODES as readonly string[]).includes(code);
}
