/**
 * Case forms of Russian names, so that a name table written in the nominative (`Совет Безопасности`,
 * `Украина`, `Европейская экономическая комиссия`) finds the name in the cases running text puts it in
 * (`Совета Безопасности`, `Украины`, `Европейской экономической комиссии`).
 *
 * A name is declined up to its head: the adjectives before it agree with it, and what follows the head is a
 * genitive complement or an apposition that keeps its form (`Организация Объединенных Наций` →
 * `Организации Объединенных Наций`; `Республика Корея` → `Республики Корея`). The endings are the regular
 * ones of the grammar; irregular nouns keep their nominative only.
 */

export type Case = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
const CASES: readonly Case[] = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];

/** Adjective endings (nominative → each case), longest first. */
const ADJECTIVES: ReadonlyArray<readonly [string, Record<Case, readonly string[]>]> = [
  ['ый', { genitive: ['ого'], dative: ['ому'], accusative: ['ый', 'ого'], instrumental: ['ым'], prepositional: ['ом'] }],
  ['ой', { genitive: ['ого'], dative: ['ому'], accusative: ['ой', 'ого'], instrumental: ['ым'], prepositional: ['ом'] }],
  ['кий', { genitive: ['кого'], dative: ['кому'], accusative: ['кий', 'кого'], instrumental: ['ким'], prepositional: ['ком'] }],
  ['ий', { genitive: ['его'], dative: ['ему'], accusative: ['ий', 'его'], instrumental: ['им'], prepositional: ['ем'] }],
  ['ая', { genitive: ['ой'], dative: ['ой'], accusative: ['ую'], instrumental: ['ой'], prepositional: ['ой'] }],
  ['яя', { genitive: ['ей'], dative: ['ей'], accusative: ['юю'], instrumental: ['ей'], prepositional: ['ей'] }],
  ['ое', { genitive: ['ого'], dative: ['ому'], accusative: ['ое'], instrumental: ['ым'], prepositional: ['ом'] }],
  ['ее', { genitive: ['его'], dative: ['ему'], accusative: ['ее'], instrumental: ['им'], prepositional: ['ем'] }],
  ['ые', { genitive: ['ых'], dative: ['ым'], accusative: ['ые', 'ых'], instrumental: ['ыми'], prepositional: ['ых'] }],
  ['ие', { genitive: ['их'], dative: ['им'], accusative: ['ие', 'их'], instrumental: ['ими'], prepositional: ['их'] }],
];

/** Noun endings (nominative → each case), longest first; `''` is a final consonant. */
const NOUNS: ReadonlyArray<readonly [string, Record<Case, readonly string[]>]> = [
  ['ия', { genitive: ['ии'], dative: ['ии'], accusative: ['ию'], instrumental: ['ией'], prepositional: ['ии'] }],
  ['ие', { genitive: ['ия'], dative: ['ию'], accusative: ['ие'], instrumental: ['ием'], prepositional: ['ии'] }],
  ['ка', { genitive: ['ки'], dative: ['ке'], accusative: ['ку'], instrumental: ['кой'], prepositional: ['ке'] }],
  ['га', { genitive: ['ги'], dative: ['ге'], accusative: ['гу'], instrumental: ['гой'], prepositional: ['ге'] }],
  ['ха', { genitive: ['хи'], dative: ['хе'], accusative: ['ху'], instrumental: ['хой'], prepositional: ['хе'] }],
  ['жа', { genitive: ['жи'], dative: ['же'], accusative: ['жу'], instrumental: ['жей', 'жой'], prepositional: ['же'] }],
  ['ча', { genitive: ['чи'], dative: ['че'], accusative: ['чу'], instrumental: ['чей', 'чой'], prepositional: ['че'] }],
  ['ша', { genitive: ['ши'], dative: ['ше'], accusative: ['шу'], instrumental: ['шей', 'шой'], prepositional: ['ше'] }],
  ['ща', { genitive: ['щи'], dative: ['ще'], accusative: ['щу'], instrumental: ['щей', 'щой'], prepositional: ['ще'] }],
  ['а', { genitive: ['ы'], dative: ['е'], accusative: ['у'], instrumental: ['ой'], prepositional: ['е'] }],
  ['я', { genitive: ['и'], dative: ['е'], accusative: ['ю'], instrumental: ['ей'], prepositional: ['е'] }],
  ['ь', { genitive: ['я', 'и'], dative: ['ю', 'и'], accusative: ['ь'], instrumental: ['ем', 'ью'], prepositional: ['е', 'и'] }],
  ['й', { genitive: ['я'], dative: ['ю'], accusative: ['й'], instrumental: ['ем'], prepositional: ['е'] }],
  ['о', { genitive: ['а'], dative: ['у'], accusative: ['о'], instrumental: ['ом'], prepositional: ['е'] }],
  ['е', { genitive: ['я'], dative: ['ю'], accusative: ['е'], instrumental: ['ем'], prepositional: ['е'] }],
  ['ы', { genitive: ['ов'], dative: ['ам'], accusative: ['ы'], instrumental: ['ами'], prepositional: ['ах'] }],
  ['и', { genitive: ['ов', 'ей'], dative: ['ам'], accusative: ['и'], instrumental: ['ами'], prepositional: ['ах'] }],
  ['', { genitive: ['а'], dative: ['у'], accusative: ['', 'а'], instrumental: ['ом'], prepositional: ['е'] }],
];

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const COORDINATORS = new Set(['и']);
const VERBAL_NOUN = /(?:н|т|ств|в)ие$/u;
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/u;

