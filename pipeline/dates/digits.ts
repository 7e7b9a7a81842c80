/**
 * Decimal digits of any script read as numbers: UN Arabic prints Western digits, but sources and some
 * versions write Arabic-Indic (`١٤`) or Eastern Arabic-Indic (`۱۴`) ones. Every Unicode decimal digit block
 * runs 0 to 9, so a digit's value is its distance from the block's zero.
 */

/** The text with every decimal digit written as an ASCII digit (same length: digits are one code unit). */
export function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    // Only digits of one code unit are folded, so offsets into the text stay true.
    if (code > 0xffff) return digit;
    for (let zero = code; zero > code - 10; zero -= 1) {
      // The block's zero is the nearest code point at or below whose digit value is 0.
      if (/\p{Nd}/u.test(String.fromCodePoint(zero)) && !/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return String(code - zero);
    }
    return digit;
  });
}
