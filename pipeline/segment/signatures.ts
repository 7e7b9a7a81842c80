/**
 * Signature blocks: an honorific line (`L’Ambassadeur,`), role lines (a role start, then lines that go on in
 * lower case), the signed mark with a name (`(Signé) Zahir Tanin`). Letters put the roles before the mark;
 * some annexes put the mark first and the role under it (002); some blocks have no mark at all (004).
 */
import type { Signature } from '../model/index.ts';
import type { SegmentationCues } from './cues.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';
import { normalizeSpaces, startsLower, startsUpper } from './reflow.ts';

export type SignatureLineKind = 'honorific' | 'role' | 'signed' | 'continuation' | 'placeDate' | 'party';

/** Longest role line, in characters: a longer line is running text. */
const ROLE_MAX_LENGTH = 110;

export interface SignatureReader {
  cues: SegmentationCues;
  reflower: Reflower;
  isPlaceDate(text: string): boolean;
}

export function signatureLineKind(text: string, reader: SignatureReader): SignatureLineKind | undefined {
  const { cues } = reader;
  if (cues.signedMark.test(text)) return 'signed';
  if (cues.signingParty?.test(text) && text.length <= ROLE_MAX_LENGTH) return 'party';
  if (cues.honorific.test(text)) return 'honorific';
  if (reader.isPlaceDate(text)) return 'placeDate';
  const punctuated = /[.;:!?]$/.test(text);
  if (cues.roleStart.test(text) && !punctuated && text.length <= ROLE_MAX_LENGTH) return 'role';
  if (startsLower(text) && !punctuated && text.length <= ROLE_MAX_LENGTH) return 'continuation';
  return undefined;
}

/**
 * Index of the first line of the signature area at the end of `lines`: the longest tail made only of
 * signature lines, starting on an honorific, a role, a signed mark or a place/date line, and standing after a
 * break (a blank line, or a line that ends a sentence). `lines.length` when there is none.
 */
export function signatureAreaStart(lines: readonly Line[], reader: SignatureReader): number {
  let start = lines.length;
  // Signed marks with their names and roles under them (`(Signed) Name`, `Ambassador`, `Permanent
  // Representative …`), one block after another: the area starts at the first mark of that trailing run.
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const text = lines[index]!.text;
    if (reader.cues.signedMark.test(text)) start = index;
    else if (!isSignatureLine(text, reader)) break;
  }
  start = functionsAboveMark(lines, start, reader) ?? start;
  for (let index = start - 1; index >= 0; index -= 1) {
    const line = lines[index]!;
    const kind = signatureLineKind(line.text, reader);
    if (!kind) break;
    if (kind === 'continuation') continue;
    const previous = lines[index - 1];
    const afterBreak = !previous || line.blankBefore > 0 || reader.reflower.endsSentence(previous.text) || signatureLineKind(previous.text, reader) !== undefined;
    if (afterBreak) start = index;
  }
  // The area must hold a signature, not only a date line.
  const kinds = lines.slice(start).map((line) => signatureLineKind(line.text, reader));
  return kinds.some((kind) => kind === 'signed' || kind === 'role' || kind === 'honorific') ? start : lines.length;
}

/** Most lines of the functions printed over a signed mark. */
const FUNCTIONS_MAX_LINES = 6;

/**
 * The first line of the functions printed right over the signed mark at `mark`, as translated papers print them
 * (`Director General` ⏎ `General Department of` ⏎ `International Legal Cooperation` ⏎ `[signed]` ⏎ name): a block of a
 * few short lines, no sentence among them, set apart above and touching the mark. Undefined when there is none.
 */
