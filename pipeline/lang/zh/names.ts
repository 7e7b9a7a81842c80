import anyAscii from 'any-ascii';

/**
 * A Chinese name as the parts of a person id (pipeline/entities/person-id.ts), through its Pinyin (any-ascii
 * writes each syllable with a capital: `傅聪` → `FuCong`).
 * - A name of two or three characters without a dot is a Chinese person's: its Pinyin is the Latin spelling
 *   the UN prints (`Fu Cong`), taken as it is.
 * - A foreign name is written in the syllables of the transliteration table of foreign names, its parts
 *   parted by `·` (`弗朗西斯科·特罗佩皮`, Francisco Tropepi). Pinyin letters are then read as the sounds they
 *   stand for there: c and q are ts, x is s, j is k or g (`基斯利齐亚`, Kyslytsya), a syllable's final ng
 *   is the n of the source (`朗`, `lan`). Vowels the syllables add between consonants go with every other
 *   vowel in the id; consonants the table leaves out of a cluster (`伦德茨`, Leendertse) are not restored.
 */
/**
 * Characters of the transliteration tables that write another sound than their Pinyin: `季` (ji) is the ти and ть
 * of Russian and Ukrainian names in Xinhua's Russian table (`乌斯季诺夫`, Ustinov; `赫里斯季娜`, Khrystyna).
 */
const FOREIGN_NAME_SOUNDS: Readonly<Record<string, string>> = { 季: 'Ti' };

export function chineseNameParts(name: string): string[] {
  const han = name.match(/\p{Script=Han}/gu)?.length ?? 0;
  const foreign = /[·‧•・.\-‐]/u.test(name) || han > 3;
  return name
    .split(/[·‧•・.\-‐\s]+/u)
    .filter(Boolean)
    .map((part) => {
      const spelled = foreign ? [...part].map((character) => FOREIGN_NAME_SOUNDS[character] ?? character).join('') : part;
      const syllables = anyAscii(spelled).split(/(?=[A-Z])/).map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, ''));
      if (!foreign) return syllables.join('');
      return syllables
        .map((syllable) => syllable.replace(/ng$/, 'n').replace(/^q/, 'ts').replace(/^x/, 's').replace(/^c(?!h)/, 'ts').replace(/^j/, 'g'))
        .join('');
    })
    .filter(Boolean);
}
