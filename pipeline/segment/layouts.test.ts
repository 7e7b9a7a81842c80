/**
 * Layouts of published letters over the years (texts written for this test, no letter copied): an older
 * layout whose running head prints symbol, language and `Page 2` on three lines and whose job number stands at
 * the foot of the first page, with `/...` and `- 3 -` at page feet; a report numbered as an outline (`1.`,
 * `1.1`); a heading printed with a space after it at the top of a page; a text taken from a web page, one
 * paragraph per line, ending with the page's catalogue record.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Section } from '../model/index.ts';
import { segment } from './index.ts';
import { emitAkn } from '../emit/akn/index.ts';
import { TITLE } from '../../test/helpers/letter-title.ts';
import { textDocument as document, segmentContext as context, paragraphTexts as paragraphs } from '../../test/helpers/segment.ts';


function sections(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' ? [`${block.num ?? ''}|${block.heading?.text ?? ''}`, ...sections(block.children).map((inner) => `  ${inner}`)] : []));
}

describe('an older layout (running head on three lines, job number at the foot of the first page)', () => {
  const text = [
    'UNITED',
    'NATIONS',
    'S',
    'Security Council',
    'Distr.',
    'GENERAL',
    'S/1999/321',
    '12 March 1999',
    'ORIGINAL: ENGLISH',
    '',
    'LETTER DATED 10 MARCH 1999 FROM THE PERMANENT REPRESENTATIVE OF NORWAY TO ',
    'THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL',
    '',
    'I have the honour to inform you that the Government of Norway has decided ',
    'to contribute a further medical unit to the operation that the Council ',
    'authorized last year, and that the unit will leave for the region in April.',
    '',
    'The unit will be placed under the command of the operation as soon as it ',
    'reaches the region, and its members will serve for six months, after which ',
    '',
    '99-07123 (E)    120399',
    '*9907123*',
    '/...',
    '\f',
    'S/1999/321',
    'English',
    'Page 2',
    '',
    'another unit of the same size will replace it for a further six months.',
    '',
    'I should be grateful if you would have the present letter circulated as a ',
    'document of the Security Council.',
    '',
    '(Signed) Hans Olsen',
    'Permanent Representative',
    '',
    '- 2 -',
    '',
  ].join('\n');
  const result = segment(document(text), {}, context);

  it('takes the masthead, the running head, the job number, `/...` and `- 2 -` out of the text and keeps them as page marks', () => {
    expect(result.symbol).toBe('S/1999/321');
    expect(result.pageMarks?.filter((mark) => mark.kind !== 'masthead').map((mark) => `${mark.page} ${mark.kind} ${mark.text}`)).toEqual([
      '1 job-number 99-07123 (E)    120399',
      '1 barcode *9907123*',
      '1 continuation /...',
      '2 symbol S/1999/321',
      '2 language English',
      '2 page-number Page 2',
      '2 page-number - 2 -',
    ]);
    expect(result.header).toBeUndefined();
  });

  it('reads the title in capitals and keeps the paragraph broken by the page whole', () => {
    expect(result.letter.date).toBe('1999-03-10');
    expect(paragraphs(result.letter.body)).toEqual([
      expect.stringMatching(/^I have the honour .* in April\.$/u),
      expect.stringMatching(/^The unit will be placed .* after which another unit of the same size will replace it for a further six months\.$/u),
      expect.stringMatching(/^I should be grateful/u),
    ]);
    expect(result.letter.signatures.map((signature) => signature.name)).toEqual(['Hans Olsen']);
  });
});

describe('a report numbered as an outline', () => {
  const text = [
    ...TITLE,
    'I have the honour to transmit herewith the report of the regional meeting (see annex).',
    '',
    '(Signed) Ana María Soto',
    '',
    '\f',
    'Annex',
    '',
    'Report of the regional meeting on water',
    '',
    '1.',
    'Work of the meeting',
    '',
    '1.1',
    'Opening of the meeting',
    '',
    'The meeting was opened by the chair, who welcomed the delegations of the ',
    '',
    'coastal States and recalled the purpose of the meeting.',
    '',
    '1.2 Adoption of the agenda',
    '',
    'The meeting adopted its agenda without a vote after a short debate on the ',
    '',
    'order of its items.',
    '',
    '1.2.1. The delegations agreed to hear the experts first.',
    '',
    '2.',
    'Conclusions',
    '',
    'The meeting agreed to meet again next year in Santiago, where the host ',
    '',
    'country will present its plan for the basin.',
    '',
    'In 2024, 1.5 million people lacked safe water in the basin, as the experts ',
    '1.5 million more will lack it by 2030 unless the plan is carried out.',
    '',
  ].join('\n');
  const annex = segment(document(text), {}, context).annexes[0]!;

  it('reads `1.1` and `1.2.1.` as numbers and nests each heading under the one whose number it extends', () => {
    expect(sections(annex.body)).toEqual(['1|Work of the meeting', '  1.1|Opening of the meeting', '  1.2|Adoption of the agenda', '2|Conclusions']);
    const adoption = ((annex.body[0] as Section).children[1] as Section).children;
    expect(adoption.map((block) => (block.type === 'paragraph' ? block.num ?? '' : block.type))).toEqual(['', '1.2.1']);
    expect(adoption[1]!.id).toBe('annex_1.section_1.section_2.para_1-2-1');
  });

  it('reads a decimal number in lower-case running text as text, not as a number', () => {
    const conclusions = paragraphs((annex.body[1] as Section).children);
    expect(conclusions).toHaveLength(2);
    expect(conclusions[1]).toMatch(/as the experts 1\.5 million more will lack it/u);
  });
});

describe('a heading printed with a space after it at the top of a page', () => {
  const text = [
    'Letter dated 3 June 2025 from the Secretary-General addressed to the President of the Security Council',
    '',
    'I have the honour to transmit the report of the Mission on its work over the year.',
    '',
    'Monitoring of the ports',
    '',
    'The Mission patrolled the three ports every week and found them open to trade, ',
    '',
    'though the damage done to their quays slowed the unloading of ships.',
    '',
    '\f',
    'S/2025/990',
    '',
    '25-09990',
    '2/2',
    '',
    'Observations ',
    '',
    'The ports must remain open so that food and fuel can reach the population, and ',
    '',
    'the parties must spare them from any further attack.',
    '',
    '(Signed) António Guterres',
    '',
  ].join('\n');

  it('is a heading of its own, not a sentence of the paragraph the page broke after', () => {
    const body = segment(document(text), {}, context).letter.body;
    expect(sections(body)).toEqual(['|Monitoring of the ports', '|Observations']);
  });
});

describe('a letter taken from a web page (a paragraph per line, the catalogue record at the end)', () => {
  const long = 'Upon instructions from my Government, I have the honour to draw your attention to the situation in the region, where the shelling of the last week has forced thousands of families to leave their homes and seek shelter in the neighbouring towns.';
  const text = [
    'Letter dated 5 May 2008 from the Permanent Representative of Chile to the United Nations addressed to the President of the Security Council',
    long,
    'The following meetings have been held since then:',
    '1. The meeting of the regional organization on 2 May 2008.',
    '4. The meeting of the ministers on 4 May 2008.',
    'My Government calls on the Council to meet without delay to consider the situation and to take the measures that it requires, as its mandate under the Charter asks of it.',
    'I should be grateful if you would have this letter circulated as a document of the Security Council.',
    '(Signed): Ambassador Ana María Soto',
    'Permanent Representative',
    '',
    'Document symbol: S/2008/999',
    'Document Type: Letter',
    'Document Sources: Security Council',
    'Publication Date: 05/05/2008',
    '',
    'Go to Top',
  ].join('\n');
  const result = segment(document(text), {}, context);

  it('reads every line as a paragraph of its own, numbered or not', () => {
    const body = paragraphs(result.letter.body);
    expect(body).toHaveLength(6);
    expect(body[4]).toMatch(/^My Government calls on the Council/u);
  });

  it('keeps the catalogue record and the page lines after it as page marks, and the rank before the name apart', () => {
    expect(result.pageMarks?.map((mark) => mark.kind)).toEqual(['record', 'record', 'record', 'record', 'record']);
    expect(result.letter.signatures).toMatchObject([{ name: 'Ana María Soto', honorific: 'Ambassador', roles: ['Permanent Representative'] }]);
  });
});

describe('wrapped lines the extraction kept no space after', () => {
  it('joins a full line ending on `the` or a dash to the text under the blank line, a full heading stays one', () => {
    const text = [
      ...TITLE,
      'I have the honour to inform you of the events of the last month in the region, where ',
      '',
      'the shelling went on for three weeks and the ports were closed to trade for ten days.',
      '',
      'In May, the scouts of the youth organization of the northern province honoured the',
      '',
      'Mission at the memorial near the port, where the fighting had ended four years ago, ',
      'and they laid flowers there with the mayor and the head of the Mission.',
      '',
      'In June, the attack killed at least twelve civilians, among them a brother and sister –',
      '',
      '21-year-old Nikita and 19-year-old Sofia – and injured more than ninety others, ',
      'among them at least six children and a pregnant woman.',
      '',
      'Coordination of the mechanisms of the committee with the parties and its partners',
      '',
      'The Mission continued to pursue all possible opportunities with both parties to ',
      '',
      'hold meetings of the committee, and it met each of them twice in the course of May.',
      '',
      '(Signed) Ana María Soto',
      '',
    ].join('\n');
    const body = segment(document(text), {}, context).letter.body;
    expect(paragraphs(body).map((paragraph) => paragraph.slice(0, 20))).toEqual(['I have the honour to', 'In May, the scouts o', 'In June, the attack ', 'The Mission continue']);
    expect(sections(body)).toEqual(['|Coordination of the mechanisms of the committee with the parties and its partners']);
  });
});

describe('a page of block paragraphs (no indent, no blank line under their first lines)', () => {
  it('keeps a heading printed with a space after it apart from the paragraph it heads', () => {
    const text = [
      ...TITLE,
      'I have the honour to transmit herewith the principles adopted by the regional meeting on ',
      'strategies against terrorism held in Santiago on 12 and 13 May 2025 (see annex).',
      '',
      'I should be grateful if you would have the present letter and its annex circulated as a ',
      'document of the General Assembly.',
      '',
      '(Signed) Ana María Soto',
      '',
      '\f',
      'Annex',
      '',
      'Principles of national strategies against terrorism',
      '',
      'Principle 1: Clarity in defining terrorism ',
      '',
      'Effective strategies to address terrorism must be rooted in well-defined, context-',
      'specific definitions at the national and regional levels, which the law states.',
      '',
      'Principle 2: Whole-of-government approach ',
      '',
      'Member States are encouraged to ensure that national strategies against terrorism are ',
      'integrated and multidisciplinary, engaging every ministry and the local authorities.',
      '',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(sections(annex.body)).toEqual(['|Principle 1: Clarity in defining terrorism', '|Principle 2: Whole-of-government approach']);
    expect(paragraphs(annex.body)).toHaveLength(2);
  });
});

describe('a letter annexed with its complimentary close and an unsigned name', () => {
  it('keeps the close out of the body, dates the annex by a date glued to its year, and signs it by the name', () => {
    const text = [
      ...TITLE,
      'I have the honour to transmit herewith the reply of the High Commissioner (see annex).',
      '',
      '(Signed) Ana María Soto',
      '',
      '\f',
      'Annex',
      '',
      '12 May2025',
      '',
      'I wish to acknowledge receipt of your letter dated 2 May 2025, in which you ask for ',
      '',
      'the data held by my Office on the situation in the region; the data are public: ',
      '',
      'they are given in the reports of the Office, which you will find on its website.',
      '',
      'Please accept, Sir, the assurances of my highest consideration.',
      '',
      'Karin Lindqvist',
      '',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(annex.date).toBe('2025-05-12');
    expect(paragraphs(annex.body)).toEqual([expect.stringMatching(/^I wish to acknowledge .* the data are public: they are given .* website\.$/u)]);
    expect(annex.closing.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['Please accept, Sir, the assurances of my highest consideration.']);
    expect(annex.signatures).toMatchObject([{ name: 'Karin Lindqvist', signed: false }]);
  });
});

describe('short headings and cut lines over the blank lines the extraction sets', () => {
  const text = [
    ...TITLE,
    'I have the honour to inform you that the Council has held many debates on the subject over the ',
    '',
    'years and adopted the following texts: resolution 2000 (2010); resolution 2001 (2011);',
    'S/PRST/2012/1',
    '(3 ',
    'May ',
    '2012); ',
    '',
    'S/PRST/2013/4 (5 June 2013); and S/PRST/2014/6 (7 July 2014).',
    '',
    'Speakers ',
    '',
    'Speakers will be drawn from the United Nations and the African Union.',
    '',
    '(Signed) Ana María Soto',
    '',
  ].join('\n');

  it('keeps a clause cut into words on one paragraph and a one-line paragraph apart from its heading', () => {
    const body = segment(document(text), {}, context).letter.body;
    expect(sections(body)).toEqual(['|Speakers']);
    expect(paragraphs(body)).toEqual([
      expect.stringMatching(/^I have the honour .*2012\); S\/PRST\/2013\/4 .*\(7 July 2014\)\.$/u),
      'Speakers will be drawn from the United Nations and the African Union.',
    ]);
  });
});

describe('the second title block of an annexed text', () => {
  const letter = [
    ...TITLE,
    'I have the honour to transmit herewith the text named in the title of the annex.',
    '',
    '(Signed) Ana María Soto',
    '',
    '\f',
    'Annex to the letter dated 3 June 2025 from the Permanent Representative of Chile to ',
    'the United Nations addressed to the Secretary-General',
    '',
  ];
  /** The annex of the letter above holding `lines`. */
  const annexUnder = (lines: string[]) => segment(document([...letter, ...lines].join('\n')), {}, context).annexes[0]!;

  it('names the text when printed in the block of the title, over numbered paragraphs', () => {
    const annex = annexUnder([
      'Report of the Director of the Office for the Study of Rivers and ',
      'Lakes of the Region ',
      '',
      'Progress in the cleaning of the rivers of the region',
      '',
      '1. The Office reports every month on the work done on the rivers of the region. ',
      '',
      'Progress made by the Government',
      '',
      '2. The Government cleaned three rivers this year and will clean two more next year.',
      '',
    ]);
    expect(annex.title?.text).toBe('Report of the Director of the Office for the Study of Rivers and Lakes of the Region');
    expect(annex.subtitle?.text).toBe('Progress in the cleaning of the rivers of the region');
    expect(sections(annex.body)).toEqual(['|Progress made by the Government']);
  });

  it('ends the title over a block of its own that the extraction printed under a blank line', () => {
    // The title's last line over the blank reads like the first line of an indented paragraph; the two lines under the
    // blank, with no blank between them, are a block of their own.
    const wrapped = annexUnder([
      'Candidature of the Kingdom of Lesotho to the Council on Rivers and ',
      'Lakes, 2026–2030 ',
      '',
      'Voluntary pledges and commitments made in accordance with the statute of ',
      'the Council',
      '',
      '1. The Kingdom has cleaned three rivers in the last ten years and will go on doing so. ',
      '',
    ]);
    expect(wrapped.title?.text).toBe('Candidature of the Kingdom of Lesotho to the Council on Rivers and Lakes, 2026–2030');
    expect(wrapped.subtitle?.text).toBe('Voluntary pledges and commitments made in accordance with the statute of the Council');
    // A title of one line kept with no wrap space, in a text of indented paragraphs.
    const single = annexUnder([
      'Candidature of Lesotho to the Council on Rivers and Lakes, 2026–2030',
      '',
      'Voluntary pledges and commitments made in accordance with the statute of ',
      'the Council',
      '',
      ...['1.', '2.', '3.'].flatMap((number) => [
        number,
        'The Kingdom has cleaned three rivers in the last ten years and will go on ',
        '',
        'doing so with the help of the communities that live on their shores, and it will ',
        'report on that work to the Council every year.',
        '',
      ]),
    ]);
    expect(single.title?.text).toBe('Candidature of Lesotho to the Council on Rivers and Lakes, 2026–2030');
    expect(single.subtitle?.text).toBe('Voluntary pledges and commitments made in accordance with the statute of the Council');
  });

  it('keeps a title whose every wrapped line stands over a blank line whole', () => {
    const annex = annexUnder([
      'DECLARATION OF THE SECOND MEETING OF THE MINISTERS FOR ',
      '',
      'THE RIVERS AND LAKES OF THE REGION ON THE CLEANING OF ',
      '',
      'THEIR SHORES',
      '',
      'The Ministers met in Santiago and agreed on the following steps for the years to come.',
      '',
    ]);
    expect(annex.title?.text).toBe('DECLARATION OF THE SECOND MEETING OF THE MINISTERS FOR THE RIVERS AND LAKES OF THE REGION ON THE CLEANING OF THEIR SHORES');
  });

  it('names the text under a title naming its author, over numbered paragraphs, wherever the extraction ended the title', () => {
    const annex = annexUnder([
      'Report by the Director of the Office for the Study of Rivers and ',
      'Lakes of the Region',
      '',
      'Progress in the cleaning of the rivers of the region',
      '',
      '1.',
      'The Office reports every month on the work done on the rivers of the region. ',
      '',
      'Progress made by the Government',
      '',
      '2.',
      'The Government cleaned three rivers this year and will clean two more next year.',
      '',
    ]);
    expect(annex.subtitle?.text).toBe('Progress in the cleaning of the rivers of the region');
    expect(sections(annex.body)).toEqual(['|Progress made by the Government']);
  });

  it('names the text over a roman section, and takes the place/date line that closes it', () => {
    const annex = annexUnder([
      'Forum on rivers and lakes',
      '',
      'Report of the second Forum on the Rivers and Lakes of the Region',
      'Santiago, 12 and 13 December 2024',
      '',
      'I.',
      'Introduction',
      '',
      '1. The Forum met in Santiago with the support of the Governments of the region. ',
      '',
    ]);
    expect(annex.title?.text).toBe('Forum on rivers and lakes');
    expect(annex.subtitle?.text).toBe('Report of the second Forum on the Rivers and Lakes of the Region');
    expect([annex.place, annex.date]).toEqual(['Santiago', '2024-12-12']);
    expect(sections(annex.body)).toEqual(['I|Introduction']);
  });

  it('heads the first section when it names a part of a text (`Introduction`)', () => {
    const annex = annexUnder([
      'Concept note for the open debate on rivers and lakes, 19 June 2025',
      '',
      'Introduction',
      '',
      'The open debate will look at the rivers and lakes of the region and at what the ',
      '',
      'Council could do to keep them clean for the peoples who live on their shores.',
      '',
      'Format ',
      '',
      'The debate will be chaired by the Minister for Foreign Affairs of Chile, who will ',
      '',
      'open the list of speakers on the morning of the debate.',
      '',
    ]);
    expect(annex.subtitle).toBeUndefined();
    expect(sections(annex.body)).toEqual(['|Introduction', '|Format']);
  });

  it('reads a draft resolution: its title, its subject, the body that acts and each preambular paragraph', () => {
    const annex = annexUnder([
      'Draft resolution',
      '',
      'Observer status for the Agency for the Rivers and Lakes of the Region in the ',
      'General Assembly',
      '',
      'The General Assembly, ',
      '',
      'Recalling its resolution 76/52 of 6 December 2021,',
      '',
      'Wishing to promote cooperation between the United Nations and the Agency for the ',
      'Rivers and Lakes of the Region,',
      '',
      '1. Decides to invite the Agency to participate in the sessions and the work of the ',
      'General Assembly in the capacity of observer;',
      '',
    ]);
    expect(annex.title?.text).toBe('Draft resolution');
    expect(annex.subtitle?.text).toBe('Observer status for the Agency for the Rivers and Lakes of the Region in the General Assembly');
    expect(paragraphs(annex.body).map((paragraph) => paragraph.slice(0, 20))).toEqual(['The General Assembly', 'Recalling its resolu', 'Wishing to promote c', 'Decides to invite th']);
  });
});

