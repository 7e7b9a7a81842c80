import anyAscii from 'any-ascii';
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
 * A text without the accents of its Latin letters (`António` → `Antonio`), for the standard transliteration
 * (any-ascii) to read. Cyrillic letters keep their marks, which make other letters there: `й` is not `и` with a
 * breve but the `y` of `Сергей`, `Дмитрий` (BGN/PCGN, any-ascii: `Sergey`, `Dmitriy`), and stripping it wrote
 * `Sergei`, `Dmitrii`, which no Latin spelling of these names uses.
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFC').replace(/[^\p{Script=Cyrillic}]+/gu, (run) => run.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * Letters of other scripts that the standard transliteration writes as a mark of their own, dropped
 * before it: the Cyrillic soft and hard signs (`Антье` would come back `Ant'e`, two parts).
 */
export const TRANSLITERATION_DROPS: RegExp = /[ьъЬЪ]/gu;

/**
 * How a name's spelling becomes its sound skeleton, the sound key of a person (`Entity.soundKey`) that every script keeps
 * (pipeline/entities/person-id.ts). Arabic writes no short vowel and Chinese writes a foreign name in
 * syllables, so only consonants survive from one script to another, and only by class: each rewrite
 * applies in order to one lower-case ASCII part of a name. `Sergiy Kyslytsya`, `Сергий Кислица`,
 * `سيرغي كيسليتسيا` and `谢尔盖·基斯利齐亚` all come to `skksls`.
 */
export const NAME_SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  // Letter groups that write one sound: French tch and English ch, the Russian dzh, zh and kh read back
  // through the transliteration, ph, th, ck; c soft before e, i, y and hard elsewhere; x, q.
  [/tch/g, 'ch'],
  [/dzh|dj|zh/g, 'j'],
  [/gh/g, 'g'],
  // A g or j right after an n is a velar that the scripts keep or drop by the sounds around it: Chinese ends a
  // syllable in ng and writes the next one from its vowel (`Evangelos`, `埃万耶洛斯`), Russian writes the g of
  // `Angela` as дж, Arabic as ج or غ. The n stands for the cluster in every script.
  [/n[gj]/g, 'n'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/ch|sh/g, 's'],
  // h is heard and kept (`Ahmed`, `Mahmoud` apart); kh is the h of Russian and Arabic spellings (`Ахмед`,
  // `Khalid`, `خالد`); a final h writes a vowel (`Ameh`, the Arabic `ة`).
  [/kh/g, 'h'],
  [/h$/, ''],
  // Russian writes the h of other languages as г (`Hayovyshyn` is `Гайовишин`, `Hague` `Гаага`) as well as х, so h
  // joins the class of g and k below: one name keeps one key whichever letter a version chose.
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  // An r after a vowel and before a consonant or at the end is not heard in English and is left out of
  // Chinese transliterations (`Fletcher`, `弗莱彻`; `Leendertse`, `伦德茨`).
  [/(?<=[aeiouy])r(?=[^aeiouy]|$)/g, ''],
  // Classes of consonants that the scripts write one for another: Arabic has no p and no v, Chinese
  // writes r as l and b and p alike; g, k, j and the Arabic and Chinese letters for them are one class.
  // The labial fricatives and glides f, v and w are written one for another and for a vowel: Russian writes
  // the English w as в (`Веннесланд`) or у (`Уильям`), Arabic v as ف and w as a vowel letter, Chinese v and
  // w alike as a w or an f syllable (`维`, `夫`), or not at all after a consonant (`爱德华`, Edward). They
  // are left out of the key; the stops b and p, which every script writes apart from them, are one class.
  [/[fvw]/g, ''],
  [/[bp]/g, 'b'],
  [/[td]/g, 't'],
  [/[kgjh]/g, 'k'],
  [/[sz]/g, 's'],
  [/[lr]/g, 'l'],
  [/[mn]/g, 'n'],
  // Vowels and glides go: Arabic writes them as it hears them, or not at all.
  [/[^btksln]/g, ''],
  // A t before s is the affricate that Russian writes ц, Arabic تس and Chinese c, q (`Kyslytsya`, `齐`); a doubled
  // one is one (`Lazzarini`, `Лаццарини`).
  [/t(?=s)/g, ''],
  [/(.)\1+/g, '$1'],
  // A t after an n that ends the part is dropped by Chinese (`Wennesland`, `文内斯兰`) or given a syllable
  // (`Grant`, `格兰特`): the key ends such a part at the n.
  [/nt$/, 'n'],
];

/**
 * The parts of a name written in the Latin script (or in one whose language gives no rule of its own:
 * Cyrillic goes through the standard transliteration), as lower-case ASCII words. The j of Dutch `tje` is a
 * glide that other scripts write as a vowel (`Antje`, `Антье`, `أنتيي`).
 */
export function latinNameParts(name: string): string[] {
  return anyAscii(withoutAccents(name.replace(TRANSLITERATION_DROPS, '')))
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((part) => part.replace(/tj(?=[aeiou])/g, 't'));
}
