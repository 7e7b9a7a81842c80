/**
 * Arabic ordinals written in words, as the UN's Arabic headers print sessions and years: `الدورة التاسعة
 * والسبعون` (79th session), `السنة الثمانون` (80th year), `الدورة الحادية عشرة` (11th).
 */
const UNITS: Record<string, number> = {
  الأول: 1, الأولى: 1, الحادي: 1, الحادية: 1, الثاني: 2, الثانية: 2, الثالث: 3, الثالثة: 3, الرابع: 4, الرابعة: 4,
  الخامس: 5, الخامسة: 5, السادس: 6, السادسة: 6, السابع: 7, السابعة: 7, الثامن: 8, الثامنة: 8, التاسع: 9,
  التاسعة: 9, العاشر: 10, العاشرة: 10,
};

const TENS: Record<string, number> = {
  عشر: 10, عشرة: 10, العشرون: 20, العشرين: 20, الثلاثون: 30, الثلاثين: 30, الأربعون: 40, الأربعين: 40,
  الخمسون: 50, الخمسين: 50, الستون: 60, الستين: 60, السبعون: 70, السبعين: 70, الثمانون: 80, الثمانين: 80,
  التسعون: 90, التسعين: 90, المائة: 100, المئة: 100,
};

/** `التاسعة والسبعون` → 79; undefined when a word is no ordinal. */
export function arabicOrdinal(words: string): number | undefined {
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return undefined;
  let total = 0;
  for (const [index, raw] of tokens.entries()) {
    // `و` joins the units to the tens (`والسبعون`).
    const token = index > 0 && raw.startsWith('و') && !(raw in TENS) ? raw.slice(1) : raw;
    const value = UNITS[token] ?? TENS[token];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/** Ordinal adverbs that number sections (`أولا - `, `ثانيا - `), with or without the final tanween. */
const SECTION_ORDINALS: Record<string, number> = {
  أولا: 1, ثانيا: 2, ثالثا: 3, رابعا: 4, خامسا: 5, سادسا: 6, سابعا: 7, ثامنا: 8, تاسعا: 9, عاشرا: 10,
  'حادي عشر': 11, 'ثاني عشر': 12, 'ثالث عشر': 13, 'رابع عشر': 14, 'خامس عشر': 15,
};

/** The words of section marks, longest first, for a pattern. */
export const SECTION_ORDINAL_WORDS = Object.keys(SECTION_ORDINALS).sort((a, b) => b.length - a.length);

/** `ثانيا` or `ثانياً` → 2; undefined when the word numbers no section. */
export function arabicSectionOrdinal(word: string): number | undefined {
  return SECTION_ORDINALS[word.replace(/\u064b/gu, '').replace(/\s+/gu, ' ').trim()];
}
