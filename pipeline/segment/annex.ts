/**
 * One annex: heading, `[Original : …]`, the annexed text's title with its place and date, the body, the
 * closing (`Adopté le …`, a place/date line) and the signatures.
 */
import type { LanguageResources } from '../lang/types.ts';
import type { Annex, Block, Paragraph, TextNode } from '../model/index.ts';
import { assignIds, buildBlocks } from './blocks.ts';
import type { Line } from './lines.ts';
import { chunks } from './lines.ts';
import type { PlaceDate } from './place-date.ts';
import { parsePlaceDate, parsePlaceDateLines } from './place-date.ts';
import type { Reflower } from './reflow.ts';
import { normalizeSpaces, startsLower, startsUpper } from './reflow.ts';
import type { SignatureReader } from './signatures.ts';
import { isBareName, nameAndRoles, readSignatureArea, signatureAreaStart } from './signatures.ts';
import { headingLength } from './title.ts';
import { numericDay, readHeadLines } from './head-lines.ts';
import { readMarker, splitUnits } from './units.ts';
import { findTables } from './tables.ts';
import { printedWidth } from './widths.ts';

/** Longest heading made of its word and label alone (`Annex II`, `Enclosure`, `Appendix III`). */
const BARE_HEADING_MAX_LENGTH = 16;

/** Most lines an annexed text's title takes; a longer first chunk is body text. */
const TITLE_MAX_LINES = 8;

export interface AnnexContext {
  language: LanguageResources;
  reflower: Reflower;
  reader: SignatureReader;
  used: Set<string>;
  /** Width of the document's full lines of text (see `fullLineWidth`). */
  lineWidth: number;
}

export interface AnnexShape {
  kind: NonNullable<Annex['kind']>;
  /** Printed with no heading: the first line is the text's own. */
  headless: boolean;
}

