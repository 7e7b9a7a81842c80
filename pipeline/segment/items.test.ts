/**
 * Items and numbers as the UN prints them (texts written for this test in the layout of `mutool draw -F txt`, no letter
 * copied): roman sub-items `(i)`, `(ii)` under lettered items, the letter `(i)` after `(h)`, and a range of years cut
 * at its dash at a line end.
 */
import { describe, expect, it } from 'vitest';
import type { Block, List } from '../model/index.ts';
import { segment } from './index.ts';
import { TITLE } from '../../test/helpers/letter-title.ts';
import { textDocument as document, segmentContext as context, paragraphTexts as paragraphs } from '../../test/helpers/segment.ts';

/** Each list as `marker: num num …`, nested lists indented under their item. */
function lists(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return listLines(block, depth);
    if (block.type === 'paragraph') return lists(block.children ?? [], depth);
    if (block.type === 'section') return lists(block.children, depth);
    return [];
  });
}

function listLines(list: List, depth: number): string[] {
  return [`${'  '.repeat(depth)}${list.marker}: ${list.items.map((item) => item.num ?? '').join(' ')}`, ...list.items.flatMap((item) => lists(item.children ?? [], depth + 1))];
}

const item = (mark: string, text: string) => [mark, text, ''];

describe('roman sub-items under lettered items', () => {
  const text = [
    ...TITLE,
    'I have the honour to inform you that Chile is a party to the following ',
    '',
    'instruments of the region:',
    '',
    ...item('(a)', 'The Convention on the protection of the southern forests;'),
    ...item('(b)', 'The Convention on the rivers shared by the States of the region;'),
    ...item('(i)', 'Its first Protocol, on the quality of the waters;'),
    ...item('(ii)', 'Its second Protocol, on the fisheries of the rivers;'),
    ...item('(c)', 'The Agreement on the glaciers;'),
    ...item('(d)', 'The Agreement on the lakes;'),
    ...item('(e)', 'The Agreement on the wetlands;'),
    ...item('(f)', 'The Agreement on the coasts;'),
    ...item('(g)', 'The Agreement on the deserts;'),
    ...item('(h)', 'The Agreement on the mountains;'),
    ...item('(i)', 'The Agreement on the islands;'),
    ...item('(i)', 'Its Protocol on the seabirds of the islands.'),
    'Chile served on the Council of the Convention for two terms: 2009–',
    '',
    '2011 and 2015–2017, and it will stand again at the next elections of the ',
    'Council.',
    '',
    '(Signed) Ana Soto',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('hangs `(i)`, `(ii)` from the lettered item over them, and reads `(i)` after `(h)` as a letter', () => {
    expect(lists(body)).toEqual([
      'alpha-parenthesis: a b c d e f g h i',
      '  roman-parenthesis: i ii',
      '  roman-parenthesis: i',
    ]);
  });

  it('goes on after a range cut at its dash', () => {
    const [opening, terms, ...rest] = paragraphs(body);
    expect(opening).toBe('I have the honour to inform you that Chile is a party to the following instruments of the region:');
    expect(terms).toMatch(/^Chile served on the Council of the Convention for two terms: 2009–\s?2011 and 2015–2017, and it will stand again at the next elections of the Council\.$/u);
    expect(rest).toEqual([]);
  });
});

describe('lettered subsections of a report', () => {
  const text = [
    ...TITLE,
    'I have the honour to transmit the report of the review team, as the Council ',
    '',
    'requested.',
    '',
    'I.',
    'Findings of the review ',
    '',
    'A.',
    'Support to the mission ',
    '',
    '1.',
    'The team found that the support given to the mission met most of its needs ',
    '',
    'over the period under review, in the capital and in the regions.',
    '',
    'B.',
    'Support to the national forces ',
    '',
    '2.',
    'The team found that the support to the national forces should be planned ',
    '',
    'with them, a year ahead, and reviewed every quarter.',
    '',
    'II.',
    'Observations ',
    '',
    '3.',
    'I thank the team for its work and the Member States that took part in it, ',
    '',
    'and I call on them to go on supporting the mission.',
    '',
    '(Signed) Ana Soto',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('reads `A.` alone over a heading as a subsection of the roman section', () => {
    const outline = (blocks: readonly Block[], depth = 0): string[] =>
      blocks.flatMap((block) => (block.type === 'section' ? [`${'  '.repeat(depth)}${block.num}|${block.heading?.text}`, ...outline(block.children, depth + 1)] : block.type === 'paragraph' && block.num ? [`${'  '.repeat(depth)}${block.num}.`] : []));
    expect(outline(body)).toEqual([
      'I|Findings of the review',
      '  A|Support to the mission',
      '    1.',
      '  B|Support to the national forces',
      '    2.',
      'II|Observations',
      '  3.',
    ]);
  });
});

describe('lettered items under headings of their own', () => {
  const text = [
    ...TITLE,
    '1.',
    'The workshop heard the views of the Member States on the protection of ',
    '',
    'children. To strengthen it, the panellists recommended: ',
    '(a) training the staff of the missions, (b) sharing the data of the agencies, and ',
    '(c) funding the programmes of the regions.',
    '',
    '2.',
    'The following recommendations were made to the Council and to the Member ',
    '',
    'States.',
    '',
    'Protection in the missions',
    '',
    ...item('(a)', 'The missions should keep their child protection advisers;'),
    ...item('(b)', 'The Council should ask for their reports every quarter.'),
    'Protection in the transitions',
    '',
    ...item('(a)', 'The country teams should plan the transitions early;'),
    ...item('(b)', 'The Member States should fund the teams that stay.'),
    '(Signed) Ana Soto',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('keeps a run printed inline in its paragraph', () => {
    expect(body[0]).toMatchObject({ type: 'paragraph', num: '1' });
    expect(body[0]!.type === 'paragraph' && body[0]!.text).toMatch(/recommended: \(a\) training .*, \(b\) sharing .* \(c\) funding the programmes of the regions\.$/u);
    expect(body[0]!.type === 'paragraph' && body[0]!.children).toBeUndefined();
  });

  it('reads the headings over `(a)` items as sections hanging, with their items, from the numbered paragraph before', () => {
    const second = body[1];
    expect(second).toMatchObject({ type: 'paragraph', num: '2' });
    const children = second?.type === 'paragraph' ? second.children ?? [] : [];
    expect(children.map((block) => (block.type === 'section' ? block.heading?.text : block.type))).toEqual(['Protection in the missions', 'Protection in the transitions']);
    expect(lists(children)).toEqual(['alpha-parenthesis: a b', 'alpha-parenthesis: a b']);
    expect(body).toHaveLength(2);
  });
});

describe('entries one a line under a heading', () => {
  const text = [
    ...TITLE,
    'I have the honour to transmit the concept note of the open debate that my ',
    '',
    'country will hold during its presidency of the Council, which the members of the ',
    'Council have discussed with the Secretariat in the course of the past weeks and ',
    'which my delegation presented to them at the informal meeting of last month.',
    '',
    'Speakers ',
    '',
    'The Secretary-General ',
    '',
    'Other speakers to be named',
    '',
    'Format',
    '',
    'The debate will be held in the Council chamber on 3 June, and Member States ',
    '',
    'wishing to speak should inscribe their names on the list of speakers in advance, ',
    'through the electronic system the Secretariat opened for the purpose at the ',
    'beginning of the month.',
    '',
    '(Signed) Ana Soto',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('reads them as an unmarked list of the section the heading opens', () => {
    const sections = body.filter((block) => block.type === 'section');
    expect(sections.map((block) => block.type === 'section' && block.heading?.text)).toEqual(['Speakers', 'Format']);
    expect(sections[0]?.type === 'section' && sections[0].children).toEqual([
      { type: 'list', id: 'letter.section_1.list_1', marker: '', items: [{ id: 'letter.section_1.list_1.item_1', text: 'The Secretary-General' }, { id: 'letter.section_1.list_1.item_2', text: 'Other speakers to be named' }] },
    ]);
    expect(paragraphs(body)).toHaveLength(2);
  });
});
