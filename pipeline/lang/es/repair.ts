import { hunspellPackage } from '../../repair/lexicon.ts';
import { hyphenatedWords, nameWords } from '../names/name-words.ts';
import { spanishEntities } from './entities.ts';
import { NO_ACCENT_CONTEXT, NO_VERBS, type RepairLanguage } from '../../repair/resources.ts';

/**
 * Spanish repair data. The lexicon is the RLA-ES Hunspell dictionary (dictionary-es, LGPL/MPL) expanded from
 * its suffixes and prefixes (`ante`, `des`, `re`: real word prefixes there, no elisions); word frequencies are
 * the ranks of @zxcvbn-ts/language-es-es (subtitles and Wikipedia, MIT). Nothing here comes from the letters.
 *
 * Spanish has no elision and no short word told apart by its neighbours that a rule could decide safely
 * (`el`/`él`, `si`/`sí`, `mas`/`más`, `publica`/`pública` are all words): an accent is only restored on a
 * word the lexicon does not know (`politica` → `política`), which the words plugin already does.
 */
export const spanishRepair: RepairLanguage = {
  lexicon: {
    name: 'es-1',
    ...hunspellPackage('dictionary-es'),
    prefixes: true,
    rankedLists: async () => {
      const { dictionary } = await import('@zxcvbn-ts/language-es-es');
      return [dictionary['commonWords-es-es'] as string[], dictionary['wikipedia-es-es'] as string[]];
    },
    // The conjunctions and the preposition of one letter (`y`, `e`, `o`, `u`, `a`) the lists rank low or miss.
    extraForms: [['a', 8], ['y', 6], ['o', 20], ['e', 300], ['u', 400]],
  },
  verbs: async () => NO_VERBS,
  names: nameWords,
  // The titles of the entity cues and the names of the name tables that are written with a hyphen.
  compounds: () => hyphenatedWords([...spanishEntities.roles.flatMap((role) => role.forms), ...nameWords()]),
  script: 'Latin',
  alphabet: 'abcdefghijklmnopqrstuvwxyzáéíóúüñ',
  elisions: [],
  clitics: [],
  lConfusions: [],
  parenthesisReadings: [],
  // Confusions a 300-dpi scan of Times produces, on folded keys (accents are free at that level).
  confusions: [
    ['rn', 'm', 3], ['m', 'rn', 5], ['cl', 'd', 4], ['d', 'cl', 5], ['li', 'h', 4], ['ii', 'u', 4], ['vv', 'w', 5],
    ['c', 'o', 4], ['o', 'c', 4], ['c', 'e', 4], ['e', 'c', 5], ['e', 'o', 5], ['o', 'e', 5], ['a', 'o', 5],
    ['1', 'l', 3], ['1', 'i', 4], ['l', 'i', 4], ['i', 'l', 4], ['h', 'b', 5], ['b', 'h', 5], ['u', 'n', 5],
    ['n', 'u', 5], ['f', 't', 5], ['t', 'f', 5], ['g', 'q', 5], ['q', 'g', 5],
    ['', 'o', 6], ['', 'e', 6], ['', 'i', 6], ['', 'a', 6], ['', 'u', 6], ['s', '', 7],
  ],
  // Spanish capitalizes the common nouns of titles and organs (`Representante Permanente`, `Consejo de Seguridad`).
  confusionsOnCapitals: true,
  detachedEndings: ['s', 'es', 'n', 'ción', 'ciones', 'mente'],
  shortWords: [
    'a', 'y', 'o', 'e', 'u', 'de', 'la', 'el', 'en', 'lo', 'se', 'su', 'al', 'un', 'no', 'es', 'ha', 'le', 'mi', 'ya',
    'si', 'sí', 'ni', 'me', 'te', 'nos', 'las', 'los', 'del', 'por', 'con', 'sin', 'que', 'una',
  ],
  combiningPrefixes: [
    'anti', 'auto', 'bio', 'ciber', 'co', 'contra', 'eco', 'extra', 'geo', 'hiper', 'infra', 'inter', 'intra',
    'macro', 'micro', 'mini', 'multi', 'narco', 'neo', 'para', 'pluri', 'poli', 'pos', 'post', 'pre', 'pro',
    'proto', 'pseudo', 'cuasi', 're', 'semi', 'socio', 'sub', 'super', 'supra', 'tele', 'trans', 'tri', 'ultra',
    'vice', 'agro', 'aero', 'euro', 'hidro', 'foto', 'radio', 'termo', 'bi', 'mono',
  ],
  glueWords: ['de', 'la', 'el', 'los', 'las', 'del', 'al', 'a', 'en', 'y', 'por', 'para', 'con', 'un', 'una', 'que'],
  ordinalSuffix: '',
  context: {
    ...NO_ACCENT_CONTEXT,
    // The commonest function words with `e`/`o` read as `c`, and `de` glued to an article: the misreadings
    // are rare words or abbreviations of the lists (`dela` is a form of `delar`), so the word rules leave them.
    shortReadings: [
      ['sc', 'se'], ['cl', 'el'], ['lc', 'lo'], ['dc', 'de'], ['cn', 'en'], ['ei', 'el'],
      ['dela', 'de la'], ['delas', 'de las'], ['delos', 'de los'],
    ],
  },
  // UN Spanish: typographic apostrophe (names only), English-style quotation marks, no space before marks.
  typography: {
    apostrophe: '’',
    spaceBefore: [],
    narrowSpace: '',
    wideSpace: '',
    openQuote: '“',
    closeQuote: '”',
  },
};
