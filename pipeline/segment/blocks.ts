/**
 * Turns units into the model's blocks: sections (`I. Contexte`, bare `II`, a `1.` heading over `1)` items),
 * numbered and plain paragraphs, lettered groups (`a) Politique et sécurité`) and lists. Lists and groups
 * that follow a paragraph ending with a colon hang from that paragraph. Ids are given afterwards by
 * `assignIds`, from the finished tree.
 */
import type { Block, Figure, List, ListItem, Paragraph, Section, Table } from '../model/index.ts';
import type { Reflower } from './reflow.ts';
import { startsLower, startsUpper } from './reflow.ts';
import type { Unit } from './units.ts';
import { romanNumeral } from './units.ts';

/** Longest heading, in words, of a `1.` section or an `a)` group (longer lines are paragraphs or items). */
const HEADING_MAX_WORDS = 14;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function numbering(unit: Unit | undefined): string | undefined {
  return unit?.marker?.kind === 'numbered' ? unit.marker.numbering : undefined;
}

export function buildBlocks(units: readonly Unit[], reflower: Reflower): Block[] {
  const root: Block[] = [];
  let section: Section | undefined; // roman section
  let subsection: Section | undefined; // `1.` heading over `1)` items
  let hanging: Paragraph | undefined; // paragraph ending with a colon: lists and groups hang from it
  let group: Section | undefined; // `a)` group inside the hanging paragraph
  let list: List | undefined; // list being filled
  let subList: List | undefined; // `(i)` items being filled under the last lettered item
  let anchor: Paragraph | undefined; // numbered paragraph whose lettered items stand under headings of their own
  let outline: Section[] = []; // numbered headings open, outer first (`1.` then `1.1`)
  let display: Table | Figure | undefined; // the table or figure just read: notes under it are its own
  let caption: string | undefined; // a caption's label and title read over the table under it
  let skipTo = -1; // units up to this one were read with the caption before
  let lastNumber: number | undefined; // the number of the last numbered paragraph, when a plain integer
  let interjected: { heading: Section; parent: Block[] } | undefined; // the numbered heading standing in that run

  const container = (): Block[] => subsection?.children ?? section?.children ?? root;
  const listTarget = (): Block[] => {
    if (group) return group.children;
    if (hanging) return (hanging.children ??= []);
    return container();
  };

  /** A figure captioned `text`: the notes under it are its own. */
  const openFigure = (text: string): void => {
    const figure: Figure = { type: 'figure', id: '', caption: { id: '', text } };
    container().push(figure);
    list = hanging = group = undefined;
    display = figure;
  };

  for (const [index, unit] of units.entries()) {
    if (index < skipTo) continue;
    if (unit.contents) {
      // A table of contents: one unmarked list at the top level, each entry an item numbered as printed. What stood
      // before it heads nothing after it.
      root.push({ type: 'list', id: '', marker: '', items: unit.contents.map((entry) => ({ id: '', ...entry })) });
      section = subsection = list = hanging = group = subList = anchor = display = caption = undefined;
      outline = [];
      continue;
    }
    if (unit.table) {
      const table: Table = { type: 'table', id: '', columns: unit.table.columns, rows: unit.table.rows.map((cells) => ({ cells: cells.map((text) => ({ id: '', text })) })) };
      if (caption !== undefined) table.caption = { id: '', text: caption };
      container().push(table);
      list = hanging = group = caption = undefined;
      display = table;
      continue;
    }
    const text = reflower.join(unit.texts);
    // The notes printed under a table or a figure (`Note: …`, `Source: …`, a table's lettered note `a The figures …`).
    if (display && !unit.marker && isDisplayNote(unit.texts[0]!, reflower)) {
      // Each line opened so is a note of its own (`Note: …` over `Abbreviations: …` or `a …`); other lines go on with it.
      const notes = (display.notes ??= []);
      let lines: string[] = [];
      unit.texts.forEach((line, lineIndex) => {
        if (lineIndex > 0 && isDisplayNote(line, reflower)) {
          notes.push({ id: '', text: reflower.join(lines) });
          lines = [];
        }
        lines.push(line);
      });
      notes.push({ id: '', text: reflower.join(lines) });
      continue;
    }
    display = undefined;
    if (unit.pictureCaption) {
      // A caption printed alone on a page of pictures: a figure.
      openFigure(text);
      continue;
    }
    // (A title in the UN's order, subject, breakdown and period, is a caption with no label: `Number of incidents, by month, 2024`.)
    const unlabelled = !unit.marker && unit.lines.length <= 2 && reflower.cues.figureTitle?.test(text) === true;
    if (!unit.marker && (reflower.cues.captionLabel?.test(unit.texts[0]!) || unlabelled)) {
      // `Table 2` over its title (and a line of units, `(Thousands of United States dollars)`): the caption of the table
      // under it; over no table (a chart the text does not hold), a figure's.
      const captionUnits = units[index + 1] && UNITS_LINE.test(reflower.join(units[index + 1]!.texts)) && units[index + 2]?.table ? 2 : 1;
      if (units[index + captionUnits]?.table) {
        caption = [text, ...units.slice(index + 1, index + captionUnits).map((other) => reflower.join(other.texts))].join(' ');
        skipTo = index + captionUnits;
        continue;
      }
      openFigure(text);
      continue;
    }
    const marker = unit.marker;
    // A line of stars or rules between two parts (`*****`) is an ornament: neither a heading nor a paragraph.
    if (!marker && !/[\p{L}\p{N}]/u.test(text)) continue;
    const next = units[index + 1];
    const endsSentence = reflower.endsSentence(text);
    const headingLike = !endsSentence && !/[,;]$/.test(text) && wordCount(text) <= HEADING_MAX_WORDS;

    const num = marker?.kind === 'numbered' ? marker.num : '';
    const printedStyle = romanSubItem(marker, list, subList) ? 'roman-parenthesis' : marker?.kind === 'numbered' ? marker.numbering : undefined;
    // `I.` after the subsections `A.` to `H.` is the next letter, not a roman section (nor `V.` after `U.`), unless it is
    // the roman number after the section's own.
    const style = printedStyle === 'roman' && lettersGoOn(num, subsection, section) ? 'alpha' : printedStyle;
    if (style === 'roman-parenthesis') {
      // `(i)`, `(ii)` under a lettered item: a list of sub-items hanging from that item (the letter `(i)` follows `(h)`).
      if (!subList) {
        subList = { type: 'list', id: '', marker: style, items: [] };
        const parent = list?.marker === 'alpha-parenthesis' ? list.items[list.items.length - 1] : undefined;
        if (parent) (parent.children ??= []).push(subList);
        else {
          list = subList;
          listTarget().push(subList);
        }
      }
      subList.items.push({ id: '', text, num });
      continue;
    }
    subList = undefined;
    // `1)` items hang from a paragraph ending with a colon when they start a list there (or go on with one),
    // unless that paragraph is itself a `1)` item: then they are its siblings.
    const hangingItem = style === 'decimal-parenthesis' && !subsection && hanging !== undefined
      && hanging.numbering !== 'decimal-parenthesis' && (num === '1' || list?.marker === style);
    if (marker?.kind === 'bullet' || (style === 'alpha-parenthesis' && !(headingLike && next?.marker?.kind === 'bullet')) || hangingItem) {
      // A list item: bullets, `a)` items, and `1)` items right after a paragraph ending with a colon.
      const mark = marker!.kind === 'bullet' ? marker!.mark : style!;
      if (!list || list.marker !== mark) {
        list = { type: 'list', id: '', marker: mark, items: [] };
        listTarget().push(list);
      }
      const item: ListItem = { id: '', text, ...(marker?.kind === 'numbered' ? { num: marker.num } : {}) };
      list.items.push(item);
      continue;
    }
    list = undefined;
    const itemsAnchor = anchor;
    anchor = undefined;

    const dated = reflower.cues.datedEntry;
    if (!marker && dated?.test(text)) {
      // A chronology (`28 March: …`, `29 March: …`), two entries or more in a row: one unmarked list.
      const target = container();
      const last = target[target.length - 1];
      const goesOn = last?.type === 'list' && last.marker === '' && last.items.every((item) => dated.test(item.text));
      if (goesOn) {
        last.items.push({ id: '', text });
        continue;
      }
      if (next && !next.marker && !next.table && dated.test(reflower.join(next.texts))) {
        target.push({ type: 'list', id: '', marker: '', items: [{ id: '', text }] });
        list = hanging = group = undefined;
        continue;
      }
    }
    const part = marker ? undefined : labelledPart(unit, reflower);
    if (part) {
      // `Article I` over its heading: a top-level section, as a roman one, numbered with its label.
      section = { type: 'section', id: '', num: part.label, children: [], heading: { id: '', text: part.heading } };
      root.push(section);
      subsection = hanging = group = undefined;
      outline = [];
      continue;
    }
    if (style === 'roman') {
      section = { type: 'section', id: '', num, numbering: 'roman', children: [] };
      if (text) section.heading = { id: '', text: withoutCall(text, unit, reflower) };
      root.push(section);
      subsection = hanging = group = undefined;
      outline = [];
      continue;
    }
    if (style === 'alpha' && headingLike) {
      // `A.` over a heading: a subsection of the roman section it stands in.
      subsection = { type: 'section', id: '', num, numbering: 'alpha', heading: { id: '', text: withoutCall(text, unit, reflower) }, children: [] };
      (section?.children ?? root).push(subsection);
      list = hanging = group = undefined;
      outline = [];
      continue;
    }
    if (!marker && hanging && isLineList(unit, units[index - 1], reflower)) {
      // Names or short entries under a paragraph ending with a colon, one a line with no mark: an unmarked list.
      (hanging.children ??= []).push({ type: 'list', id: '', marker: '', items: unit.texts.map((line) => ({ id: '', text: line })) });
      continue;
    }
    const names = !marker && hanging ? nameEntries(unit, reflower) : undefined;
    if (names) {
      // Names under a paragraph ending with a colon (`Ms. A, finance (Chile)`), set apart by blank lines or not: one
      // unmarked list, however long a name's line.
      const children = (hanging!.children ??= []);
      const last = children[children.length - 1];
      if (last?.type === 'list' && last.marker === '' && !units[index - 1]?.marker && nameEntries(units[index - 1]!, reflower)) {
        last.items.push(...names.map((text) => ({ id: '', text })));
      } else children.push({ type: 'list', id: '', marker: '', items: names.map((text) => ({ id: '', text })) });
      continue;
    }
    const entries = !marker && !hanging ? entriesUnder(units, index, reflower) : 0;
    if (entries > 0) {
      // A heading over entries one a line (`Briefers` over `The Secretary-General`, `Other speakers to be confirmed`): a
      // section holding them as an unmarked list.
      subsection = { type: 'section', id: '', heading: { id: '', text }, children: [] };
      (section?.children ?? root).push(subsection);
      subsection.children.push({ type: 'list', id: '', marker: '', items: units.slice(index + 1, index + 1 + entries).map((entry) => ({ id: '', text: reflower.join(entry.texts) })) });
      skipTo = index + 1 + entries;
      list = hanging = group = undefined;
      continue;
    }
    if (style === 'decimal' && headingLike && interjectsRun(units, index, lastNumber)) {
      // A numbered heading inside the run of numbered paragraphs (`1. Risk management` between paragraphs 10 and 11): the
      // paragraphs are numbered through the whole report, the third level of headings in each part.
      const parent = interjected && subsection === interjected.heading ? interjected.parent : container();
      subsection = { type: 'section', id: '', num, numbering: 'decimal', heading: { id: '', text: withoutCall(text, unit, reflower) }, children: [] };
      parent.push(subsection);
      interjected = { heading: subsection, parent };
      list = hanging = group = undefined;
      continue;
    }
    const headed = isHeading(unit, text, next, reflower) || headsHeading(units, index, text, reflower);
    // A numbered outline's heading (`1.` over `1.1`, `2.3` over running text) holds the levels under it.
    const overDeeper = next?.marker?.kind === 'numbered' && next.marker.numbering === 'decimal' && next.marker.num.startsWith(`${num}.`);
    if (style === 'decimal' && headingLike && (numbering(next) === 'decimal-parenthesis' || overDeeper || (headed && numbering(next) !== 'decimal'))) {
      while (outline.length > 0 && !num.startsWith(`${outline[outline.length - 1]!.num}.`)) outline.pop();
      subsection = { type: 'section', id: '', num, numbering: 'decimal', heading: { id: '', text: withoutCall(text, unit, reflower) }, children: [] };
      (outline[outline.length - 1]?.children ?? section?.children ?? root).push(subsection);
      outline.push(subsection);
      hanging = group = undefined;
      continue;
    }
    if (style === 'alpha-parenthesis') {
      // A lettered group: a short heading followed by a list (`a) Politique et sécurité` then bullets).
      group = { type: 'section', id: '', num, numbering: 'alpha-parenthesis', heading: { id: '', text }, children: [] };
      (hanging ? (hanging.children ??= []) : container()).push(group);
      continue;
    }
    if (!marker && headed) {
      // A heading printed with no number (`Military and political dynamics`): a section of its own, inside the
      // roman section it stands in.
      // Over lettered items, right after a numbered paragraph (or the items of such a heading): the items are that
      // paragraph's subparagraphs, grouped under headings, and the headings hang from it with them.
      const last = container()[container().length - 1];
      subsection = { type: 'section', id: '', heading: { id: '', text: withoutCall(text, unit, reflower) }, children: [] };
      const overItems = next?.marker?.kind === 'numbered' && next.marker.numbering === 'alpha-parenthesis' && next.marker.num === 'a';
      anchor = overItems ? itemsAnchor ?? (last?.type === 'paragraph' && last.numbering === 'decimal' ? last : undefined) : undefined;
      if (anchor) (anchor.children ??= []).push(subsection);
      else (section?.children ?? root).push(subsection);
      list = hanging = group = undefined;
      continue;
    }
    if (style === 'decimal' && subsection?.numbering === 'decimal' && subsection !== interjected?.heading) {
      // A numbered paragraph stays in the outline heading whose number it extends (`1.1.1` under `1.1`).
      while (outline.length > 0 && !num.startsWith(`${outline[outline.length - 1]!.num}.`)) outline.pop();
      subsection = outline[outline.length - 1];
    }
    if (style === 'decimal' && /^\d+$/u.test(num)) lastNumber = Number(num);
    const paragraph: Paragraph = {
      type: 'paragraph',
      id: '',
      ...(marker?.kind === 'numbered' ? { num: marker.num, numbering: marker.numbering } : {}),
      text,
    };
    // A paragraph set apart under one ending with a colon that opens in lower case goes on with its sentence (the
    // operative text a paragraph quotes: `the Council decided:` then `to request …:` and its lettered items): it
    // hangs from that paragraph, and what hangs from it in turn belongs to the same numbered paragraph.
    if (!marker && hanging && hanging.children === undefined && startsLower(text)) {
      hanging.children = [paragraph];
      group = undefined;
      hanging = /:\s*$/.test(text) ? paragraph : undefined;
      continue;
    }
    container().push(paragraph);
    group = undefined;
    hanging = /:\s*$/.test(text) ? paragraph : undefined;
  }
  return root;
}

