/**
 * Letters of other years as web pages and the Official Records reproduce them (texts written for this test, no
 * letter copied): the page's links, title and record around the letter, a title with no word for `addressed`, the
 * `[Original: …]` line under the title, and signatures printed with no signed mark.
 */
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { TITLE } from '../../test/helpers/letter-title.ts';
import { textDocument as document, segmentContext as context, paragraphTexts as paragraphs } from '../../test/helpers/segment.ts';

const read = (lines: string[]) => segment(document(lines.join('\n')), {}, context);

const BODY = [
  'I have the honour to inform you that the observers of the regional mission will end their work on 30 June, as the parties agreed.',
  '',
  'I should be grateful if you would bring the present letter to the attention of the members of the Security Council.',
  '',
];

describe('the lines of the web page around a letter', () => {
  it('takes the page’s links out of the text wherever they stand: a bar of links, `Go to Top`', () => {
    const result = read([
      'Home | About the mission | Documents | Search',
      '',
      'Letter dated 3 May 1996 from the President of the Security Council addressed to the Secretary-General',
      '',
      ...BODY,
      '(Signed) Ana María SOTO',
      'President of the Security Council',
      '',
      '-----',
      'Go to Top',
      'Return to the Documents of the Mission',
    ]);
    expect(result.pageMarks?.map((mark) => mark.text)).toEqual(['Home | About the mission | Documents | Search', '-----', 'Go to Top', 'Return to the Documents of the Mission']);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María SOTO', roles: ['President of the Security Council'] }]);
    expect(paragraphs(result.letter.body)).toHaveLength(2);
  });

  it('takes the page’s title naming the document by its symbol, and the posting lines under it, as the page’s', () => {
    const result = read([
      'Chile: Letter from Chile to the UN Secretary-General (S/2002/123)',
      '',
      'Source',
      'Govt. Chile',
      'Posted',
      '5 Feb 2002',
      '',
      'Letter dated 4 February 2002 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General',
      '',
      ...BODY,
      '(Signed) Ana María Soto',
    ]);
    expect(result.pageMarks?.map((mark) => mark.text)).toEqual(['Chile: Letter from Chile to the UN Secretary-General (S/2002/123)', 'Source', 'Govt. Chile', 'Posted', '5 Feb 2002']);
    expect(result.letter.senders).toEqual(['the Permanent Representative of Chile to the United Nations']);
    expect(result.header).toBeUndefined();
  });

  it('takes the letter’s title printed once more as the page’s, and a record cut short after two fields', () => {
    const title = 'Letter dated 10 May 2007 from the Secretary-General addressed to the President of the Security Council';
    const result = read([`${title} (S/2007/999) – Documents of the Council`, '', title, '', ...BODY, '(Signed) Ana María Soto', '', 'Document symbol: S/2007/999', 'Document Type: Let']);
    expect(result.pageMarks?.map((mark) => mark.text)).toEqual([`${title} (S/2007/999) – Documents of the Council`, 'Document symbol: S/2007/999', 'Document Type: Let']);
    expect(result.letter.title.text).toBe(title);
    expect(paragraphs(result.letter.body)).toHaveLength(2);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María Soto', roles: [] }]);
  });

  it('takes a page title naming the letter by its sender, and a record cut inside its second label', () => {
    const result = read([
      'Chile: Letter from Chile to the President of the Security Council',
      '',
      'Letter dated 4 February 2002 from the Permanent Representative of Chile to the United Nations addressed to the President of the Security Council',
      '',
      ...BODY,
      '(Signed) Ana María Soto',
      '',
      'Document symbol: S/2002/123',
      'Document Ty',
    ]);
    expect(result.pageMarks?.map((mark) => mark.text)).toEqual(['Chile: Letter from Chile to the President of the Security Council', 'Document symbol: S/2002/123', 'Document Ty']);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María Soto', roles: [] }]);
  });

  it('keeps agenda titles over the letter’s title when nothing shows a web page', () => {
    const result = read(['The situation in the region of the lakes', '', 'Letter dated 3 May 1996 from the President of the Security Council addressed to the Secretary-General', '', ...BODY, '(Signed) Ana María Soto', '', '* * *']);
    // The rule closing the text is no part of the letter, but shows no web page.
    expect(result.pageMarks?.map((mark) => mark.text)).toEqual(['* * *']);
    expect(result.header?.agendaTitles.map((title) => title.text)).toEqual(['The situation in the region of the lakes']);
  });
});

describe('a letter as the Official Records print it', () => {
  const result = read([
    'Letter dated 12 March 1989 from the representative of Chile to the United Nations to the Secretary-General',
    '',
    '[Original: Spanish]',
    '',
    ...BODY,
    '(Signed) Ana María SOTO',
  ]);

  it('reads the addressee after `to the` where the title leaves out `addressed`', () => {
    expect(result.letter.senders).toEqual(['the representative of Chile to the United Nations']);
    expect(result.letter.addressees).toEqual(['Secretary-General']);
  });

  it('keeps the `[Original: …]` line under the title out of the body, as the masthead’s', () => {
    expect(paragraphs(result.letter.body)).toHaveLength(2);
    expect(result.letter.body.every((block) => block.type === 'paragraph')).toBe(true);
    expect(result.pageMarks).toEqual([{ page: 1, kind: 'masthead', text: '[Original: Spanish]' }]);
  });
});

describe('the job number of an office away from New York', () => {
  it('is a page mark, prefixed as Geneva prints it', () => {
    const result = read([...TITLE, ...BODY, '(Signed) Ana María Soto', '', 'GE.06-12345 (E) 040706']);
    expect(result.pageMarks).toEqual([{ page: 1, kind: 'job-number', text: 'GE.06-12345 (E) 040706' }]);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María Soto', roles: [] }]);
  });
});

describe('signatures printed with no signed mark', () => {
  it('reads a name alone under the letter’s complimentary close, and a rank under a name as its honorific', () => {
    const alone = read([...TITLE, ...BODY, 'Yours sincerely,', '', 'ANA MARÍA SOTO']);
    expect(alone.letter.signatures).toMatchObject([{ name: 'ANA MARÍA SOTO', roles: [], signed: false }]);
    expect(alone.letter.closing?.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['Yours sincerely,']);
    const ranked = read([...TITLE, ...BODY, 'Please accept, Sir, the assurances of my highest consideration.', '', 'Ana María Soto', 'Ambassador', 'Permanent Representative']);
    expect(ranked.letter.signatures).toMatchObject([{ name: 'Ana María Soto', honorific: 'Ambassador', roles: ['Permanent Representative'], signed: false }]);
    expect(paragraphs(ranked.letter.body)).toHaveLength(2);
  });

  it('reads a name and the functions under it that end an annexed text, the body of a function on its own line', () => {
    const result = read([
      ...TITLE,
      'I have the honour to transmit herewith the appeal of the union of the fishermen of the coast (see annex).',
      '',
      '(Signed) Pedro Soto',
      '',
      '\f',
      'Annex to the letter dated 3 June 2025 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General',
      '',
      'We call on the United Nations to protect the fishing grounds of the coast for the generations to come.',
      '',
      'Marta Rojas Vial',
      '',
      'President',
      '',
      'Union of the Fishermen of the Coast',
    ]);
    const annex = result.annexes[0]!;
    expect(annex.signatures).toMatchObject([{ name: 'Marta Rojas Vial', roles: ['President', 'Union of the Fishermen of the Coast'], signed: false }]);
    expect(paragraphs(annex.body)).toEqual(['We call on the United Nations to protect the fishing grounds of the coast for the generations to come.']);
  });
});