function endingRule(word: string, rules: typeof NOUNS): (typeof NOUNS)[number] | undefined {
  const lower = word.toLowerCase();
  return rules.find(([ending]) => (ending === '' ? CONSONANT_END.test(lower) : lower.endsWith(ending)) && lower.length > ending.length + 1);
}

/**
 * The spelling rule after `ж ч ш щ`: an unstressed `о` of a feminine adjective's ending is written `е`
 * (`Рабочая группа` → `Рабочей группы`), a stressed one stays (`Большая` → `Большой`): both forms, `е` first.
 */
function hushed(word: string, ending: string, replacement: string): string[] {
  if (ending !== 'ая' || !/[жчшщ]ая$/iu.test(word) || !replacement.startsWith('о')) return [replacement];
  return [`е${replacement.slice(1)}`, replacement];
}

function inflect(word: string, ending: string, replacement: string): string {
  const stem = word.slice(0, word.length - ending.length);
  // An acronym-like word in capitals keeps them (`ХАМАС` is not declined anyway: no vowel ending rule fits capitals).
  return stem + (word === word.toUpperCase() ? replacement.toUpperCase() : replacement);
}

/** The name in each case besides the nominative, declined up to and with its head noun. */
export function russianNameForms(name: string): string[] {
  return [...new Set(russianNameFormsByCase(name).map(([form]) => form))];
}

/** The name's forms besides the nominative, each with the case that makes it (a form two cases share comes once a case). */
export function russianNameFormsByCase(name: string): Array<readonly [string, Case]> {
  const words = name.split(' ');
  // Acronyms, and names of no Cyrillic word, are not declined.
  if (!words.some((word) => CYRILLIC_WORD.test(word) && word !== word.toUpperCase())) return [];
  const forms: Array<readonly [string, Case]> = [];
  for (const grammaticalCase of CASES) {
    // Each word's options for the case; the n-th form of the name takes every word's n-th option (or its
    // last), so that the words agree (`Африканский союз`, `Африканского союза`, never `Африканский союза`).
    const options: string[][] = [];
    let declining = true;
    for (const [index, word] of words.entries()) {
      // `и` joins two adjectives of one head (`Экономический и Социальный Совет`): both agree with it.
      if (!declining || COORDINATORS.has(word) || !CYRILLIC_WORD.test(word) || word === word.toUpperCase()) {
        options.push([word]);
        if (!COORDINATORS.has(word)) declining = false;
        continue;
      }
      // Verbal nouns in -ние, -тие, -ствие end like plural adjectives and are heads (`Управление по …`).
      const adjective = VERBAL_NOUN.test(word) ? undefined : endingRule(word, ADJECTIVES);
      // An adjective agrees with the head that follows it; the last word is the head whatever its ending.
      if (adjective && index < words.length - 1) {
        options.push(adjective[1][grammaticalCase].flatMap((ending) => hushed(word, adjective[0], ending).map((each) => inflect(word, adjective[0], each))));
      } else {
        const noun = endingRule(word, NOUNS);
        options.push(noun ? noun[1][grammaticalCase].map((ending) => inflect(word, noun[0], ending)) : [word]);
        declining = false;
      }
    }
    const passes = Math.max(...options.map((list) => list.length));
    for (let pass = 0; pass < passes; pass += 1) {
      const form = options.map((list) => list[Math.min(pass, list.length - 1)]!).join(' ');
      if (form !== name && !forms.some(([other, otherCase]) => other === form && otherCase === grammaticalCase)) forms.push([form, grammaticalCase]);
    }
  }
  return forms;
}

/** The case an oblique form of address puts the name after it in, and the name's gender. */
const ADDRESS_CASES: Readonly<Record<string, { gender: 'm' | 'f'; grammaticalCase: Case }>> = {
  'г-на': { gender: 'm', grammaticalCase: 'genitive' },
  'г-ну': { gender: 'm', grammaticalCase: 'dative' },
  'г-ном': { gender: 'm', grammaticalCase: 'instrumental' },
  'г-не': { gender: 'm', grammaticalCase: 'prepositional' },
  'г-жи': { gender: 'f', grammaticalCase: 'genitive' },
  'г-же': { gender: 'f', grammaticalCase: 'dative' },
  'г-жу': { gender: 'f', grammaticalCase: 'accusative' },
  'г-жой': { gender: 'f', grammaticalCase: 'instrumental' },
};

