/**
 * Scores one segmented document against the hand-written expectations of a real letter
 * (`fixtures/real/expected/<id>.json`, typed by `fixtures/real/format.ts`): one verdict per field, right
 * or wrong for the whole letter, with the reasons when wrong. Texts are compared loosely (case, white
 * space, apostrophe, quote and dash forms), starts as prefixes, counts exactly, signatory names exactly
 * (white space aside). Attachments are matched by their position within their parent.
 */
import type { AttachmentExpectation, BodyExpectation, RealExpected, RealSignature } from '../../fixtures/real/format.ts';
import type { Annex, Block, List, Paragraph, Signature, UnDocument } from '../../pipeline/model/index.ts';
import { textNodes } from '../../pipeline/model/text-nodes.ts';

/** The fields scored, in the order they are printed. */
export const FIELDS = [
  'date',
  'title',
  'senders',
  'addressees',
  'letter signatures',
  'attachments',
  'attachment headings',
  'attachment titles',
  'attachment places',
  'attachment dates',
  'attachment signatures',
  'attachment head-lines',
  'paragraphs',
  'sections',
  'numbered paragraphs',
  'lettered items',
  'furniture',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldVerdict {
  field: Field;
  right: boolean;
  /** What differs, one line each (empty when right). */
  mismatches: string[];
}

/** Case, white space, apostrophes, quotes and dashes made alike. */
export function loose(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFC')
    .replace(/[‘’‛′`]/gu, "'")
    .replace(/[“”„″]/gu, '"')
    .replace(/[‐‑‒–—−]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** White space only: names are compared exactly. */
function exact(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function startsWith(text: string | undefined, start: string): boolean {
  return text !== undefined && loose(text).startsWith(loose(start));
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** A model attachment and its expectation, paired by position in their parents; `path` as `1.2`. */
interface AttachmentPair {
  path: string;
  expected?: AttachmentExpectation;
  actual?: Annex;
}

function pairAttachments(expected: readonly AttachmentExpectation[], actual: readonly Annex[], prefix = ''): AttachmentPair[] {
  const pairs: AttachmentPair[] = [];
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count; index += 1) {
    const path = `${prefix}${index + 1}`;
    const pair: AttachmentPair = { path };
    if (expected[index]) pair.expected = expected[index];
    if (actual[index]) pair.actual = actual[index];
    pairs.push(pair);
    pairs.push(...pairAttachments(expected[index]?.attachments ?? [], actual[index]?.attachments ?? [], `${path}.`));
  }
  return pairs;
}

/** What a body holds, read off the model's blocks the way the expectations count it. */
interface BodyFacts {
  paragraphs: string[];
  numbered: Array<{ num: string; text: string }>;
  sections: Array<{ num: string | null; heading: string }>;
  lettered: Array<{ under: string | null; marks: string[]; firstStart: string }>;
  /** Paragraphs and lettered items together, in reading order (the old format lists both among a letter's paragraphs). */
  running: string[];
}

const LETTERED = new Set(['alpha-parenthesis', 'decimal-parenthesis', 'roman-parenthesis']);

function bodyFacts(blocks: readonly Block[]): BodyFacts {
  const facts: BodyFacts = { paragraphs: [], numbered: [], sections: [], lettered: [], running: [] };
  const walk = (list: readonly Block[], under: string | null): void => {
    for (const block of list) {
      if (block.type === 'section') {
        if (block.numbering === 'alpha-parenthesis') {
          // A lettered group: its heading is a lettered item of the run.
          addLettered(facts, under, block.num ?? '', block.heading?.text ?? '');
          facts.running.push(block.heading?.text ?? '');
        } else facts.sections.push({ num: block.num ?? null, heading: block.heading?.text ?? '' });
        walk(block.children, under);
      } else if (block.type === 'paragraph') {
        facts.running.push(block.text);
        if (block.numbering && LETTERED.has(block.numbering)) addLettered(facts, under, block.num ?? '', block.text);
        else {
          facts.paragraphs.push(block.text);
          if (block.num !== undefined && block.numbering === 'decimal') facts.numbered.push({ num: block.num, text: block.text });
        }
        walk(block.children ?? [], paragraphNumber(block) ?? under);
      } else if (block.type === 'list') walkList(block, under);
      // A table is neither paragraphs nor items: the expectations count it apart.
    }
  };
  const walkList = (list: List, under: string | null): void => {
    if (LETTERED.has(list.marker)) {
      facts.lettered.push({ under, marks: [], firstStart: list.items[0]?.text ?? '' });
      for (const item of list.items) facts.lettered[facts.lettered.length - 1]!.marks.push(item.num ?? '');
    }
    for (const item of list.items) {
      if (LETTERED.has(list.marker)) facts.running.push(item.text);
      walk(item.children ?? [], under);
    }
  };
  walk(blocks, null);
  return facts;
}

function paragraphNumber(paragraph: Paragraph): string | undefined {
  return paragraph.numbering === 'decimal' ? paragraph.num : undefined;
}

function addLettered(facts: BodyFacts, under: string | null, mark: string, text: string): void {
  const last = facts.lettered[facts.lettered.length - 1];
  if (last && last.under === under && last.marks.length > 0 && follows(last.marks[last.marks.length - 1]!, mark)) last.marks.push(mark);
  else facts.lettered.push({ under, marks: [mark], firstStart: text });
}

function follows(previous: string, mark: string): boolean {
  if (/^\d+$/u.test(previous)) return Number(mark) === Number(previous) + 1;
  return mark.length === 1 && previous.length === 1 && mark.charCodeAt(0) === previous.charCodeAt(0) + 1;
}

/** The expected numbered starts keyed `1`, `1.10`, `2:1` (second run). */
function numberedKeys(numbered: BodyFacts['numbered']): Map<string, string> {
  const keys = new Map<string, string>();
  let run = 1;
  let seen = new Set<string>();
  for (const { num, text } of numbered) {
    if (seen.has(num)) {
      run += 1;
      seen = new Set();
    }
    seen.add(num);
    keys.set(run === 1 ? num : `${run}:${num}`, text);
  }
  return keys;
}

type BodyField = 'paragraphs' | 'sections' | 'numbered paragraphs' | 'lettered items';

function compareBody(where: string, expected: BodyExpectation | null, blocks: readonly Block[], out: Map<BodyField, string[]>): void {
  if (!expected) return;
  const facts = bodyFacts(blocks);
  const push = (field: BodyField, text: string) => out.get(field)!.push(`${where}: ${text}`);
  if (facts.paragraphs.length !== expected.paragraphCount) push('paragraphs', `${facts.paragraphs.length} paragraphs, expected ${expected.paragraphCount}`);
  for (const [position, start] of Object.entries(expected.paragraphStarts)) {
    const text = facts.paragraphs[Number(position) - 1];
    if (!startsWith(text, start)) push('paragraphs', `paragraph ${position} is ${show(text?.slice(0, 60))}, expected ${show(start)}`);
  }
  const expectedSections = expected.sections.map((section) => `${section.num ?? ''}|${loose(section.heading)}`);
  const actualSections = facts.sections.map((section) => `${section.num ?? ''}|${loose(section.heading)}`);
  if (expectedSections.join('\n') !== actualSections.join('\n')) push('sections', `${show(actualSections)}, expected ${show(expectedSections)}`);
  if (facts.numbered.length !== expected.numbered.count) push('numbered paragraphs', `${facts.numbered.length} numbered, expected ${expected.numbered.count}`);
  const keys = numberedKeys(facts.numbered);
  for (const [key, start] of Object.entries(expected.numbered.starts)) {
    if (!startsWith(keys.get(key), start)) push('numbered paragraphs', `numbered ${key} is ${show(keys.get(key)?.slice(0, 60))}, expected ${show(start)}`);
  }
  const expectedRuns = expected.lettered.map((run) => `${run.under ?? '-'} ${run.first}…${run.last} ×${run.count}`);
  const actualRuns = facts.lettered.map((run) => `${run.under ?? '-'} ${run.marks[0]}…${run.marks[run.marks.length - 1]} ×${run.marks.length}`);
  if (expectedRuns.join('\n') !== actualRuns.join('\n')) push('lettered items', `${show(actualRuns)}, expected ${show(expectedRuns)}`);
  else {
    expected.lettered.forEach((run, index) => {
      if (!startsWith(facts.lettered[index]!.firstStart, run.firstStart)) push('lettered items', `run ${index + 1} starts ${show(facts.lettered[index]!.firstStart.slice(0, 60))}, expected ${show(run.firstStart)}`);
    });
  }
}

function compareSignatures(where: string, expected: readonly RealSignature[], actual: readonly Signature[]): string[] {
  const problems: string[] = [];
  const expectedNames = expected.map((signature) => exact(signature.name) || '(no name)');
  const actualNames = actual.map((signature) => exact(signature.name) || '(no name)');
  if (expectedNames.join('\n') !== actualNames.join('\n')) problems.push(`${where}: signatories ${show(actualNames)}, expected ${show(expectedNames)}`);
  return problems;
}

/** Every verdict for one letter. */
export function scoreLetter(expected: RealExpected, document: UnDocument): FieldVerdict[] {
  const mismatches = new Map<Field, string[]>(FIELDS.map((field) => [field, []]));
  const add = (field: Field, text: string) => mismatches.get(field)!.push(text);
  const letter = document.letter;

  if (letter.date !== expected.letter.date) add('date', `${show(letter.date)}, expected ${show(expected.letter.date)}`);
  if (loose(letter.title.text) !== loose(expected.letter.title)) add('title', `${show(letter.title.text.slice(0, 160))}, expected ${show(expected.letter.title)}`);
  if (letter.senders.map(loose).join('\n') !== expected.letter.senders.map(loose).join('\n')) add('senders', `${show(letter.senders)}, expected ${show(expected.letter.senders)}`);
  if (letter.addressees.map(loose).join('\n') !== expected.letter.addressees.map(loose).join('\n')) add('addressees', `${show(letter.addressees)}, expected ${show(expected.letter.addressees)}`);
  for (const problem of compareSignatures('letter', expected.letter.signatures, letter.signatures)) add('letter signatures', problem);

  const bodyMismatches = new Map<BodyField, string[]>([['paragraphs', []], ['sections', []], ['numbered paragraphs', []], ['lettered items', []]]);
  compareBody('letter', expected.letter.body, letter.body, bodyMismatches);

  for (const pair of pairAttachments(expected.attachments, document.annexes)) {
    const where = `attachment ${pair.path}`;
    if (!pair.expected || !pair.actual) {
      add('attachments', pair.expected ? `${where} (${pair.expected.kind} ${show(pair.expected.heading)}) not found` : `${where} (${show(pair.actual!.heading.text.slice(0, 60))}) not expected`);
      continue;
    }
    const { expected: want, actual: got } = pair;
    if ((got.kind ?? 'annex') !== want.kind) add('attachments', `${where} is ${got.kind ?? 'annex'}, expected ${want.kind}`);
    if (loose(want.heading ?? '') !== loose(got.heading.text)) add('attachment headings', `${where}: ${show(got.heading.text.slice(0, 160))}, expected ${show(want.heading)}`);
    if (loose(want.title) !== loose(got.title?.text)) add('attachment titles', `${where}: ${show(got.title?.text.slice(0, 160) ?? null)}, expected ${show(want.title)}`);
    if (loose(want.place) !== loose(got.place)) add('attachment places', `${where}: ${show(got.place ?? null)}, expected ${show(want.place)}`);
    if ((want.date ?? null) !== (got.date ?? null)) add('attachment dates', `${where}: ${show(got.date ?? null)}, expected ${show(want.date)}`);
    for (const problem of compareSignatures(where, want.signatures, got.signatures)) add('attachment signatures', problem);
    const headLines = (got.headLines ?? []).map((line) => line.text);
    if ((want.headLines ?? []).map(loose).join('\n') !== headLines.map(loose).join('\n')) add('attachment head-lines', `${where}: ${show(headLines)}, expected ${show(want.headLines ?? [])}`);
    compareBody(where, want.body, got.body, bodyMismatches);
  }
  for (const [field, list] of bodyMismatches) for (const text of list) add(field, text);

  // Furniture: each line held as a page mark of its page, and in no text of the flow.
  const marks = document.pageMarks ?? [];
  const texts = textNodes(document).map((node) => node.text);
  for (const { page, lines } of expected.furniture) {
    for (const line of lines) {
      if (!marks.some((mark) => mark.page === page && loose(mark.text) === loose(line))) add('furniture', `page ${page}: ${show(line)} is no page mark of that page`);
      // A symbol may be cited in the text; a job number, barcode or page mark may not.
      const inText = texts.find((text) => loose(text) === loose(line) || (!line.includes('/') && loose(text).includes(loose(line))));
      if (inText !== undefined) add('furniture', `page ${page}: ${show(line)} stands in the text ${show(inText.slice(0, 80))}`);
    }
  }

  return FIELDS.map((field) => ({ field, right: mismatches.get(field)!.length === 0, mismatches: mismatches.get(field)! }));
}

/** An attachment in the format of `fixtures/expected` that the parallel translations use. */
interface ParallelAnnex {
  kind?: AttachmentExpectation['kind'];
  headingStart: string;
  headingExact?: boolean;
  titleStart: string | null;
  place: string | null;
  date: string | null;
  numbered: Record<string, number>;
  paragraphStarts: Record<string, string>;
  plainParagraphStarts?: string[];
  sections: Array<{ num: string; heading: string | null }>;
  signatures: Array<{ name: string | null }>;
  attachments?: ParallelAnnex[];
}

/** The expectations of a translation in `fixtures/real/parallel/` (the format of `fixtures/expected`). */
export interface ParallelExpected {
  input: string;
  lang: string;
  letter: {
    date: string | null;
    titleStart: string;
    addressees: string[];
    senderStart: string | null;
    paragraphStarts: string[];
    /** Lettered items of the letter's body by style (`alpha-parenthesis`), listed among `paragraphStarts`. */
    numbered?: Record<string, number>;
    signatures: Array<{ name: string | null }>;
  };
  annexes: ParallelAnnex[];
  furniture: RealExpected['furniture'];
}

/**
 * The same fields for a translation whose expectations give starts rather than whole texts: titles and
 * senders compared as prefixes, paragraphs of the letter by their starts, sections by number and heading
 * start, numbered paragraphs and lettered items of attachments by count (`numbered` counts by style there).
 */
export function scoreParallel(expected: ParallelExpected, document: UnDocument): FieldVerdict[] {
  const mismatches = new Map<Field, string[]>(FIELDS.map((field) => [field, []]));
  const add = (field: Field, text: string) => mismatches.get(field)!.push(text);
  const letter = document.letter;
  if ((letter.date ?? null) !== expected.letter.date) add('date', `${show(letter.date)}, expected ${show(expected.letter.date)}`);
  if (!startsWith(letter.title.text, expected.letter.titleStart)) add('title', `${show(letter.title.text.slice(0, 160))}, expected start ${show(expected.letter.titleStart)}`);
  if (expected.letter.senderStart !== null && !startsWith(letter.senders[0], expected.letter.senderStart)) add('senders', `${show(letter.senders)}, expected start ${show(expected.letter.senderStart)}`);
  if (letter.addressees.map(loose).join('\n') !== expected.letter.addressees.map(loose).join('\n')) add('addressees', `${show(letter.addressees)}, expected ${show(expected.letter.addressees)}`);
  const names = (signatures: ReadonlyArray<{ name?: string | null }>) => signatures.map((signature) => exact(signature.name) || '(no name)');
  if (names(letter.signatures).join('\n') !== names(expected.letter.signatures).join('\n')) add('letter signatures', `${show(names(letter.signatures))}, expected ${show(names(expected.letter.signatures))}`);
  // The old format gives a letter's body no field for lettered items: when `letter.numbered` counts some, its
  // `paragraphStarts` list them among the paragraphs, in reading order (fixtures/real/parallel/TRANSLATIONS-fr-es.md).
  const letterFacts = bodyFacts(letter.body);
  const letterLettered = Object.entries(expected.letter.numbered ?? {}).filter(([style]) => style !== 'decimal').reduce((sum, [, count]) => sum + count, 0);
  const paragraphs = letterLettered > 0 ? letterFacts.running : letterFacts.paragraphs;
  if (letterLettered > 0) {
    const found = letterFacts.lettered.reduce((sum, run) => sum + run.marks.length, 0);
    if (found !== letterLettered) add('lettered items', `letter: ${found} lettered items, expected ${letterLettered}`);
  }
  if (paragraphs.length !== expected.letter.paragraphStarts.length) add('paragraphs', `letter: ${paragraphs.length} paragraphs, expected ${expected.letter.paragraphStarts.length}`);
  expected.letter.paragraphStarts.forEach((start, index) => {
    if (!startsWith(paragraphs[index], start)) add('paragraphs', `letter: paragraph ${index + 1} is ${show(paragraphs[index]?.slice(0, 60))}, expected ${show(start)}`);
  });
  const walk = (wanted: readonly ParallelAnnex[], got: readonly Annex[], prefix: string): void => {
    for (let index = 0; index < Math.max(wanted.length, got.length); index += 1) {
      const where = `attachment ${prefix}${index + 1}`;
      const want = wanted[index];
      const have = got[index];
      if (!want || !have) {
        add('attachments', `${where} ${want ? 'not found' : 'not expected'}`);
        continue;
      }
      if ((have.kind ?? 'annex') !== (want.kind ?? 'annex')) add('attachments', `${where} is ${have.kind ?? 'annex'}, expected ${want.kind}`);
      const headingRight = want.headingExact ? loose(have.heading.text) === loose(want.headingStart) : startsWith(have.heading.text, want.headingStart);
      if (!headingRight) add('attachment headings', `${where}: ${show(have.heading.text.slice(0, 160))}, expected ${show(want.headingStart)}`);
      if (want.titleStart === null ? have.title !== undefined : !startsWith(have.title?.text, want.titleStart)) add('attachment titles', `${where}: ${show(have.title?.text.slice(0, 160) ?? null)}, expected ${show(want.titleStart)}`);
      if (loose(want.place) !== loose(have.place)) add('attachment places', `${where}: ${show(have.place ?? null)}, expected ${show(want.place)}`);
      if ((want.date ?? null) !== (have.date ?? null)) add('attachment dates', `${where}: ${show(have.date ?? null)}, expected ${show(want.date)}`);
      if (names(have.signatures).join('\n') !== names(want.signatures).join('\n')) add('attachment signatures', `${where}: ${show(names(have.signatures))}, expected ${show(names(want.signatures))}`);
      const facts = bodyFacts(have.body);
      const sections = facts.sections.map((section) => section.num ?? '');
      if (sections.join('|') !== want.sections.map((section) => section.num).join('|')) add('sections', `${where}: ${show(sections)}, expected ${show(want.sections.map((section) => section.num))}`);
      // `numbered` counts by style: `decimal` ones are numbered paragraphs, the other styles (`a)`, `1)`) lettered items.
      const decimal = want.numbered.decimal ?? 0;
      if (facts.numbered.length !== decimal) add('numbered paragraphs', `${where}: ${facts.numbered.length} numbered, expected ${decimal}`);
      const letteredWanted = Object.entries(want.numbered).filter(([style]) => style !== 'decimal').reduce((sum, [, count]) => sum + count, 0);
      const letteredFound = facts.lettered.reduce((sum, run) => sum + run.marks.length, 0);
      if (letteredFound !== letteredWanted) add('lettered items', `${where}: ${letteredFound} lettered items, expected ${letteredWanted}`);
      walk(want.attachments ?? [], have.attachments ?? [], `${prefix}${index + 1}.`);
    }
  };
  walk(expected.annexes, document.annexes, '');
  const marks = document.pageMarks ?? [];
  for (const { page, lines } of expected.furniture) {
    for (const line of lines) {
      if (!marks.some((mark) => mark.page === page && loose(mark.text) === loose(line))) add('furniture', `page ${page}: ${show(line)} is no page mark of that page`);
    }
  }
  return FIELDS.map((field) => ({ field, right: mismatches.get(field)!.length === 0, mismatches: mismatches.get(field)! }));
}