describe('items and paragraphs across the blank lines and page breaks of an indented text', () => {
  const text = [
    ...TITLE,
    'I have the honour to refer to the report of the Secretary-General on the situation ',
    '',
    'in the region, which was issued on 2 May 2025 and which the Council will take up at ',
    'its meeting of next week, and in particular to its paragraphs 12 to 15, which give ',
    'an account of the events of the past year that is both incomplete and one-sided, ',
    'since it mentions none of the following attacks on the ports of the country:',
    '',
    '• The attack on the port of the capital on ',
    '',
    '1 April 2024',
    '',
    '• The attack on the northern port of the country on ',
    '',
    '17 September 2024',
    '',
    '\f',
    'S/2025/990',
    '',
    '25-09990',
    '2/2',
    '',
    'The Government of Chile responded to these attacks with measures that ',
    '',
    'were limited to what was needed, in full conformity with international law and in ',
    'the exercise of the right of self-defence under Article 51 of the Charter of the ',
    'United Nations. Not one of them was aimed at civilians. ',
    '',
    'The measures were reported to the Security Council as soon as they were taken, and ',
    '',
    'the Council was kept informed of their results. The Government will go on doing so. ',
    'It is ready to answer any question of the Council on them.',
    '',
    'The Government has kept the Council informed of every measure it took. ',
    '',
    'It will answer any question of the Council on them, and it will do so as soon as ',
    'the question is put to it by the members of the Council.',
    '',
    'I would be grateful if the present letter could be circulated as a document of ',
    '',
    'the Security Council.',
    '',
    '(Signed) Ana María Soto',
    '',
  ].join('\n');

  it('keeps an item’s date in the item, ends the item where an indented paragraph opens the next page, and joins a first line ending on a sentence', () => {
    const body = segment(document(text), {}, context).letter.body;
    const list = body.flatMap((block) => (block.type === 'paragraph' ? block.children ?? [] : [])).find((block) => block.type === 'list');
    expect(list?.type === 'list' ? list.items.map((item) => item.text) : []).toEqual([
      'The attack on the port of the capital on 1 April 2024',
      'The attack on the northern port of the country on 17 September 2024',
    ]);
    expect(paragraphs(body).map((paragraph) => paragraph.slice(0, 24))).toEqual([
      'I have the honour to ref',
      'The Government of Chile ',
      'The measures were report',
      'The Government has kept ',
      'I would be grateful if t',
    ]);
  });
});

