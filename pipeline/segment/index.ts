/**
 * The segmentation stage: reads the repaired text (or raw damaged text: cues are loose) and fills the
 * distribution header, the symbol, the letter (title, date, senders, addressees, body, signatures) and the
 * annexes. Every text node, block and signature gets an id unique in the document.
 */
import type { LanguageResources } from '../lang/types.ts';
import type { Annex, Block, Letter, UnDocument } from '../model/index.ts';
import { stageContext, type NoOptions, type Stage, type StageContext } from '../stage.ts';
import { readAnnex, uniqueId } from './annex.ts';
import { assignIds, buildBlocks } from './blocks.ts';
import type { Line } from './lines.ts';
import { readLines } from './lines.ts';
import { restoreLineBreaks } from './line-breaks.ts';
import { parsePlaceDate, parsePlaceDateLines } from './place-date.ts';
import { Reflower } from './reflow.ts';
import { readHeader } from './header.ts';
import { separateFurniture } from './furniture.ts';
import { separateFootnotes } from './footnotes.ts';
import type { SignatureReader } from './signatures.ts';
import { isSignatureLine as signatureLine, readSignatureArea } from './signatures.ts';
import { headingLength, readTitle, titleText } from './title.ts';
import { splitUnits, type Unit } from './units.ts';
import { fullLineWidth } from './tables.ts';
import type { SegmentationCues } from './cues.ts';
import { annexTextNodes } from '../model/text-nodes.ts';

export type { SegmentationCues } from './cues.ts';

/** The segmentation stage has no options: the language's cues come from the context. */
export type SegmentOptions = NoOptions;

/** UN document symbols on a line of their own: `A/66/569-S/2011/733`, `S/2018/14`. */
const SYMBOL = /^(?:[AES]|[A-Z]{2,}(?:\/[A-Z]+)?)\/[\w./()-]*\d[\w./()-]*(?:\s*[-–]\s*[AES]\/[\w./()-]+)*$/u;

