/**
 * Which face draws each character, and the order in which a right-to-left line's characters are drawn.
 * A line of Arabic is laid out with the Unicode bidirectional algorithm (bidi-js): the Arabic runs right to
 * left, numbers and Latin runs inside them left to right, brackets mirrored. fontkit shapes the Arabic
 * letters (their joined forms) and, as it does for every run of the Arabic script, returns the glyphs of a
 * run right to left: so a run of the Arabic script is handed to it in logical order, anything else in the
 * order it is drawn.
 */
import bidiModule, { type Bidi } from 'bidi-js';
import type { Face, FontSet } from './fonts.ts';

export interface FaceRun {
  /** Characters in the order handed to the font (see above). */
  text: string;
  face: Face;
}

// bidi-js is a CommonJS module whose default export is a factory; depending on the loader the default import
// is that factory or the exports object holding it.
const bidiExport = bidiModule as unknown as (() => Bidi) | { default: () => Bidi };
const bidi = typeof bidiExport === 'function' ? bidiExport() : bidiExport.default();

const ARABIC = /\p{Script=Arabic}/u;
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The face a character prefers by its script, or undefined for characters every script shares. */
function scriptFace(character: string): Face | undefined {
  if (ARABIC.test(character)) return 'arabic';
  if (HAN.test(character)) return 'han';
  if (/[\p{L}\p{N}]/u.test(character)) return 'latin';
  return undefined;
}

/** Faces for each character: its script's, else the face before it if that face has the glyph, else any face that has it. */
function facesOf(characters: readonly string[], fonts: FontSet): Face[] {
  const available = (face: Face | undefined, character: string): face is Face =>
    face !== undefined && fonts.faces[face] !== undefined && (fonts.coverage.get(face)?.has(character.codePointAt(0)!) ?? false);
  const own = characters.map(scriptFace);
  // The script face of the first character after each one that has one, found once from the end.
  const following: Array<Face | undefined> = new Array(characters.length);
  for (let index = characters.length - 1, next: Face | undefined; index >= 0; index--) {
    following[index] = next;
    next = own[index] ?? next;
  }
  const faces: Face[] = [];
  for (const [index, character] of characters.entries()) {
    const previous = faces[index - 1];
    const choice = [own[index], previous === 'mirrored' ? 'latin' : previous, following[index], 'latin' as const, 'arabic' as const, 'han' as const].find((face) => available(face, character));
    const script = own[index];
    faces.push(choice ?? (script && fonts.faces[script] ? script : 'latin'));
  }
  return faces;
}

/** A left-to-right text cut where the face changes, in logical order. */
export function faceRuns(text: string, fonts: FontSet): FaceRun[] {
  const characters = [...text];
  const faces = facesOf(characters, fonts);
  const runs: FaceRun[] = [];
  characters.forEach((character, index) => {
    const last = runs.at(-1);
    if (last && last.face === faces[index]) last.text += character;
    else runs.push({ text: character, face: faces[index]! });
  });
  return runs;
}

/** Whether the text has a letter that reads right to left. */
export function hasRightToLeft(text: string): boolean {
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text);
}

/**
 * The runs of a line of a right-to-left paragraph in drawing order, left to right: characters in visual
 * order by the bidirectional algorithm, mirrored where they stand in a right-to-left run, cut where the face
 * or the direction changes; a run fontkit will reverse (it holds Arabic-script characters) is given back in
 * logical order.
 */
export function visualRuns(text: string, fonts: FontSet): FaceRun[] {
  const levels = bidi.getEmbeddingLevels(text, 'rtl');
  const order = bidi.getReorderedIndices(text, levels);
  // Faces are chosen in logical order, where a neutral character takes the face of its neighbours.
  const units = [...text];
  const unitFaces = facesOf(units, fonts);
  const faceAt: Face[] = [];
  units.forEach((unit, index) => {
    for (let repeat = 0; repeat < unit.length; repeat += 1) faceAt.push(unitFaces[index]!);
  });
  const runs: Array<{ characters: string[]; face: Face; rtl: boolean }> = [];
  let previousIndex = -2;
  for (const index of order) {
    const code = text.charCodeAt(index);
    // The low half of a surrogate pair travels with its high half.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const rtl = (levels.levels[index]! & 1) === 1;
    let character = text.slice(index, code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1);
    const mirror = rtl ? bidi.getMirroredCharacter(character) : null;
    // A mirrored bracket is drawn from the mirrored face, whose text map gives back the original.
    const face = mirror !== null && fonts.faces.mirrored && fonts.coverage.get('mirrored')?.has(mirror.codePointAt(0)!) ? 'mirrored' : faceAt[index]!;
    if (mirror !== null) character = mirror;
    const last = runs.at(-1);
    const adjacent = Math.abs(index - previousIndex) <= 2;
    if (last && last.face === face && last.rtl === rtl && adjacent) last.characters.push(character);
    else runs.push({ characters: [character], face, rtl });
    previousIndex = index;
  }
  return runs.map(({ characters, face }) => {
    const drawn = characters.join('');
    return { text: face === 'arabic' && ARABIC.test(drawn) ? characters.reverse().join('') : drawn, face };
  });
}