export function readAnnex(lines: readonly Line[], id: string, context: AnnexContext, shape: AnnexShape = { kind: 'annex', headless: false }): Annex {
  const { language, reflower } = context;
  const cues = language.segmentation;
  // `Annex I` alone on its line is the whole heading: the line under it is the annexed text's title.
  const first = lines[0]!.text;
  const bare = first.length <= BARE_HEADING_MAX_LENGTH && /^\p{L}+(?:\s+[IVXLC\d]{1,6})?$/u.test(first) && lines[1] !== undefined && !startsLower(lines[1].text);
  // A heading that names the letter (`Annex to the letter … addressed to the Secretary-General`) ends, as the letter's
  // title does, on its last addressee.
  const wrapped = shape.headless ? 0 : bare ? 1 : headingLength(lines, 0, cues.bodyOpening, cues.knownAddressees, cues.senderIntro);
  const originalAt = lines.findIndex((_, index) => index > 0 && index < wrapped && originalLanguageLines(lines, index, context) > 0);
  const headingEnd = originalAt > 0 ? originalAt : wrapped;
  const annex: Annex = {
    id,
    ...(shape.kind === 'annex' ? {} : { kind: shape.kind }),
    heading: { id: `${id}.heading`, text: reflower.join(lines.slice(0, headingEnd).map((line) => line.text)) },
    originalLanguages: [],
    body: [],
    closing: [],
    signatures: [],
  };
  let position = headingEnd;

  const originalLength = originalLanguageLines(lines, position, context);
  const original = originalLength > 0 ? cues.originalLanguage.exec(reflower.join(lines.slice(position, position + originalLength).map((line) => line.text))) : null;
  if (original) {
    annex.originalLanguages = original[1]!.split(cues.listJoiner).map((part) => normalizeSpaces(part)).filter(Boolean);
    position += originalLength;
  }

  // A file number alone on the first line (`2022-OLC-000126`, a note verbale's) is the text's reference, no title.
  const referenceLine = lines[position];
  if (referenceLine && REFERENCE.test(referenceLine.text) && (lines[position + 1]?.blankBefore ?? 1) > 0) {
    annex.reference = { id: `${id}.reference`, text: referenceLine.text };
    position += 1;
  }

  // The lines printed above the text's title or body that are neither (a letterhead, a translator's note, `Our ref.`):
  // its head-lines. A place/date block among them dates the text.
  let placeDate: PlaceDate | undefined;
  const head = readHeadLines(lines.slice(position), { cues, reflower });
  const headNodes: TextNode[] = [];
  for (const block of head.blocks) {
    const texts = block.map((line) => line.text);
    const dated = placeDate ? undefined : parsePlaceDateLines(texts, language);
    if (dated) {
      placeDate = dated;
      continue;
    }
    // One node a printed line: a letterhead's and an address's lines are each what the sender printed.
    for (const text of texts) headNodes.push({ id: `${id}.headLine_${headNodes.length + 1}`, text: normalizeSpaces(text) });
    const day = annex.date ? undefined : numericDay(texts[0]!, cues);
    if (day) annex.date = day;
  }
  if (headNodes.length > 0) annex.headLines = headNodes;
  const headDated = annex.date !== undefined;
  position += head.length;
  if (!annex.reference) {
    const fileNumber = lines[position];
    if (fileNumber && REFERENCE.test(fileNumber.text) && (lines[position + 1]?.blankBefore ?? 1) > 0) {
      annex.reference = { id: `${id}.reference`, text: fileNumber.text };
      position += 1;
    }
  }

  // The annexed text's title: the next chunk, when it is short, unnumbered and ends no sentence.
  const rest = lines.slice(position);
  const wholeChunk = chunks(rest)[0];
  const firstChunk = wholeChunk && isTitleChunk(wholeChunk, context) ? titleBlock(wholeChunk, context) : wholeChunk;
  if (firstChunk && isTitleChunk(firstChunk, context) && !isSalutation(firstChunk, context)) {
    let titleLines = firstChunk;
    const lastLine = firstChunk[firstChunk.length - 1]!;
    // A date alone after a comma ends the title's own phrase (`… on the theme “…”, ⏎ 24 and 25 March 2025`: the days of
    // the meeting the text reports on), it dates no text.
    // So does a date the line above leads to (`… to be held on` ⏎ `19 August 2025`), and a date alone in brackets under the
    // name of an event (`Consequences of the attack on …` ⏎ `(8 March 2025)`): the day of the event, not of the text.
    const above = firstChunk[firstChunk.length - 2]?.text ?? '';
    const continues = (found: PlaceDate | undefined) => found !== undefined && found.place === undefined
      && (/,$/u.test(above) || cues.unfinishedEnd?.test(above.toLowerCase()) === true || /^\(.*\)$/u.test(lastLine.text.trim()));
    const candidate = firstChunk.length > 1 ? parsePlaceDate(lastLine.text, language) : undefined;
    const inTitle = continues(candidate) ? undefined : candidate;
    if (inTitle) {
      placeDate = inTitle;
      titleLines = firstChunk.slice(0, -1);
    }
    if (!(firstChunk.length === 1 && parsePlaceDate(lastLine.text, language))) {
      position += firstChunk.length;
      // A title printed in spaced lines goes on in the blocks under it that open in lower case (`Extract` ⏎ `of the
      // Criminal Code` ⏎ `of the Russian Federation`): no heading nor paragraph opens so.
      if (!inTitle) {
        for (let more = titleGoesOn(lines.slice(position), context); more; more = titleGoesOn(lines.slice(position), context)) {
          titleLines = [...titleLines, ...more];
          position += more.length;
        }
      }
      annex.title = { id: `${id}.title`, text: reflower.join(titleLines.map((line) => line.text)) };
    }
  }
  // A place/date line of its own after the title (`Astana, le 28 août 2004`, `2 novembre 2011`).
  const own = placeDate ? undefined : placeDateBlock(lines.slice(position), language);
  if (own) {
    placeDate = own.placeDate;
    position += own.length;
  }
  if (placeDate) setPlaceDate(annex, placeDate, id);
  // A dated item prints its date over its headline (`1 June 2025` over `Criminal cases … have been referred to the
  // Committee.`): with no title above the date, the block under it is the title, even when it ends on a full stop,
  // if it is set narrower than the text under it.
  const headline = own && !annex.title ? chunks(lines.slice(position))[0] : undefined;
  if (headline && !isSalutation(headline, context) && (isTitleChunk(headline, context) || narrowBlock(headline, lines.slice(position + headline.length), context))) {
    annex.title = { id: `${id}.title`, text: reflower.join(headline.map((line) => line.text)) };
    position += headline.length;
  }
  // A second title block right under the title (`Chair’s summary`): headings that open a text's sections
  // are numbered there, an unnumbered heading line under the title names the text itself.
  // The title's last line printed with the space of a wrap holds the subtitle in its block: then it names the
  // text even over a numbered paragraph (`Progress in the elimination of …` over `1.`).
  // So does a title whose block the extraction printed a blank line under (`titleBlock`), and a heading under a title
  // that names the text's author (`Report by the Director General …`).
  const namesAuthor = annex.title !== undefined && context.language.segmentation.authorTitle?.test(annex.title.text) === true;
  const inTitleBlock = !placeDate && (lines[position - 1]?.wraps === true || lines[position - 1]?.opensIndented === true || namesAuthor);
  let subtitle = annex.title ? subtitleChunk(lines.slice(position), context, inTitleBlock) : undefined;
  // Unless the text's sections are headed alike (`Principle 1: …`, `Principle 2: …`): then it heads the first one
  // (printed in the title's block, it is the title's still).
  if (subtitle && !inTitleBlock && headsFirstOfSections(lines.slice(position), context)) subtitle = undefined;
  if (subtitle) {
    position += subtitle.length;
    // The place/date line may close the second title block instead (`Report of the fifth Global Forum …` over
    // `Yerevan, 12 and 13 December 2024`).
    const closingPlaceDate = !placeDate && subtitle.length > 1 ? parsePlaceDate(subtitle[subtitle.length - 1]!.text, language) : undefined;
    if (closingPlaceDate) {
      subtitle = subtitle.slice(0, -1);
      setPlaceDate(annex, closingPlaceDate, id);
      placeDate = closingPlaceDate;
    }
    annex.subtitle = { id: `${id}.subtitle`, text: reflower.join(subtitle.map((line) => line.text)) };
    // Or stand under it, as on a report's cover (`Report of the Ministry …` over `Moscow` ⏎ `2025`).
    const under = placeDate ? undefined : placeDateBlock(lines.slice(position), language);
    if (under) {
      setPlaceDate(annex, under.placeDate, id);
      placeDate = under.placeDate;
      position += under.length;
    }
  }

  // The salutation opening a letter or note (`Sir,`) stands before its body.
  const salutation = chunks(lines.slice(position))[0];
  if (salutation && isSalutation(salutation, context)) {
    annex.salutation = { id: `${id}.salutation`, text: salutation[0]!.text };
    position += 1;
  }

  // Signatures at the end, then closing paragraphs before them, then the body.
  const bodyLines = lines.slice(position);
  const { signatures, placeDates, placeDatesAfter, start: areaStart } = readSignatureArea(bodyLines, context.reader);
  if (placeDatesAfter) annex.signaturesBeforeClosing = true;
  annex.signatures = signatures.map((signature, index) => ({ ...signature, id: uniqueId(`${id}.signature_${index + 1}`, context.used) }));

  const units = splitUnits(bodyLines.slice(0, areaStart), reflower, context.lineWidth);
  let closingStart = units.length;
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const unit = units[index]!;
    if (unit.marker || unit.table || unit.contents) break;
    const first = unit.texts[0] ?? '';
    // Closing paragraphs come after the last numbered one; plain paragraphs between them belong to it.
    const courtesy = cues.complimentaryClose?.test(reflower.join(unit.texts)) === true;
    if (courtesy || cues.closing.some((cue) => cue.test(first)) || parsePlaceDateLines(unit.texts, language)) closingStart = index;
    // A source note ending the attachment, under no table (`Source: State Emergency Service of …` under photographs the
    // text layer does not hold), speaks of the whole attachment: it closes it, no paragraph of its text.
    else if (index === units.length - 1 && cues.displayNote?.test(first) && !units[index - 1]?.table) closingStart = index;
  }
  // A name printed alone under the complimentary close, with no signed mark, is who signs (`Volker Türk`).
  const last = units[units.length - 1];
  const courtesyAt = units.findIndex((unit, index) => index >= closingStart && cues.complimentaryClose?.test(reflower.join(unit.texts)));
  if (annex.signatures.length === 0 && courtesyAt >= 0 && courtesyAt < units.length - 1 && last && isBareName(reflower.join(last.texts))) {
    annex.signatures = [{ id: uniqueId(`${id}.signature_1`, context.used), roles: [], signed: false, name: reflower.join(last.texts) }];
    units.pop();
  } else if (annex.signatures.length === 0 && courtesyAt >= 0 && courtesyAt < units.length - 1) {
    // Or a name on the line under the close with the signatory's functions under it (`Evelina Ionescu` ⏎ `Head of …`);
    // what follows (a note of where it was written) stays in the closing.
    const block = nameAndRoles(units[courtesyAt + 1]!.lines.map((line) => line.text), context.reader);
    if (block) {
      annex.signatures = [{ id: uniqueId(`${id}.signature_1`, context.used), roles: block.roles, signed: false, name: block.name }];
      units.splice(courtesyAt + 1, 1);
    }
  }
  annex.body = buildBlocks(units.slice(0, closingStart), reflower);
  assignIds(annex.body, id, context.used);

  const closing: Block[] = units.slice(closingStart).map((unit) => paragraph(reflower.join(unit.texts)));
  // The closing's place and date: a line of its own, or the place over the date (`Islamabad` ⏎ `30 July 2025`).
  const closingPlaceDates = units.slice(closingStart).map((unit) => parsePlaceDateLines(unit.texts, language));
  for (const line of placeDates) {
    closing.push(paragraph(normalizeSpaces(line.text)));
    closingPlaceDates.push(parsePlaceDate(line.text, language));
  }
  closing.forEach((block, index) => {
    block.id = uniqueId(`${id}.closing_${index + 1}`, context.used);
  });
  annex.closing = closing;

  // With no place/date under the title nor a date in its head, the closing's place and date are the annexed text's.
  if (!placeDate && !headDated) {
    for (const found of closingPlaceDates) {
      if (found) {
        if (found.place) annex.place = found.place;
        annex.date = found.date;
      }
    }
  }
  return annex;
}

