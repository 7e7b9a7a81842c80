import type { LanguageCode } from '../model/index.ts';
import type { RepairLanguage } from '../repair/resources.ts';
import type { SegmentationCues } from '../segment/cues.ts';
import type { EditionWords } from '../emit/edition-words.ts';
import type { ExtractWords } from '../extract/lexicon.ts';

/**
 * The languages a run speaks. Every stage takes its language resources from the registry its context
 * carries, never from a module-level table, so a test or an embedding program can hand it others.
 */
export interface LanguageRegistry {
  /** Codes of the languages that have resources, in order of preference when two read a text equally well. */
  readonly codes: readonly LanguageCode[];
  has(code: string): code is LanguageCode;
  /** The resources of a language; throws for one the registry does not hold. */
  get(code: LanguageCode): LanguageResources;
}

/**
 * Everything a stage needs to know about one language. Stages hold no literal of any language: they
 * read it from here. Each stage defines the shape of its own part next to its code and each language
 * folder (`fr/`, `en/`) fills it in a file named after the stage.
 */
export interface LanguageResources {
  code: LanguageCode;
  /** Month names, January first, lower case, as written in dates. */
  months: readonly string[];
  /**
   * Other written forms of each month, January first, when a month has more than one (Arabic writes the
   * Levant and the Maghreb/Egypt names as a pair, `آذار/مارس`, or either alone).
   */
  monthForms?: readonly (readonly string[])[];
  /** Date phrasing: ordinal first day (`1er`), the word joining two days of a range (`et`, `and`). */
  dates: DateWords;
  /** Words the editions (Akoma Ntoso, PDF) write around the model's data: signed mark, frames of lines. */
  edition: EditionWords;
  /** Cues the segmenter reads (letter title, annex heading, signatures, header, closing). */
  segmentation: SegmentationCues;
  /** Word forms and OCR language data the PDF text-layer scorer and the OCR read. */
  extract?: ExtractWords;
  /** OCR and extraction repair data; a language without it passes through repair unchanged. */
  repair?: RepairLanguage;
  /** Cues of the entity stage; a language without them gets no entities. */
  entities?: EntityWords;
  /**
   * The language's script and how its words become ASCII for ids (slugs, person ids): `Latin` letters
   * lose their accents, other scripts are transliterated (`Алмаз Токоев` → `almaz-tokoev`). Absent: Latin.
   */
  script?: ScriptWords;
}

/** What the stages need to know about a language's script (pipeline/lang/script.ts reads it). */
export interface ScriptWords {
  /** Unicode script name as `\p{Script=…}` takes it (`Latin`, `Cyrillic`, `Arabic`, `Han`). */
  name: string;
  /** Whether the script has capital letters (names, headings and acronyms are told by them). */
  cased: boolean;
  /**
   * Letters of other scripts that look the same as letters of this one and that extraction or OCR mixes into
   * its words (`P` for `Р`, `o` for `о`): foreign letter → own letter. Absent: none.
   */
  lookAlikes?: Readonly<Record<string, string>>;
  /**
   * A person's name written in this script, as the parts a person's sound key is made of (pipeline/entities/person-id.ts):
   * lower-case ASCII, spelled the way the Latin spelling of the same name would be read, so that the name's
   * sound skeleton (pipeline/lang/names/romanization.ts) is that of its Latin spelling. Absent: each word of
   * the name through any-ascii.
   */
  personNameParts?: (name: string) => string[];
}

