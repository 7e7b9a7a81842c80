/** Chinese numerals as the UN's Chinese headers write them: `第七十九届会议` (79th session), `第八十年`. */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `七十九` → 79, `十一` → 11, `一百零五` → 105; undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  const characters = [...text.trim()];
  if (characters.length === 0) return undefined;
  let total = 0;
  let pending: number | undefined;
  for (const character of characters) {
    if (character in DIGITS) pending = DIGITS[character]!;
    else if (character in UNITS) {
      total += (pending ?? 1) * UNITS[character]!;
      pending = undefined;
    } else return undefined;
  }
  return total + (pending ?? 0);
}