/** Most units between a numbered heading and the numbered paragraph under it (an unnumbered heading, a table). */
const INTERJECTED_LOOKAHEAD = 3;

/**
 * A numbered unit that breaks the run of numbered paragraphs: its number does not follow the last paragraph's, and the
 * next numbered paragraph's does (`1.` between `10.` and `11.`).
 */
function interjectsRun(units: readonly Unit[], index: number, lastNumber: number | undefined): boolean {
  const num = numbering(units[index]) === 'decimal' && units[index]!.marker?.kind === 'numbered' ? units[index]!.marker.num : '';
  if (lastNumber === undefined || !/^\d+$/u.test(num) || Number(num) === lastNumber + 1) return false;
  for (const unit of units.slice(index + 1, index + 1 + INTERJECTED_LOOKAHEAD)) {
    if (unit.marker?.kind !== 'numbered' || unit.marker.numbering !== 'decimal') continue;
    return unit.marker.num === String(lastNumber + 1);
  }
  return false;
}

/**
 * A heading without the call of a footnote printed at the foot of its page (`Recommendations1`): the note is kept
 * with the page's footnotes, the heading is its words.
 */
function withoutCall(text: string, unit: Unit, reflower: Reflower): string {
  const call = /\p{Ll}(\d{1,2})$/u.exec(text);
  const page = unit.lines[unit.lines.length - 1]!.page;
  return call && reflower.footnoteMarks.has(`${page}:${call[1]}`) ? text.slice(0, -call[1]!.length) : text;
}