function functionsAboveMark(lines: readonly Line[], mark: number, reader: SignatureReader): number | undefined {
  if (mark >= lines.length || lines[mark]!.blankBefore > 0 || !reader.cues.signedMark.test(lines[mark]!.text)) return undefined;
  for (let index = mark - 1; index >= 0 && mark - index <= FUNCTIONS_MAX_LINES; index -= 1) {
    const text = lines[index]!.text;
    if (text.length > ROLE_MAX_LENGTH || /[.;:!?]$/u.test(text) || reader.cues.signedMark.test(text)) return undefined;
    if (lines[index]!.blankBefore > 0) return startsUpper(text) ? index : undefined;
  }
  return undefined;
}

/** A line that may stand in a signature block: short, and ending no sentence (`a.i.` is no sentence end). */
export function isSignatureLine(text: string, reader: SignatureReader): boolean {
  if (reader.cues.signingParty?.test(text) && text.length <= ROLE_MAX_LENGTH) return true;
  if (text.length > ROLE_MAX_LENGTH || /[;:!?]$/u.test(text)) return false;
  return !/\.$/u.test(text) || /(?:^|\s)(?:\p{L}\.){2,}$/u.test(text) || signatureLineKind(text, reader) === 'placeDate';
}

interface Item {
  kind: 'honorific' | 'role' | 'signed' | 'party';
  text: string;
  /** A signed mark's rank printed before the name. */
  honorific?: string;
}

export interface SignatureArea {
  signatures: Signature[];
  placeDates: Line[];
  /** Whether the place/date lines stand after the signatures (004) rather than before them (003). */
  placeDatesAfter: boolean;
}

/** Reads the signature area into blocks (ids left empty) and its place/date lines apart. */
export function readSignatures(lines: readonly Line[], reader: SignatureReader): SignatureArea {
  const items: Item[] = [];
  const placeDates: Line[] = [];
  let placeDatesAfter = false;
  let roleLines: string[] | undefined;
  const flushRole = () => {
    if (roleLines) items.push({ kind: 'role', text: reader.reflower.join(roleLines) });
    roleLines = undefined;
  };
  // A role line cut after a hyphen or a word that ends no phrase (`Special Representative of the Secretary-`,
  // `Under-Secretary-General for Humanitarian Affairs and`) goes on in the next line, whatever it starts with.
  // So does a line ending on a word that qualifies a function and ends none (`Deputy Permanent` ⏎ `Representative …`).
  const cut = (text: string) => /\p{L}-$/u.test(text) || (reader.cues.unfinishedEnd?.test(text) ?? false) || (reader.cues.roleUnfinishedEnd?.test(text.trim()) ?? false);
  for (const line of lines) {
    const kind = signatureLineKind(line.text, reader);
    // A mark alone on its line (`[signed]`) signs for the name under it.
    const mark = items[items.length - 1];
    if (!roleLines && mark?.kind === 'signed' && mark.text === '' && (kind === 'role' || kind === undefined) && isBareName(normalizeSpaces(line.text))) {
      mark.text = normalizeSpaces(line.text);
      continue;
    }
    if (roleLines && (kind === 'continuation' || ((kind === 'role' || kind === undefined) && cut(roleLines.at(-1)!)))) {
      roleLines.push(line.text);
      continue;
    }
    flushRole();
    if (kind === 'role' || kind === 'continuation' || kind === undefined) roleLines = [line.text];
    else if (kind === 'party') items.push({ kind, text: normalizeSpaces(line.text.replace(/\s*[:：]$/u, '')) });
    else if (kind === 'honorific') items.push({ kind, text: normalizeSpaces(reader.cues.honorific.exec(line.text)![1]!) });
    else if (kind === 'signed') {
      // A rank printed before the name on the mark's line (`(Signed) Ambassador Hisham Badr`) is the block's honorific.
      const { name: signed, role, honorific } = nameThenRole(normalizeSpaces(line.text.replace(reader.cues.signedMark, '')), reader);
      const rank = leadingHonorific(signed, reader);
      items.push(rank ? { kind, text: rank.name, honorific: rank.honorific } : { kind, text: signed });
      if (honorific) items.push({ kind: 'honorific', text: honorific });
      // The role printed after the name on the mark's line (`(Signed) Ana Soto, Permanent Representative`) opens the
      // block's roles; a role line under it goes on with it only when the first is cut (see `cut`).
      if (role) roleLines = [role];
    }
    else {
      placeDates.push(line);
      if (items.length > 0) placeDatesAfter = true;
    }
  }
  flushRole();
  return { signatures: groupItems(items), placeDates, placeDatesAfter };
}