export interface DateWords {
  /** Suffixes that may follow a day number (`er` in `1er`, `st`/`nd`/`rd`/`th`). */
  daySuffixes: readonly string[];
  /** Words joining two days of one range (`26 et 27 mars`), or two bounds (`du 3 au 5 mai`). */
  rangeJoiners: readonly string[];
  /** Words between a day and its month (`de` in `14 de marzo`); absent: none. */
  dayMonthLinks?: readonly string[];
  /** Words between a month and its year (`de` in `marzo de 2016`); absent: none. */
  monthYearLinks?: readonly string[];
  /** Words after a year that belong to the date (`года`, `г.` in `14 марта 2016 года`); absent: none. */
  yearWords?: readonly string[];
  /**
   * Year, month and day written in that order with a mark after each number (`2016年3月14日`); the month
   * is then its number. Absent: day-month-year and month-day-year with month names.
   */
  yearMonthDay?: { year: string; month: string; day: string };
}

/**
 * Words the entity stage reads (pipeline/entities). Names of states, organizations and places come from
 * the shared tables in pipeline/lang/names (keyed by language); these are the language's own cues.
 */
export interface EntityWords {
  /** Heads of formal state names (`République`), followed by adjectives, a connector and a short name. */
  formalStatePrefixes: readonly string[];
  formalStateAdjectives: readonly string[];
  /** Words joining a head to its complement, longest first: `de la`, `de l’`, `du`, `d’`, `de`. */
  connectors: readonly string[];
  /** Honorifics before a person's name (`M.`, `Mme`), longest first. */
  honorifics: readonly string[];
  /** The mark before a signatory's name (`(Signé)`). */
  signedMarks: readonly string[];
  /**
   * Diplomatic ranks that, alone on a signature block's honorific line, are the signatory's rank and no role
   * (`Minister` above `Permanent Observer`, `Counsellor` above `Chargé d’affaires a.i.`). Absent: none.
   */
  signatureRanks?: readonly string[];
  /** Capitalized words that end a person's name (`Le`, `Annexe`). */
  nameStopWords: readonly string[];
  /** Lower-case particles allowed inside a person's name (`de`, `van`). */
  nameParticles: readonly string[];
  roles: readonly RoleWords[];
  /** Capitalized head nouns of organizations and their organs (`Conseil`, `Structure`). */
  organizationHeads: readonly string[];
  /** Words that link an organization's head to its complement (`pour la`, `des`), longest first. */
  organizationLinks: readonly string[];
  /**
   * Links of `organizationLinks` whose complement names what a body works against (`Committee against
   * Torture`): a State, place or body there is no part of the name (`the Council against Iran`). Absent: none.
   */
  organizationOppositionLinks?: readonly string[];
  /** Endings of adjectives that continue an organization's name (`économique`, `nationaux`). */
  nameAdjectiveEndings: readonly string[];
  /** Whole words that continue an organization's name like adjectives (`membres`). */
  nameAdjectives: readonly string[];
  /** Words joining two adjectives of one organization's name (`économique et sociale`). */
  nameCoordinators: readonly string[];
  /** Words after a link that end an organization's name (`qui`, `dont`, `ses`). */
  organizationStopWords: readonly string[];
  /** Endings of infinitives, which end an organization's name after a link (`de contribuer`). */
  infinitiveEndings: readonly string[];
  /**
   * English word order for organs: capitalized modifiers, or the acronym of a known organization, may
   * stand before the head (`Economic Council`, `SCO Development Fund`), and a complement after a link is a
   * run of capitalized words (`Council of National Coordinators`). Off (French): the head comes first and
   * adjectives are known by their endings.
   */
  organizationModifiersFirst?: boolean;
  /** Institutional words shared across languages, for the ids of organs not in the name tables. */
  organVocabulary?: OrganVocabulary;
  /** Articles before a bare head noun that refers back to an organization (`l’Organisation`). */
  anaphoraArticles: readonly string[];
  anaphoraHeads: readonly string[];
  /** Where the head noun sits in an organization's full name: `first` (French), `last` (English). */
  anaphoraHeadPosition: 'first' | 'last';
  /** Meeting nouns that, with the place that names them, make an event (`Conférence d’Istanbul`). */
  events: readonly { id: string; forms: readonly string[] }[];
  /** Nouns after which a capitalized word is a place (`fleuve`). */
  locationCues: readonly string[];
  /** Prepositions after which a capitalized unknown word is a place (`à`). */
  locationPrepositions: readonly string[];
  /**
   * Heads of instruments (`Agreement`, `Convention`, `Plan`): a defined name with such a head names no entity,
   * and a year after `Agreement, ` belongs to the instrument's title, not to the dates.
   */
  instrumentHeads: readonly string[];
  /** Names of a state's own organs (`Armed Forces`, `Government`, `Mission`): before `of <State>` no organization. */
  stateOrgans?: readonly string[];
  /** Words before a state organ that make it one (`Permanent` in `Permanent Mission`). */
  stateOrganModifiers?: readonly string[];
  /** Roles by the shape of their phrase (English); absent: roles come from the `roles` list only. */
  roleGrammar?: RoleGrammar;
  /** Nouns of sites after a place's name (`facility`, `reactor`, `crossing`): `the Fordow facility`. */
  siteNouns?: readonly string[];
  /**
   * Lower-case designators after a place's name, which stay outside it (`the Kursk region`, `the Idlib
   * governorate`, `Vasilievskii municipal district`). Absent: none.
   */
  placeDesignators?: readonly string[];
  /**
   * Endings that make an adjective of a place's name (`n`: `Africa` → `African`; `an`: `Europe` → `European`): a
   * word so made from a known name is no place of its own. Absent: none.
   */
  placeAdjectiveEndings?: readonly string[];
  /** Letters after a name that are no part of it (`MP`, `QC`): kept in the person's `postNominal`. */
  postNominals?: readonly string[];
  /** Words between a body and the instrument that established it (`established in`, `set up under`). */
  establishedBy?: readonly string[];
  /**
   * Words between a body of an organ and the resolution that set it up (`pursuant to`, `established pursuant
   * to`): `Security Council Committee pursuant to resolution 1267 (1999)` is `org:unsc-committee-1267`.
   */
  namedByResolution?: readonly string[];
  /** Ordinal words (`Third`, `Fortieth`): a meeting they number is no event (`Thirty-Third Meeting`). */
  ordinalWords?: readonly string[];
  /**
   * Heads of place names (`Territory`, `Strip`, `River`, `Airport`): a defined name with such a head is a location,
   * and so is a name of words that are no common words before one (`Litani River`).
   */
  placeHeads?: readonly string[];
  /**
   * Capitalized words the UN prints before a place's name as part of it (`Occupied East Jerusalem`,
   * `Occupied Palestine`): with a State or place after them the whole is one place.
   */
  placeModifiers?: readonly string[];
  /**
   * Lines the UN names as places (ceasefire, withdrawal and boundary lines): the article before such a name and its
   * head (`the Blue Line`, `the Green Line`: capitalized words, common words included, then `Line`). Absent: none.
   */
  namedLines?: { articles: readonly string[]; heads: readonly string[] };
  /** Nouns of geographic features printed before `of` and the name (`Gulf of`, `Sea of`): the whole is one place. */
  featureHeadsBefore?: readonly string[];
  /** Lower-case words that may stand inside a capitalized name (`of`, `for`, `and`, `the`). */
  nameLinkWords?: readonly string[];
  /**
   * The language of the masthead's distribution block when it is not the letter's own: the UN prints
   * `Distr.: General`, the date of issue and `Original: English` in English in its Arabic and Chinese
   * versions. Its lines without a letter of the language's script are read in that language.
   */
  distributionLanguage?: LanguageCode;
  /** How a name meets the letters around it, where spaces alone do not part words; absent: they do. */
  wordJoining?: WordJoining;
  /**
   * Links between an owner written before its role and the role (Chinese `安全理事会主席`, `乌克兰的…`: ``
   * and `的`); absent: the owner follows the role through `connectors`.
   */
  ownerBeforeRole?: readonly string[];
  /**
   * Where the owner comes first (`ownerBeforeRole`): words before the States or bodies a function is posted to, which
   * own no function (Chinese `驻`: `秘书长驻巴勒斯坦解放组织和巴勒斯坦权力机构个人代表`, English `Personal Representative of
   * the Secretary-General to the Palestine Liberation Organization and …`), and the words joining several of them (`和`,
   * `、`). Absent: none.
   */
  postings?: { readonly marks: readonly string[]; readonly joiners: readonly string[] };
  /**
   * Complements that tell which office a function is, the same concept in every language (`du Secrétaire
   * général` → `of-secretary-general`, `aux affaires humanitaires` → `for-humanitarian-affairs`): read after the
   * function (or, where `ownerBeforeRole` is given, before it), their ids appended to the function's id in the
   * order of the English title (`special-representative-of-secretary-general-for-children-and-armed-conflict`).
   */
  roleComplements?: readonly RoleComplement[];
  /**
   * Words before the State a function of the United Nations serves (`pour le`, `para`, `по`, `إلى`; Chinese
   * `问题` after the State): `Envoyé spécial du Secrétaire général pour le Yémen` → `…:YEM`.
   */
  unOwnerLinks?: readonly string[];
  /**
   * Words between a function and its State's name when the function is that State's mission's (`de la Mission
   * permanente`, `Постоянного представительства`, `للبعثة الدائمة`): the State owns the function.
   */
  missionLinks?: readonly string[];
  /**
   * Words that make a function its deputy's or its acting holder's (`adjoint`, `заместитель`, `نائب`, `副`; `par
   * intérim`, `interino`, `исполняющий обязанности`, `بالنيابة`, `代理`), right before or after the function's form: their
   * id opens the function's (`Representante Especial Adjunto` → `deputy-special-representative`, as English
   * `Deputy Special Representative`), in the order listed here. A modifier with the empty id is read and adds
   * nothing: Russian `временно исполняющий обязанности` is English `ad interim`, which follows the title and leaves
   * the office's id as it is. Absent: none.
   */
  roleModifiers?: readonly RoleModifier[];
  /** Words of dates that only entities read (ranges, lists of days); absent: single dates only. */
  dates?: EntityDateWords;
  /**
   * Whether a word is a common word of the language, not a name (`border` is, `Kiir` is not): a capitalized
   * word that is none may be a person's name where a function or rank stands before it. Absent: no word is.
   */
  isCommonWord?: (word: string) => boolean;
  /** Names of languages in this language (`Arabic`): `in Arabic` names no place. Absent: none known. */
  languageNames?: ReadonlySet<string>;
  /** Whether the language's dictionary writes a word as a proper noun (`Rosemary`, `Fletcher`), common or not. */
  isProperNoun?: (word: string) => boolean;
  /**
   * Lower-case nouns that name a person's function or standing (`leader`, `commander`, `counterpart`): a
   * name set off by commas after one (`the commander, Ana Lima,`) or right after it is a person.
   */
  personNouns?: readonly string[];
  /**
   * Words that link a name to the function it holds or is given (`as`): `appoint Ana Lima (Peru) as …`, `the
   * term of Ana Lima as Secretary-General`. Absent: none.
   */
  appointmentLinks?: readonly string[];
  /**
   * Words of appointment right before a name, where the language names the function with no link word after the
   * bracket (`j’ai nommé Ana Lima (Pérou) Représentante spéciale`, `he nombrado a …`, `назначил …`): a single
   * `Name (State)` after one is a person.
   */
  appointmentVerbs?: readonly string[];
  /** Forms of address for several persons (`Messrs.`): each name of the list after one is a person. */
  pluralHonorifics?: readonly string[];
  /**
   * The labels of an entry of a sanctions list as the Security Council's lists print it (`Name: 1: ABDUL 2: KARIM
   * 3: na`, `A.k.a.: a) Abu Karim b) …`): the label of the name in numbered parts, of its other names, and the
   * mark of a part the list leaves empty.
   */
  sanctionsEntry?: { name: string; aliases: readonly string[]; empty: string };
  /**
   * Words of other languages that running text keeps in a body's transliterated name (`Hay’at Tahrir al-Sham`,
   * `Jaysh al-Adl`, `Harakat …`): a defined name (`Full Name (ACRONYM)`) holding one names a body.
   */
  transliteratedBodyWords?: readonly string[];
  /**
   * Other forms of a name of the name tables as running text writes it (the cases of a declined language:
   * `Совета Безопасности` for `Совет Безопасности`); each finds the same entity. Absent: names as listed.
   */
  nameForms?: (name: string) => readonly string[];
  /**
   * A person's name as its own entry writes it, from the form the text prints after a form of address
   * (Russian `г-на Сергея Лаврова` → `Сергей Лавров`) or after a function it stands in apposition to (`role`, the
   * function as printed: `Специального посланника Ханса Грундберга`): the person's id and `normalized` come from
   * it, the mention keeps the print. Absent: the name as printed.
   */
  personBaseName?: (name: string, honorific?: string, role?: string) => string;
  /**
   * A person's name printed with no word that gives its case, in the form its own entry writes, where the
   * document gives the nominative of its surname elsewhere (Russian `Тора Веннесланда` beside `г-ну Веннесланду`
   * → `Тор Веннесланд`). Absent, or no surname met: the name as printed.
   */
  personBaseNameByKnownSurnames?: (name: string, surnames: ReadonlySet<string>) => string | undefined;
  /**
   * Characters of the transliteration of foreign names (Chinese `汤姆·弗莱彻`): in running text a name is the
   * run of them on both sides of a middle dot between its parts. Absent: no such names.
   */
  transliterationCharacters?: string;
  references: {
    /** `point`, `points`. */
    agendaItem: readonly string[];
    /** `de l’ordre du jour`. */
    agendaOf: readonly string[];
    /**
     * Words after an item's number that name the list it is on but stay outside the mention: the preliminary
     * list of items that comes before the provisional agenda (`item 116 (c) of the preliminary list` →
     * `item 116 (c)`).
     */
    agendaListAfter?: readonly string[];
    /** `résolution`, `résolutions`. */
    resolution: readonly string[];
    /** `décision`, `décisions` (of the principal organs: `decision 49/426`). */
    decision?: readonly string[];
    /** Words before an agenda item's number, where the language puts them first (`agenda item 20 (g)`). */
    agendaItemBefore?: readonly string[];
    /**
     * Organ names that say whose a resolution is when written before it (`General Assembly resolution`,
     * `the Assembly, in its resolution`), with the series of the organ's symbols.
     */
    organs?: readonly { series: ReferenceSeries; forms: readonly string[] }[];
    /** Separators in a list of numbers: `,`, `et`. */
    listJoiners: readonly string[];
    /**
     * Letters of lettered sub-items as the language writes them, in order, and the Latin letter of the id
     * (Arabic `البند 65 (أ)` is `ref:agenda-item-65a`); absent: Latin letters.
     */
    itemLetters?: Readonly<Record<string, string>>;
    /**
     * Where the language writes a resolution's or decision's number inside its word (Chinese `第1612(2005)号决议`):
     * what stands before the numbers, and what follows them for each kind. Absent: the word comes first.
     */
    numberFrame?: { before: readonly string[]; resolutionAfter: readonly string[]; decisionAfter: readonly string[] };
  };
}