describe('headings over headings and over short paragraphs of an indented text', () => {
  const text = [
    ...TITLE,
    'I have the honour to transmit the position of the Group on the selection of the ',
    '',
    'Secretary-General, which it asks the Council to take into account this year, as ',
    'it did in the last selection, when the Council took up most of the proposals of the ',
    'Group and made the process more open to the Member States and to the public.',
    '',
    'Selection of the Secretary-General',
    '',
    'Call for nominations',
    '',
    'The joint letter of the two Presidents opened the process in the last selection and ',
    '',
    'was welcomed by the Member States, who asked that it be sent earlier next time, so ',
    'that the candidates could be nominated in good time and the Member States could ',
    'hear each of them before the Council made its choice.',
    '',
    'Timeline ',
    '',
    'The Group proposes the following timeline for the next selection of candidates: ',
    '',
    '1. October of the year before the appointment: the joint letter of the Presidents.',
    '',
    '2. April of the year of the appointment: the end of the nominations.',
    '',
    'Official nomination of the women candidates ',
    '',
    'Noting that there has never been a Secretary-General who is a woman, the Group ',
    '',
    'asks the Member States to nominate women as candidates for the post, and the ',
    'Presidents to say so in their joint letter, as the General Assembly asked them to ',
    'do in its resolution on the revitalization of its work.',
    '',
    '(Signed) Ana María Soto',
    '',
  ].join('\n');

  it('reads a part’s heading over its first section’s, and headings over a line ending on a colon or over an indented paragraph', () => {
    const body = segment(document(text), {}, context).letter.body;
    expect(sections(body)).toEqual(['|Selection of the Secretary-General', '|Call for nominations', '|Timeline', '|Official nomination of the women candidates']);
  });
});

