/**
 * Writes fixtures/real/STATS.md from the expectations themselves (fixtures/real/expected/*.json), so that the
 * counts by form follow the corpus as it grows instead of being typed by hand after each addition round.
 * Counts only: it reads no letter text, so it may run over the held-out expectations without showing them.
 *
 *   npm run corpus:stats            rewrites fixtures/real/STATS.md
 *   npm run corpus:stats -- --check fails when STATS.md is not what the expectations give
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachmentExpectation, BodyExpectation, RealExpected } from '../fixtures/real/format.ts';

const folder = 'fixtures/real';
const statsPath = join(folder, 'STATS.md');

/** Ids on the non-comment lines of HELDOUT. */
function heldOutIds(): Set<string> {
  const lines = readFileSync(join(folder, 'HELDOUT'), 'utf8').split('\n').map((line) => line.trim());
  return new Set(lines.filter((line) => line && !line.startsWith('#')));
}

/** The letters' own expectations: translations of the parallel sets (`<id>.<lang>.json`) are left out. */
function readLetters(): RealExpected[] {
  return readdirSync(join(folder, 'expected'))
    .filter((name) => name.endsWith(".json") && !/\.[a-z]{2}\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, 'expected', name), 'utf8')) as RealExpected);
}

function allAttachments(attachments: AttachmentExpectation[]): AttachmentExpectation[] {
  return attachments.flatMap((attachment) => [attachment, ...allAttachments(attachment.attachments)]);
}

function bodies(letter: RealExpected): BodyExpectation[] {
  const attached = allAttachments(letter.attachments).map((attachment) => attachment.body);
  return [letter.letter.body, ...attached].filter((body): body is BodyExpectation => body !== null && body !== undefined);
}

function depth(attachments: AttachmentExpectation[]): number {
  return attachments.length === 0 ? 0 : 1 + Math.max(...attachments.map((attachment) => depth(attachment.attachments)));
}

function attachmentShape(letter: RealExpected): string {
  const top = letter.attachments.length;
  if (top === 0) return 'no attachment';
  const nested = depth(letter.attachments) > 1 ? ', with an attachment inside one' : '';
  return `${top === 1 ? 'one attachment' : `${top} attachments`}${nested}`;
}

function pageBand(pages: number): string {
  if (pages <= 2) return '1–2 pages';
  if (pages <= 5) return '3–5 pages';
  if (pages <= 10) return '6–10 pages';
  return '11–15 pages';
}

/** The forms a letter shows anywhere in its body or attachments. */
function forms(letter: RealExpected): string[] {
  const present = new Set<string>();
  for (const body of bodies(letter)) {
    if (body.numbered.count > 0) present.add('numbered paragraphs');
    if (body.sections.length > 0) present.add('section headings');
    if (body.lettered.length > 0) present.add('lettered items');
    if (body.lists.some((list) => list.marker !== '')) present.add('bullet or dash lists');
    if (body.lists.some((list) => list.marker === '')) present.add('unmarked lists');
    if (body.footnotes.length > 0) present.add('footnotes');
    if (body.tables > 0) present.add('tables');
    if (body.figures.length > 0) present.add('figures with captions');
    if (body.closingStarts.length > 0) present.add('closing lines');
  }
  const signatureLayouts = [letter.letter.signatureLayout, ...allAttachments(letter.attachments).map((attachment) => attachment.signatureLayout)];
  if (signatureLayouts.includes('columns')) present.add('signatures side by side');
  if (allAttachments(letter.attachments).some((attachment) => attachment.body === null)) present.add('attachment without a readable text layer');
  if (allAttachments(letter.attachments).some((attachment) => attachment.lang !== null)) present.add('attachment in another language');
  return [...present];
}

type Counter = Map<string, { all: number; heldOut: number }>;

function count(counter: Counter, key: string, heldOut: boolean): void {
  const entry = counter.get(key) ?? { all: 0, heldOut: 0 };
  entry.all += 1;
  if (heldOut) entry.heldOut += 1;
  counter.set(key, entry);
}

