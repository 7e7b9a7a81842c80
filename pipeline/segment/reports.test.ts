/**
 * Long reports annexed to letters (texts written for this test in the layout of `mutool draw -F txt`: a blank line
 * after the first line of an indented paragraph, wrapped lines ending with a space, form feeds between pages, the
 * running symbol, job number and page mark at the top of each page): the parts of a report a reader sees as such.
 */
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { textDocument as document, segmentContext as context, outline } from '../../test/helpers/segment.ts';


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

describe('the levels of headings in a report numbered through', () => {
  const text = [
    ...LETTER,
    'V.',
    'Progress made during the reporting period',
    '',
    'G.',
    'Energy',
    '',
    '40.',
    'The consumption of energy fell by a tenth in the buildings renovated during the ',
    'period, as the new windows and the heating plant came into service in the ',
    'autumn.',
    '',
    'H.',
    'Communications systems',
    '',
    '41.',
    'The broadcast systems of the conference rooms were installed and tested before ',
    'the session opened, with the help of the staff of the host country.',
    '',
    'I.',
    'Fire and life safety',
    '',
    '1.',
    'Independent inspection',
    '',
    '42.',
    'An independent firm inspected the fire doors of every floor and found that most ',
    'of them met the standards that the host country applies to public buildings.',
    '',
    '2.',
    'Evacuation drills',
    '',
    '43.',
    'Two evacuation drills were held, one of them during a meeting of the Assembly, ',
    'and both were completed within the time that the plan sets.',
    '',
    'VI.',
    'Next steps',
    '',
    '44.',
    'The work on the last buildings will begin in the spring of next year, once the ',
    'contracts are signed.',
    '',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('reads `I.` after `H.` as the next subsection and a number that breaks the run of paragraphs as a heading', () => {
    expect(outline(annex.body).map((line) => line.replace(/^(\s*P \d+ \S+ \S+ \S+).*$/u, '$1'))).toEqual([
      'S V|Progress made during the reporting period',
      '  S G|Energy',
      '    P 40 The consumption of',
      '  S H|Communications systems',
      '    P 41 The broadcast systems',
      '  S I|Fire and life safety',
      '    S 1|Independent inspection',
      '      P 42 An independent firm',
      '    S 2|Evacuation drills',
      '      P 43 Two evacuation drills',
      'S VI|Next steps',
      '  P 44 The work on',
    ]);
  });
});

describe('a table whose cells wrap', () => {
  const cell = (lines: string[]) => [...lines.map((line, index) => (index < lines.length - 1 ? `${line} ` : line)), ''];
  const text = [
    ...LETTER,
    'The programme contributes to several of the Goals, as the table below shows for ',
    '',
    'the districts where it worked during the year, with the figures that the districts ',
    'reported to the review at the end of the period under review.',
    '',
    ...cell(['Goal', 'Contribution of the', 'programme']),
    ...cell(['Result in 2024']),
    ...cell(['Goal 6: Clean water', 'and sanitation']),
    ...cell(['Extends the network of', 'pipes to the settlements', 'and the schools']),
    ...cell(['2.5 million people', 'reached in the north', 'and the east']),
    ...cell(['Goal 3: Good health', 'and well-being']),
    ...cell(['Tests the water of', 'every district each', 'month']),
    ...cell(['Fewer cases of', 'cholera in the', 'settlements']),
    'The review found that these results hold in every district except two, where the ',
    '',
    'network was damaged by the floods and has not yet been repaired.',
    '',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('reads the cells as a table, not as paragraphs and headings, a figure opening a cell included', () => {
    expect(outline(annex.body).map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual(['P  The programme', 'T', 'P  The review']);
  });
});

describe('a long heading at the top of a page', () => {
  const text = [
    ...LETTER,
    'The Mission continued to support the national authorities throughout the period, ',
    '',
    'in the capital and in the provinces, with the means that the Council gave it and with ',
    'the help of the partners that joined the programme during the year.',
    '',
    ...runningHead(3),
    'Support provided by the Mission to the national police and the gendarmerie from ',
    '1 March 2024 to 30 April 2025 in the context of the return of the national ',
    'authorities to the provinces',
    '',
    'The support of the Mission, provided at the request of the Government, covered ',
    '',
    'transport by air and by road, the evacuation of the wounded and the repair of the ',
    'police stations in the provinces.',
    '',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('reads the three lines as a heading over the indented paragraph, not as the end of the paragraph before the page break', () => {
    expect(outline(annex.body).map((line) => line.trim().split(' ').slice(0, 4).join(' '))).toEqual(['P  The Mission', 'S |Support provided by', 'P  The support']);
    expect(annex.body[1]).toMatchObject({ type: 'section', heading: { text: expect.stringMatching(/^Support provided .* to the provinces$/u) }, children: [{ type: 'paragraph' }] });
  });
});
