import { franc } from 'franc';
import type { LanguageCode } from '../model/index.ts';
import type { LanguageRegistry, LanguageResources } from './types.ts';
import { french } from './fr/index.ts';
import { english } from './en/index.ts';
import { spanish } from './es/index.ts';
import { russian } from './ru/index.ts';
import { arabic } from './ar/index.ts';
import { chinese } from './zh/index.ts';

export type { LanguageRegistry, LanguageResources } from './types.ts';
export { SUPPORTED_LANGUAGE_CODES, isSupportedLanguage } from './codes.ts';

/** The language assumed when none is given and none can be detected: the archive's first language. */
export const DEFAULT_LANGUAGE: LanguageCode = 'fr';

/** franc speaks ISO 639-3; the model speaks ISO 639-1. */
const FRANC_TO_MODEL: Record<string, LanguageCode> = {
  fra: 'fr',
  eng: 'en',
  spa: 'es',
  rus: 'ru',
  arb: 'ar',
  cmn: 'zh',
};

/** Languages that each have a Unicode script of their own are told apart by script before franc. */
const SCRIPT_LANGUAGES: ReadonlyArray<[RegExp, LanguageCode]> = [
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
];

/**
 * Detects the language of a text among the six UN languages, or returns undefined when the text is too
 * short or too mixed to tell.
 */
export function detectLanguage(fullText: string): LanguageCode | undefined {
  // Web addresses are Latin letters in any language's text: they say nothing of it.
  const text = fullText.replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  for (const [script, code] of SCRIPT_LANGUAGES) {
    const count = text.match(script)?.length ?? 0;
    if (count / letters > 0.3) return code;
  }
  const guess = franc(text, { only: ['fra', 'eng', 'spa'], minLength: 10 });
  return FRANC_TO_MODEL[guess];
}

/** A registry of the given languages (the first is preferred on a tie). */
export function languageRegistry(resources: readonly LanguageResources[]): LanguageRegistry {
  const byCode = new Map(resources.map((language) => [language.code, language]));
  return {
    codes: resources.map((language) => language.code),
    has: (code: string): code is LanguageCode => byCode.has(code as LanguageCode),
    get(code) {
      const language = byCode.get(code);
      if (!language) throw new Error(`language ${code} is not supported yet (supported: ${[...byCode.keys()].join(', ')})`);
      return language;
    },
  };
}

/** The languages unletters speaks: what every run uses unless it is given another registry. */
export const defaultLanguages: LanguageRegistry = languageRegistry([french, english, spanish, russian, arabic, chinese]);

/** The resources of a language of the default registry; throws for a language not supported yet. */
export function languageResources(code: LanguageCode): LanguageResources {
  return defaultLanguages.get(code);
}
