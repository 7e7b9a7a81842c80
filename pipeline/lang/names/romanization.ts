/**
 * How the UN's languages romanize one name apart: French writes `Oustinov`, `Gorbatchev`, `Eltsine`,
 * `Jirinovski`, `Sergueï`; English `Ustinov`, `Gorbachev`, `Yeltsin`, `Zhirinovsky`, `Sergey`. Each rewrite
 * brings both spellings of such a letter group to one form, so that a person has one id in every
 * language. They apply in order, to each lower-case ASCII part of a name (`bachar`, `el`, `assad`);
 * names spelled alike in both languages stay alike, as every rewrite applies to both.
 */
export const ROMANIZATION_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  // French tch, English ch (Tchekhov, Chekhov); then English sh, French ch (Shevardnadze, Chevardnadze).
  [/tch/g, 'ch'],
  [/sh/g, 'ch'],
  // English zh, French j (Zhirinovsky, Jirinovski).
  [/zh/g, 'j'],
  // French ou, English u (Oustinov, Ustinov; Iouri, Yuri).
  [/ou/g, 'u'],
  // French gu before e or i keeps the g hard where English writes g alone (Sergueï, Sergey).
  [/gu(?=[ei])/g, 'g'],
  // y and i (Dmitry, Dmitri; Zelensky, Zelenski).
  [/y/g, 'i'],
  // The doubled y of some English spellings (Zelenskyy, Zelensky), and the ss French writes for a hard s
  // between vowels (Vassili, Vasily; Sissi, Sisi). Other doubled letters are the name's own (Herrera).
  [/([is])\1+/g, '$1'],
  // Names of the Latin script written in Cyrillic and read back through the standard transliteration
  // (any-ascii, BGN/PCGN-like) lose the spelling of their own language: `Francisco` comes back `Fransisko`,
  // `Danny` `Dani`, `Antje` `Ante`, `Kyslytsya` `Kislitsa`. Both sides are brought to the sound: c before e
  // or i is s, else k (ch is kept); the glide i or j after t or ts before a vowel goes; doubled letters are one.
  [/c(?=[ei])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/(ts|t)[ij](?=[aeou])/g, '$1'],
  [/([a-z])\1+/g, '$1'],
  // A first ye/ie that French writes e (Yeltsin, Eltsine).
  [/^ie/, 'e'],
  // The e French adds after a final consonant (Eltsine, Yeltsin; Tchernomyrdine, Chernomyrdin), in parts of four letters or more.
  [/^([a-z]{2,}[^aeiou])e$/, '$1'],
  // The Arabic article (Bachar el-Assad, Bashar al-Assad).
  [/^el$/, 'al'],
];

/**
 * Letters of other scripts that the standard transliteration writes as a mark of their own, dropped
 * before it: the Cyrillic soft and hard signs (`Антье` would come back `Ant'e`, two parts).
 */
export const TRANSLITERATION_DROPS: RegExp = /[ьъЬЪ]/gu;
