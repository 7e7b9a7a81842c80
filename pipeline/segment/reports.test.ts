/**
 * Long reports annexed to letters (texts written for this test in the layout of `mutool draw -F txt`: a blank line
 * after the first line of an indented paragraph, wrapped lines ending with a space, form feeds between pages, the
 * running symbol, job number and page mark at the top of each page): the parts of a report a reader sees as such.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { segment } from './index.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

/** The blocks as one line each, children indented: `P 3 text`, `L a text`, `S I|heading`. */
function outline(blocks: readonly Block[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return blocks.flatMap((block): string[] => {
    if (block.type === 'section') return [`${pad}S ${block.num ?? ''}|${block.heading?.text ?? ''}`, ...outline(block.children, depth + 1)];
    if (block.type === 'paragraph') return [`${pad}P ${block.num ?? ''} ${block.text}`, ...outline(block.children ?? [], depth + 1)];
    if (block.type === 'list') return block.items.flatMap((item) => [`${pad}L ${item.num ?? ''} ${item.text}`, ...outline(item.children ?? [], depth + 1)]);
    return [`${pad}${block.type === 'table' ? 'T' : 'F'}`];
  });
}

/** The letter that sends the report, and the report's first lines under its annex heading. */
const LETTER = [
  'Letter dated 12 May 2025 from the Secretary-General addressed to the ',
  'President of the Security Council',
  '',
  'I have the honour to transmit herewith the report of the independent review ',
  '',
  'of the water supply programme, which the Council requested last year (see annex).',
  '',
  '(Signed) Rosa Delgado',
  '',
  '\f',
  'S/2025/990',
  '',
  '25-09990',
  '2/6',
  '',
  'Annex',
  '',
  'Report of the independent review of the water supply programme',
  '',
];

/** A report's running head on the page that starts at `page`. */
function runningHead(page: number): string[] {
  return ['\f', 'S/2025/990', '', '25-09990', `${page}/6`, ''];
}

describe('a table of contents at the head of an annexed report', () => {
  const text = [
    ...LETTER,
    'Contents',
    '',
    'Page',
    '',
    'I.',
    'Introduction . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ',
    '3',
    '',
    'II.',
    'Findings of the review on the supply of water to the districts of the north and to ',
    'the refugee settlements . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ',
    '3',
    '',
    'A.',
    'Supply . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ',
    '3',
    '',
    'B.',
    'Quality of the water . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ',
    '4',
    '',
    'III.',
    'Recommendations. . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ',
    '4',
    '',
    ...runningHead(3),
    'I.',
    'Introduction',
    '',
    '1.',
    'The review was asked to assess how far the programme met its aims since it ',
    '',
    'began, and what remains to be done before the next rainy season.',
    '',
    'II.',
    'Findings of the review on the supply of water to the districts of the north ',
    'and to the refugee settlements',
    '',
    'A.',
    'Supply',
    '',
    '2.',
    'The supply of water grew in every district, although the settlements still ',
    '',
    'receive less than the minimum that the programme set for them.',
    '',
    'B.',
    'Quality of the water',
    '',
    '3.',
    'The quality of the water met the national standard in most of the samples ',
    '',
    'taken during the review.',
    '',
    'III.',
    'Recommendations',
    '',
    '4.',
    'The review recommends that the programme extend its network to the settlements ',
    '',
    'before the end of the year.',
    '',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('reads the contents as one list of entries, not as sections and paragraphs, and the report after it as printed', () => {
    expect(annex.title?.text).toBe('Report of the independent review of the water supply programme');
    expect(outline(annex.body)).toEqual([
      'L I Introduction … 3',
      'L II Findings of the review on the supply of water to the districts of the north and to the refugee settlements … 3',
      'L A Supply … 3',
      'L B Quality of the water … 4',
      'L III Recommendations … 4',
      'S I|Introduction',
      '  P 1 The review was asked to assess how far the programme met its aims since it began, and what remains to be done before the next rainy season.',
      'S II|Findings of the review on the supply of water to the districts of the north and to the refugee settlements',
      '  S A|Supply',
      '    P 2 The supply of water grew in every district, although the settlements still receive less than the minimum that the programme set for them.',
      '  S B|Quality of the water',
      '    P 3 The quality of the water met the national standard in most of the samples taken during the review.',
      'S III|Recommendations',
      '  P 4 The review recommends that the programme extend its network to the settlements before the end of the year.',
    ]);
  });
});

describe('headings, bullets and figures of a report body', () => {
  const text = [
    ...LETTER,
    'The present report describes the access that the authorities gave to humanitarian ',
    '',
    'convoys during the period under review, from the crossing points on the borders ',
    'to the airports and the seaport, and the instructions that the convoys received ',
    'from the authorities at each of them.',
    '',
    'Access for humanitarian convoys',
    '',
    'Crossing points in the west',
    '',
    '• The northern crossing.',
    '',
    '• The temporary crossing at the river.',
    '',
    'The main seaport',
    '',
    'Airports',
    '',
    '• The international airport of the capital.',
    '',
    '• The airport of the eastern province.',
    '',
    ...runningHead(3),
    'Number of convoys received, by month, January 2024–March 2025',
    '',
    'The number of convoys that reached the settlements rose in the last months of ',
    '',
    'the year, when the roads opened again after the rains and the authorities let ',
    'the trucks travel at night on the main road to the border and back to the ',
    'settlements.',
    '',
    'The authorities gave the following instructions to the convoys:',
    '',
    '◾',
    'Travel in daylight only.',
    '',
    '◾',
    'Report at every checkpoint.',
    '',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('reads a heading with nothing under it before the next heading, a chart title with no label and bullets alone on their line', () => {
    expect(outline(annex.body)).toEqual([
      'P  The present report describes the access that the authorities gave to humanitarian convoys during the period under review, from the crossing points on the borders to the airports and the seaport, and the instructions that the convoys received from the authorities at each of them.',
      'S |Access for humanitarian convoys',
      'S |Crossing points in the west',
      '  L  The northern crossing.',
      '  L  The temporary crossing at the river.',
      'S |The main seaport',
      'S |Airports',
      '  L  The international airport of the capital.',
      '  L  The airport of the eastern province.',
      '  F',
      '  P  The number of convoys that reached the settlements rose in the last months of the year, when the roads opened again after the rains and the authorities let the trucks travel at night on the main road to the border and back to the settlements.',
      '  P  The authorities gave the following instructions to the convoys:',
      '    L  Travel in daylight only.',
      '    L  Report at every checkpoint.',
    ]);
    const figure = annex.body.flatMap((block) => (block.type === 'section' ? block.children : [block])).find((block) => block.type === 'figure');
    expect(figure).toMatchObject({ caption: { text: 'Number of convoys received, by month, January 2024–March 2025' } });
  });
});