/**
 * A name and a role or rank on one line, a comma between them (`Ana Soto, Permanent Representative`): the role opens
 * with a role's words in capitals; a name with a comma of its own (`SOTO, Ana`) has none after it.
 */
function nameThenRole(text: string, reader: SignatureReader): { name: string; role?: string; honorific?: string } {
  const comma = text.indexOf(', ');
  if (comma <= 0) return { name: text };
  const name = text.slice(0, comma).trim();
  const role = text.slice(comma + 2).trim();
  if (!/^\p{Lu}/u.test(role)) return { name: text };
  // A rank alone after the name (`Ana Soto, Ambassador`) is the block's honorific, as on a line of its own.
  const rank = reader.cues.honorific.exec(role);
  if (rank) return { name, honorific: normalizeSpaces(rank[1]!) };
  return reader.cues.roleStart.test(role) ? { name, role } : { name: text };
}

/** Most words of a rank printed before a name (`Chargé d’affaires a.i.`). */
const RANK_MAX_WORDS = 4;

/** The honorific opening `text` and the name after it, when both are there. */
function leadingHonorific(text: string, reader: SignatureReader): { honorific: string; name: string } | undefined {
  const words = text.split(' ');
  for (let count = Math.min(RANK_MAX_WORDS, words.length - 1); count >= 1; count -= 1) {
    const found = reader.cues.honorific.exec(words.slice(0, count).join(' '));
    if (found) return { honorific: normalizeSpaces(found[1]!), name: words.slice(count).join(' ') };
  }
  return undefined;
}

function emptySignature(): Signature {
  return { id: '', roles: [], signed: false };
}

function isEmpty(signature: Signature): boolean {
  return !signature.honorific && signature.roles.length === 0 && !signature.signed;
}

/**
 * The blocks of parties that sign side by side (`For the Government:` then its signatory, `For the Mission:`
 * then its own): each party line opens a block of its own, read as any other, the party its first role.
 */
function groupItems(items: readonly Item[]): Signature[] {
  const firstParty = items.findIndex((item) => item.kind === 'party');
  if (firstParty < 0) return groupBlockItems(items);
  const signatures = groupBlockItems(items.slice(0, firstParty));
  let start = firstParty;
  while (start < items.length) {
    const next = items.findIndex((item, index) => index > start && item.kind === 'party');
    const end = next < 0 ? items.length : next;
    const block = groupBlockItems(items.slice(start + 1, end));
    if (block[0]) block[0].roles.unshift(items[start]!.text);
    signatures.push(...block);
    start = end;
  }
  return signatures;
}

