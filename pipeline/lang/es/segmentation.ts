/**
 * Spanish cues for the segmenter (shape: `SegmentationCues` in pipeline/segment/cues.ts), from the UN's
 * Spanish letter forms: `Carta de fecha 14 de marzo de 2016 dirigida al Secretario General por …`,
 * `Anexo de la carta …`, `(Firmado)`, `Tema 19 del programa`, `Septuagésimo noveno período de sesiones`.
 */
import type { SegmentationCues } from '../../segment/cues.ts';
import { looseAny, loosePhrase } from '../../segment/cues.ts';
import { isSpanishWord } from './words.ts';

/** Ordinal words, masculine, accents dropped; the feminine (`novena`) and short forms (`primer`) are folded to them. */
const ORDINALS: Record<string, number> = {
  primero: 1, segundo: 2, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, septimo: 7, setimo: 7, octavo: 8,
  noveno: 9, decimo: 10, undecimo: 11, duodecimo: 12, vigesimo: 20, trigesimo: 30, cuadragesimo: 40,
  quincuagesimo: 50, sexagesimo: 60, septuagesimo: 70, octogesimo: 80, nonagesimo: 90, centesimo: 100,
};

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** One ordinal word to its value: `novena` → 9, `primer` → 1, `decimotercero` → 13. */
function ordinalWord(word: string): number | undefined {
  const masculine = word.replace(/a$/u, 'o').replace(/^(primer|tercer)$/u, '$1o');
  if (ORDINALS[masculine] !== undefined) return ORDINALS[masculine];
  // `decimotercero`, `vigesimoprimero`: a tens word glued to a unit word.
  for (const [tens, value] of Object.entries(ORDINALS)) {
    if (value % 10 === 0 && value >= 10 && masculine.startsWith(tens) && masculine.length > tens.length) {
      const unit = ORDINALS[masculine.slice(tens.length)];
      if (unit !== undefined && unit < 10) return value + unit;
    }
  }
  return undefined;
}