describe('an annexed agreement signed by two parties side by side', () => {
  it('opens a signature block on each party’s line and keeps the party as the first role', () => {
    const text = [
      ...TITLE,
      'I have the honour to transmit herewith the joint note signed by the Government and the Mission (see annex).',
      '',
      '(Signed) Ana María Soto',
      '',
      '\f',
      'Annex',
      '',
      'Joint note on the transition',
      '',
      'The Government and the Mission will continue their discussions within the joint working group.',
      '',
      'Santiago, 24 March 2025',
      '',
      'For the Government:',
      '',
      '(Signed) Pedro Pablo Rojas',
      'Minister for Foreign Affairs',
      '',
      'For the Mission: ',
      '',
      '(Signed) Karin Lindqvist',
      '',
      'Special Representative of the Secretary-',
      '',
      'General and Head of the Mission',
      '',
    ].join('\n');
    const annex = segment(document(text), {}, context).annexes[0]!;
    expect(annex.signatures.map((signature) => [signature.name, signature.roles[0]])).toEqual([
      ['Pedro Pablo Rojas', 'For the Government'],
      ['Karin Lindqvist', 'For the Mission'],
    ]);
    expect(annex.date).toBe('2025-03-24');
  });
});

describe('a letter of appointment: an opening kept with no wrap space, and names one a line', () => {
  it('joins the opening cut inside its sentence to its paragraph and reads the names as an unmarked list', () => {
    const text = [
      'Letter dated 18 March 2025 from the Secretary-General addressed ',
      'to the President of the Security Council',
      '',
      'I have the honour to refer to Security Council resolution 2769 (2025), adopted ',
      '',
      'on 16 January 2025, by which the Council decided to extend the mandate of the Panel ',
      'of Experts until 15 May 2026.',
      '',
      'Accordingly, I wish to inform you that, after consulting with the Security',
      '',
      'Council Committee established pursuant to resolution 1970 (2011), I have ',
      'appointed the following experts:',
      '',
      'Ms. Ana Soto, regional/transport (Chile) ',
      'Mr. Pedro Rojas, arms/maritime (Peru)',
      'Mr. Karl Lind, armed groups (Sweden)',
      '',
      'I have designated Ms. Soto to serve as Coordinator of the Panel of Experts. Two ',
      '',
      'additional experts will be appointed as soon as possible.',
      '',
      'I should be grateful if you would bring this matter to the attention of the ',
      '',
      'members of the Security Council.',
      '',
      '(Signed) António Guterres',
      '',
    ].join('\n');
    const body = segment(document(text), {}, context).letter.body;
    expect(sections(body)).toEqual([]);
    expect(paragraphs(body).map((paragraph) => paragraph.slice(0, 24))).toEqual(['I have the honour to ref', 'Accordingly, I wish to i', 'I have designated Ms. So', 'I should be grateful if ']);
    const list = body[1]?.type === 'paragraph' ? body[1].children?.[0] : undefined;
    expect(list).toMatchObject({ type: 'list', marker: '', items: [{ text: 'Ms. Ana Soto, regional/transport (Chile)' }, { text: 'Mr. Pedro Rojas, arms/maritime (Peru)' }, { text: 'Mr. Karl Lind, armed groups (Sweden)' }] });
  });
});

