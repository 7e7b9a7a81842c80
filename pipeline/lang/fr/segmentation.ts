/**
 * French cues for the segmenter (shape: `SegmentationCues` in pipeline/segment/cues.ts). Patterns are
 * loose because they meet OCR'd text: `L ettresidentiques`, `aupresdel’Organisation`, `I’ Organisation`.
 */
import type { SegmentationCues } from '../../segment/cues.ts';
import { looseAny, loosePhrase } from '../../segment/cues.ts';
import { isFrenchWord } from './words.ts';

const CARDINALS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
};

const ORDINALS: Record<string, number> = {
  premier: 1, premiere: 1, unieme: 1, second: 2, seconde: 2, deuxieme: 2, troisieme: 3, quatrieme: 4,
  cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10, onzieme: 11,
  douzieme: 12, treizieme: 13, quatorzieme: 14, quinzieme: 15, seizieme: 16, vingtieme: 20,
  trentieme: 30, quarantieme: 40, cinquantieme: 50, soixantieme: 60, centieme: 100,
};

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** `Soixante-troisième` → 63, `Quatre-vingtième` → 80, `Soixante-dix-septième` → 77. */
function ordinalNumber(words: string): number | undefined {
  const tokens = fold(words).split(/[\s-]+/).filter((token) => token && token !== 'et');
  if (tokens.length === 0) return undefined;
  let total = 0;
  let previous = 0;
  for (const [index, token] of tokens.entries()) {
    const isLast = index === tokens.length - 1;
    const value = isLast ? ORDINALS[token] ?? ORDINALS[token.replace(/e$/, '')] : CARDINALS[token];
    if (value === undefined) return undefined;
    if ((value === 20 || value === 100) && previous > 1 && previous < 10) {
      // `quatre-vingt`, `deux-cent`: the number before multiplies.
      total += previous * value - previous;
    } else {
      total += value;
    }
    previous = value;
  }
  return total;
}

const flags = 'iu';

