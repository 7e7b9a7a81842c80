/**
 * UN English letter forms beyond the three English fixtures, each in a short made-up letter: who sends and
 * who receives, lettered sub-items `(a)`, several annexes, closing lines, and the English order of a
 * signature block (the signed mark first, then the rank and the function under it).
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph, Signature, UnDocument } from '../../pipeline/model/index.ts';
import { processSource } from '../../pipeline/runner/index.ts';

function read(text: string): Promise<UnDocument> {
  return processSource({ name: 'snippet.txt', bytes: new TextEncoder().encode(text) });
}

const BODY = [
  ' I have the honour to inform you that the meeting of experts will be held in Lima on ',
  '5 May 2020. ',
  '',
  ' I should be grateful if you would have the present letter circulated as a document ',
  'of the General Assembly. ',
  ' ',
  '',
].join('\n');

function letter(title: string, signature: string): string {
  return `  ${title} \n \n\n${BODY}${signature}\n`;
}

const TITLE = 'Letter dated 2 March 2020 from the Permanent Representative of Peru to the \nUnited Nations addressed to the Secretary-General';

function blocks(signatures: readonly Signature[]) {
  return signatures.map((signature) => ({ honorific: signature.honorific, roles: signature.roles, name: signature.name }));
}

describe('English letter titles', () => {
  it('reads a chargé d’affaires as the sender, and the President of the Security Council as the addressee', async () => {
    const document = await read(
      letter('Letter dated 2 March 2020 from the Chargé d’affaires a.i. of the Permanent \nMission of Peru to the United Nations addressed to the President of the \nSecurity Council', '(Signed) Rosa Quispe Mamani'),
    );
    expect(document.letter.senders).toEqual(['the Chargé d’affaires a.i. of the Permanent Mission of Peru to the United Nations']);
    expect(document.letter.addressees).toEqual(['President of the Security Council']);
    expect(document.letter.date).toBe('2020-03-02');
  });

  it('reads identical letters to two presidents', async () => {
    const document = await read(
      letter(
        'Identical letters dated 9 October 2020 from the Permanent Representative of \nPeru to the United Nations addressed to the President of the General Assembly \nand the President of the Security Council',
        '(Signed) Rosa Quispe Mamani',
      ),
    );
    expect(document.letter.kind).toBe('identical');
    expect(document.letter.addressees).toEqual(['President of the General Assembly', 'President of the Security Council']);
  });
});

describe('English annex structure', () => {
  const text = [
    letter(TITLE, '(Signed) Rosa Quispe Mamani'),
    '   Annex I to the letter dated 2 March 2020 from the Permanent Representative ',
    'of Peru to the United Nations addressed to the Secretary-General ',
    ' ',
    '',
    '[Original: Spanish] ',
    ' ',
    '',
    '  Conclusions of the meeting of experts on water security ',
    ' ',
    '',
    '  Lima, 21 February 2020 ',
    ' ',
    '',
    ' 1. The experts agreed on the following priorities: ',
    '',
    ' (a) Protecting the headwaters of the main river basins; ',
    '',
    ' (b) Sharing hydrological data among neighbouring countries; ',
    '',
    ' (c) Training local water committees. ',
    '',
    ' 2. The experts will meet again in 2021. ',
    '',
    'Done at Lima on 21 February 2020. ',
    '   Annex II to the letter dated 2 March 2020 from the Permanent Representative ',
    'of Peru to the United Nations addressed to the Secretary-General ',
    ' ',
    '',
    '  List of participants ',
    ' ',
    '',
    ' • Ministry of Foreign Affairs ',
    '',
    ' • Ministry of the Environment ',
    '',
  ].join('\n');

  it('finds both annexes, the original language, the place and date', async () => {
    const document = await read(text);
    expect(document.annexes.map((annex) => annex.heading.text.split(' to ')[0])).toEqual(['Annex I', 'Annex II']);
    expect(document.annexes[0]!.originalLanguages).toEqual(['Spanish']);
    expect([document.annexes[0]!.place, document.annexes[0]!.date]).toEqual(['Lima', '2020-02-21']);
  });

  it('reads `(a)` sub-items under a numbered paragraph, and the `Done at` closing', async () => {
    const annex = (await read(text)).annexes[0]!;
    const first = annex.body[0] as Paragraph;
    expect([first.num, first.numbering]).toEqual(['1', 'decimal']);
    const list = first.children?.[0];
    expect(list?.type === 'list' ? list.items.map((item) => item.num) : undefined).toEqual(['a', 'b', 'c']);
    expect(annex.closing.map((block) => (block as Paragraph).text)).toEqual(['Done at Lima on 21 February 2020.']);
  });

  it('reads the bullet list of the second annex', async () => {
    const annex = (await read(text)).annexes[1]!;
    expect(annex.body.map((block) => (block.type === 'list' ? [block.marker, block.items.length] : block.type))).toEqual([['•', 2]]);
  });
});

describe('English signature blocks', () => {
  it('reads roles under the signed mark as one block', async () => {
    const document = await read(letter(TITLE, '(Signed) Rosa Quispe Mamani \nPermanent Representative of Peru to the United Nations'));
    expect(blocks(document.letter.signatures)).toEqual([{ honorific: undefined, roles: ['Permanent Representative of Peru to the United Nations'], name: 'Rosa Quispe Mamani' }]);
  });

  it('reads a rank and roles before the signed mark as one block', async () => {
    const document = await read(letter(TITLE, 'Ambassador \nPermanent Representative of Peru to the United Nations \n(Signed) Rosa Quispe Mamani'));
    expect(blocks(document.letter.signatures)).toEqual([{ honorific: 'Ambassador', roles: ['Permanent Representative of Peru to the United Nations'], name: 'Rosa Quispe Mamani' }]);
  });

  it('reads the UN English order — signed mark, then rank, then function — as one block', async () => {
    const document = await read(letter(TITLE, '(Signed) Rosa Quispe Mamani \nAmbassador \nPermanent Representative of Peru \nto the United Nations'));
    expect(blocks(document.letter.signatures)).toEqual([{ honorific: 'Ambassador', roles: ['Permanent Representative of Peru to the United Nations'], name: 'Rosa Quispe Mamani' }]);
  });

  it('reads `Chargé d’affaires a.i.` under the signed mark as the signatory’s, not as a second block', async () => {
    const document = await read(letter(TITLE, '(Signed) Rosa Quispe Mamani \nChargé d’affaires a.i.'));
    expect(document.letter.signatures).toHaveLength(1);
    expect(document.letter.signatures[0]!.name).toBe('Rosa Quispe Mamani');
  });
});