/** Roman numerals of sections, `I` to `L`, in order. */
const ROMAN_SECTIONS = Array.from({ length: 50 }, (_, index) => romanNumeral(index + 1));

/** Whether a roman mark of one letter is the letter after the open subsection's `A.`–`Z.` and not the next roman section. */
function lettersGoOn(num: string, subsection: Section | undefined, section: Section | undefined): boolean {
  if (num.length !== 1 || subsection?.numbering !== 'alpha' || subsection.num === undefined) return false;
  if (num.charCodeAt(0) !== subsection.num.charCodeAt(0) + 1) return false;
  const sectionIndex = section?.numbering === 'roman' && section.num !== undefined ? ROMAN_SECTIONS.indexOf(section.num) : -1;
  return sectionIndex < 0 || ROMAN_SECTIONS[sectionIndex + 1] !== num;
}

/** Roman numerals of sub-items, `i` to `xx`, in order. */
const ROMAN_ITEMS = Array.from({ length: 20 }, (_, index) => romanNumeral(index + 1).toLowerCase());

/**
 * Whether an item's mark is a roman sub-item's (`(ii)`, or `(i)`, `(v)`, `(x)` read as roman): a roman mark always; a
 * letter that is a roman numeral when it goes on with the sub-items open (`(v)` after `(iv)`) or opens them (`(i)` under
 * a lettered item other than `(h)`, whose next letter it would be).
 */