/** Endings of a name's word in a case → its nominative ending, longest first, by gender and case. */
const NAME_ENDINGS: Readonly<Record<'m' | 'f', Partial<Record<Case, ReadonlyArray<readonly [string, string]>>>>> = {
  m: {
    // `Сергея Лаврова` → `Сергей Лавров`, `Дмитрия` → `Дмитрий`, `Николая` → `Николай`, `Игоря` → `Игорь`,
    // `Достоевского` → `Достоевский`, `Ивана` → `Иван`.
    genitive: [['ского', 'ский'], ['цкого', 'цкий'], ['ого', 'ый'], ['его', 'ий'], ['ия', 'ий'], ['ея', 'ей'], ['ая', 'ай'], ['я', 'ь'], ['а', '']],
    dative: [['скому', 'ский'], ['цкому', 'цкий'], ['ому', 'ый'], ['ему', 'ий'], ['ию', 'ий'], ['ею', 'ей'], ['аю', 'ай'], ['ю', 'ь'], ['у', '']],
    instrumental: [['ским', 'ский'], ['цким', 'цкий'], ['овым', 'ов'], ['евым', 'ев'], ['иным', 'ин'], ['ием', 'ий'], ['еем', 'ей'], ['аем', 'ай'], ['ем', 'ь'], ['ом', '']],
    prepositional: [['ском', 'ский'], ['ии', 'ий'], ['ее', 'ей'], ['ае', 'ай'], ['е', '']],
  },
  f: {
    // `Марии Захаровой` → `Мария Захарова`, `Анны` → `Анна`, `Ольги` → `Ольга`, `Натальи` → `Наталья`.
    genitive: [['ской', 'ская'], ['ой', 'а'], ['ии', 'ия'], ['ьи', 'ья'], ['ги', 'га'], ['ки', 'ка'], ['хи', 'ха'], ['ы', 'а']],
    dative: [['ской', 'ская'], ['ой', 'а'], ['ии', 'ия'], ['ье', 'ья'], ['е', 'а']],
    accusative: [['скую', 'ская'], ['ову', 'ова'], ['еву', 'ева'], ['ину', 'ина'], ['ию', 'ия'], ['ью', 'ья'], ['у', 'а']],
    instrumental: [['ской', 'ская'], ['ой', 'а'], ['ией', 'ия'], ['ьей', 'ья'], ['ей', 'я']],
  },
};

/**
 * A person's name in the nominative, from the form an oblique form of address puts it in (`г-на Сергея
 * Лаврова` → `Сергей Лавров`, `г-жой Марией Захаровой` → `Мария Захарова`), so that the person has one id in
 * every case. Words of no Cyrillic letter, initials and words with no known ending are kept as printed (a
 * foreign name in Russian is often not declined: `г-жи Родригес-Биркетт`). Any other form of address: the name as printed.
 */
export function russianNominativeName(name: string, honorific?: string, nameCase?: { gender: 'm' | 'f'; grammaticalCase: Case }): string {
  // A form of address opens a sentence with its capital (`Г-жа`, `Г-на`).
  const address = honorific?.split(/\s+/).at(-1)?.toLowerCase();
  const cased = (address ? ADDRESS_CASES[address] : undefined) ?? nameCase;
  if (!cased) return name;
  // A man's name in the accusative takes the genitive's endings (`назначил Ханса Грундберга`).
  const grammaticalCase = cased.gender === 'm' && cased.grammaticalCase === 'accusative' ? 'genitive' : cased.grammaticalCase;
  const endings = NAME_ENDINGS[cased.gender][grammaticalCase] ?? [];
  return name
    .split(/(\s+|-)/u)
    .map((word) => {
      if (!CYRILLIC_WORD.test(word) || word.length < 3 || word === word.toUpperCase()) return word;
      const rule = endings.find(([ending]) => word.toLowerCase().endsWith(ending) && word.length > ending.length + 1);
      if (!rule) return word;
      const stem = word.slice(0, word.length - rule[0].length);
      // A consonant stem takes the ending; a foreign name that ends in a vowel and -у or -а is not declined
      // (`Антониу`, `Гутерришу` → `Гутерриш` but `Антониу` stays).
      if (rule[1] === '' && /[аеёиоуыэюяь]$/iu.test(stem)) return word;
      return stem + rule[1];
    })
    .join('');
}

/**
 * A name printed with no word that gives its case (`сменяет Тора Веннесланда (Норвегия)`), in the nominative
 * where the document gives its surname's nominative elsewhere (`г-ну Веннесланду` → `Веннесланд`): the case and
 * gender whose endings turn the printed surname into that nominative decline the whole name (`Тор Веннесланд`).
 * A surname printed as one of the known nominatives is left as it is (`Иванова` beside `Иванов` may be his wife).
 */
export function russianNominativeByKnownSurnames(name: string, surnames: ReadonlySet<string>): string | undefined {
  const printed = name.split(/\s+/u).at(-1);
  if (!printed || surnames.has(printed)) return undefined;
  for (const gender of ['m', 'f'] as const) {
    for (const grammaticalCase of CASES) {
      const base = russianNominativeName(name, undefined, { gender, grammaticalCase });
      if (base !== name && surnames.has(base.split(/\s+/u).at(-1)!)) return base;
    }
  }
  return undefined;
}
