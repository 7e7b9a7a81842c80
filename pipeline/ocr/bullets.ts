import type { EngineParagraph, EngineWord } from './engine.ts';
import { HAS_ALPHANUMERIC } from './speckle.ts';

/**
 * What Tesseract reads a round list bullet (`•`) as, in letters' typefaces. Not `«`: a quotation opens
 * lines (`« Un océan, une planète », adoptée…`).
 */
const BULLET_MISREADINGS = new Set(['*', '»', '+', '°', '©', '®', '·', '¢', '@', '•']);

const STARTS_CAPITAL = /^\p{Lu}/u;

/**
 * Whether the word at `index` may be a list bullet: a bullet's sign, followed by a capital, with only
 * marks before it on the line (a speck in the margin). Small as it is, speckle removal must spare it.
 */
export function mayBeBullet(words: readonly EngineWord[], index: number): boolean {
  return (
    BULLET_MISREADINGS.has(words[index]!.text) &&
    STARTS_CAPITAL.test(words[index + 1]?.text ?? '') &&
    words.slice(0, index).every((word) => !HAS_ALPHANUMERIC.test(word.text))
  );
}

/** Lines of the page that start with what may be a bullet. */
function bulletLines(paragraphs: EngineParagraph[]): number {
  return paragraphs.reduce((count, paragraph) => count + paragraph.lines.filter((line) => line.words.some((_, index) => mayBeBullet(line.words, index))).length, 0);
}

/**
 * What speckle removal must spare on this page: the bullets, when two lines or more start with one (a list
 * has items); otherwise nothing, and a lone sign in front of a line is judged like any speck.
 */
export function bulletsToKeep(paragraphs: EngineParagraph[]): ((words: readonly EngineWord[], index: number) => boolean) | undefined {
  return bulletLines(paragraphs) >= 2 ? mayBeBullet : undefined;
}

/**
 * Restores list bullets that Tesseract read as another sign (`* Renforcer`, `» Protéger`, `+ Partager`) at
 * the start of a line, on a page with two such lines or more: one line alone (`* Reissued for technical
 * reasons`) is more likely a footnote, and keeps its sign.
 */
export function restoreBullets(paragraphs: EngineParagraph[]): EngineParagraph[] {
  if (bulletLines(paragraphs) < 2) return paragraphs;
  return paragraphs.map((paragraph) => ({
    lines: paragraph.lines.map((line) => (mayBeBullet(line.words, 0) ? { ...line, words: [{ ...line.words[0]!, text: '•' }, ...line.words.slice(1)] } : line)),
  }));
}