function romanSubItem(marker: Unit['marker'], list: List | undefined, subList: List | undefined): boolean {
  if (marker?.kind !== 'numbered') return false;
  if (marker.numbering === 'roman-parenthesis') return true;
  if (marker.numbering !== 'alpha-parenthesis' || !ROMAN_ITEMS.includes(marker.num)) return false;
  const last = (subList ?? list)?.items.at(-1)?.num;
  if (subList && last !== undefined) return ROMAN_ITEMS.indexOf(marker.num) === ROMAN_ITEMS.indexOf(last) + 1;
  if (list?.marker !== 'alpha-parenthesis' || last === undefined) return false;
  return marker.num === 'i' && last !== 'h';
}

/** A table's own note, marked by a letter set apart from its words (`a The figures cover …`, `b Estimate.`). */
const DISPLAY_LETTERED_NOTE = /^[a-z]\s+\p{Lu}/u;
/** A line opening a note under a table or a figure: `Source: …`, a lettered note `a …`. */
function isDisplayNote(line: string, reflower: Reflower): boolean {
  return reflower.cues.displayNote?.test(line) === true || DISPLAY_LETTERED_NOTE.test(line);
}

/** The line of units under a table's caption, in parentheses: `(Thousands of United States dollars)`. */
const UNITS_LINE = /^\([^()]{3,80}\)$/u;