/**
 * How words of a language meet. `proclitics`: letters glued before a word that are no part of a name
 * (Arabic `و` and, `ب` by, `ل` for: `لأوكرانيا` is `أوكرانيا`). `unspaced`: words are not parted by
 * spaces (Chinese), so a name may stand between any two letters of the script; only a Latin letter or
 * a digit glued to it makes it part of another token.
 */
export interface WordJoining {
  proclitics?: readonly string[];
  /**
   * The definite article glued before a noun (Arabic `ال`; behind `ل` its alif drops: `للأمين`). A name set off
   * by commas after a role does not open with it, nor hold a word of a proclitic and the article. Absent: none.
   */
  article?: string;
  /**
   * Pronouns glued after a word (Arabic `ه`, `ها`, `هم`): a word with a proclitic before it and one of these after
   * it is a noun of the sentence (`لتفانيه`), which ends a name read after a form of address. Absent: none.
   */
  enclitics?: readonly string[];
  unspaced?: boolean;
  /**
   * In an unspaced script, letters that glued after a name make it part of a longer word (Chinese `团`:
   * `代表` representative, `代表团` delegation), so that the name does not end there. Absent: none.
   */
  wordEndings?: readonly string[];
  /**
   * Words glued after a name that open with a letter of `wordEndings` but are words of their own (Chinese `团长`,
   * the head, after `联合国索马里援助团`: the mission's name ends there). Absent: none.
   */
  wordsAfterName?: readonly string[];
}

