/**
 * Tables as `mutool draw -F txt` prints them, one cell per line (texts written for this test): a table is one
 * block of rows and cells, never a run of one-line paragraphs, and none of its text is lost; narrow lines that
 * are no table (an address, a short list, the last lines of paragraphs) stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { defaultLanguages } from '../lang/index.ts';
import type { Block, Table, UnDocument } from '../model/index.ts';
import { textNodes } from '../model/text-nodes.ts';
import { newDocument } from '../extract/index.ts';
import { segment } from './index.ts';

function read(text: string): UnDocument {
  const bytes = new TextEncoder().encode(text);
  const document = newDocument({ rawText: text, source: { name: 'test.txt', mediaType: 'text/plain', sha256: '', bytes: bytes.length } }, bytes, 'en');
  return segment(document, {}, { languages: defaultLanguages, warn: () => {} });
}

const letter = [
  'Letter dated 3 March 2025 from the Permanent Representative of Norway to the ',
  'United Nations addressed to the Secretary-General',
  '',
  'I have the honour to transmit herewith the record of the inspections carried out by the ',
  '',
  'national authorities of my country in the harbours of the northern coast during the first ',
  'half of the year, as requested by the Committee established by the Security Council in its ',
  'resolution on the protection of shipping (see annex).',
  '',
  'I should be grateful if the present letter and its annex could be circulated as a ',
  '',
  'document of the Security Council, as my Government has asked since the opening of the ',
  'work of the Committee and as the other Governments concerned have done before it.',
  '',
  '(Signed) Ingrid Hansen',
  '',
  '\f',
  'Annex',
  '',
  'Inspections carried out in the harbours of the northern coast',
  '',
  'The national authorities inspected the following vessels in the harbours of the northern ',
  '',
  'coast between January and June; every inspection was carried out in the presence of the ',
  'master of the vessel and of a representative of the flag State concerned, and its report ',
  'was sent to the secretariat of the Committee within a week of the inspection.',
  '',
];

/** A table whose rows can be told: as many cells in every row as in the header, one cell wrapped, one cut by a blank line. */
const columnsTable = [
  'Date',
  'Vessel',
  'Flag',
  'Outcome',
  '',
  '12 January 2025',
  'Northern Star',
  'Norway',
  'No finding',
  '',
  '3 February 2025',
  'Blue Whale',
  'Liberia',
  'Cargo held for ',
  'further checks',
  '',
  '28 March 2025',
  'Arctic Dawn',
  'Panama',
  '',
  'No finding',
  '',
];

const after = [
  'The authorities will go on with the inspections in the second half of the year and will ',
  '',
  'report their results to the Committee in the same form, together with the measures that the ',
  'masters of the vessels concerned have taken since the inspections were carried out.',
  '',
];

function blocksOf(document: UnDocument): Block[] {
  return document.annexes[0]!.body;
}

function tables(blocks: readonly Block[]): Table[] {
  return blocks.filter((block): block is Table => block.type === 'table');
}

describe('tables printed one cell per line', () => {
  it('reads a table as one block of rows and columns, between the paragraphs around it', () => {
    const document = read([...letter, ...columnsTable, ...after].join('\n'));
    const blocks = blocksOf(document);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const [table] = tables(blocks);
    expect(table!.columns).toBe(true);
    expect(table!.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['Date', 'Vessel', 'Flag', 'Outcome'],
      ['12 January 2025', 'Northern Star', 'Norway', 'No finding'],
      ['3 February 2025', 'Blue Whale', 'Liberia', 'Cargo held for further checks'],
      ['28 March 2025', 'Arctic Dawn', 'Panama', 'No finding'],
    ]);
    expect(table!.id).toBe('annex_1.table_1');
    expect(table!.rows[2]!.cells[1]!.id).toBe('annex_1.table_1.row_3.cell_2');
  });

  it('gives every cell to the reading walk, so that entities read them', () => {
    const document = read([...letter, ...columnsTable, ...after].join('\n'));
    const cells = textNodes(document).filter((node) => node.kind === 'cell');
    expect(cells).toHaveLength(16);
    expect(cells.find((cell) => cell.text === 'Liberia')?.nodeId).toBe('annex_1.table_1.row_3.cell_3');
  });

  it('keeps every line as a row of one cell when the rows cannot be told apart', () => {
    // The third row lacks a cell: the columns are not recovered, and no text is lost.
    const ragged = [...columnsTable.slice(0, 10), '3 February 2025', 'Blue Whale', 'Liberia', '', ...columnsTable.slice(16)];
    const document = read([...letter, ...ragged, ...after].join('\n'));
    const [table] = tables(blocksOf(document));
    expect(table!.columns).toBe(false);
    expect(table!.rows.every((row) => row.cells.length === 1)).toBe(true);
    const cells = table!.rows.map((row) => row.cells[0]!.text);
    expect(cells).toEqual(ragged.filter((line) => line !== ''));
  });

  it('reads the short part of a table continued on the next page, which repeats the header row, as a table', () => {
    const continued = ['\f', ...columnsTable.slice(0, 5), '30 March 2025', 'Polar Light', 'Norway', ''];
    const document = read([...letter, ...columnsTable, ...after, ...continued].join('\n'));
    const blocks = blocksOf(document);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    expect(tables(blocks)[1]!.rows.flatMap((row) => row.cells.map((cell) => cell.text))).toEqual(['Date', 'Vessel', 'Flag', 'Outcome', '30 March 2025', 'Polar Light', 'Norway']);
  });

  it('takes the header row of a table right under the annex title for the table’s, not for a second title', () => {
    // Two cells in the header: as short as a second title block under the title.
    const twoColumns = ['Vessel', 'Flag', '', 'Northern Star', 'Norway', '', 'Blue Whale', 'Liberia', '', 'Arctic Dawn', 'Panama', '', 'Polar Light', 'Norway', ''];
    const document = read([...letter.slice(0, -6), ...twoColumns, ...after].join('\n'));
    expect(document.annexes[0]!.subtitle).toBeUndefined();
    expect(tables(blocksOf(document))[0]!.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['Vessel', 'Flag'], ['Northern Star', 'Norway'], ['Blue Whale', 'Liberia'], ['Arctic Dawn', 'Panama'], ['Polar Light', 'Norway'],
    ]);
  });

  it('reads a table whose header row is printed again on the next page as one table, the lists in its cells included', () => {
    const members = [
      'Producing', 'Consuming', '', 'Africa (3)', '', '• Angola', '', '• Benin', '', '• Ghana', '', '• Albania', '', '• Canada', '',
      '\f', 'Producing', 'Consuming', '', '• Japan', '', '• Norway', '',
    ];
    const document = read([...letter, ...members, ...after].join('\n'));
    const blocks = blocksOf(document);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const [table] = tables(blocks);
    // Cells printed one per group could be paired in any way: the columns are not guessed.
    expect(table!.columns).toBe(false);
    expect(table!.rows.map((row) => row.cells[0]!.text)).toEqual(members.filter((line) => line !== '' && line !== '\f'));
  });

  it('leaves an address, a short list and short last lines as they were', () => {
    const address = [
      'The reports may be asked of the Permanent Mission of Norway at the following address, ',
      '',
      'where the secretariat of the Committee has also received them:',
      '',
      'Permanent Mission of Norway',
      'to the United Nations',
      '',
      '825 Third Avenue',
      'New York',
      '',
    ];
    const document = read([...letter, ...address, ...after].join('\n'));
    expect(tables(blocksOf(document))).toEqual([]);
    expect(blocksOf(document).filter((block) => block.type === 'paragraph')).toHaveLength(5);
  });
});