/** Most lines of a heading over a table. */
const TABLE_HEADING_MAX_LINES = 3;
/** A caption's label on its own line: one word and a number (`Table 1`, `Figure II`). */
const CAPTION_LABEL = /^\p{L}+\s+(?:\d{1,3}|[IVXL]{1,6})$/u;
/** A quotation standing alone, its source maybe called by a footnote (`“For millions, … symbols of hope” 2`): no heading. */
const QUOTATION = /^[“"‘«].*[”"’»]\s*\d{0,2}$/u;

/** Most words of a heading printed with no number. */
const UNNUMBERED_HEADING_MAX_WORDS = 20;
/** Most lines and words of a heading printed with no number over running text. */
const WRAPPED_HEADING_MAX_LINES = 3;
const WRAPPED_HEADING_MAX_WORDS = 40;
/** Most lines and words of a heading over a numbered paragraph (a report's long headings name a decision in full). */
const LONG_HEADING_MAX_LINES = 4;
const LONG_HEADING_MAX_WORDS = 45;

/**
 * A heading stands on at most two lines of its own (its number apart; four over a numbered paragraph),
 * starts with a capital, ends without punctuation, and running text follows it: a paragraph that ends a
 * sentence or goes on over several lines, a numbered paragraph or bullets. A run of short lines is a list,
 * not headings.
 */
