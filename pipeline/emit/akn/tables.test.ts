/**
 * Tables in the Akoma Ntoso edition: `table`/`tr`/`th`/`td` where the schema allows them (in the `content`
 * of an `hcontainer` inside the body, straight inside block text), every cell with its eId and its text, and
 * the document valid against the official schema.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { xml2js } from 'xml-js';
import { describe, expect, it } from 'vitest';
import type { Table, UnDocument } from '../../model/index.ts';
import { emitAkn } from './index.ts';
import { validateAkn } from './validate.ts';

const root = join(import.meta.dirname, '../../..');
const schemaDir = join(root, '../shared/schemas/akn');

function table(id: string, columns: boolean, rows: string[][]): Table {
  return {
    type: 'table',
    id,
    columns,
    rows: rows.map((cells, row) => ({ cells: cells.map((text, cell) => ({ id: `${id}.row_${row + 1}.cell_${cell + 1}`, text })) })),
  };
}

async function withTables(): Promise<UnDocument> {
  const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
  sample.letter.body.push(table('letter.table_1', true, [['Date', 'Vessel'], ['12 January 2025', 'Northern Star']]));
  const annex = sample.annexes[0]!;
  annex.body.push(table(`${annex.id}.table_1`, false, [['Source: flag States'], ['Arctic Dawn & Blue Whale']]));
  // A table in block text (a closing's list item holds block elements).
  annex.closing.push({ type: 'list', id: `${annex.id}.closing_9`, marker: '•', items: [{ id: `${annex.id}.closing_9.item_1`, text: 'Figures:', children: [table(`${annex.id}.closing_9.item_1.table_1`, false, [['42']])] }] });
  return sample;
}

interface Element {
  name?: string;
  attributes?: Record<string, string>;
  elements?: Element[];
  text?: string;
}

function find(node: Element, name: string, found: Element[] = []): Element[] {
  if (node.name === name) found.push(node);
  for (const child of node.elements ?? []) find(child, name, found);
  return found;
}

function text(node: Element): string {
  return node.text ?? (node.elements ?? []).map(text).join('');
}

describe('tables in the Akoma Ntoso edition', () => {
  it('is valid against the official schema, in the body, in an annex and in block text', async () => {
    const result = await validateAkn(emitAkn(await withTables()), schemaDir);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('prints every cell with its eId and text, the header row of a table with columns in th', async () => {
    const xml = xml2js(emitAkn(await withTables()), { compact: false }) as Element;
    const tables = find(xml, 'table');
    expect(tables).toHaveLength(3);
    const [body] = tables;
    expect(find(body!, 'th').map(text)).toEqual(['Date', 'Vessel']);
    const cells = find(body!, 'td');
    expect(cells.map(text)).toEqual(['12 January 2025', 'Northern Star']);
    expect(cells[1]!.attributes?.eId).toBe('table_1__row_2__cell_2');
    expect(find(tables[1]!, 'td').map(text)).toEqual(['Source: flag States', 'Arctic Dawn & Blue Whale']);
  });
});
