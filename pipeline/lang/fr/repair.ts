import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hunspellPackage, loadPacked, PackedWordSets } from '../../repair/lexicon.ts';
import { hyphenatedWords, nameWords } from '../names/name-words.ts';
import { frenchEntities } from './entities.ts';
import type { RepairLanguage, VerbForms } from '../../repair/resources.ts';
import { frenchElisions } from './elisions.ts';

const require = createRequire(import.meta.url);

/**
 * French repair data. The lexicon is Grammalecte's dictionary (dictionary-fr, MPL-2.0) expanded from its
 * affixes; word frequencies are the ranks of @zxcvbn-ts/language-fr (subtitles and Wikipedia, MIT);
 * verbs come from the Lefff (french-verbs-lefff, LGPL-LR). Nothing here comes from the seed letters.
 */
export const frenchRepair: RepairLanguage = {
  lexicon: {
    name: 'fr-1',
    ...hunspellPackage('dictionary-fr'),
    rankedLists: async () => {
      const { dictionary } = await import('@zxcvbn-ts/language-fr');
      return [dictionary['commonWords-fr'] as string[], dictionary['wikipedia-fr'] as string[]];
    },
    // The ranked lists miss one-letter words; the dictionary keeps elided forms only with their apostrophe.
    extraForms: [
      ['a', 5], ['à', 8], ['y', 60], ['ô', 5000], ['l', 40], ['d', 40], ['j', 60], ['m', 200], ['n', 60], ['s', 60],
      ['t', 300], ['c', 80], ['qu', 30], ['lorsqu', 400], ['puisqu', 600], ['jusqu', 300], ['quoiqu', 3000],
    ],
  },
  verbs: loadVerbs,
  names: nameWords,
  // The titles of the entity cues and the names of the name tables that are written with a hyphen.
  compounds: () => hyphenatedWords([...frenchEntities.roles.flatMap((role) => role.forms), ...nameWords()]),
  script: 'Latin',
  alphabet: 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ',
  elisions: frenchElisions,
  lConfusions: ['I', '|', '1'],
  // Confusions a 300-dpi scan of Times produces, on folded keys (accents are free at that level).
  confusions: [
    ['c', 'o', 3], ['o', 'c', 4], ['d', 'o', 4], ['e', 'o', 4], ['a', 'o', 5], ['g', 'q', 3], ['q', 'g', 4],
    ['ceu', 'oeu', 0], ['cau', 'oeu', 0], ['cae', 'coe', 1], ['ii', 'u', 4], ['rn', 'm', 3], ['m', 'rn', 5],
    ['cl', 'd', 4], ['l', 'i', 4], ['i', 'l', 4], ['1', 'l', 3], ['1', 'i', 4], ['t', 'f', 5], ['f', 't', 5],
    ['h', 'b', 5], ['b', 'h', 5], ['u', 'n', 5], ['n', 'u', 5], ['e', 'c', 5], ['c', 'e', 4], ['vv', 'w', 4],
    ['', 'o', 5], ['', 'e', 6], ['', 'i', 6], ['', 'u', 6], ['', 'a', 6], ['s', '', 7], ['e', '', 7],
  ],
  detachedEndings: ['e', 'es', 's', 'x', 'nt', 'ent', 'ment'],
  shortWords: [
    'a', 'à', 'y', 'au', 'du', 'de', 'la', 'le', 'les', 'un', 'une', 'en', 'et', 'ou', 'où', 'il', 'on', 'ce', 'se',
    'sa', 'sa', 'son', 'ses', 'ne', 'pas', 'par', 'sur', 'des', 'aux', 'est', 'qui', 'que',
  ],
  combiningPrefixes: [
    'anti', 'auto', 'bio', 'co', 'contre', 'cyber', 'éco', 'extra', 'géo', 'hyper', 'info', 'infra', 'inter', 'intra',
    'macro', 'micro', 'mini', 'multi', 'narco', 'néo', 'para', 'poly', 'post', 'pré', 'pro', 'proto', 'pseudo',
    'quasi', 're', 'ré', 'semi', 'socio', 'sous', 'super', 'supra', 'sur', 'télé', 'trans', 'tri', 'ultra', 'vice',
    'agro', 'aéro', 'audio', 'euro', 'franco', 'hydro', 'photo', 'radio', 'thermo', 'vidéo', 'archi', 'bi', 'mono',
  ],
  glueWords: ['de', 'la', 'le', 'les', 'du', 'des', 'a', 'à', 'au', 'aux', 'en', 'et', 'par', 'pour', 'sur', 'dans', 'un', 'une'],
  ordinalSuffix: 'e',
  context: {
    verbForm: 'a',
    preposition: 'à',
    determiners: [
      'la', 'le', 'les', 'l', 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses', 'mon', 'ma',
      'mes', 'notre', 'nos', 'votre', 'vos', 'tout', 'tous', 'toute', 'toutes', 'chaque', 'cela', 'ceux', 'celle',
      'celles', 'celui', 'partir', 'travers', 'savoir', 'condition', 'propos', 'nouveau', 'long', 'court', 'moyen',
      'grande', 'petite', 'titre', 'égard', 'peine', 'même', 'plusieurs', 'certains', 'certaines', 'quelques', 'ceci',
      'lui', 'eux', 'elle', 'elles', 'moi', 'nous', 'vous', 'qui', 'quoi', 'laquelle', 'lequel', 'lesquels', 'lesquelles',
      'différents', 'différentes', 'divers', 'diverses', 'deux', 'trois', 'cet',
    ],
    subjects: ['il', 'elle', 'on', 'qui', 'ce', 'cela', 'ceci', 'y', 'n', 'quoi', 'personne', 'chacun', 'tout', 'rien'],
    pairs: [
      ['', 'des', 'lors', 'dès'],
      ['', 'des', 'que', 'dès'],
      ['', 'la', 'ou', 'là'],
      ['la', 'ou', '', 'où'],
      ['d', 'ou', '', 'où'],
      ['moment', 'ou', '', 'où'],
      ['jour', 'ou', '', 'où'],
      ['mesure', 'ou', '', 'où'],
      ['cas', 'ou', '', 'où'],
    ],
  },
  typography: {
    apostrophe: '’',
    spaceBefore: [';', '!', '?'],
    narrowSpace: '\u202f',
    wideSpace: '\u00a0',
    openQuote: '«',
    closeQuote: '»',
  },
};