export interface EntityDateWords {
  /** Words between the two bounds of a range (`to`, `until`; dashes always count). */
  rangeTo: readonly string[];
  /** The word before the last of a list of days (`and`). */
  listAnd: readonly string[];
  /** A word between an ordinal day and its month (`23rd of March`). */
  dayOf: readonly string[];
  /**
   * Words around two whole dates that make them the bounds of one range: `open` before the first, `and`
   * between them (`between 1 January 2022 and 31 December 2023`, `entre el … y el …`). Absent: none.
   */
  between?: { open: readonly string[]; and: readonly string[] };
  /** Fixed names that hold a year, which is no date there (`2030 Agenda`, `Agenda 2063`). Absent: none. */
  namesWithYear?: readonly string[];
}

/** The words of a role's phrase: head, modifiers before it, portfolio and owner after it. */
export interface RoleGrammar {
  /** Function heads, longest forms included (`Director General`, `Chargé d’affaires a.i.`, `Minister`). */
  heads: readonly string[];
  /** Capitalized words before a head that belong to the function (`Acting`, `Deputy`, `Federal`). */
  modifiers: readonly string[];
  /** Words opening a portfolio (`for`, `of` when no state or body follows). */
  portfolioLinks: readonly string[];
  /** Lower-case words inside a portfolio (`and`, `the`). */
  portfolioLinkWords: readonly string[];
  /**
   * The portfolio link that opens a subject (`on`, one of `portfolioLinks`) and the lower-case words a subject
   * may hold besides `portfolioLinkWords` (`Special Representative … on Sexual Violence in Conflict`). Absent: none.
   */
  subject?: { link: string; words: readonly string[] };
  /** Words before the owner through the sender's mission (`of the Permanent Mission of`). */
  missionLinks: readonly string[];
  /** For functions of the United Nations, words before the state they serve (`for the`, `for`). */
  unOwnerLinks: readonly string[];
  /** Functions of the United Nations: no `:un` owner, and `for <State>` is their owner. */
  unFunctions: readonly string[];
  /** Functions that stand alone in running text with no owner (`Secretary-General`). */
  standalone: readonly string[];
  /** Articles left out of a role's id. */
  articles: readonly string[];
  /**
   * Mandates whose subject the UN prints in lower case (`Special Rapporteur on the right to food`, `Independent
   * Expert on the enjoyment of all human rights by older persons`, `Special Coordinator for development in the
   * Sahel`): the heads, the links before the subject, and the words a subject never holds nor starts with. Absent:
   * no lower-case subject is read.
   */
  mandates?: RoleMandates;
}

