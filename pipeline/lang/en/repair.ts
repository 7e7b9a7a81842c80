import { hunspellPackage } from '../../repair/lexicon.ts';
import { hyphenatedWords, nameWords, oneWordStateNames } from '../names/name-words.ts';
import { englishEntities } from './entities.ts';
import { NO_ACCENT_CONTEXT, NO_VERBS, type RepairLanguage } from '../../repair/resources.ts';

/** Letters only: the ranked lists also hold clitics (`'s`) and numbers. */
const isPlainWord = (word: string): boolean => /^\p{Ll}+$/u.test(word);

/** Letters joined by hyphens, no piece under two letters, none a repeat or a start of its neighbour. */
const isHyphenatedWord = (word: string): boolean => {
  if (!/^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u.test(word)) return false;
  const pieces = word.split('-');
  return pieces.every((piece, index) => index === 0 || !(piece.startsWith(pieces[index - 1]!) || pieces[index - 1]!.startsWith(piece)));
};

/**
 * English repair data. The lexicon is dictionary-en and dictionary-en-gb (Hunspell en-US and en-GB from
 * wooorm/dictionaries, MIT AND BSD) expanded from their suffixes and prefixes (`re`, `un`, `dis`…): every
 * spelling either accepts is right (`organization` and `organisation`, `instill` and `instil`). United
 * Nations English writes Oxford spelling (`organization` but `programme`, `labour`, `centre`); the
 * lower-case words of the Wikipedia list of @zxcvbn-ts/language-en (MIT) are added as known forms, and
 * that list with the subtitles list gives the frequency ranks. Nothing here comes from the fixtures.
 *
 * No elisions and no accent context: those rules stay idle. Apostrophes only join clitics (`State ’s`).
 */
export const englishRepair: RepairLanguage = {
  lexicon: {
    name: 'en-2',
    ...hunspellPackage('dictionary-en'),
    // British spellings are as right as American ones (`instil`, `analyse`, `favourable`).
    moreDictionaries: [hunspellPackage('dictionary-en-gb')],
    prefixes: true,
    rankedLists: async () => {
      const { dictionary } = await import('@zxcvbn-ts/language-en');
      return [dictionary['commonWords-en'] as string[], dictionary['wikipedia-en'] as string[]];
    },
    // Wikipedia words the dictionary lacks (`programme`, `honour`, but names too, in lower case: the words
    // plugin only turns a capitalized word into a common word of the dictionary itself).
    moreForms: async () => {
      const { dictionary } = await import('@zxcvbn-ts/language-en');
      return (dictionary['wikipedia-en'] as string[]).filter(isPlainWord);
    },
    extraForms: [['a', 6], ['i', 20]],
  },
  // The subtitles list's hyphenated words (`so-called`, `follow-up`, `high-level`), not its stammers
  // (`the-the`, `wh-what`).
  hyphenatedForms: async () => {
    const { dictionary } = await import('@zxcvbn-ts/language-en');
    return (dictionary['commonWords-en'] as string[]).filter(isHyphenatedWord);
  },
  stateNames: () => oneWordStateNames('en'),
  verbs: async () => NO_VERBS,
  names: nameWords,
  // The titles of the entity cues and the names of the name tables that are written with a hyphen.
  compounds: () => hyphenatedWords([...englishEntities.roles.flatMap((role) => role.forms), ...nameWords()]),
  script: 'Latin',
  alphabet: 'abcdefghijklmnopqrstuvwxyz',
  elisions: [],
  clitics: ['s', 't', 'll', 've', 're', 'd', 'm'],
  lConfusions: [],
  // Confusions of a scanned Times or Arial page, on folded keys: [read, meant, cost in bits].
  confusions: [
    ['rn', 'm', 3], ['m', 'rn', 5], ['cl', 'd', 4], ['d', 'cl', 5], ['li', 'h', 4], ['h', 'li', 5], ['ii', 'u', 4],
    ['ii', 'il', 3], ['ii', 'li', 4], ['vv', 'w', 4], ['ri', 'n', 5], ['in', 'm', 5], ['nn', 'm', 5],
    ['1', 'l', 3], ['1', 'i', 4], ['l', 'i', 4], ['i', 'l', 4], ['0', 'o', 3], ['t', 'l', 5], ['l', 't', 5],
    ['c', 'o', 4], ['o', 'c', 4], ['c', 'e', 4], ['e', 'c', 5], ['e', 'o', 5], ['o', 'e', 5], ['a', 'o', 5],
    ['h', 'b', 5], ['b', 'h', 5], ['u', 'n', 5], ['n', 'u', 5], ['f', 't', 5], ['t', 'f', 5], ['g', 'q', 5],
    ['', 'i', 6], ['', 'e', 6], ['', 'o', 6], ['', 'a', 6], ['', 'u', 6], ['', 'l', 7], ['s', '', 7],
  ],
  confusionsOnCapitals: true,
  detachedEndings: ['s', 'es', 'ed', 'ing', 'ly'],
  // Any agent noun or count noun takes a plural the dictionary may not list (`briefers`, `subteams`).
  regularEndings: ['s'],
  shortWords: [
    'a', 'i', 'of', 'to', 'in', 'on', 'at', 'by', 'an', 'as', 'is', 'it', 'be', 'or', 'we', 'he', 'no', 'so', 'up',
    'us', 'do', 'if', 'my', 'me', 'am',
  ],
  combiningPrefixes: [
    'anti', 'co', 'counter', 'cross', 'cyber', 'eco', 'extra', 'geo', 'hyper', 'inter', 'intra', 'macro', 'micro',
    'mini', 'multi', 'non', 'over', 'para', 'post', 'pre', 're', 'semi', 'socio', 'sub', 'super', 'supra', 'trans',
    'tri', 'ultra', 'un', 'under', 'agro', 'bio', 'euro', 'hydro', 'photo', 'radio', 'thermo', 'bi', 'mono', 'self',
  ],
  glueWords: ['of', 'the', 'to', 'in', 'on', 'at', 'by', 'and', 'for', 'a', 'an', 'with'],
  ordinalSuffix: '',
  parenthesisReadings: [],
  context: {
    ...NO_ACCENT_CONTEXT,
    // The commonest function words with `e`/`o`/`i`/`h` read as `c`/`l`/`b`: the misreadings are themselves
    // rare words of the lists (abbreviations), so the word-level rule leaves them.
    shortReadings: [
      ['thc', 'the'], ['tbe', 'the'], ['cf', 'of'], ['tc', 'to'], ['ln', 'in'], ['ls', 'is'], ['lt', 'it'], ['bc', 'be'],
      ['wc', 'we'], ['arc', 'are'], ['sc', 'so'], ['cr', 'or'], ['cur', 'our'], ['aud', 'and'], ['ou', 'on'],
      ['iu', 'in'], ['hc', 'he'], ['lts', 'its'], ['thls', 'this'], ['wlth', 'with'], ['cn', 'on'],
    ],
  },
  // UN English: typographic apostrophe, no space before `; : ! ?`, none inside quotation marks.
  typography: {
    apostrophe: '’',
    spaceBefore: [';', '!', '?'],
    narrowSpace: '',
    wideSpace: '',
    openQuote: '“',
    closeQuote: '”',
  },
};