function isHeading(unit: Unit, text: string, next: Unit | undefined, reflower: Reflower): boolean {
  const overNumbered = next?.marker?.kind === 'numbered' && next.marker.numbering === 'decimal';
  // A short line over a table is its caption or a line of the text, not a heading over running text; a heading of up to
  // three lines over a table with no label line (`Table 1`) heads the part the table makes.
  if (next?.contents) return false;
  if (next?.table) return unit.lines.length <= TABLE_HEADING_MAX_LINES && !unit.texts.some((line) => CAPTION_LABEL.test(line)) && headingShape(unit, text, reflower, true);
  if (!next || !headingShape(unit, text, reflower, overNumbered)) return false;
  // A heading of three lines ends on a word, holds no sentence's end, and an indented paragraph opens under it (a
  // paragraph's end cut from its full stop by a footnote's call, `… policy”.4`, or a clause ending a preamble is none).
  const lineCount = unit.texts[0] === '' ? unit.lines.length - 1 : unit.lines.length;
  if (!overNumbered && lineCount > 2 && (!/\p{L}$/u.test(text) || /[.!?]\s/u.test(text) || next.lines[0]!.opensIndented !== true)) return false;
  // (A heading over lettered items opening at `(a)` heads them: an introduction to them ends on a colon.)
  if (next.marker?.kind === 'numbered') return next.marker.numbering === 'decimal' || (next.marker.numbering === 'alpha-parenthesis' && next.marker.num === 'a');
  if (next.marker) return next.marker.kind === 'bullet';
  // (A paragraph opened by an indented first line is running text however short: its sentence may end on a
  // footnote's number, `… resolution 70/305.2`.)
  const following = reflower.join(next.texts);
  return next.lines.length > 2 || reflower.endsSentence(following) || next.lines[0]!.opensIndented === true;
}

/** A heading's lines and words (more over a numbered paragraph), a capital to open it and no punctuation to end it. */
function headingShape(unit: Unit, text: string, reflower: Reflower, overNumbered: boolean): boolean {
  // A number alone on its line (`8.`) above the heading is no line of the heading.
  const headingLines = unit.texts[0] === '' ? unit.lines.length - 1 : unit.lines.length;
  if (headingLines > (overNumbered ? LONG_HEADING_MAX_LINES : WRAPPED_HEADING_MAX_LINES)) return false;
  if (!startsUpper(text) || /[.,;:!?–—-]$/u.test(text) || reflower.endsSentence(text) || QUOTATION.test(text)) return false;
  // (A heading of three lines names a part in full: `Logistical support provided by the Mission to … from 1 March 2024 to
  // 30 April 2025 in the context of …`.)
  return wordCount(text) <= (overNumbered ? LONG_HEADING_MAX_WORDS : headingLines > 2 ? WRAPPED_HEADING_MAX_WORDS : UNNUMBERED_HEADING_MAX_WORDS);
}

/** Fewest entries of an unmarked list under a heading. */
const MIN_HEADED_ENTRIES = 2;

/**
 * How many units under the heading at `index` are entries of an unmarked list: one line each, with no mark, opening with
 * a capital and ending no sentence nor clause, at least two, after running text (or a bullet ending its sentence) and up
 * to a heading over running text
 * or the end. 0 when the heading heads no such entries.
 */