describe('annexed notes: a file number over the text and a salutation under its date', () => {
  it('keeps the file number as the reference and the salutation apart from the body, in the model and in Akoma Ntoso', () => {
    const text = [
      ...TITLE,
      'I have the honour to transmit herewith the note of the Office and the letter of the High Commissioner.',
      '',
      '(Signed) Ana María Soto',
      '',
      '\f',
      'Annex I',
      '',
      '2022-OLC-000126',
      '',
      'The Office of Legal Affairs presents its compliments to the Permanent Mission of Chile and has the honour to refer to its note.',
      '',
      '\f',
      'Annex II',
      '',
      '25 July 2023',
      '',
      'Sir,',
      '',
      'I wish to acknowledge receipt of your letter dated 18 May 2023.',
      '',
      'Please accept, Sir, the assurances of my highest consideration.',
      '',
      'Karin Lindqvist',
      '',
    ].join('\n');
    const document_ = segment(document(text), {}, context);
    const [note, letter] = document_.annexes;
    expect(note).toMatchObject({ reference: { text: '2022-OLC-000126' } });
    expect(note!.title).toBeUndefined();
    expect(letter).toMatchObject({ date: '2023-07-25', salutation: { text: 'Sir,' } });
    expect(paragraphs(letter!.body)).toEqual(['I wish to acknowledge receipt of your letter dated 18 May 2023.']);
    const xml = emitAkn(document_);
    expect(xml).toMatch(/<p [^>]*class="reference"[^>]*>2022-OLC-000126<\/p>/u);
    expect(xml).toMatch(/<p [^>]*class="salutation"[^>]*>Sir,<\/p>/u);
  });
});