/** `Septuagésimo noveno` → 79, `Octogésimo` → 80, `Sexagésima tercera` → 63. */
function ordinalNumber(words: string): number | undefined {
  const tokens = fold(words).split(/[\s-]+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  let total = 0;
  for (const token of tokens) {
    const value = ordinalWord(token);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const flags = 'iu';

export const spanishSegmentation: SegmentationCues = {
  letterTitle: new RegExp(`^${looseAny(['cartas idénticas', 'carta', 'notas verbales idénticas', 'notas verbales', 'nota verbal'])}\\s+${loosePhrase('de fecha')}`, flags),
  identicalLetters: new RegExp(loosePhrase('idénticas'), flags),
  noteVerbale: new RegExp(`^${looseAny(['notas verbales', 'nota verbal'])}(?!\\p{L})`, flags),
  addresseeIntro: new RegExp(`\\s*${loosePhrase('dirigid')}[\\p{L}]*\\s+(?:${looseAny(['al', 'a la', 'a los', 'a las'])})\\s+`, flags),
  addresseeJoiner: new RegExp(`\\s+${loosePhrase('y')}\\s+(?:${looseAny(['al', 'a la'])})\\s+`, flags),
  senderIntro: new RegExp(`\\s+${loosePhrase('por')}\\s+`, flags),
  knownAddressees: [
    'Secretario General',
    'Presidencia del Consejo de Seguridad',
    'Presidente del Consejo de Seguridad',
    'Presidenta del Consejo de Seguridad',
    'Presidencia de la Asamblea General',
    'Presidente de la Asamblea General',
  ],
  bodyOpening: new RegExp(`^(?:${looseAny(['tengo', 'tenemos', 'tengo también', 'tenemos también'])}\\s+${loosePhrase('el honor')}|${looseAny(['en nombre de', 'en nombre del', 'siguiendo instrucciones de', 'por instrucciones de'])}\\s|${looseAny(['la misión permanente', 'la misión de observación permanente'])}\\s)`, flags),
  // `… aprovecha la oportunidad para reiterar al Secretario General las seguridades de su más alta consideración`.
  complimentaryClose: new RegExp(`${looseAny(['aprovecha la oportunidad para reiterar', 'aprovecha esta oportunidad para reiterar', 'aprovechan la oportunidad para reiterar'])}|${looseAny(['las seguridades de', 'el testimonio de'])}\\s+${looseAny(['su', 'mi', 'nuestra'])}\\s+(?:${loosePhrase('más')}\\s+)?${looseAny(['alta', 'distinguida'])}\\s+${loosePhrase('consideración')}`, flags),
  masthead: new RegExp(`^${loosePhrase('naciones unidas')}(?=\\s|$)`, flags),
  annexHeading: new RegExp(`^${loosePhrase('anexo')}(?:\\s+(?:[IVX]+|\\d+))?(?:\\s*$|\\s+(?:${looseAny(['de', 'a'])})\\s)`, flags),
  signedMark: new RegExp(`^\\(\\s*${loosePhrase('firmad')}[\\p{L}]*\\s*\\)\\s*`, flags),
  originalLanguage: new RegExp(`^\\[\\s*${loosePhrase('original')}\\s*:?\\s*(.+?)\\s*\\]$`, flags),
  listJoiner: new RegExp(`\\s*,\\s*|\\s+${looseAny(['y', 'e'])}\\s+`, flags),
  organs: [
    'Asamblea General',
    'Consejo de Seguridad',
    'Consejo Económico y Social',
    'Consejo de Derechos Humanos',
    'Consejo de Administración Fiduciaria',
    'Corte Internacional de Justicia',
  ].map((organ) => new RegExp(loosePhrase(organ), flags)),
  // `Septuagésimo noveno período de sesiones`: the ordinal may take two words.
  session: new RegExp(`(([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+${loosePhrase('período de sesiones')})`, flags),
  year: new RegExp(`([\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+${loosePhrase('año')})(?![\\p{L}])`, flags),
  agendaItems: new RegExp(`^${looseAny(['temas', 'tema'])}\\s+(\\d.*?)\\s+${looseAny(['del programa provisional', 'del programa'])}\\s*$`, flags),
  ordinalNumber,
  honorific: new RegExp(
    `^(${looseAny(['embajador', 'embajadora', 'encargado de negocios interino', 'encargada de negocios interina', 'encargado de negocios a. i.', 'encargada de negocios a. i.', 'encargado de negocios', 'encargada de negocios'])})\\s*,?\\s*$`,
    flags,
  ),
  roleStart: new RegExp(
    `^(?:${looseAny(['por el', 'por la', 'el', 'la'])}\\s+)?${looseAny([
      'representante permanente',
      'representante permanente adjunto',
      'representante',
      'presidente',
      'presidenta',
      'presidencia',
      'vicepresidente',
      'vicepresidenta',
      'primer ministro',
      'primera ministra',
      'ministro',
      'ministra',
      'secretario',
      'secretaria',
      'encargado de negocios',
      'encargada de negocios',
      'embajador',
      'embajadora',
      'jefe',
      'jefa',
      'director',
      'directora',
      'observador',
      'observadora',
      'enviado',
      'enviada',
      'coordinador',
      'coordinadora',
      'alto representante',
      'alta representante',
      'rey',
      'reina',
      'emir',
      'príncipe',
      'gobernador',
      'gobernadora',
    ])}(?![\\p{L}])`,
    flags,
  ),
  closing: [
    `^${loosePhrase('aprobad')}[\\p{L}]*\\s+(?:${looseAny(['el', 'en', 'por'])})\\s`,
    `^${loosePhrase('hecho en')}\\s`,
    `^${loosePhrase('firmad')}[\\p{L}]*\\s+(?:${looseAny(['en', 'el'])})\\s`,
  ].map((source) => new RegExp(source, flags)),
  placeDateLead: new RegExp(`^${looseAny(['hecho', 'hecha', 'firmado', 'firmada', 'aprobado', 'aprobada'])}\\s+${loosePhrase('en')}\\s+`, flags),
  dateArticle: new RegExp(`^${looseAny(['el', 'a'])}$`, flags),
  abbreviations: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Excmo.', 'Excma.', 'núm.', 'Núm.', 'art.', 'párr.', 'pág.', 'a. i.'],
  compoundPrefixes: [
    'anti', 'ex', 'vice', 'pos', 'post', 'pre', 'pro', 'sub', 'super', 'ultra', 'norte', 'sur', 'franco', 'hispano',
    'afro', 'euro', 'indo', 'ítalo', 'árabe', 'socio', 'político', 'económico', 'jurídico', 'técnico',
  ],
  compoundSuffixes: ['americano', 'americana', 'europeo', 'europea', 'africano', 'africana', 'asiático', 'asiática'],
  partHeading: new RegExp(`^${looseAny(['introducción', 'antecedentes', 'contexto'])}$`, flags),
  // A caption's label over a table or a chart (`Table 2`, `Figure IV`) and the notes under them (`Source: …`).
  // El título y las cabeceras de columna de un índice (`Índice`, `Capítulo`, `Página`).
  contentsLabel: new RegExp(`^${looseAny(['índice', 'contenido', 'capítulo', 'capítulos', 'página', 'páginas', 'párrafo', 'párrafos', 'tema', 'sección'])}$`, flags),
  figureTitle: /^\p{Lu}[^.;:!?]*,\s+por\s+[^,.;:!?]+,\s+[^,.;:!?]*\d{4}$/u,
  captionLabel: new RegExp(`^(${looseAny(['cuadro', 'tabla', 'figura', 'gráfico', 'mapa', 'recuadro'])})\\s+(?:\\d{1,3}(?:\\.\\d{1,2})?|[IVXL]{1,6})(?=[\\s.:]|$)`, flags),
  displayNote: new RegExp(`^${looseAny(['nota', 'notas', 'fuente', 'fuentes', 'abreviaciones', 'abreviaturas', 'siglas'])}\\s*:`, flags),
  // The head of an attached letter or statement: a translator's note (`[Traducción no oficial]`, `Traducción del ruso`),
  // a reference line (`Nuestra ref.: …`, `Nota núm. 214/2025`, `N.º 214/2025`), a classification, the delivery mark.
  headLine: new RegExp(`^(?:\\[\\s*${loosePhrase('traducci')}[^\\]]{0,40}\\]|${loosePhrase('traducci')}\\p{L}*(?:\\s+${looseAny(['no oficial', 'oficiosa', 'del', 'de la', 'de'])}(?:\\s*\\p{L}+)?)?(?:\\s+[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*)?|(?:[\\d./-]+\\s+)?${looseAny(['nuestra', 'su', 'nuestras', 'sus'])}\\s+${looseAny(['ref.', 'ref', 'referencia', 'referencias'])}(?![\\p{L}]).*|${looseAny(['ref.', 'referencia'])}\\s*:.*|(?:${loosePhrase('nota')}\\s+)?(?:${looseAny(['núm.', 'no.', 'n.º', 'nº', 'n°'])})\\s*[\\p{L}\\d]*\\d[\\p{L}\\d/.-]*|${looseAny(['cotéjese con el discurso pronunciado', 'verificar con el discurso pronunciado', 'sólo vale el texto pronunciado', 'solo vale el texto pronunciado'])}|(?:${loosePhrase('estrictamente')}\\s+)?${looseAny(['confidencial', 'reservado', 'reservada', 'no clasificado'])})\\s*\\.?$`, flags),
  letterhead: new RegExp(`^(?:${looseAny(['la', 'el'])}\\s+)?(?:${looseAny(['misión permanente', 'misión de observación permanente', 'delegación', 'embajada', 'consulado general', 'consulado', 'ministerio', 'oficina del presidente', 'oficina del primer ministro'])})\\s+${looseAny(['de', 'del', 'ante'])}\\s`, flags),
  enactingFormula: new RegExp(`^${looseAny(['en nombre de', 'en nombre del'])}\\s`, flags),
  numericDate: /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?!\d)/u,
  isWord: isSpanishWord,
};
