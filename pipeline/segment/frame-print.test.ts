/**
 * The frame of annexed texts as the UN prints them (texts written for this test, no letter copied): place and date
 * printed under a signature with no mark, a place printed over its date at a statement’s foot or on a report’s cover;
 * a date ending a title; two ranks under one signed mark; a title set narrower than the text over its first paragraph;
 * a dated item’s headline under its date; the credit line (`Source: …`) under the last photographs; an enclosure
 * printed after several annexes.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { segment } from './index.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

const LETTER = [
  'Letter dated 6 May 2025 from the Permanent Representative of Chile to the United Nations addressed to the ',
  'Secretary-General',
  '',
  'I have the honour to transmit herewith the text mentioned above (see annex).',
  '',
  '(Signed) Ana Lima',
  'Permanent Representative',
  '',
  '',
  'Annex to the letter dated 6 May 2025 from the Permanent Representative of ',
  'Chile to the United Nations addressed to the Secretary-General ',
  '',
];

const annexOf = (lines: string[]) => segment(document([...LETTER, ...lines].join('\n')), {}, context).annexes[0]!;
const texts = (blocks: readonly Block[]) => blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type === 'section' ? block.heading?.text : block.type));

describe('a place and date printed under a signature with no signed mark', () => {
  it('dates the text and is no function of the signatory', () => {
    const annex = annexOf([
      'Address of the President of Chile to the participants of the conference on the ocean',
      '',
      'I welcome you to this conference on the protection of the Pacific Ocean and its fisheries.',
      '',
      'I wish this conference every success in its work.',
      '',
      'Pedro Soto',
      'President of the Republic of Chile',
      '',
      'Santiago, 26 May 2025',
    ]);
    expect(annex.signatures).toMatchObject([{ name: 'Pedro Soto', roles: ['President of the Republic of Chile'] }]);
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025-05-26' });
    expect(texts(annex.body)).toHaveLength(2);
  });
});

describe('a place printed over its date', () => {
  it('closes a statement: the place and date are the text’s, no paragraph of its body', () => {
    const annex = annexOf([
      'Statement by the Ministry of Foreign Affairs of Chile on the fisheries of the Pacific',
      '',
      'Chile rejects every claim made against its fisheries in the Pacific Ocean this year.',
      '',
      'Chile remains committed to the protection of the ocean and to dialogue.',
      '',
      'Santiago',
      '30 July 2025',
    ]);
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025-07-30' });
    expect(texts(annex.body)).toHaveLength(2);
    expect(texts(annex.closing)).toEqual(['Santiago 30 July 2025']);
  });

  it('stands under a report’s title and subtitle as on its cover, giving the year alone', () => {
    const annex = annexOf([
      'The fisheries of the Pacific Ocean:',
      'a shared responsibility',
      '',
      'Report of the Ministry of Foreign Affairs',
      'of the Republic of Chile',
      '',
      'Santiago',
      '2025',
      '',
      'In the past year the fisheries of the Pacific Ocean have suffered as never before, and the',
      'States that share them must act together.',
    ]);
    expect(annex.subtitle?.text).toBe('Report of the Ministry of Foreign Affairs of the Republic of Chile');
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025', dateLine: { text: 'Santiago 2025' } });
    expect(texts(annex.body)).toEqual(['In the past year the fisheries of the Pacific Ocean have suffered as never before, and the States that share them must act together.']);
  });

  it('takes no name or function over a date for a place', () => {
    const annex = annexOf([
      'Statement by the Ministry of Foreign Affairs of Chile on the fisheries of the Pacific',
      '',
      'Chile rejects every claim made against its fisheries in the Pacific Ocean this year.',
      '',
      'Permanent Representative',
      '30 July 2025',
    ]);
    expect(annex.place).toBeUndefined();
  });
});

describe('a date ending an annexed text’s title', () => {
  const body = ['', 'The attack destroyed the port and several houses near the coast of the region.', ''];
  it('keeps a date alone in brackets under the name of an event in the title: the day of the event dates no text', () => {
    const annex = annexOf(['Consequences of the storm on the harbour of Valparaíso, Valparaíso region ', '(8 March 2025) ', ...body]);
    expect(annex.title?.text).toBe('Consequences of the storm on the harbour of Valparaíso, Valparaíso region (8 March 2025)');
    expect(annex.date).toBeUndefined();
  });

  it('keeps a date the title’s last words lead to (`to be held on`)', () => {
    const annex = annexOf(['Concept note for the open debate on the protection of the ocean, to be held on ', '19 August 2025', ...body]);
    expect(annex.title?.text).toBe('Concept note for the open debate on the protection of the ocean, to be held on 19 August 2025');
    expect(annex.date).toBeUndefined();
  });

  it('still reads a place and date line closing the title’s block as the text’s', () => {
    const annex = annexOf(['Joint communiqué of the ministers of the Pacific States', 'Lima, 8 March 2025', ...body]);
    expect(annex.title?.text).toBe('Joint communiqué of the ministers of the Pacific States');
    expect(annex).toMatchObject({ place: 'Lima', date: '2025-03-08' });
  });
});

describe('signatories side by side, each mark over a rank and functions', () => {
  it('reads a second rank under the first as a function of the same signatory', () => {
    const signatures = segment(document([
      ...LETTER.slice(0, 5),
      '(Signed) Ana Lima', '', 'Ambassador', '', 'Chargé d’affaires a.i.', '', 'Deputy Permanent Representative of Chile', '',
      '(Signed) Pedro Soto', '', 'Ambassador', '', 'Permanent Representative of Peru', '',
      '(Signed) Rosa Díaz', '', 'Ambassador', '', 'Chargé d’affaires a.i.', '', 'Deputy Permanent Representative of Bolivia',
    ].join('\n')), {}, context).letter.signatures;
    expect(signatures.map((signature) => signature.name)).toEqual(['Ana Lima', 'Pedro Soto', 'Rosa Díaz']);
    expect(signatures[0]).toMatchObject({ honorific: 'Ambassador', roles: ['Chargé d’affaires a.i.', 'Deputy Permanent Representative of Chile'] });
  });
});

describe('a title set narrower than the text, its last line printed with the space of a wrap', () => {
  it('ends over the full lines of the first paragraph', () => {
    const annex = annexOf([
      'Appeal to the international community, adopted at the ',
      'online conference entitled “The Ocean and Women”, ',
      'organized by the Pacific Women Council on ',
      '1 March 2025 ',
      '',
      'We, the participants gathered on this day at the online conference, adopt this appeal to ',
      'the international community and ask it to protect the fisheries of the Pacific Ocean. ',
      'The women of the coast have lost their work and their homes to the storms of the year. ',
      '',
      'We call on every State to act now, before the next season of storms reaches the coast, ',
      '',
      'and on the organizations of the United Nations system to help the women of the coast.',
    ]);
    expect(annex.title?.text).toBe('Appeal to the international community, adopted at the online conference entitled “The Ocean and Women”, organized by the Pacific Women Council on 1 March 2025');
    expect(texts(annex.body)).toHaveLength(2);
  });
});

describe('a dated news item: the date over the headline', () => {
  it('reads the headline set narrower than the text under the date as the title, even ending on a full stop', () => {
    const annex = annexOf([
      '1 June 2025',
      '',
      'Upon instructions from the Minister, the cases related to the ',
      'storms on the coast have been referred to the Department of ',
      'Fisheries of the Ministry.',
      '',
      'Ana Lima, spokesperson of the Ministry of Fisheries of Chile, said that the storms of the ',
      'last week had destroyed the harbour and several houses near the coast of the region. ',
      'The Ministry is now counting the losses of the fishermen and of their families. ',
      '',
      'The Department of Fisheries will report to the Minister before the end of the month, ',
      'and the report will be made public.',
    ]);
    expect(annex).toMatchObject({ date: '2025-06-01', title: { text: 'Upon instructions from the Minister, the cases related to the storms on the coast have been referred to the Department of Fisheries of the Ministry.' } });
    expect(texts(annex.body)).toHaveLength(2);
  });

  it('takes no title from a first paragraph of full lines under the date', () => {
    const annex = annexOf([
      '1 June 2025',
      '',
      'Ana Lima, spokesperson of the Ministry of Fisheries of Chile, said that the storms of the ',
      'last week had destroyed the harbour and several houses near the coast of the region. ',
      '',
      'The Department of Fisheries will report to the Minister before the end of the month, ',
      'and the report will be made public.',
    ]);
    expect(annex.title).toBeUndefined();
    expect(texts(annex.body)).toHaveLength(2);
  });
});

describe('the credit line under the last photographs of a text', () => {
  const photographs = (last: string[]) => annexOf([
    'Consequences of the storm on the harbour of Valparaíso (8 March 2025)',
    '',
    'Additional photographs are available at the following link:',
    '',
    'https://example.org/storm/valparaiso',
    '',
    ...last,
  ]);
  it('closes the text: a closing line, no paragraph', () => {
    const annex = photographs(['Source: Ministry of Fisheries of Chile.']);
    expect(texts(annex.closing)).toEqual(['Source: Ministry of Fisheries of Chile.']);
    expect(JSON.stringify(annex.body)).not.toContain('Source:');
  });
  it('stays in the body when text follows it', () => {
    const annex = photographs(['Source: Ministry of Fisheries of Chile.', '', 'The Ministry will publish more photographs when the harbour opens again.']);
    expect(annex.closing).toEqual([]);
    expect(JSON.stringify(annex.body)).toContain('Source: Ministry of Fisheries of Chile.');
  });
});

describe('an enclosure printed after several annexes', () => {
  const annex = (label: string, body: string) => [
    `Annex ${label} to the letter dated 6 May 2025 from the Permanent Representative of `,
    'Chile to the United Nations addressed to the Secretary-General ',
    '',
    body,
    '',
    '(Signed) Ana Lima',
    '',
    '',
  ];
  const read = (second: string) => segment(document([
    ...LETTER.slice(0, 9),
    ...annex('I', 'I have the honour to transmit the request of the Ministry of Fisheries of Chile for the data of the storm.'),
    ...annex('II', second),
    'Enclosure',
    '',
    'The Ministry of Fisheries of Chile requests the data of the storm of 8 March 2025 on the coast.',
  ].join('\n')), {}, context).annexes;

  it('goes inside the one annex that sends a text', () => {
    const annexes = read('I have the honour to remind you of the request, to which no answer has yet been given.');
    expect(annexes.map((one) => one.attachments?.length ?? 0)).toEqual([1, 0]);
    expect(annexes[0]!.attachments![0]).toMatchObject({ kind: 'enclosure', id: 'annex_1.enclosure_1' });
  });

  it('stays inside the annex before it when that one sends a text too', () => {
    const annexes = read('I have the honour to transmit the reminder of the Ministry of Fisheries of Chile.');
    expect(annexes.map((one) => one.attachments?.length ?? 0)).toEqual([0, 1]);
  });
});