function entriesUnder(units: readonly Unit[], index: number, reflower: Reflower): number {
  const [before, unit] = [units[index - 1], units[index]!];
  const entry = (candidate: Unit | undefined): boolean =>
    candidate !== undefined && !candidate.marker && !candidate.table && !candidate.pictureCaption && candidate.lines.length === 1 && headingShape(candidate, reflower.join(candidate.texts), reflower, false);
  if (!before || before.table || before.contents || (before.marker && before.marker.kind !== 'bullet') || !entry(unit) || !(before.lines.length > 2 || reflower.endsSentence(reflower.join(before.texts)))) return 0;
  let end = index + 1;
  while (entry(units[end])) end += 1;
  // The last of them heads the running text under it.
  if (end < units.length && end - 1 > index && isHeading(units[end - 1]!, reflower.join(units[end - 1]!.texts), units[end], reflower)) end -= 1;
  return end - index - 1 >= MIN_HEADED_ENTRIES ? end - index - 1 : 0;
}

/**
 * A heading over another heading (a part's heading over its first section's, `Process for the selection` over
 * `Official call for nominations`, or a heading with nothing under it before the next one, `Seaports` between the
 * bullets of `Crossing points` and `Airports`): it stands after running text or a bullet item ending its sentence (a run
 * of short lines is a list), the heading under it over running text.
 */
function headsHeading(units: readonly Unit[], index: number, text: string, reflower: Reflower): boolean {
  const [before, unit, next] = [units[index - 1], units[index]!, units[index + 1]];
  if (!before || (before.marker && before.marker.kind !== 'bullet') || before.table || before.contents || !next || next.marker || unit.marker || !headingShape(unit, text, reflower, false)) return false;
  if (before.marker && !reflower.endsSentence(reflower.join(before.texts))) return false;
  const runningBefore = before.lines.length > 2 || reflower.endsSentence(reflower.join(before.texts));
  return runningBefore && isHeading(next, reflower.join(next.texts), units[index + 2], reflower);
}

/** Most width of an entry of an unmarked list, as a share of the longest line of the paragraph over it. */
const LINE_LIST_MAX_SHARE = 0.75;

/**
 * Lines that each hold an entry (`Ms. Salma Arka, regional/transport (Morocco)`): at least two, each opening with
 * a capital and far shorter than the lines of the paragraph over the list, so none of them wraps into the next.
 */
function isLineList(unit: Unit, above: Unit | undefined, reflower: Reflower): boolean {
  if (!above || unit.lines.length < 2 || unit.table) return false;
  const width = Math.max(...above.lines.map((line) => line.text.length));
  return unit.texts.every((line) => startsUpper(line) && line.length <= LINE_LIST_MAX_SHARE * width && !/[,–—-]$/u.test(line) && !reflower.cues.unfinishedEnd?.test(line));
}

/**
 * A unit opened by a part's label (`Section 2. Guidelines on …`, `Article I` over `Protection of children`): the label
 * and the heading after it, which ends no sentence (`Article 5. The Parties shall …` is the article's text).
 */
function labelledPart(unit: Unit, reflower: Reflower): { label: string; heading: string } | undefined {
  const match = reflower.cues.partLabel?.exec(unit.texts[0]!);
  if (!match || unit.table || unit.lines.length > LONG_HEADING_MAX_LINES) return undefined;
  const heading = reflower.join([unit.texts[0]!.slice(match[0].length), ...unit.texts.slice(1)].filter((text) => text.trim() !== ''));
  if (!heading || reflower.endsSentence(heading) || /[,;:]$/u.test(heading) || wordCount(heading) > LONG_HEADING_MAX_WORDS) return undefined;
  return { label: match[1]!.replace(/\s+/gu, ' '), heading };
}

/** Most lines of one entry of a list of names (a long role wraps once). */
const NAME_ENTRY_MAX_LINES = 2;

/**
 * The entries of a unit that lists persons, each opening with a person's title (`Mr. A, regional (Peru)`), a line
 * without one going on with the entry above; none ends a sentence (a sentence about a person is a paragraph).
 */