interface LefffVerb {
  [tense: string]: (string | null)[] | undefined;
}

let verbs: Promise<VerbForms> | undefined;

/**
 * Infinitives, participles and conjugated forms of the Lefff verbs, read once from their packed form (built
 * from the Lefff's table at install or on the first run).
 */
function loadVerbs(): Promise<VerbForms> {
  const path = join(dirname(require.resolve('french-verbs-lefff')), 'conjugations.json');
  verbs ??= loadPacked('verbs-fr-1', [path], PackedWordSets.unpack, async () => PackedWordSets.pack(await lefffVerbForms(path))).then((sets) => ({
    infinitives: sets.set(0),
    participles: sets.set(1),
    finite: sets.set(2),
  }));
  return verbs;
}

/** The Lefff's table as three lists: infinitives, participles, and the other forms. */
async function lefffVerbForms(path: string): Promise<Set<string>[]> {
  const table = JSON.parse(await readFile(path, 'utf8')) as Record<string, LefffVerb>;
  const infinitives = new Set<string>();
  const participles = new Set<string>();
  const finite = new Set<string>();
  for (const [infinitive, tenses] of Object.entries(table)) {
    infinitives.add(infinitive);
    for (const [tense, forms] of Object.entries(tenses)) {
      for (const form of forms ?? []) {
        if (!form || form === 'NA') continue;
        (tense === 'K' ? participles : finite).add(form);
      }
    }
  }
  return [infinitives, participles, finite];
}