export const frenchSegmentation: SegmentationCues = {
  letterTitle: new RegExp(`^${looseAny(['lettre', 'lettres', 'note verbale', 'notes verbales'])}\\s*(?:${loosePhrase('identiques')}\\s*)?${loosePhrase('dat')}`, flags),
  identicalLetters: new RegExp(loosePhrase('identiques'), flags),
  noteVerbale: new RegExp(`^${looseAny(['note verbale', 'notes verbales'])}(?!\\p{L})`, flags),
  addresseeIntro: new RegExp(`${loosePhrase('adress')}[\\p{L}]*\\s+(?:${looseAny(['au', 'aux', 'à la', 'à l’'])})\\s*`, flags),
  addresseeJoiner: new RegExp(`\\s+${loosePhrase('et')}\\s+(?:${looseAny(['au', 'à la', 'à l’'])})\\s*`, flags),
  senderIntro: new RegExp(`\\s+${loosePhrase('par')}\\s+`, flags),
  knownAddressees: [
    'Secrétaire général',
    'Président du Conseil de sécurité',
    'Présidente du Conseil de sécurité',
    'Président de l’Assemblée générale',
    'Présidente de l’Assemblée générale',
  ],
  bodyOpening: new RegExp(`^(?:${looseAny(['j’ai', 'nous avons', 'j’ai également', 'nous avons également'])}\\s+${loosePhrase('l’honneur')}|${looseAny(['au nom de', 'au nom du', 'au nom des', 'd’ordre de'])}\\s|${looseAny(['la mission permanente', 'la mission d’observation permanente'])}\\s)`, flags),
  // `… saisit cette occasion pour renouveler au Secrétaire général les assurances de sa très haute considération`.
  complimentaryClose: new RegExp(`${looseAny(['saisit cette occasion pour renouveler', 'saisissent cette occasion pour renouveler'])}|${loosePhrase('les assurances de')}\\s+${looseAny(['ma', 'sa', 'notre', 'leur'])}\\s+(?:${loosePhrase('très')}\\s+)?${loosePhrase('haute considération')}`, flags),
  masthead: new RegExp(`^${loosePhrase('nations unies')}(?=\\s|$)`, flags),
  annexHeading: new RegExp(`^${loosePhrase('annexe')}(?:\\s+(?:[IVX]+|\\d+))?(?:\\s*$|\\s+(?:${looseAny(['à', 'a', 'aux'])})\\s)`, flags),
  attachmentHeadings: [
    { kind: 'enclosure', pattern: new RegExp(`^${loosePhrase('pièce jointe')}(?:\\s+(?:[IVX]+|\\d+|[A-Z]))?(?:\\s*$|\\s+(?:${looseAny(['à', 'a', 'aux'])})\\s)`, flags) },
    { kind: 'appendix', pattern: new RegExp(`^${loosePhrase('appendice')}(?:\\s+(?:[IVX]+|\\d+|[A-Z]))?(?:\\s*$|\\s+(?:${looseAny(['à', 'a', 'aux'])})\\s)`, flags) },
  ],
  // Pas l’annexe d’un autre texte (`l’alinéa a) de l’annexe I de la résolution 2734 (2024)`).
  annexReference: new RegExp(`(?<!\\p{L})${looseAny(['annexe', 'annexes'])}(?!\\p{L})(?!\\s+(?:[IVX]+|\\d+)\\s+(?:${looseAny(['de', 'du', 'des', 'à'])})\\s+(?:${looseAny(['la', 'le', 'l’', "l'"])}\\s*)?(?:[\\p{L}-]+\\s+){0,3}${looseAny(['résolution', 'résolutions', 'décision', 'décisions', 'document', 'rapport', 'convention', 'accord'])}(?!\\p{L}))`, flags),
  signedMark: new RegExp(`^\\(\\s*${loosePhrase('signé')}[\\p{L}]*\\s*\\)\\s*`, flags),
  originalLanguage: new RegExp(`^\\[\\s*${loosePhrase('original')}\\s*:?\\s*(.+?)\\s*\\]$`, flags),
  listJoiner: new RegExp(`\\s*,\\s*|\\s+${loosePhrase('et')}\\s+`, flags),
  organs: [
    'Assemblée générale',
    'Conseil de sécurité',
    'Conseil économique et social',
    'Conseil des droits de l’homme',
    'Conseil de tutelle',
    'Cour internationale de Justice',
  ].map((organ) => new RegExp(loosePhrase(organ), flags)),
  session: new RegExp(`(([\\p{L}-]+)\\s+${loosePhrase('session')})`, flags),
  year: new RegExp(`([\\p{L}-]+\\s+${loosePhrase('année')})`, flags),
  agendaItems: new RegExp(`^${looseAny(['points', 'point'])}\\s+(.+?)\\s+${loosePhrase('de')}\\s*\\S{0,2}\\s*${loosePhrase('ordre du jour')}`, flags),
  ordinalNumber,
  honorific: new RegExp(
    `^(${looseAny([
      'l’ambassadeur',
      'l’ambassadrice',
      'le chargé d’affaires par intérim',
      'la chargée d’affaires par intérim',
      'le chargé d’affaires',
      'la chargée d’affaires',
    ])})\\s*,\\s*$`,
    flags,
  ),
  roleStart: new RegExp(
    `^(?:${looseAny(['pour le', 'pour la', 'le', 'la', 'l’'])}\\s*)?${looseAny([
      'représentant',
      'représentante',
      'président',
      'présidente',
      'vice-président',
      'premier ministre',
      'première ministre',
      'ministre',
      'secrétaire',
      'chargé d’affaires',
      'chargée d’affaires',
      'ambassadeur',
      'ambassadrice',
      'chef',
      'directeur',
      'directrice',
      'observateur',
      'observatrice',
      'délégué',
      'déléguée',
      'envoyé',
      'envoyée',
      'coordonnateur',
      'coordonnatrice',
      'haut-représentant',
      'haute-représentante',
      'roi',
      'reine',
      'émir',
      'prince',
      'gouverneur',
    ])}(?![\\p{L}])`,
    flags,
  ),
  closing: [
    `^${loosePhrase('adopté')}[\\p{L}]*\\s+${loosePhrase('le')}\\s`,
    `^${loosePhrase('adopté')}[\\p{L}]*\\s+${looseAny(['à', 'par'])}\\s`,
    `^${loosePhrase('favorablement accueilli')}`,
    `^${loosePhrase('fait à')}\\s`,
    `^${loosePhrase('signé')}[\\p{L}]*\\s+${looseAny(['à', 'le'])}\\s`,
  ].map((source) => new RegExp(source, flags)),
  placeDateLead: new RegExp(`^${looseAny(['fait', 'signé', 'adopté', 'adoptée'])}\\s+${looseAny(['à', 'a'])}\\s+`, flags),
  dateArticle: new RegExp(`^${looseAny(['le', 'les', 'du'])}$`, flags),
  abbreviations: ['M.', 'MM.', 'Mme.', 'Mlle.', 'Dr.', 'St.', 'Ste.', 'art.', 'p.', 'no.'],
  compoundPrefixes: [
    'sud', 'nord', 'est', 'ouest', 'anti', 'non', 'ex', 'vice', 'après', 'avant', 'sous', 'semi', 'demi', 'mi',
    'ci', 'là', 'porte', 'arrière', 'haut', 'haute', 'grand', 'grande', 'petit', 'petite', 'bien', 'mal',
    'quasi', 'auto', 'néo', 'post', 'pré', 'pro', 'contre', 'entre', 'hors', 'franco', 'afro', 'indo', 'euro',
    'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'quatre', 'dix', 'pays', 'états', 'chef', 'chefs',
    'premier', 'première', 'lui', 'elle', 'eux', 'elles', 'nous', 'vous', 'celles', 'ceux', 'celui', 'celle',
  ],
  compoundSuffixes: [
    'même', 'mêmes', 'ci', 'là', 'dessus', 'dessous', 'delà', 'clé', 'clef', 'clés', 'clefs', 'il', 'elle',
    'ils', 'elles', 'on', 't-il', 't-elle', 'membres', 'unis', 'unies', 'orient', 'deux', 'trois', 'quatre',
    'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  ],
  recycle: new RegExp(`^${loosePhrase('prière de recycler')}\\s*$`, flags),
  salutation: new RegExp(`^(?:${looseAny(['monsieur', 'madame', 'excellence', 'monsieur le président', 'madame la présidente', 'monsieur le secrétaire général', 'madame la secrétaire générale'])})\\s*,$`, flags),
  signingParty: new RegExp(`^(?:${looseAny(['pour', 'au nom de', 'au nom du', 'au nom des'])})\\s+\\S.*?\\s*:$`, flags),
  partHeading: new RegExp(`^${looseAny(['introduction', 'contexte', 'historique', 'généralités'])}$`, flags),
  authorTitle: new RegExp(`^${looseAny(['rapport', 'note', 'déclaration', 'communication'])}\\s+(?:${looseAny(['du', 'de la', "de l’", "de l'"])})`, flags),
  partLabel: /^((?:Article|Section|Partie|Chapitre|Titre)\s+(?:[IVXL]{1,6}|\d{1,3}))\.?(?:\s+(?=[\p{Lu}«])|$)/u,
  personTitle: /^(?:M\.|Mme|Mlle|Dr|S\.\s?E\.)\s+\p{Lu}/u,
  pageLabel: new RegExp(`^${loosePhrase('page')}\\s+\\d{1,3}$`, flags),
  languageName: new RegExp(`^${looseAny(['anglais', 'français', 'espagnol', 'russe', 'arabe', 'chinois'])}$`, flags),
  mastheadOriginal: new RegExp(`^${loosePhrase('original')}\\s*:\\s*\\p{L}[\\p{L}\\s,/]*$`, flags),
  // A caption's label over a table or a chart (`Table 2`, `Figure IV`) and the notes under them (`Source: …`).
  // Le titre et les têtes de colonne d’une table des matières (`Table des matières`, `Chapitre`, `Page`).
  contentsLabel: new RegExp(`^${looseAny(['table des matières', 'sommaire', 'chapitre', 'chapitres', 'page', 'pages', 'paragraphe', 'paragraphes', 'point', 'section'])}$`, flags),
  figureTitle: /^\p{Lu}[^.;:!?]*,\s+par\s+[^,.;:!?]+,\s+[^,.;:!?]*\d{4}$/u,
  captionLabel: new RegExp(`^(${looseAny(['tableau', 'figure', 'graphique', 'carte', 'encadré'])})\\s+(?:\\d{1,3}(?:\\.\\d{1,2})?|[IVXL]{1,6})(?=[\\s.:]|$)`, flags),
  displayNote: new RegExp(`^${looseAny(['note', 'notes', 'source', 'sources', 'abréviation', 'abréviations', 'sigles'])}\\s*:`, flags),
  // The head of an attached letter or statement: a translator's note (`[Traduction non officielle]`, `Traduit du
  // russe`), a reference line (`Notre réf. : …`, `N° 214/2025`), a classification, the delivery mark of a speech.
  headLine: new RegExp(`^(?:\\[\\s*(?:${looseAny(['traduction', 'traduit'])})[^\\]]{0,40}\\]|(?:${looseAny(['traduction', 'traduit'])})(?:\\s+${looseAny(['non officielle', 'officieuse', 'de', 'du', 'de la', 'de l’', 'des'])}(?:\\s*[\\p{L}’']+)?)?(?:\\s+[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*)?|(?:[\\d./-]+\\s+)?${looseAny(['notre', 'votre', 'nos', 'vos'])}\\s+${looseAny(['réf.', 'réf', 'référence', 'références'])}(?![\\p{L}]).*|${looseAny(['réf.', 'référence'])}\\s*:.*|(?:${loosePhrase('note')}\\s+)?(?:N°|No|Nº|n°)\\.?\\s*[\\p{L}\\d]*\\d[\\p{L}\\d/.-]*|${looseAny(['seul le texte prononcé fait foi', 'vérifier au prononcé', 'à vérifier au prononcé'])}|(?:${loosePhrase('strictement')}\\s+)?${looseAny(['confidentiel', 'confidentielle', 'diffusion restreinte', 'non classifié'])})\\s*\\.?$`, flags),
  letterhead: new RegExp(`^(?:${looseAny(['la', 'l’', 'le'])}\\s*)?(?:${looseAny(['mission permanente', 'mission d’observation permanente', 'délégation', 'ambassade', 'consulat général', 'consulat', 'ministère', 'cabinet du président', 'cabinet du premier ministre'])})\\s+(?:${looseAny(['de', 'du', 'des', 'd’', 'auprès'])})`, flags),
  enactingFormula: new RegExp(`^${looseAny(['au nom de', 'au nom du', 'au nom des'])}\\s`, flags),
  numericDate: /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?!\d)/u,
  isWord: isFrenchWord,
};