function nameEntries(unit: Unit, reflower: Reflower): string[] | undefined {
  const title = reflower.cues.personTitle;
  if (!title || unit.table || !title.test(unit.texts[0]!)) return undefined;
  const entries: string[][] = [];
  for (const line of unit.texts) {
    if (title.test(line)) entries.push([line]);
    else entries[entries.length - 1]!.push(line);
  }
  const texts = entries.map((lines) => reflower.join(lines));
  const fits = entries.every((lines) => lines.length <= NAME_ENTRY_MAX_LINES) && texts.every((text) => !reflower.endsSentence(text) && !/[:;]$/u.test(text));
  return fits ? texts : undefined;
}

/**
 * Gives every block an id under `prefix`:
 * - sections `section_<n>` (n counts the sections of the container), lettered groups `group_<letter>`;
 * - lists `list_<n>`, their items `item_<n>`;
 * - tables `table_<n>`, their cells `row_<r>.cell_<c>`, caption `caption` and notes `note_<n>` under the table's id;
 *   figures `figure_<n>`, with their caption and notes so;
 * - in a container holding numbered paragraphs, a numbered paragraph is `para_<num>` and an unnumbered one
 *   `para_<num>_<k>`, the k-th after paragraph `num` (`para_0_<k>` before the first); in a container with no
 *   numbered paragraph, paragraphs are `para_<n>`;
 * - a section heading is `<section id>.heading`. A duplicate gets `_2`, `_3`, … appended.
 */
export function assignIds(blocks: Block[], prefix: string, used: Set<string>): void {
  const unique = (id: string): string => {
    let candidate = id;
    for (let copy = 2; used.has(candidate); copy += 1) candidate = `${id}_${copy}`;
    used.add(candidate);
    return candidate;
  };
  const numbered = blocks.some((block) => block.type === 'paragraph' && block.num !== undefined);
  let sections = 0;
  let lists = 0;
  let tables = 0;
  let figures = 0;
  let paragraphs = 0;
  let lastNum = '0';
  let sinceNum = 0;
  for (const block of blocks) {
    if (block.type === 'section') {
      const local = block.numbering === 'alpha-parenthesis' && block.num ? `group_${block.num}` : `section_${(sections += 1)}`;
      block.id = unique(`${prefix}.${local}`);
      if (block.heading) block.heading.id = unique(`${block.id}.heading`);
      assignIds(block.children, block.id, used);
    } else if (block.type === 'table') {
      block.id = unique(`${prefix}.table_${(tables += 1)}`);
      if (block.caption) block.caption.id = unique(`${block.id}.caption`);
      block.rows.forEach((row, rowIndex) => {
        row.cells.forEach((cell, cellIndex) => {
          cell.id = unique(`${block.id}.row_${rowIndex + 1}.cell_${cellIndex + 1}`);
        });
      });
      block.notes?.forEach((note, noteIndex) => {
        note.id = unique(`${block.id}.note_${noteIndex + 1}`);
      });
    } else if (block.type === 'figure') {
      block.id = unique(`${prefix}.figure_${(figures += 1)}`);
      block.caption.id = unique(`${block.id}.caption`);
      block.notes?.forEach((note, noteIndex) => {
        note.id = unique(`${block.id}.note_${noteIndex + 1}`);
      });
    } else if (block.type === 'list') {
      block.id = unique(`${prefix}.list_${(lists += 1)}`);
      block.items.forEach((item, index) => {
        item.id = unique(`${block.id}.item_${index + 1}`);
        if (item.children) assignIds(item.children, item.id, used);
      });
    } else {
      let local: string;
      if (!numbered) local = `para_${(paragraphs += 1)}`;
      else if (block.num !== undefined) {
        // Model ids are dotted paths: an outline number's dots (`1.1`) become hyphens.
        lastNum = block.num.replace(/\./gu, '-');
        sinceNum = 0;
        local = `para_${lastNum}`;
      } else local = `para_${lastNum}_${(sinceNum += 1)}`;
      block.id = unique(`${prefix}.${local}`);
      if (block.children) assignIds(block.children, block.id, used);
    }
  }
}