function groupBlockItems(items: readonly Item[]): Signature[] {
  const signatures: Signature[] = [];
  // `(Signé) Name` then its roles; in UN English the rank comes under the name too (`Ambassador`).
  const markFirst = items[0]?.kind === 'signed' && (items[1]?.kind === 'role' || items[1]?.kind === 'honorific');
  let current = emptySignature();
  const close = () => {
    if (!isEmpty(current)) signatures.push(current);
    current = emptySignature();
  };
  const hasMark = items.some((item) => item.kind === 'signed');
  // Mark-first blocks with no line between two marks but their own functions.
  const everyBlockMarked = markFirst && items.filter((item) => item.kind === 'honorific').length <= items.filter((item) => item.kind === 'signed').length;
  for (const item of items) {
    if (markFirst) {
      // `(Signé) Name` then its roles.
      if (item.kind === 'signed') {
        close();
        current.signed = true;
        current.nameFirst = true;
        if (item.text) current.name = item.text;
        if (item.honorific) current.honorific = item.honorific;
      } else if (item.kind === 'role') current.roles.push(item.text);
      else {
        // A rank right under the signed mark is that signatory's; otherwise it opens the next block, unless
        // every block opens with its mark, or no mark follows (a block opened here would have nobody to sign it):
        // then it is one more function of this one (`Counsellor`, then `Chargé d’affaires a.i.`).
        // So is a rank right under the block's own rank, before any function (`Ambassador` ⏎ `Chargé d’affaires a.i.`):
        // a block of its own would have neither name nor mark.
        const underRank = current.signed && current.honorific !== undefined && current.roles.length === 0;
        if (current.signed && (current.honorific || current.roles.length > 0) && (everyBlockMarked || underRank || !hasMarkAfter(items, item))) current.roles.push(item.text);
        else {
          if (!current.signed || current.honorific || current.roles.length > 0) close();
          current.honorific = item.text;
        }
      }
      continue;
    }
    // Honorific and roles, then `(Signé) Name` closing the block; with no mark at all, one role per block.
    if (item.kind === 'honorific') {
      if (!isEmpty(current)) close();
      current.honorific = item.text;
    } else if (item.kind === 'role') {
      if (current.signed || (current.roles.length > 0 && (!hasMark || !hasMarkAfter(items, item)))) close();
      current.roles.push(item.text);
    } else {
      current.signed = true;
      if (item.text) current.name = item.text;
      if (item.honorific) current.honorific ??= item.honorific;
      close();
    }
  }
  close();
  return signatures;
}

function hasMarkAfter(items: readonly Item[], item: Item): boolean {
  return items.slice(items.indexOf(item) + 1).some((other) => other.kind === 'signed');
}

/** Most function lines under a name printed with no signed mark. */
const UNSIGNED_ROLE_MAX_LINES = 3;

/**
 * A signature block printed with no signed mark: a name alone on the first line, then a few function lines, each
 * opening with a function (`Head`, `Minister`) or going on in lower case, none ending a sentence; the body a
 * function is of may stand on a line of its own under it (`President` ⏎ `Union of …`).
 */
export function nameAndRoles(texts: readonly string[], reader: SignatureReader): { name: string; roles: string[] } | undefined {
  const [first, ...rest] = texts;
  if (!first || !isBareName(normalizeSpaces(first)) || reader.cues.roleStart.test(first) || rest.length === 0 || rest.length > UNSIGNED_ROLE_MAX_LINES) return undefined;
  const roles: string[] = [];
  for (const text of rest) {
    if (/[.;:!?]$/u.test(text) || text.length > ROLE_MAX_LENGTH) return undefined;
    if (reader.cues.roleStart.test(text) || (roles.length > 0 && /^\p{Lu}/u.test(text))) roles.push(normalizeSpaces(text));
    else if (startsLower(text) && roles.length > 0) roles[roles.length - 1] = reader.reflower.join([roles[roles.length - 1]!, text]);
    else return undefined;
  }
  return { name: normalizeSpaces(first), roles };
}

/** Most words of a name printed alone. */
const NAME_MAX_WORDS = 5;

/** A person's name alone on its line: a few words, each opening with a capital, no punctuation to end it. */
export function isBareName(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= NAME_MAX_WORDS && words.every((word) => startsUpper(word)) && !/[.,;:!?]$/u.test(text);
}

/**
 * The signature block printed with no signed mark that ends a text (`Ilham Aliyev` ⏎ `President of the Republic of
 * Azerbaijan`): a name alone on its line and the signatory's functions under it, standing after a sentence's end or
 * the complimentary close (under which the name may stand alone).
 * The index of its name line among `lines`, and the block; undefined when the text ends otherwise.
 */