/**
 * The title's own lines in the first chunk under the heading. The extraction sets a blank line under every wrapped
 * line of a title, and closing that gap joined the lines (see `closeWrapGaps`); but two lines or more printed under
 * such a gap with none between them are a block of their own (`Voluntary pledges and commitments …` under `Candidature
 * of … 2026–2028`): the gap above them was real, and the title ends over it.
 */
function titleBlock(chunk: Line[], context: AnnexContext): Line[] {
  let lastGap = -1;
  chunk.forEach((line, index) => {
    if (line.opensIndented && index < chunk.length - 1) lastGap = index;
  });
  if (lastGap < 0) return chunk;
  // So does a word or two printed alone under a title's block over a gap (`… Mission in the Democratic ⏎ Republic of
  // the Congo (SAMIDRC) ` over `Year`, a table's first cell), unless the line over the gap ends inside its phrase
  // (`… IN DEFENSE OF THE`). (A title whose every line stands over a gap wraps so all the way.)
  const cutInPhrase = /\p{L}-$/u.test(chunk[lastGap]!.text) || context.language.segmentation.unfinishedEnd?.test(chunk[lastGap]!.text.toLowerCase()) === true;
  const alone = chunk.length - lastGap - 1 === 1 && chunk[chunk.length - 1]!.text.split(/\s+/u).length <= ALONE_MAX_WORDS;
  const blockAbove = alone && !cutInPhrase && lastGap + 1 >= OWN_BLOCK_MIN_LINES && chunk.slice(0, lastGap).every((line) => !line.opensIndented);
  return chunk.length - lastGap - 1 >= OWN_BLOCK_MIN_LINES || blockAbove ? chunk.slice(0, lastGap + 1) : chunk;
}

