import type { ScriptWords } from '../lang/types.ts';
import type { Lexicon, LexiconSource, WordSet } from './lexicon.ts';

/**
 * What the repair plugins need to know about one language. Each language folder fills it in
 * `pipeline/lang/<code>/repair.ts`; a language without it passes through repair untouched.
 */
export interface RepairLanguage {
  lexicon: LexiconSource;
  /**
   * The lower-case letters the language writes its own words with. A word with another letter (`é` or `ı`
   * in English, `ğ` or `ć` in French) is a name or a foreign word: it is never cut, joined or respelled.
   */
  alphabet: string;
  /**
   * The Unicode script of the language (`Latin`): lines with letters of another script (an annex in Arabic,
   * a broken text layer) are left to that script's rules.
   */
  script: string;
  /** Capitalized words of names (states, organizations, places) in every language. */
  names: () => ReadonlySet<string>;
  /**
   * Compounds the language writes with a hyphen (`Secretary-General`): the same letters glued, where an
   * extraction lost the hyphen at a line end, get it back.
   */
  compounds: () => ReadonlySet<string>;
  /**
   * Common words the language's own word lists write with a hyphen (`so-called`, `follow-up`, `high-level`),
   * lower case, where its dictionary lists none (Hunspell English keeps compounds out of its word list): the
   * compound spaced after its hyphen (`so- called`) or glued (`highlevel`) by an extraction gets it back.
   */
  hyphenatedForms?: () => Promise<readonly string[]>;
  /** The names of states in the language, one word each (`Cambodia`, `Thailand`): two of them spaced at a line join get their hyphen. */
  stateNames?: () => ReadonlySet<string>;
  /** Loads the verb data the context rules use (infinitives, participles, finite forms). */
  verbs: () => Promise<VerbForms>;
  /** Words that elide before a vowel and take an apostrophe (`l`, `d`, `qu`, `lorsqu`), lower case. */
  elisions: readonly string[];
  /**
   * Endings written after an apostrophe with no space (`State’s`, `don’t`), lower case: a space OCR puts on
   * either side of the apostrophe is removed (`State ’s`, `State’ s`). None in French.
   */
  clitics?: readonly string[];
  /** Letters that OCR reads in place of a lower-case `l` before an apostrophe or at a word start. */
  lConfusions: readonly string[];
  /** Weighted letter confusions on folded keys, tried on unknown words: [read, meant, cost in bits]. */
  confusions: readonly (readonly [string, string, number])[];
  /**
   * Also try the confusions on capitalized words: English capitalizes common nouns in titles and names of
   * organs (`Permanent Representative`, `Security Council`). French capitals only gain accents.
   */
  confusionsOnCapitals?: boolean;
  /** Inflection endings OCR cuts off a word (`régional e`): joined when the whole is known. */
  detachedEndings: readonly string[];
  /**
   * Endings every noun or verb of the language may take (English plural and third person `-s`): a dictionary
   * word of four letters or more with one is a right form even where the dictionary lists none (`briefers`),
   * and no letter confusion takes the ending off.
   */
  regularEndings?: readonly string[];
  /** Known one- and two-letter words that may stand alone in a split (`a`, `y`, `de`, `la`). */
  shortWords: readonly string[];
  /** Prefixes French writes glued to a word (`anti`, `info`): a cut right after one is no glued-words error. */
  combiningPrefixes: readonly string[];
  /** Words that can be glued to the next one by a lost space (articles, prepositions). */
  glueWords: readonly string[];
  /** The letter written after a Roman numeral for an ordinal (`XXIe`), read by OCR as `®`; '' for none. */
  ordinalSuffix: string;
  /**
   * Letters a parenthesis inside a word may stand for (`ao(it` → `août`); [] where `State(s)` is written
   * on purpose. Default: the French readings of `û`, `î`, `u`.
   */
  parenthesisReadings?: readonly string[];
  /** Short words told apart by context. */
  context: ContextWords;
  typography: TypographyRules;
}

export interface VerbForms {
  infinitives: WordSet;
  participles: WordSet;
  /** Conjugated forms and present participles. */
  finite: WordSet;
}

/** The verb forms of a language whose repair decides nothing by verbs. */
export const NO_VERBS: VerbForms = { infinitives: new Set(), participles: new Set(), finite: new Set() };

export interface ContextWords {
  /** The verb form and the preposition written alike without the accent (`a` / `à`); '' for none. */
  verbForm: string;
  preposition: string;
  /** Words that, after the ambiguous form, show it is the preposition (`la`, `une`, `cette`). */
  determiners: readonly string[];
  /** Words that, before it, show it is the verb (`il`, `qui`, `on`). */
  subjects: readonly string[];
  /** Fixed pairs where a short word takes its accent: [previous word or '', word, next word or '', replacement]. */
  pairs: readonly (readonly [string, string, string, string])[];
  /**
   * Rare words (abbreviations mostly) that OCR makes of very frequent short words by one letter confusion:
   * [read, meant] (`thc` → `the`, `cf` → `of`). Replaced in running text only: lower case, or capitalized
   * at a sentence start, between spaces or punctuation other than a full stop (`cf.` stays).
   */
  shortReadings?: readonly (readonly [string, string])[];
}

/** The context of a language that tells no short word apart by its accent: only `shortReadings` may be added. */
export const NO_ACCENT_CONTEXT: ContextWords = { verbForm: '', preposition: '', determiners: [], subjects: [], pairs: [] };

export interface TypographyRules {
  apostrophe: string;
  /** Punctuation preceded by a no-break space (`;`, `:`, `!`, `?`) and the space used. */
  spaceBefore: readonly string[];
  narrowSpace: string;
  wideSpace: string;
  /** Opening and closing quotes with a no-break space inside. */
  openQuote: string;
  closeQuote: string;
}

/** The data a plugin run gets: the language rules and its loaded lexicon. */
export interface RepairData {
  language: RepairLanguage;
  lexicon: Lexicon;
  verbs: VerbForms;
  /** Capitalized words of the name tables (`pipeline/lang/names`): never cut, joined or respelled. */
  names: ReadonlySet<string>;
  /** Hyphenated compounds of the language (`RepairLanguage.compounds`). */
  compounds: ReadonlySet<string>;
  /** The language's hyphenated common words (`RepairLanguage.hyphenatedForms`) by their letters: `highlevel` → `high-level`. */
  hyphenatedForms: ReadonlyMap<string, string>;
  /** One-word names of states (`RepairLanguage.stateNames`). */
  stateNames: ReadonlySet<string>;
  /** Month names of the language, lower case (the language's `months`). */
  months: readonly string[];
  /** The language's script and the look-alike letters of other scripts mixed into its words. */
  script?: ScriptWords;
}