export function trailingUnsignedBlock(lines: readonly Line[], reader: SignatureReader): { start: number; signature: Signature } | undefined {
  for (let count = 1; count <= UNSIGNED_ROLE_MAX_LINES + 1 && count <= lines.length; count += 1) {
    const start = lines.length - count;
    const previous = lines[start - 1];
    const underClose = previous !== undefined && reader.cues.complimentaryClose?.test(previous.text) === true;
    if (previous && !underClose && !reader.reflower.endsSentence(previous.text)) continue;
    // A name alone signs only under the complimentary close (`Yours sincerely,` ⏎ `Per Olsen`).
    const name = normalizeSpaces(lines[start]!.text);
    if (count === 1 && underClose && isBareName(name) && !reader.cues.roleStart.test(name)) return { start, signature: { id: '', roles: [], signed: false, name } };
    const block = nameAndRoles(lines.slice(start).map((line) => line.text), reader);
    if (!block) continue;
    // A rank under the name (`Ambassador`) is the block's honorific, as under a signed name.
    const rank = block.roles[0] !== undefined ? reader.cues.honorific.exec(block.roles[0]) : null;
    const signature: Signature = rank ? { id: '', honorific: normalizeSpaces(rank[1]!), roles: block.roles.slice(1), signed: false, name: block.name } : { id: '', roles: block.roles, signed: false, name: block.name };
    return { start, signature };
  }
  return undefined;
}

/**
 * The signature area at the end of `lines` and its blocks; when it holds no signatory (no name, no signed mark), the
 * block printed with no mark that ends the text instead (`trailingUnsignedBlock`).
 */
export function readSignatureArea(lines: readonly Line[], reader: SignatureReader): SignatureArea & { start: number } {
  const start = signatureAreaStart(lines, reader);
  const area = readSignatures(lines.slice(start), reader);
  if (area.signatures.some((signature) => signature.signed || signature.name)) return { ...area, start };
  // The place and date printed under a block with no mark (`Ilham Aliyev` ⏎ `President of …` ⏎ `Baku, 26 May 2025`)
  // date the text: they are no function of the signatory.
  let end = lines.length;
  while (end > 0 && lines.length - end < PLACE_DATE_MAX_LINES && lines[end - 1]!.blankBefore > 0 && reader.isPlaceDate(lines[end - 1]!.text)) end -= 1;
  const signed = lines.slice(0, end);
  const unsigned = trailingUnsignedBlock(signed, reader) ?? trailingSigningBody(signed, reader);
  const placeDates = lines.slice(end);
  return unsigned ? { signatures: [unsigned.signature], placeDates, placeDatesAfter: placeDates.length > 0, start: unsigned.start } : { ...area, start };
}

/** Most place and date lines under a signature block. */
const PLACE_DATE_MAX_LINES = 2;

/** Most words of the name of a body signing a text. */
const BODY_NAME_MAX_WORDS = 8;
/** Longest word written in lower case inside a name (`of`, `the`, `and`). */
const NAME_LINK_MAX_LENGTH = 3;

/**
 * The body that signs a text it adopted, its name alone on the last line under the text's last sentence
 * (`Shanghai Cooperation Organization`): a block with a function and no name.
 */
function trailingSigningBody(lines: readonly Line[], reader: SignatureReader): { start: number; signature: Signature } | undefined {
  const last = lines[lines.length - 1];
  const previous = lines[lines.length - 2];
  if (!last || !previous || last.blankBefore === 0 || !reader.reflower.endsSentence(previous.text)) return undefined;
  const text = normalizeSpaces(last.text);
  const words = text.split(' ');
  const named = words.length >= 2 && words.length <= BODY_NAME_MAX_WORDS && startsUpper(text) && words.every((word) => startsUpper(word) || (startsLower(word) && word.length <= NAME_LINK_MAX_LENGTH));
  if (!named || /[.,;:!?]$/u.test(text)) return undefined;
  return { start: lines.length - 1, signature: { id: '', roles: [text], signed: false } };
}