/** Reads `text` and fills `header`, `letter`, `annexes` and `symbol`. */
export function segment(document: UnDocument, _options: SegmentOptions = {}, context: Pick<StageContext, 'languages' | 'warn'> = stageContext('segment')): UnDocument {
  const language = context.languages.get(document.lang);
  const cues = language.segmentation;
  const reflower = new Reflower(cues, document.text, language.extract?.elisions ?? language.repair?.elisions);
  const reader: SignatureReader = { cues, reflower, isPlaceDate: (text) => parsePlaceDate(text, language) !== undefined };
  const used = new Set<string>();
  // Page furniture leaves the flow first, kept as page marks; the masthead's symbol is the document's.
  // A letter run together on one line gets its frame's lines back first.
  const furniture = separateFurniture(restoreLineBreaks(readLines(document.text, pageStartLines(document), cues.unfinishedEnd), cues), cues);
  const notes = separateFootnotes(furniture.lines, reflower, furniture.marks);
  for (const note of notes.footnotes) reflower.footnoteMarks.add(`${note.page}:${note.mark}`);
  let lines = notes.lines;
  let symbol: string | undefined = furniture.marks
    .filter((mark) => mark.kind === 'masthead')
    .map((mark) => mark.text.replace(cues.masthead, '').trim())
    .find((text) => SYMBOL.test(text))
    ?.replace(/\s+/gu, '');

  // A masthead the frame did not close (`United Nations`, alone or before the symbol) and the symbol stand above the title.
  const firstTitle = lines.findIndex((line) => cues.letterTitle.test(line.text));
  lines = lines.filter((line, index) => {
    const masthead = firstTitle < 0 || index < firstTitle ? cues.masthead.exec(line.text) : null;
    const rest = masthead ? line.text.slice(masthead[0].length).trim() : line.text;
    if (symbol === undefined && SYMBOL.test(rest)) {
      symbol = rest.replace(/\s+/gu, '');
      return false;
    }
    return !(masthead && rest === '');
  });

  const titleStart = lines.findIndex((line) => cues.letterTitle.test(line.text));
  // The Official Records print the original language under the letter's title (`[Original: English]`), where the
  // masthead of a document prints it: it is the masthead's line, no paragraph of the letter.
  const original = titleStart < 0 ? -1 : letterOriginalLine(lines, titleStart, cues);
  if (original >= 0) {
    const line = lines[original]!;
    furniture.marks.push({ page: line.page, kind: 'masthead', text: line.text });
    furniture.marks.sort((first, second) => first.page - second.page);
    lines = lines.filter((_, index) => index !== original);
  }
  // Measured on the whole text: an attachment that is all table has no full line of its own.
  const lineWidth = fullLineWidth(lines);
  const headed: AttachmentStart[] = lines
    .map((line, index) => ({ index, kind: index > titleStart ? attachmentKind(line.text, cues) : undefined }))
    .filter((start): start is AttachmentStart => start.kind !== undefined && isBlockStart(lines, start.index, reflower, cues));
  const headless = headlessAttachment(lines, Math.max(titleStart, 0), headed[0]?.index ?? lines.length, reader);
  // A letter that speaks of its annex and prints no readable annex heading: the text after it is that annex
  // (its heading printed in a script the text layer does not give back).
  const announced = headless !== undefined && headed.every((start) => start.kind !== 'annex')
    && cues.annexReference !== undefined && lines.slice(Math.max(titleStart, 0), headless).some((line) => cues.annexReference!.test(line.text));
  // So is a text printed after an attachment's signatures on a page of its own: an attachment of that attachment.
  const nested = headed.flatMap((start, position) => {
    const index = headlessAttachment(lines, start.index + 1, headed[position + 1]?.index ?? lines.length, reader);
    return index === undefined ? [] : [{ index, kind: 'attachment' as const, headless: true, inside: true }];
  });
  const attachmentStarts = [...(headless === undefined ? [] : [{ index: headless, kind: announced ? 'annex' as const : 'attachment' as const, headless: true }]), ...headed, ...nested].sort((first, second) => first.index - second.index);
  const annexStarts = attachmentStarts.map((start) => start.index);
  const letterEnd = annexStarts[0] ?? lines.length;

  let header;
  let letter: Letter;
  if (titleStart < 0) {
    context.warn({ code: 'no-letter-title', message: 'no letter title found; the text before any annex is read as the letter body' });
    letter = readLetter(lines.slice(0, letterEnd), 0, { language, reflower, reader, used, lineWidth });
  } else {
    header = readHeader(lines.slice(0, titleStart), cues, reflower);
    const titleLength = headingLength(lines.slice(0, letterEnd), titleStart, cues.bodyOpening, cues.knownAddressees);
    letter = readLetter(lines.slice(titleStart, letterEnd), titleLength, { language, reflower, reader, used, lineWidth });
    if (letter.senders.length === 0) context.warn({ code: 'no-sender', node: letter.title.id, message: 'the letter title names no sender; it seems cut short' });
  }
  used.add(letter.title.id);

  const annexes = readAttachments(lines, attachmentStarts, { language, reflower, reader, used, lineWidth });

  // No date is ever made up for a letter: one that states none (or whose date could not be read) says so.
  if (!letter.date && annexes.every((annex) => !annex.date)) {
    context.warn({ code: 'undated', node: letter.title.id, message: 'no date found in the letter or its annexes; the editions give none' });
  } else if (!letter.date) {
    context.warn({ code: 'no-letter-date', node: letter.title.id, message: 'the letter title gives no date that could be read; the annex date stands for it' });
  }
  for (const annex of annexes) {
    if (annex.dateLine && !annex.date) context.warn({ code: 'annex-date-unread', node: annex.dateLine.id, message: `annex ${annex.id.replace(/\D+/g, '')} has a place and date line whose date could not be read` });
  }

  const result: UnDocument = { ...document, letter, annexes };
  if (furniture.marks.length > 0) result.pageMarks = furniture.marks;
  else delete result.pageMarks;
  if (notes.footnotes.length > 0) result.footnotes = notes.footnotes;
  else delete result.footnotes;
  if (header) result.header = header;
  else delete result.header;
  if (symbol) result.symbol = symbol;
  return result;
}

/**
 * The line numbers where pages 2, 3, … of a PDF start, from the pages' offsets into `rawText` (the text keeps
 * the raw text's lines, so line numbers carry over); none when the text marks its pages with form feeds.
 */
