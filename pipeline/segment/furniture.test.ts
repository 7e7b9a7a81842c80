/**
 * Page furniture on a letter laid out as the UN publishes it (text written for this test in the shape of
 * `mutool draw -F txt`: form feeds between pages, the masthead closed by job number and barcode, running
 * symbol, job number and page mark at the top of the next pages).
 */
import { describe, expect, it } from 'vitest';
import { english } from '../lang/en/index.ts';
import { textNodes } from '../model/text-nodes.ts';
import { segment } from './index.ts';
import { readLines } from './lines.ts';
import { separateFurniture } from './furniture.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

const letter = [
  'United Nations',
  'A/79/999-S/2025/999',
  '',
  'General Assembly',
  'Security Council',
  '',
  'Distr.: General',
  '3 March 2025',
  '',
  'Original: English',
  '',
  '25-09999 (E)    050325',
  '*2509999*',
  '',
  'General Assembly',
  'Security Council',
  '',
  'Seventy-ninth session',
  'Eightieth year',
  '',
  'Letter dated 1 March 2025 from the Permanent Representative of',
  'Norway to the United Nations addressed to the Secretary-General',
  '',
  'I have the honour to draw your attention to the situation described in the annex ',
  '',
  'to the present letter, which my Government has followed closely since the',
  '\f',
  'A/79/999',
  'S/2025/999',
  '',
  '25-09999',
  '2/2',
  '',
  'beginning of the year and which it asks the Council to consider.',
  '',
  '(Signed) Kari Nordmann',
  '',
  'Permanent Representative',
  '',
].join('\n');

describe('page furniture', () => {
  it('takes the masthead, job number, barcode, running symbols and page marks out of the flow, with their pages', () => {
    const { marks } = separateFurniture(readLines(letter), english.segmentation);
    expect(marks).toEqual([
      { page: 1, kind: 'masthead', text: 'United Nations' },
      { page: 1, kind: 'masthead', text: 'A/79/999-S/2025/999' },
      { page: 1, kind: 'masthead', text: 'General Assembly' },
      { page: 1, kind: 'masthead', text: 'Security Council' },
      { page: 1, kind: 'masthead', text: 'Distr.: General' },
      { page: 1, kind: 'masthead', text: '3 March 2025' },
      { page: 1, kind: 'masthead', text: 'Original: English' },
      { page: 1, kind: 'job-number', text: '25-09999 (E)    050325' },
      { page: 1, kind: 'barcode', text: '*2509999*' },
      { page: 2, kind: 'symbol', text: 'A/79/999' },
      { page: 2, kind: 'symbol', text: 'S/2025/999' },
      { page: 2, kind: 'job-number', text: '25-09999' },
      { page: 2, kind: 'page-number', text: '2/2' },
    ]);
  });

  it('joins a paragraph broken by a page and finds the signature and the header behind the furniture', () => {
    const result = segment(document(letter), {}, context);
    expect(result.symbol).toBe('A/79/999-S/2025/999');
    expect(result.pageMarks?.filter((mark) => mark.page === 2).map((mark) => mark.text)).toEqual(['A/79/999', 'S/2025/999', '25-09999', '2/2']);
    expect(result.header?.organs).toEqual(['General Assembly', 'Security Council']);
    expect(result.header?.agendaTitles).toEqual([]);
    expect(result.letter.body).toHaveLength(1);
    expect(result.letter.body[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/since the beginning of the year and which it asks the Council to consider\.$/u) });
    expect(result.letter.signatures).toMatchObject([{ name: 'Kari Nordmann', roles: ['Permanent Representative'], signed: true }]);
    const texts = textNodes(result).map((node) => node.text).join('\n');
    for (const furniture of ['25-09999', '*2509999*', '2/2', 'Distr.: General']) expect(texts).not.toContain(furniture);
  });

  it('leaves a symbol that opens a page alone when no job number or page mark stands with it', () => {
    const text = 'Letter dated 1 March 2025 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General\n\nI refer to document\n\f\nS/2025/999\n\nand to its annex.\n';
    const { marks, lines } = separateFurniture(readLines(text), english.segmentation);
    expect(marks).toEqual([]);
    expect(lines.map((line) => line.text)).toContain('S/2025/999');
  });
});

describe('the note of a reissued document', () => {
  // A reissue stars its symbol (`A/79/999*`) and explains the star at the foot of the first page.
  const reissued = letter
    .replace('A/79/999-S/2025/999\n', 'A/79/999*-S/2025/999*\n')
    .replace('to the present letter, which my Government has followed closely since the\n', 'to the present letter, which my Government has followed closely since the\n\n* Reissued for technical reasons on 4 March 2025.\n');

  it('keeps the starred note at the foot of the first page out of the paragraph it stands in', () => {
    const result = segment(document(reissued), {}, context);
    expect(result.letter.body).toHaveLength(1);
    expect(result.letter.body[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/followed closely since the beginning of the year/u) });
    expect(result.footnotes?.map((note) => note.text)).toEqual(['Reissued for technical reasons on 4 March 2025.']);
  });
});