export interface RoleMandates {
  /** Function heads that take a lower-case subject (`Special Rapporteur`, `Independent Expert`). */
  heads: readonly string[];
  /** Links before the subject (`on`, `for`). */
  links: readonly string[];
  /** Articles inside a subject, left out of the id with `articles` (`the`, `a`). */
  articles: readonly string[];
  /** Words that end a subject: verbs, relatives, pronouns, time links (`has`, `which`, `during`). */
  stopWords: readonly string[];
  /** Words that never open a subject (`behalf`: `on behalf of`; possessives: `for his briefing`). */
  notOpening: readonly string[];
  /** Endings of participles and gerunds: such a word holds in a subject only before a preposition (`based on`). */
  participleEndings: readonly string[];
  /**
   * Prepositions inside a subject (`on`, `by`, `to`): a participle holds only before one (`based on`), and a word
   * other than these with an article after it is a verb that ends the subject (`… and chairs the Group`).
   */
  participleLinks: readonly string[];
  /** Prepositions after which a capitalized place may stand inside a subject (`in the Sahel`). */
  placeLinks: readonly string[];
  /** At most this many words. */
  maximumWords: number;
}

/** The symbol series of an organ's resolutions and decisions: `A/RES/…`, `S/RES/…`, `E/RES/…`, `A/HRC/RES/…`. */
export type ReferenceSeries = 'A' | 'S' | 'E' | 'A/HRC';

