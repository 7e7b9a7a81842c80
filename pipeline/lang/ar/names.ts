import anyAscii from 'any-ascii';

/**
 * An Arabic name as the parts of a person id (pipeline/entities/person-id.ts). The transliteration writes
 * only what Arabic writes: consonants and the long vowels `ا`, `و`, `ي`, no short vowel, the ayn and hamza
 * as marks. Spelled the way the Latin form of the name is read:
 * - the marks go (`سعيد` → `syd`, one word, not two); the alif is an a;
 * - `و` and `ي` are read as the vowels u and i they mostly write in foreign names;
 * - an r after a consonant that is not the word's first letter had a short vowel before it, unwritten
 *   (`ليندرتسه` is `Leendertse`, `فليتشر` `Fletcher`), and is left out as the Latin spelling's r after a
 *   vowel is; a first consonant and r are a cluster (`فرانسيسكو`, `Francisco`).
 */
export function arabicNameParts(name: string): string[] {
  // The alif writes the long a of a foreign name (`مارك`, Mark; `كارتر`, Carter), which the transliteration leaves
  // out: kept, an r after it is the r after a vowel that the Latin spelling's key leaves out too.
  return anyAscii(name.replace(/[اآ]/gu, 'a'))
    .toLowerCase()
    .replace(/[`'’]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/w/g, 'u')
        .replace(/y/g, 'i')
        .replace(/dh/g, 'd')
        .replace(/(?<=^.+[^aeiou])r(?=[^aeiou]|$)/g, ''),
    );
}