/** Most words of a line standing alone under a title's block (a table's first cell). */
const ALONE_MAX_WORDS = 2;

/** The block under a title when it carries the title on: it opens in lower case and is a title's block itself. */
function titleGoesOn(rest: readonly Line[], context: AnnexContext): Line[] | undefined {
  const block = chunks([...rest])[0];
  if (!block || block.length > TITLE_CONTINUATION_MAX_LINES || !startsLower(block[0]!.text) || !isTitleChunk(block, context)) return undefined;
  return /[,:;]$/u.test(block[block.length - 1]!.text) ? undefined : block;
}

/** Most lines of a block that carries a title on. */
const TITLE_CONTINUATION_MAX_LINES = 3;

/** Fewest lines printed with no gap between them that make a block of their own. */
const OWN_BLOCK_MIN_LINES = 2;

/** A place and date printed as a block of their own at the head of `lines` (one line, or the place over the date), and its length. */
function placeDateBlock(lines: readonly Line[], language: LanguageResources): { placeDate: PlaceDate; length: number } | undefined {
  const block = chunks([...lines])[0];
  if (!block || block.length > 2) return undefined;
  const placeDate = parsePlaceDateLines(block.map((line) => line.text), language);
  return placeDate ? { placeDate, length: block.length } : undefined;
}