/**
 * Surface words and phrases of organ names → concept keys that are the same in every language
 * (`conseil`, `council` → `council`; `pays membres`, `member States` → `member-state`). An organ whose
 * every content word has a key gets an id made of the keys, so its French and English names meet.
 */
export interface OrganVocabulary {
  /** Lower-case word or phrase (elision as in `chefs d’État`) → concept key. */
  concepts: Readonly<Record<string, string>>;
  /** Plural endings folded before a word is looked up (`ministres` → `ministre`). */
  pluralEndings: readonly string[];
  /** Words dropped besides the links, connectors and coordinators (`the`, `l’`). */
  functionWords: readonly string[];
}

export interface RoleWords {
  /** Canonical function id, the same in every language: `president`, `permanent-representative`. */
  id: string;
  /** Capitalized singular forms as written, longest first. */
  forms: readonly string[];
  /** Whether the role is a mention on its own without a state or organization after it. */
  standalone?: boolean;
  /** Whether the role is a mention on its own in a signature block. */
  inSignature?: boolean;
  /** Organization the role belongs to when none is named (`un` for the Secretary-General). */
  implicitOrganization?: string;
  /**
   * Where one word of the language is two functions the ids tell apart by their owner (`Председатель`,
   * `رئيس`, `主席`, `Président`: the President of the Security Council, the Chair of a commission): the id
   * the function takes when its owner is a body other than `keptBy` (`chair`). Absent: always `id`.
   */
  bodyFunction?: { id: string; keptBy: readonly string[] };
  /**
   * A function of the United Nations (`Secretary-General`, `Special Envoy`, `High Commissioner`): the United
   * Nations named after it is no owner, and no State of a signature block owns it.
   */
  unFunction?: boolean;
}

/** A word that makes a function another's (`deputy`, `acting`), with its forms before and after the function. */
export interface RoleModifier {
  id: string;
  before?: readonly string[];
  after?: readonly string[];
}

/** A complement of a function, its id the words of the English title (`for-humanitarian-affairs`). */
export interface RoleComplement {
  id: string;
  /** Forms as written, any of them; spaces match any white space. */
  forms: readonly string[];
  /**
   * Where the complement stands in the id: `of` complements (`of-secretary-general`) come before the
   * portfolio (`for-…`, `on-…`) whatever the language's order. Default: `portfolio`.
   */
  kind?: 'of' | 'portfolio';
  /**
   * A country mandate's subject (`sur la situation des droits de l’homme` au Myanmar): the State after it names the
   * country of the mandate, which the English id leaves out (`on-situation-of-human-rights`), and owns no function.
   */
  placeAfter?: boolean;
}