function pageStartLines(document: UnDocument): number[] {
  if (document.text.includes('\f')) return [];
  const starts: number[] = [];
  for (const page of (document.pages ?? []).slice(1)) {
    if (page.textOffset === undefined) return [];
    starts.push(document.rawText.slice(0, page.textOffset).split('\n').length - 1);
  }
  return starts;
}

/** Most lines between the letter's title and its `[Original: …]` line (the title may wrap). */
const TITLE_ORIGINAL_MAX_LINES = 8;

/** The `[Original: …]` line among the lines under the letter's title, before any attachment heading; -1 when none. */
function letterOriginalLine(lines: readonly Line[], titleStart: number, cues: SegmentationCues): number {
  for (let index = titleStart + 1; index < lines.length && index <= titleStart + TITLE_ORIGINAL_MAX_LINES; index += 1) {
    const text = lines[index]!.text;
    if (attachmentKind(text, cues)) return -1;
    if (cues.originalLanguage.test(text)) return index;
  }
  return -1;
}

interface AttachmentStart {
  index: number;
  kind: NonNullable<Annex['kind']>;
  /** Printed with no heading of its own. */
  headless?: boolean;
  /** Printed after the signatures of the attachment before it, which it goes inside whatever its kind. */
  inside?: boolean;
}

/** Nesting order: an enclosure goes inside the annex before it, an appendix or attachment inside either. */
const RANK: Record<NonNullable<Annex['kind']>, number> = { annex: 1, enclosure: 2, appendix: 3, attachment: 3 };

function attachmentKind(text: string, cues: SegmentationCues): Annex['kind'] | undefined {
  if (cues.annexHeading.test(text)) return 'annex';
  return cues.attachmentHeadings?.find((heading) => heading.pattern.test(text))?.kind;
}

/**
 * A text sent with the letter and printed after it with no heading: the letter's signature blocks end a
 * page and more text follows on the next one before any headed attachment. Index of its first line.
 */
function headlessAttachment(lines: readonly Line[], from: number, to: number, reader: SignatureReader): number | undefined {
  for (let index = from; index < to; index += 1) {
    if (!reader.cues.signedMark.test(lines[index]!.text)) continue;
    let end = index + 1;
    // A translator's note (`Translation from Russian`, a head-line) under the signatures opens the next text even on
    // the same page: it heads a text, it ends none.
    const opensText = (line: Line) => end > index + 1 && reader.cues.headLine?.test(line.text) === true;
    while (end < to && lines[end]!.page === lines[index]!.page && !reader.cues.signedMark.test(lines[end]!.text) && !opensText(lines[end]!) && signatureLine(lines[end]!.text, reader)) end += 1;
    if (end < to && reader.cues.signedMark.test(lines[end]!.text)) {
      index = end - 1;
      continue;
    }
    if (end < to && (lines[end]!.page > lines[end - 1]!.page || opensText(lines[end]!))) return end;
  }
  return undefined;
}

/** The attachments from their starts, each running to the next start, nested by kind as printed. */
function readAttachments(lines: readonly Line[], starts: readonly AttachmentStart[], context: LetterContext): Annex[] {
  const roots: Annex[] = [];
  const open: Annex[] = [];
  starts.forEach((start, position) => {
    const end = starts[position + 1]?.index ?? lines.length;
    while (!start.inside && open.length > 0 && RANK[open[open.length - 1]!.kind ?? 'annex'] >= RANK[start.kind]) open.pop();
    const sender = start.kind === 'enclosure' ? sendingAnnex(roots, open[open.length - 1], lines[start.index]!.text, context) : undefined;
    if (sender) open.splice(0, open.length, sender);
    const parent = open[open.length - 1];
    const siblings = parent ? (parent.attachments ??= []) : roots;
    const id = parent ? `${parent.id}.${start.kind}_${siblings.length + 1}` : `annex_${siblings.length + 1}`;
    const annex = readAnnex(lines.slice(start.index, end), id, context, { kind: start.kind, headless: start.headless === true });
    siblings.push(annex);
    open.push(annex);
  });
  return roots;
}

/**
 * The annex a bare `Enclosure` printed after several annexes belongs to: when the annex right before it sends nothing
 * and exactly one other says it sends a text (`I have the honour to transmit …`, the language's `transmittal`), that
 * one; undefined to keep the enclosure where it is printed.
 */