/** The annexed text's place and date, and the line that gives them. */
function setPlaceDate(annex: Annex, placeDate: PlaceDate, id: string): void {
  annex.dateLine = { id: `${id}.dateLine`, text: placeDate.text };
  if (placeDate.place) annex.place = placeDate.place;
  annex.date = placeDate.date;
}

/**
 * A file number: one word of capitals and digits joined by hyphens, slashes or dots, with a digit and a joiner
 * (`2022-OLC-000126`, `NV/2025/14`).
 */
const REFERENCE = /^(?=[^\s]*\d)(?=[^\s]*[-/.])[\p{Lu}\d]+(?:[-/.][\p{Lu}\d]+)+$/u;

/** A chunk of one line that is the language's salutation (`Sir,`, `Excellency,`). */
function isSalutation(chunk: readonly Line[], context: AnnexContext): boolean {
  return chunk.length === 1 && context.language.segmentation.salutation?.test(chunk[0]!.text) === true;
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', id: '', text };
}

/** Most lines an `[Original: …]` line wraps over (a long list of languages). */
const ORIGINAL_MAX_LINES = 3;

/** How many lines from `index` the `[Original: …]` line takes (it may wrap), 0 when there is none. */
function originalLanguageLines(lines: readonly Line[], index: number, context: AnnexContext): number {
  for (let count = 1; count <= ORIGINAL_MAX_LINES && index + count <= lines.length; count += 1) {
    const text = context.reflower.join(lines.slice(index, index + count).map((line) => line.text));
    if (context.language.segmentation.originalLanguage.test(text)) return count;
    if (text.includes(']')) return 0;
  }
  return 0;
}

/** Most lines of a second title block. */
const SUBTITLE_MAX_LINES = 2;

/**
 * The first chunk of `rest` when it is a heading standing alone between the title and running text. `inTitleBlock`:
 * the extraction printed it in the title's block.
 */
