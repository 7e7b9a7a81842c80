/**
 * The frame of annexes (texts written for this test, no letter copied): an annex heading that ends on the letter's
 * last addressee even when the extraction kept no break under it; a declaration closed by `Done at <place> on
 * <date>` and signed for two ministries with no names; an annex circulated in another script, from which no title
 * is taken.
 */
import { describe, expect, it } from 'vitest';
import { defaultLanguages } from '../lang/index.ts';
import { segment } from './index.ts';
import { parsePlaceDate } from './place-date.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

const LETTER = [
  'Letter dated 6 May 2025 from the representatives of Chile and Peru to the United Nations addressed to the ',
  'Secretary-General',
  '',
  'We have the honour to transmit herewith the joint declaration of our two States (see annex).',
  '',
  '(Signed) Ana Lima',
  'Permanent Representative of Chile',
  '',
  '(Signed) Pedro Soto',
  'Permanent Representative of Peru',
  '',
  '',
];

describe('the frame of an annexed declaration', () => {
  // Every line of the heading and of the title ends with the space of a wrap, as the extraction prints them.
  const text = [
    ...LETTER,
    'Annex to the letter dated 6 May 2025 from the representatives of ',
    'Chile and Peru to the United Nations addressed to the Secretary-General ',
    '',
    'Joint declaration of Chile and Peru on the protection of ',
    'the Pacific Ocean',
    '',
    'Chile and Peru,',
    '',
    'Recalling their common responsibility for the ocean they share,',
    '',
    'have adopted the following declaration:',
    '',
    '1. The two States will protect the fisheries of the Pacific Ocean.',
    '',
    'Done at Lima on 22 November 2024.',
    '',
    'For the Ministry of Foreign Affairs of ',
    'the Republic of Chile',
    '',
    'For the Ministry of Foreign Affairs of ',
    'the Republic of Peru',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('ends the annex heading on the letter’s last addressee, so that the declaration keeps its title', () => {
    expect(annex.heading.text).toBe('Annex to the letter dated 6 May 2025 from the representatives of Chile and Peru to the United Nations addressed to the Secretary-General');
    expect(annex.title?.text).toBe('Joint declaration of Chile and Peru on the protection of the Pacific Ocean');
  });

  it('reads place and date from `Done at <place> on <date>` and the ministries signed for as two blocks', () => {
    expect(annex).toMatchObject({ place: 'Lima', date: '2024-11-22' });
    expect(annex.signatures.map((signature) => ({ roles: signature.roles, name: signature.name }))).toEqual([
      { roles: ['For the Ministry of Foreign Affairs of the Republic of Chile'], name: undefined },
      { roles: ['For the Ministry of Foreign Affairs of the Republic of Peru'], name: undefined },
    ]);
  });
});

describe('place and date lines led by the words of a closing', () => {
  it('reads `Done at`, `Fait à` and `Hecho en` lines and still wants a comma without them', () => {
    expect(parsePlaceDate('Done at Brest on 22 November 2024.', defaultLanguages.get('en'))).toMatchObject({ place: 'Brest', date: '2024-11-22' });
    expect(parsePlaceDate('Fait à Genève le 3 mai 2025', defaultLanguages.get('fr'))).toMatchObject({ place: 'Genève', date: '2025-05-03' });
    expect(parsePlaceDate('Hecho en Lima el 3 de mayo de 2025', defaultLanguages.get('es'))).toMatchObject({ place: 'Lima', date: '2025-05-03' });
    expect(parsePlaceDate('The meeting on 22 November 2024', defaultLanguages.get('en'))).toBeUndefined();
  });
});

describe('an annex in another script than the letter’s', () => {
  it('takes no title from text it cannot read with the letter’s cues', () => {
    const text = [
      ...LETTER.slice(0, 4),
      'I should be grateful if the present letter and its annex could be circulated as a document of the General Assembly.',
      '',
      '(Signed) Ana Lima',
      'Permanent Representative of Chile',
      '\f',
      'تقرير اللجنة الوطنية عن الحلقة الدراسية',
      '',
      'عقدت اللجنة الوطنية حلقة دراسية في سانتياغو وناقشت فيها حماية المحيط.',
    ].join('\n');
    const { annexes } = segment(document(text), {}, context);
    expect(annexes).toHaveLength(1);
    expect(annexes[0]!.title).toBeUndefined();
  });
});

describe('a letter taken from a web page', () => {
  const record = [
    '',
    'Document symbol: S/2008/999',
    'Document Type: Letter',
    'Document Sources: Security Council',
    'Publication Date: 03/12/2008',
    '',
    'Go to Top',
  ];
  const letter = [
    'Letter dated 2 December 2008 from the Permanent Representative of Chile to the United Nations addressed to the President of the Security Council',
    '',
    'I have the honour to request an urgent meeting of the Council.',
    '',
    '(Signed) Ana Lima',
    'Permanent Representative',
  ];

  it('keeps the page’s own title above the letter’s as page furniture, with the catalogue record', () => {
    const result = segment(document(['Request for a meeting of the Council – Letter from Chile', '', ...letter, ...record].join('\n')), {}, context);
    expect(result.header).toBeUndefined();
    expect(result.pageMarks?.map((mark) => mark.text)).toEqual(['Request for a meeting of the Council – Letter from Chile', 'Document symbol: S/2008/999', 'Document Type: Letter', 'Document Sources: Security Council', 'Publication Date: 03/12/2008', 'Go to Top']);
    expect(result.letter.title.text).toMatch(/^Letter dated 2 December 2008/u);
  });

  it('still reads a distribution header printed above the letter’s title', () => {
    const result = segment(document(['Security Council', 'Sixty-third year', '', ...letter, ...record].join('\n')), {}, context);
    expect(result.header?.organs).toEqual(['Security Council']);
  });
});

describe('an annexed appeal signed with no signed mark', () => {
  it('reads the name and the function under `Sincerely,` as its signature, and keeps the note under it out of the body', () => {
    const text = [
      ...LETTER,
      'Annex to the letter dated 6 May 2025 from the representatives of Chile and Peru to the United Nations addressed to the Secretary-General',
      '',
      'Appeal from the Mayor of Valparaíso to the Secretary-General',
      '',
      'Mr. Secretary-General,',
      '',
      'I appeal to you to defend the right of our city to elect its own council.',
      '',
      'The city has waited for an answer for three years.',
      '',
      'Sincerely,',
      '',
      'Marta Rojas Vial',
      'Mayor of Valparaíso',
      '',
      '(From the city hall of Valparaíso, closed by order of the Government)',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(annex.signatures.map((signature) => ({ name: signature.name, roles: signature.roles, signed: signature.signed }))).toEqual([
      { name: 'Marta Rojas Vial', roles: ['Mayor of Valparaíso'], signed: false },
    ]);
    expect(annex.body.map((block) => (block.type === 'paragraph' ? block.text : block.type))).toEqual([
      'I appeal to you to defend the right of our city to elect its own council.',
      'The city has waited for an answer for three years.',
    ]);
    expect(annex.closing.map((block) => (block.type === 'paragraph' ? block.text : block.type))).toEqual([
      'Sincerely,',
      '(From the city hall of Valparaíso, closed by order of the Government)',
    ]);
  });
});

describe('a title that ends on the days of the meeting it reports on', () => {
  const annexOf = (title: string[]) => segment(document([
    ...LETTER,
    'Annex to the letter dated 6 May 2025 from the representatives of Chile and Peru to the United Nations addressed to the Secretary-General',
    '',
    ...title,
    '',
    'The Council met under the presidency of Chile and heard twelve speakers.',
  ].join('\n')), {}, context).annexes[0]!;

  it('keeps a date printed after a comma in the title, and gives the text no date', () => {
    const annex = annexOf(['Chair’s summary of the open debate of the Security Council on the theme “Water and peace”,', '24 and 25 March 2025']);
    expect(annex.title?.text).toBe('Chair’s summary of the open debate of the Security Council on the theme “Water and peace”, 24 and 25 March 2025');
    expect(annex.date).toBeUndefined();
  });

  it('still reads a place and date line under a title as the text’s', () => {
    const annex = annexOf(['Joint statement of Chile and Peru', 'Lima, 25 March 2025']);
    expect(annex.title?.text).toBe('Joint statement of Chile and Peru');
    expect(annex).toMatchObject({ place: 'Lima', date: '2025-03-25' });
  });
});

describe('a heading over an annexed text’s title, in an extraction that sets a blank line under first lines', () => {
  it('keeps `Draft resolution` apart from the title under it', () => {
    // First lines of indented paragraphs end with the space of their wrap and have a blank line under them; one
    // paragraph opens on a short line.
    const text = [
      ...LETTER.slice(0, 3),
      'We have the honour to transmit herewith a draft resolution on the observer status of ',
      '',
      'the Andean Water Fund in the General Assembly (see annex), which the Governments of ',
      'Chile and Peru have agreed upon after consultations held in Lima and in Santiago over ',
      'the past two years with the other States of the Andes and with the Fund itself.',
      '',
      'We request ',
      '',
      'that the draft resolution be considered by the General Assembly under the item of its ',
      'agenda on the observer status of organizations, and that the present letter and its ',
      'annex be circulated as a document of the General Assembly under that item.',
      '',
      'The Fund was set up in 1990 by the States of the Andes to finance the works that ',
      '',
      'bring water to their cities and to protect the glaciers that feed their rivers, and it ',
      'has since financed more than two hundred works in the five States that are its members ',
      'and in the regions of the neighbouring States that share their rivers and glaciers.',
      '',
      '(Signed) Ana Lima',
      'Permanent Representative of Chile',
      '',
      '',
      'Annex',
      '',
      'Draft resolution',
      '',
      'Observer status for the Andean Water Fund in the ',
      'General Assembly',
      '',
      'The General Assembly,',
      '',
      'Wishing to promote cooperation between the United Nations and the Andean Water ',
      '',
      'Fund, which finances the works that bring water to the cities of the Andes and protects ',
      'the glaciers that feed their rivers,',
      '',
      '1. Decides to invite the Andean Water Fund to participate in the sessions and the work ',
      '',
      'of the General Assembly in the capacity of observer, and requests the Secretary-General ',
      'to take the action necessary to implement the present resolution.',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(annex.title?.text).toBe('Draft resolution');
    expect(annex.subtitle?.text).toBe('Observer status for the Andean Water Fund in the General Assembly');
  });
});

describe('a second title block over a series of headings alike', () => {
  it('names the text: it is the subtitle, and the headings open the sections', () => {
    const text = [
      ...LETTER,
      'Annex to the letter dated 6 May 2025 from the representatives of Chile and Peru to the United Nations addressed to the Secretary-General',
      '',
      'Candidature of Chile to the Human Rights Council, 2026–2028',
      '',
      'Voluntary pledges and commitments pursuant to General Assembly resolution 60/251',
      '',
      'Chile pledges to defend civic space',
      '',
      '1. We will support civil society organizations and human rights defenders.',
      '',
      '2. We will promote freedom of expression and protect journalists.',
      '',
      'Chile pledges to uphold the rule of law',
      '',
      '3. We will support a strong and independent judiciary.',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(annex.title?.text).toBe('Candidature of Chile to the Human Rights Council, 2026–2028');
    expect(annex.subtitle?.text).toBe('Voluntary pledges and commitments pursuant to General Assembly resolution 60/251');
    expect(annex.body.map((block) => (block.type === 'section' ? block.heading?.text : block.type))).toEqual(['Chile pledges to defend civic space', 'Chile pledges to uphold the rule of law']);
  });
});

describe('an annexed letter under the annex heading', () => {
  it('ends the heading on the last addressee even when the annexed letter’s title names its sender further on', () => {
    const text = [
      ...LETTER,
      'Annex to the letter dated 6 May 2025 from the representatives of Chile and Peru to the ',
      'United Nations addressed to the Secretary-General ',
      '',
      'Letter dated 5 May 2025 from the Minister for Foreign Affairs of Chile addressed to the ',
      'Secretary-General',
      '',
      'I write to you about the protection of the Pacific Ocean.',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(annex.heading.text).toBe('Annex to the letter dated 6 May 2025 from the representatives of Chile and Peru to the United Nations addressed to the Secretary-General');
    expect(annex.title?.text).toBe('Letter dated 5 May 2025 from the Minister for Foreign Affairs of Chile addressed to the Secretary-General');
  });
});

describe('a signatory’s name and function printed on the signed mark’s line', () => {
  const letter = (signature: string[]) =>
    segment(document([...LETTER.slice(0, 5), ...signature].join('\n')), {}, context).letter.signatures;

  it('takes the role after the comma out of the name, and a rank as the honorific', () => {
    expect(letter(['(Signed) Ana Lima, Permanent Representative of Chile'])).toMatchObject([{ name: 'Ana Lima', roles: ['Permanent Representative of Chile'] }]);
    expect(letter(['(Signed) Ana Lima, Ambassador', 'Permanent Representative of Chile'])).toMatchObject([{ name: 'Ana Lima', honorific: 'Ambassador', roles: ['Permanent Representative of Chile'] }]);
  });

  it('keeps a name written surname first whole', () => {
    expect(letter(['(Signed) LIMA, Ana', 'Permanent Representative of Chile'])).toMatchObject([{ name: 'LIMA, Ana', roles: ['Permanent Representative of Chile'] }]);
  });
});
