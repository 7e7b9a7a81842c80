import type { LanguageResources } from '../types.ts';

export const french: LanguageResources = {
  code: 'fr',
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
    'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  ],
  dates: { daySuffixes: ['er'], rangeJoiners: ['et', 'au'] },
};