function subtitleChunk(rest: readonly Line[], context: AnnexContext, inTitleBlock: boolean): Line[] | undefined {
  const [first, second] = chunks([...rest]);
  if (!first || !second || first.length > SUBTITLE_MAX_LINES || !isTitleChunk(first, context)) return undefined;
  // The header row of a table under the title is the table's, not a second title.
  if (findTables(rest, context.reflower, context.lineWidth)[0]?.start === 0) return undefined;
  const text = context.reflower.join(first.map((line) => line.text));
  if (!startsUpper(text) || /[,;:]$/u.test(text) || parsePlaceDate(text, context.language)) return undefined;
  // `Introduction` names a part of the text: it heads the first section.
  if (context.language.segmentation.partHeading?.test(text)) return undefined;
  // Running text follows: a paragraph, not another heading, list or signature; a numbered paragraph only under
  // a subtitle printed in the title's block.
  const next = second[0]!.text;
  const marker = readMarker(next)?.marker;
  // Over a roman section (`I.` then `Introduction`) it heads no section of its own.
  const overSection = marker?.kind === 'numbered' && (marker.numbering === 'roman' || (inTitleBlock && marker.numbering === 'decimal'));
  if ((marker && !overSection) || context.language.segmentation.signedMark.test(next)) return undefined;
  // A sentence that runs on over the paragraphs under it (`The General Assembly,` over a resolution's preamble).
  const last = second[second.length - 1]!.text;
  if (second.length > 1 || marker !== undefined || context.reflower.endsSentence(last) || /[,:]$/u.test(last)) return first;
  // Or the first of a series of headings alike (`The United Kingdom pledges to defend …`, `The United Kingdom pledges
  // to uphold …`) follows: the block over them names the text.
  return headsFirstOfSections(rest.slice(first.length), context) ? first : undefined;
}

/**
 * Whether `rest`, read as a body, opens with a heading printed with no number that a later heading repeats the
 * first word of (`Principle 1: …`, `Principle 2: …`): a series of sections, not a title.
 */
function headsFirstOfSections(rest: readonly Line[], context: AnnexContext): boolean {
  const area = signatureAreaStart(rest, context.reader);
  const blocks = buildBlocks(splitUnits(rest.slice(0, area), context.reflower, context.lineWidth), context.reflower);
  const firstWord = (block: Block | undefined) => (block?.type === 'section' && block.num === undefined ? block.heading?.text.split(/\s/u)[0] : undefined);
  const opening = firstWord(blocks[0]);
  return opening !== undefined && blocks.slice(1).some((block) => firstWord(block) === opening);
}

function isTitleChunk(chunk: readonly Line[], context: AnnexContext): boolean {
  if (chunk.length > TITLE_MAX_LINES) return false;
  // A text in another script than the document's (an annex circulated in Arabic only in an English letter) is not
  // read with this language's cues: no title is taken from it.
  if (!mostlyInScript(chunk.map((line) => line.text).join(' '), context.language.script?.name ?? 'Latin')) return false;
  if (readMarker(chunk[0]!.text)) return false;
  const last = chunk[chunk.length - 1]!.text;
  if (context.reflower.endsSentence(last) && !parsePlaceDate(last, context.language)) return false;
  return !context.language.segmentation.signedMark.test(chunk[0]!.text);
}

/**
 * A block of a few lines none of which fills the width, over running text that does (a headline centred over its
 * item): running text wraps only at the full width.
 */
function narrowBlock(chunk: readonly Line[], rest: readonly Line[], context: AnnexContext): boolean {
  const full = (line: Line) => printedWidth(line.text) >= FULL_LINE_SHARE * context.lineWidth;
  const under = chunks([...rest])[0] ?? [];
  return chunk.length >= 2 && chunk.length <= TITLE_MAX_LINES && !readMarker(chunk[0]!.text) && !chunk.some(full) && under.some(full);
}

/** From this share of the text's full line width a line fills it (as `lines.ts` measures). */
const FULL_LINE_SHARE = 0.8;

/** Whether at least half the letters of `text` are of `script` (a Unicode script name). */
function mostlyInScript(text: string, script: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const own = text.match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? [];
  return own.length * 2 >= letters.length;
}

export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let copy = 2; used.has(candidate); copy += 1) candidate = `${id}_${copy}`;
  used.add(candidate);
  return candidate;
}
