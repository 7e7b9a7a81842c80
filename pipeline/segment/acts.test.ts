/**
 * An instrument annexed to a letter (texts written for this test, no letter copied): the signed marks other
 * administrations print (`/-/`, `[signed]`), a formal dating (`Done at …, on the 5th day of May 2025`), and a text
 * printed after the annex's signatures on a page of its own, which goes inside the annex; the body that adopted a text
 * signing it; a table's first cell under an annexed text's title.
 */
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { TITLE } from '../../test/helpers/letter-title.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

const LETTER = [
  ...TITLE,
  'I have the honour to transmit herewith the act by which Chile withdraws from the Convention on the Rivers (see annex).',
  '',
  '(Signed) Ana María Soto',
  '',
  '\f',
  'Annex to the letter dated 3 June 2025 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General',
  '',
  'Act of withdrawal',
  '',
  'The Republic of Chile withdraws from the Convention on the Rivers, done at Lima on the 2nd day of March 1990.',
  '',
];

describe('an act annexed to a letter', () => {
  it('reads `/-/` before a name as the signed mark, and the formal dating as the act’s place and date', () => {
    const annex = segment(document([
      ...LETTER,
      'Done at Santiago, on the 5th day of May 2025.',
      '',
      'PRESIDENT OF THE REPUBLIC',
      '/-/ Pedro Soto',
      '',
      'MINISTER FOR FOREIGN AFFAIRS',
      '/-/ Marta Rojas',
    ].join('\n')), {}, context).annexes[0]!;
    expect(annex.signatures).toMatchObject([
      { name: 'Pedro Soto', roles: ['PRESIDENT OF THE REPUBLIC'], signed: true },
      { name: 'Marta Rojas', roles: ['MINISTER FOR FOREIGN AFFAIRS'], signed: true },
    ]);
    expect([annex.place, annex.date]).toEqual(['Santiago', '2025-05-05']);
  });

  it('reads `[signed]` over the name as the signed mark', () => {
    const annex = segment(document([...LETTER, 'Director General', '[signed]', 'P.S. Soto'].join('\n')), {}, context).annexes[0]!;
    expect(annex.signatures).toMatchObject([{ name: 'P.S. Soto', roles: ['Director General'], signed: true }]);
  });

  it('nests the text printed after the annex’s signatures on a page of its own inside the annex', () => {
    const result = segment(document([
      ...LETTER,
      'Done at Santiago, on the 5th day of May 2025.',
      '',
      '/-/ Pedro Soto',
      '',
      '\f',
      '1.',
      'The rivers of the region have been cleaned, and the Convention has done its work.',
      '',
      '2.',
      'Chile will go on keeping its rivers clean.',
    ].join('\n')), {}, context);
    expect(result.annexes).toHaveLength(1);
    expect(result.annexes[0]!.signatures).toMatchObject([{ name: 'Pedro Soto' }]);
    expect(result.annexes[0]!.attachments?.map((attachment) => [attachment.kind, attachment.body.length])).toEqual([['attachment', 2]]);
  });

  it('reads the name of the body that adopted the text, alone under its last sentence, as a signature with no name', () => {
    const annex = segment(document([...LETTER, 'The Parties will meet again next year.', '', 'Organization of the Rivers of the South'].join('\n')), {}, context).annexes[0]!;
    expect(annex.signatures).toMatchObject([{ roles: ['Organization of the Rivers of the South'], signed: false }]);
    expect(annex.signatures[0]!.name).toBeUndefined();
  });
});

describe('a table right under an annexed text’s title', () => {
  it('leaves the table’s first cell, alone under the title’s block, out of the title', () => {
    const annex = segment(document([
      ...LETTER.slice(0, LETTER.indexOf('Act of withdrawal')),
      'Losses of the observer missions of the region of the lakes caused by the armed ',
      'groups of the coast and by the national forces of the region of the ',
      'lakes (MORL) ',
      '',
      'Year',
      '',
      'Mission of Observers of the Region of the Lakes',
      '',
      'National forces of the region',
      '',
      '2024',
      'Two observers were wounded near the lake.',
    ].join('\n')), {}, context).annexes[0]!;
    expect(annex.title?.text).toBe('Losses of the observer missions of the region of the lakes caused by the armed groups of the coast and by the national forces of the region of the lakes (MORL)');
  });
});