function table(title: string, counter: Counter): string {
  const rows = [...counter.entries()].sort((a, b) => b[1].all - a[1].all || a[0].localeCompare(b[0]));
  return [`## ${title}`, '', '| | letters | of which held out |', '|---|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value.all} | ${value.heldOut} |`), ''].join('\n');
}

function render(): string {
  const heldOut = heldOutIds();
  const letters = readLetters();
  const current = letters.filter((letter) => letter.masthead !== null && letter.input.startsWith('fixtures/real/en/'));
  const older = letters.filter((letter) => !current.includes(letter));
  const organs: Counter = new Map();
  const form: Counter = new Map();
  const senders: Counter = new Map();
  const attachmentShapes: Counter = new Map();
  const length: Counter = new Map();
  const formsPresent: Counter = new Map();
  const totals = { paragraphs: 0, numbered: 0, sections: 0, letteredItems: 0, listItems: 0, footnotes: 0, tables: 0, signatures: 0, attachments: 0, furnitureLines: 0 };
  for (const letter of current) {
    const isHeldOut = heldOut.has(letter.id);
    count(organs, letter.masthead!.organs.join(' + ') || '(none printed)', isHeldOut);
    count(form, letter.letter.kind === 'identical' ? 'identical letters' : letter.letter.senderKinds.includes('permanent-mission') ? 'note verbale' : 'letter', isHeldOut);
    for (const kind of new Set(letter.letter.senderKinds)) count(senders, kind, isHeldOut);
    count(attachmentShapes, attachmentShape(letter), isHeldOut);
    count(length, pageBand(letter.pages), isHeldOut);
    for (const form of forms(letter)) count(formsPresent, form, isHeldOut);
    for (const body of bodies(letter)) {
      totals.paragraphs += body.paragraphCount;
      totals.numbered += body.numbered.count;
      totals.sections += body.sections.length;
      totals.letteredItems += body.lettered.reduce((sum, run) => sum + run.count, 0);
      totals.listItems += body.lists.reduce((sum, list) => sum + list.items, 0);
      totals.footnotes += body.footnotes.length;
      totals.tables += body.tables;
    }
    const attachments = allAttachments(letter.attachments);
    totals.signatures += letter.letter.signatures.length + attachments.reduce((sum, attachment) => sum + attachment.signatures.length, 0);
    totals.attachments += attachments.length;
    totals.furnitureLines += letter.furniture.reduce((sum, page) => sum + page.lines.length, 0);
  }
  const currentHeldOut = current.filter((letter) => heldOut.has(letter.id)).length;
  const olderHeldOut = older.filter((letter) => heldOut.has(letter.id)).length;
  return [
    '# Statistics of the real-letter corpus',
    '',
    'Written by `npm run corpus:stats` from `expected/*.json` (the annotations; counts only, no letter text), with',
    '`HELDOUT` for the held-out column. The translations of `parallel/` are not counted.',
    '',
    `Published PDFs of 2025 (\`MANIFEST.tsv\`) with expectations: ${current.length} letters, ${currentHeldOut} of them held out.`,
    `Letters of other years (\`MANIFEST-older.tsv\`): ${older.length}, ${olderHeldOut} of them held out.`,
    '',
    table('Organs of the masthead', organs),
    table('Form of the letter', form),
    table('Sender (a joint letter of several kinds counts once per kind)', senders),
    table('Attachments', attachmentShapes),
    table('Length', length),
    table('Forms present (a letter counts once per form)', formsPresent),
    '## Totals (published PDFs of 2025, tuning and held out)',
    '',
    `${totals.paragraphs} paragraphs, ${totals.numbered} numbered paragraphs, ${totals.sections} section headings, ` +
      `${totals.letteredItems} lettered items, ${totals.listItems} list items, ${totals.footnotes} footnotes, ${totals.tables} tables, ` +
      `${totals.signatures} signatories, ${totals.attachments} attachments, ${totals.furnitureLines} furniture lines.`,
    '',
  ].join('\n');
}

const text = render();
if (process.argv.includes('--check')) {
  const written = readFileSync(statsPath, 'utf8');
  if (written !== text) {
    console.error(`${statsPath}: not what the expectations give; run npm run corpus:stats`);
    process.exit(1);
  }
  console.log(`${statsPath}: up to date`);
} else {
  writeFileSync(statsPath, text);
  console.log(`${statsPath} written`);
}
