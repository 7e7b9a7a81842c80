/**
 * A letter saved from a word processor with its line breaks lost (text written for this test, no letter copied):
 * masthead, title, body, valediction, signature and page foot on one line, Word field switches left in.
 */
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { textDocument as document, segmentContext as context, paragraphTexts as paragraphs } from '../../test/helpers/segment.ts';

const MASTHEAD = 'UNITED NATIONS E Word.Picture.8 Economic and Social Council Distr. GENERAL Symbol \\* MERGEFORMAT E/2004/77 Date \\* MERGEFORMAT 2 March 2004 Original: ENGLISH';
const TITLE = 'Letter dated 1 March 2004 from the Permanent Representative of Chile to the United Nations addressed to the President of the Economic and Social Council';
const BODY = 'Upon instructions from my Government, I request that the present letter be circulated as a document of the Council under its agenda item on regional cooperation.';
const FOOT = 'E/2004/77 page \\* MERGEFORMAT 2 04-12345 (E) 030304';

describe('a letter run together on one line', () => {
  it('finds its title, senders, addressees, body, signatory, roles and page foot', () => {
    const text = `${MASTHEAD} ${TITLE} ${BODY} Yours faithfully, (Signed) Ana María Soto Ambassador Permanent Representative of Chile to the United Nations Chair of the Regional Group ${FOOT}`;
    const result = segment(document(text), {}, context);
    expect(result.letter.title.text).toBe(TITLE);
    expect(result.letter.date).toBe('2004-03-01');
    expect(result.letter.senders).toEqual(['the Permanent Representative of Chile to the United Nations']);
    expect(result.letter.addressees).toEqual(['President of the Economic and Social Council']);
    expect(paragraphs(result.letter.body)).toEqual([BODY]);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María Soto', roles: ['Permanent Representative of Chile to the United Nations', 'Chair of the Regional Group'] }]);
    expect(result.pageMarks?.filter((mark) => mark.kind !== 'masthead').map((mark) => mark.text)).toEqual(['E/2004/77 page \\* MERGEFORMAT 2', '04-12345 (E) 030304']);
  });

  it('leaves a text with its title on a line of its own as it is', () => {
    const text = [TITLE, '', `${BODY} ${'It goes on at length over one long line of a web page. '.repeat(6)}`, '', '(Signed) Ana María Soto'].join('\n');
    const result = segment(document(text), {}, context);
    expect(paragraphs(result.letter.body)).toHaveLength(1);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María Soto' }]);
  });
});