function sendingAnnex(roots: readonly Annex[], parent: Annex | undefined, heading: string, context: LetterContext): Annex | undefined {
  const transmittal = context.language.segmentation.transmittal;
  if (!transmittal || !parent || (parent.kind ?? 'annex') !== 'annex' || roots.length < 2 || parent !== roots[roots.length - 1]) return undefined;
  // An enclosure heading that names what it encloses (`Enclosure to annex I`) is placed by its words, not here.
  if (heading.trim().split(/\s+/u).length > 1) return undefined;
  const sends = (annex: Annex) => annexTextNodes(annex).some((node) => transmittal.test(node.text));
  if (sends(parent)) return undefined;
  const senders = roots.filter(sends);
  return senders.length === 1 ? senders[0] : undefined;
}

/** The `segment` stage. */
export const segmentStage: Stage<SegmentOptions, 'segment'> = { name: 'segment', run: segment };

/**
 * A heading must stand after a blank line, an indent, the end of a sentence or a signatory's name (an
 * annex typeset right under the letter's signature), not inside a wrapped sentence.
 */
function isBlockStart(lines: readonly Line[], index: number, reflower: Reflower, cues: SegmentationCues): boolean {
  const line = lines[index]!;
  const previous = lines[index - 1];
  return !previous || line.blankBefore > 0 || line.indent > 0 || reflower.endsSentence(previous.text) || cues.signedMark.test(previous.text);
}

interface LetterContext {
  language: LanguageResources;
  reflower: Reflower;
  reader: SignatureReader;
  used: Set<string>;
  /** Width of the document's full lines of text (see `fullLineWidth`). */
  lineWidth: number;
}

/** The letter from its title (`titleLength` lines, maybe none) to the first annex. */
function readLetter(lines: readonly Line[], titleLength: number, context: LetterContext): Letter {
  const { language, reflower, reader, used } = context;
  const title = titleText(lines.slice(0, titleLength), reflower);
  const facts = readTitle(title, language);
  const rest = lines.slice(titleLength);
  const { signatures, start: areaStart } = readSignatureArea(rest, reader);
  const units = splitUnits(rest.slice(0, areaStart), reflower, context.lineWidth);
  const closingStart = letterClosingStart(units, context);
  const body = buildBlocks(units.slice(0, closingStart), reflower);
  assignIds(body, 'letter', used);
  const closing: Block[] = units.slice(closingStart).map((unit) => ({ type: 'paragraph', id: '', text: reflower.join(unit.texts) }));
  closing.forEach((block, index) => {
    block.id = uniqueId(`letter.closing_${index + 1}`, used);
  });
  return {
    kind: facts.kind,
    ...(facts.form ? { form: facts.form } : {}),
    title: { id: 'letter.title', text: title },
    ...(facts.date ? { date: facts.date } : {}),
    senders: facts.senders,
    addressees: facts.addressees,
    body,
    ...(closing.length > 0 ? { closing } : {}),
    signatures: signatures.map((signature, index) => ({ ...signature, id: uniqueId(`letter.signature_${index + 1}`, used) })),
  };
}

/**
 * Where the letter's closing starts among its last units: the complimentary close (`The Permanent Mission … avails
 * itself of this opportunity to renew … the assurances of its highest consideration`, `Please accept …`) and the
 * place and date lines after it (or ending the letter with no close) are no paragraphs of the body. `units.length` when
 * there is none.
 */
function letterClosingStart(units: readonly Unit[], context: LetterContext): number {
  const cues = context.language.segmentation;
  let start = units.length;
  for (let index = units.length - 1; index > 0; index -= 1) {
    const unit = units[index]!;
    if (unit.marker || unit.table || unit.contents) break;
    const text = context.reflower.join(unit.texts);
    const close = cues.complimentaryClose?.exec(text);
    // The close is a sentence of its own, not the end of a paragraph that says something else first.
    if (close && !/[.!?。]\s*\S/u.test(text.slice(0, close.index))) {
      start = index;
      break;
    }
    if (parsePlaceDateLines(unit.texts, context.language)) start = index;
    else break;
  }
  // With no close, the place and date lines that end the letter are its closing all the same (a note verbale dated at
  // its foot, `18 August 2025`): a paragraph of the body is never a date alone.
  return start;
}
