/**
 * Tables, figures and their notes as the UN prints them (texts written for this test in the layout of `mutool draw -F
 * txt`, no letter copied): an annex of photographs whose text layer holds only the captions, the links under them and
 * the source line that closes it; a table under its caption (`Table 1`, its title, its line of units) with its notes
 * under it; a chart's caption over no table.
 */
import { describe, expect, it } from 'vitest';
import type { Figure, Table } from '../model/index.ts';
import { segment } from './index.ts';
import { emitAkn } from '../emit/akn/index.ts';
import { validateAkn } from '../emit/akn/validate.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { join } from 'node:path';
import { textDocument as document, segmentContext as context, paragraphTexts as paragraphs } from '../../test/helpers/segment.ts';

const schemaDir = join(PROJECT_ROOT, '../shared/schemas/akn');

/** A running head of a later page. */
const head = (page: number) => ['\f', 'A/80/999', 'S/2025/999', '', '25-01234', `${page}/5`, ''];

const letter = [
  'Letter dated 2 May 2025 from the Permanent Representative of Norway to the ',
  'United Nations addressed to the Secretary-General',
  '',
  'I have the honour to bring to your attention the damage done by the floods ',
  '',
  'that struck the northern valleys last week (see annex).',
  '',
  'I should be grateful if the present letter and its annex could be circulated as ',
  '',
  'a document of the General Assembly.',
  '',
  '(Signed) Kari Nordmann',
  '',
  'Permanent Representative',
  '',
];

const photographs = [
  ...letter,
  ...head(2),
  'Annex to the letter dated 2 May 2025 from the Permanent Representative of Norway ',
  'to the United Nations addressed to the Secretary-General',
  '',
  'Damage done by the floods in the upper valley (28 April 2025)',
  '',
  'A further photograph is kept by the Secretariat and may be consulted there.',
  '',
  ...head(3),
  'Damage done by the floods in the town of Lillestad (29 April 2025)',
  '',
  'A further photograph is kept by the Secretariat and may be consulted there.',
  '',
  ...head(4),
  'The bridge over the river at Nordby (29 April 2025)',
  '',
  ...head(5),
  'Source: Directorate for Civil Protection.',
  '',
];

describe('an annex of photographs', () => {
  const annex = segment(document(photographs.join('\n')), {}, context).annexes[0]!;

  it('closes on its source line, which is no paragraph', () => {
    expect(annex.title?.text).toBe('Damage done by the floods in the upper valley (28 April 2025)');
    expect(paragraphs(annex.body)).toEqual(Array(2).fill('A further photograph is kept by the Secretariat and may be consulted there.'));
    expect(annex.closing?.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['Source: Directorate for Civil Protection.']);
  });

  it('reads the lines printed alone over the photographs of a page as figures, no headings', () => {
    const figures = annex.body.filter((block): block is Figure => block.type === 'figure');
    expect(figures.map((figure) => figure.caption.text)).toEqual([
      'Damage done by the floods in the town of Lillestad (29 April 2025)',
      'The bridge over the river at Nordby (29 April 2025)',
    ]);
    expect(figures.map((figure) => figure.caption.id)).toEqual(['annex_1.figure_1.caption', 'annex_1.figure_2.caption']);
    expect(annex.body.some((block) => block.type === 'section')).toBe(false);
  });
});

const report = [
  ...letter.slice(0, 7),
  'The crossings the Mission supported are the following.',
  '',
  'Table 1',
  'Crossings supported by the Mission, by quarter ',
  '',
  '(Number of crossings)',
  '',
  'Quarter',
  'North',
  'South',
  '',
  'First',
  '12',
  '30',
  '',
  'Second',
  '15',
  '28',
  '',
  'Third',
  '9',
  '41',
  '',
  'Note: The fourth quarter has not ended.',
  'a Crossings by road only.',
  '',
  'Figure I',
  'Share of the crossings by road and by river',
  '',
  'Source: Records of the Mission.',
  '',
  'The Mission will go on supporting the crossings in the coming year, as the ',
  '',
  'Government has asked it to do in its letter of March.',
  '',
  ...letter.slice(7),
];

describe('a table and a chart under their captions', () => {
  const body = segment(document(report.join('\n')), {}, context).letter.body;

  it('keeps the caption and the notes with the table, out of the paragraphs', () => {
    const table = body.find((block): block is Table => block.type === 'table');
    expect(table?.caption?.text).toBe('Table 1 Crossings supported by the Mission, by quarter (Number of crossings)');
    expect(table?.notes?.map((note) => note.text)).toEqual(['Note: The fourth quarter has not ended.', 'a Crossings by road only.']);
    expect(table?.caption?.id).toBe('letter.table_1.caption');
  });

  it('reads a caption over no table as a figure with its source', () => {
    const figure = body.find((block): block is Figure => block.type === 'figure');
    expect(figure?.caption.text).toBe('Figure I Share of the crossings by road and by river');
    expect(figure?.notes?.map((note) => note.text)).toEqual(['Source: Records of the Mission.']);
    expect(paragraphs(body)).toEqual([
      'I have the honour to bring to your attention the damage done by the floods that struck the northern valleys last week (see annex).',
      'The crossings the Mission supported are the following.',
      'The Mission will go on supporting the crossings in the coming year, as the Government has asked it to do in its letter of March.',
      'I should be grateful if the present letter and its annex could be circulated as a document of the General Assembly.',
    ]);
  });
});

describe('tables and figures in Akoma Ntoso', () => {
  it('writes the caption in the table, the notes and the figure as paragraphs of their own, valid against the schema', async () => {
    const document_ = segment(document([...report, ...photographs.slice(letter.length)].join('\n')), {}, context);
    const xml = emitAkn(document_);
    expect(xml).toMatch(/<table [^>]*>\s*<caption[^>]*>Table 1 Crossings supported by the Mission/u);
    expect(xml).toMatch(/<p [^>]*class="note"[^>]*>Note: The fourth quarter has not ended\.<\/p>/u);
    expect(xml).toMatch(/<hcontainer [^>]*name="figure"[^>]*>\s*<content>\s*<p [^>]*class="caption"[^>]*>Figure I Share/u);
    const result = await validateAkn(xml, schemaDir);
    expect(result.errors).toEqual([]);
  });
});

describe('a table of two columns whose figures keep a space after them', () => {
  const text = [
    ...letter.slice(0, 7),
    'The expenditure of the Mission on the support it gave is set out below, by kind.',
    '',
    'Table 2',
    'Expenditure on support, by kind',
    '',
    'Kind of support',
    'Amount',
    '',
    'Buildings and infrastructure',
    '1 794.2 ',
    '',
    'Ground transport',
    '936.0 ',
    '',
    'Air operations',
    '411.2 ',
    '',
    'Total',
    '3 141.4 ',
    '',
    'Note: The year has not ended.',
    '',
    ...letter.slice(7),
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('reads its rows apart (a figure is no mark, and the label under the blank would have fitted beside it)', () => {
    const table = body.find((block): block is Table => block.type === 'table');
    expect(table?.rows.map((row) => row.cells.map((cell) => cell.text).join(' | '))).toEqual([
      'Kind of support | Amount',
      'Buildings and infrastructure | 1 794.2',
      'Ground transport | 936.0',
      'Air operations | 411.2',
      'Total | 3 141.4',
    ]);
    expect(table?.caption?.text).toBe('Table 2 Expenditure on support, by kind');
    expect(table?.notes?.map((note) => note.text)).toEqual(['Note: The year has not ended.']);
  });
});
