/**
 * What the text-layer scorer needs to know about a language: its word forms and how OCR names it. Each
 * language folder (`pipeline/lang/<code>/extract.ts`) fills this in; the scorer holds no word of its own.
 */
export interface ExtractWords {
  /** Tesseract's name for the language (`fra`) and where its trained data comes from. */
  tesseract: TrainedData;
  /** Word forms of the language, lower case; loaded on first use. */
  loadWords(): WordList;
  /** Elided words written before an apostrophe (`l’`, `qu’`), lower case, without the apostrophe. */
  elisions: readonly string[];
  /**
   * Endings that turn an inflected form into one the word list holds, tried in order:
   * `['ées', 'er']` finds `adoptées` from `adopter`.
   */
  inflections: ReadonlyArray<readonly [string, string]>;
  /**
   * For a language without a word list (Arabic and Chinese here): the letters of its script. A token of
   * them counts as known, so a text layer is judged by whether it holds the language's letters rather than
   * garbage; one written in the wrong order is not caught.
   */
  scriptLetters?: RegExp;
  /** Each character is a word (Chinese, written without spaces): tokens are single characters. */
  characterWords?: boolean;
  /**
   * Typography OCR engines read inconsistently and the language writes one way, applied to each OCR word:
   * Tesseract reads the same apostrophe glyph as `'` or `’`, a spaced dash as `-` or `–`.
   */
  ocrTypography?: ReadonlyArray<readonly [RegExp, string | ((match: string) => string)]>;
  /**
   * Characters of a script written without spaces between words (Chinese): Tesseract still cuts a line into
   * words, and the OCR joins two of them without a space where the character on either side of the cut is one.
   */
  unspacedCharacters?: RegExp;
  /**
   * Rewrites a PDF page's text layer into the language's plain text (Arabic: presentation forms and tatweel
   * folded). Applied to every text layer before it is scored, whatever its language: it must leave any text
   * not in the language's script as it is.
   */
  foldTextLayer?: (text: string) => string;
}

/**
 * Where Tesseract's trained data for a language comes from: an npm package of `@tesseract.js-data/<code>`
 * layout (gzipped), or, for a language no maintained package ships, a folder of the system's own
 * Tesseract (Debian's `tesseract-ocr-<code>`, plain `.traineddata`) with the one line that says how to get it.
 */
export type TrainedData =
  | { code: string; dataPackage: string }
  | { code: string; systemFolder: string; install: string };

/** Lower-case word forms: a Set, or a packed set read from the cache folder (`PackedWordSets`). */
export interface WordList {
  has(word: string): boolean;
  readonly size: number;
}

/** Whether a lower-case word is a form of the language: listed, or listed once an ending is undone. */
export function isKnownWord(word: string, words: WordList, inflections: ExtractWords['inflections']): boolean {
  if (words.has(word)) return true;
  for (const [ending, replacement] of inflections) {
    if (word.length > ending.length + 2 && word.endsWith(ending) && words.has(word.slice(0, -ending.length) + replacement)) return true;
  }
  return false;
}

/** Reads a Hunspell `.dic` file into its stems (the part before `/`), lower case. */
export function hunspellStems(dic: string): string[] {
  const stems: string[] = [];
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const stem = (slash >= 0 ? line.slice(0, slash) : line).trim();
    if (stem !== '' && !stem.startsWith('#')) stems.push(stem.toLowerCase());
  }
  return stems;
}
