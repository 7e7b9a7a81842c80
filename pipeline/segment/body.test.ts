/**
 * Rules inside a body, each on a short text written for the test (no letter copied): what hangs from a numbered
 * paragraph, where a paragraph goes on or ends.
 */
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';
import { TITLE } from '../../test/helpers/letter-title.ts';
import { textDocument as document, segmentContext as context, outline } from '../../test/helpers/segment.ts';



describe('a paragraph quoting operative text after a colon', () => {
  const text = [
    ...TITLE,
    '1. ',
    'In its decision of last year, the Council decided:',
    '',
    'to request, in line with the rules of the Convention, that the State Party take ',
    'the following steps within 90 days: ',
    '',
    '(a)',
    'declare all the sites concerned; ',
    '',
    '(b)',
    'resolve the issues still open. ',
    '',
    '2. ',
    'The State Party has not yet taken these steps. ',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('hangs the lower-case paragraph from the numbered paragraph, and the lettered items with it', () => {
    expect(outline(body)).toEqual([
      'P 1 In its decision of last year, the Council decided:',
      '  P  to request, in line with the rules of the Convention, that the State Party take the following steps within 90 days:',
      '    L a declare all the sites concerned;',
      '    L b resolve the issues still open.',
      'P 2 The State Party has not yet taken these steps.',
    ]);
  });
});

describe('a line raised by a footnote call', () => {
  const text = [
    ...TITLE,
    'The Group has long held that the open hearings of candidates are an essential part ',
    'of the process, as the revitalization resolutions of the General Assembly state.2',
    '',
    'They remain the main forum between candidates and the members of the Assembly, ',
    '',
    '__________________',
    '',
    '2 See the resolutions on the revitalization of the work of the General Assembly.',
    '\f',
    'and the Group asks that they be held in every future process. ',
    '',
    'Background',
    '',
    'The Group first wrote on the subject many years ago and has written on it since. ',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('keeps the paragraph whole across the blank line the raised line leaves under it', () => {
    expect(outline(body)).toEqual([
      'P  The Group has long held that the open hearings of candidates are an essential part of the process, as the revitalization resolutions of the General Assembly state.2 They remain the main forum between candidates and the members of the Assembly, and the Group asks that they be held in every future process.',
      'S |Background',
      '  P  The Group first wrote on the subject many years ago and has written on it since.',
    ]);
  });
});

describe('a numbered paragraph opening with a run-in heading that fills its line', () => {
  const text = [
    ...TITLE,
    '10.',
    'Core task. The operation continued to carry out its core task across the country and ',
    'in the capital.',
    '',
    '11.',
    'Support of and cooperation with the national authorities of the country concerned.',
    '',
    'The operation continued to engage with and support the authorities in all areas of ',
    'its mandate, where progress remained limited.',
    '',
    '12.',
    'Its training programme went on as planned throughout the year in every region.',
    '',
    'Outlook for the coming year',
    '',
    '13.',
    'The operation will continue to adapt to the situation. ',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('keeps the text under the heading line in the numbered paragraph, and a heading under a one-line paragraph apart', () => {
    expect(outline(body)).toEqual([
      'P 10 Core task. The operation continued to carry out its core task across the country and in the capital.',
      'P 11 Support of and cooperation with the national authorities of the country concerned. The operation continued to engage with and support the authorities in all areas of its mandate, where progress remained limited.',
      'P 12 Its training programme went on as planned throughout the year in every region.',
      'S |Outlook for the coming year',
      '  P 13 The operation will continue to adapt to the situation.',
    ]);
  });
});

describe('a table with a wide row label and a starred note under it', () => {
  const text = [
    ...TITLE,
    'The facilities under safeguards in the two countries are the following, by type and by country, at the end of ',
    'the year. ',
    '',
    'Type of facility',
    'North',
    'South',
    'Total',
    '',
    'Conversion and fuel manufacture',
    '9*',
    '2',
    '11',
    '',
    'Power reactors',
    '5*',
    '3',
    '8',
    '',
    'Others (research and development facilities, deposits, and so on)',
    '29',
    '10*',
    '39',
    '',
    'Total',
    '43',
    '15',
    '58',
    '',
    '* One under construction',
    '',
    'The inspectors of the Agency carry out more than one hundred inspections every year in the two countries. ',
    '',
  ].join('\n');
  const result = segment(document(text), {}, context);

  it('keeps the wide row in the table and takes the note out as a footnote', () => {
    expect(outline(result.letter.body)).toEqual([
      'P  The facilities under safeguards in the two countries are the following, by type and by country, at the end of the year.',
      'T',
      'P  The inspectors of the Agency carry out more than one hundred inspections every year in the two countries.',
    ]);
    const table = result.letter.body[1]!;
    expect(table.type === 'table' && table.rows.map((row) => row.cells.map((cell) => cell.text).join('|'))).toEqual([
      'Type of facility|North|South|Total',
      'Conversion and fuel manufacture|9*|2|11',
      'Power reactors|5*|3|8',
      'Others (research and development facilities, deposits, and so on)|29|10*|39',
      'Total|43|15|58',
    ]);
    expect(result.footnotes?.map((note) => `${note.mark} ${note.text}`)).toEqual(['* One under construction']);
  });
});

describe('a table of recommendations whose header row is printed again on the next page', () => {
  const text = [
    ...TITLE,
    '1.',
    'The report of the team was submitted to the Committee at the end of last year, and a table of its ',
    '',
    'recommendations was circulated to the members of the Committee in the spring of this year. ',
    '',
    'Position of the Committee on the recommendations contained in the report of ',
    'the team that supports the Committee in its work on the sanctions ',
    'Monitoring Team',
    '',
    'Recommendation',
    'Paragraph',
    'Position of the Committee',
    '',
    'Travel of the listed individuals',
    '',
    '1.',
    'Given the growing concern that the listed ',
    'individuals might travel on legal documents, ',
    'the team recommends that the Committee write to ',
    'Member States on the matter of such travel.',
    '',
    '130',
    'The Committee agreed to write to Member ',
    'States on the travel of listed individuals.',
    '',
    'Prevention of the online radicalization of the young by the groups on the list',
    '',
    '2.',
    'Given the rising risk of radicalization online, ',
    'the team recommends that the Committee write ',
    'to Member States about prevention.',
    '',
    '131',
    'The Committee agreed to write to Member ',
    'States on prevention.',
    '\f',
    'Recommendation',
    'Paragraph',
    'Position of the Committee',
    '',
    'Financing',
    '',
    '3.',
    'Given the risk of the evasion of the sanctions, ',
    'the team recommends that the Committee write ',
    'to Member States on the forms for listing.',
    '',
    '132',
    'The Committee agreed to write to Member ',
    'States on the forms for listing.',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('reads one table under the heading over it, its numbered cells and spanning rows kept in it', () => {
    expect(outline(body)).toEqual([
      'P 1 The report of the team was submitted to the Committee at the end of last year, and a table of its recommendations was circulated to the members of the Committee in the spring of this year.',
      'S |Position of the Committee on the recommendations contained in the report of the team that supports the Committee in its work on the sanctions Monitoring Team',
      '  T',
    ]);
  });
});

describe('headings and what looks like one', () => {
  const text = [
    ...TITLE,
    'The debate was opened by the President of the Council, who recalled the purpose of the meeting and the ',
    'questions put to the speakers.',
    '',
    '“For many, the blue flag is a symbol of hope” 2',
    '',
    'Briefings',
    '',
    'The Secretary-General stressed the role of the operations in keeping the peace and security of the world. ',
    '',
    'Recommendations1',
    '',
    'The Council should extend the mandate of the Office and ask for a report within a year. ',
    '',
    '__________________',
    '',
    '1 Prepared by the secretariat of the group of experts.',
    '2 See the record of the meeting.',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('reads a quotation standing alone as a paragraph, and a heading without the call of its footnote', () => {
    expect(outline(body)).toEqual([
      'P  The debate was opened by the President of the Council, who recalled the purpose of the meeting and the questions put to the speakers.',
      'P  “For many, the blue flag is a symbol of hope” 2',
      'S |Briefings',
      '  P  The Secretary-General stressed the role of the operations in keeping the peace and security of the world.',
      'S |Recommendations',
      '  P  The Council should extend the mandate of the Office and ask for a report within a year.',
    ]);
  });
});

describe('a preambular paragraph whose first line lost its wrap space', () => {
  const text = [
    ...TITLE,
    'The General Assembly,',
    '',
    'Wishing to promote the close cooperation between the United Nations and the International',
    '',
    'Organization for the Study of Rivers,',
    '',
    '1.',
    'Decides to invite the Organization to take part in the work of the Assembly as an observer;',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('keeps the clause under the blank line in its paragraph', () => {
    expect(outline(body)).toEqual([
      'P  The General Assembly,',
      'P  Wishing to promote the close cooperation between the United Nations and the International Organization for the Study of Rivers,',
      'P 1 Decides to invite the Organization to take part in the work of the Assembly as an observer;',
    ]);
  });
});

describe('a quoted title cut by a blank line', () => {
  const text = [
    ...TITLE,
    '1. ',
    'The Office reports on the rivers of the region every month. ',
    '',
    '2. ',
    'Last month the Office issued a note on “Estimated Costs of the Cleaning',
    '',
    'Works Planned on the Rivers of the Region” (R/12/2025), which the Council will ',
    'discuss at its next session. ',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('keeps the numbered paragraph whole: an open quotation goes on after the blank line', () => {
    expect(outline(body)).toEqual([
      'P 1 The Office reports on the rivers of the region every month.',
      'P 2 Last month the Office issued a note on “Estimated Costs of the Cleaning Works Planned on the Rivers of the Region” (R/12/2025), which the Council will discuss at its next session.',
    ]);
  });
});

describe('a list of names under a paragraph ending with a colon', () => {
  const body = (lines: string[]) => segment(document([...TITLE, 'I have appointed the following experts to the panel that the Council set up last year:', '', ...lines, '', 'I should be grateful if you would bring this matter to the attention of the Council.', ''].join('\n')), {}, context).letter.body;
  const expected = [
    'P  I have appointed the following experts to the panel that the Council set up last year:',
    '  L  Ms. Ana Soto, water resources (Chile)',
    '  L  Mr. Pablo Ruiz, international humanitarian law and the protection of civilians (Peru)',
    'P  I should be grateful if you would bring this matter to the attention of the Council.',
  ];

  it('reads names set apart by blank lines as one list, not as headings', () => {
    expect(outline(body(['Ms. Ana Soto, water resources (Chile)', '', 'Mr. Pablo Ruiz, international humanitarian law and the protection of civilians (Peru)']))).toEqual(expected);
  });

  it('reads names one a line as one list, a name that wraps included', () => {
    expect(outline(body(['Ms. Ana Soto, water resources (Chile)', 'Mr. Pablo Ruiz, international humanitarian law and the protection of civilians ', '(Peru)']))).toEqual(expected);
  });
});

describe('a numbered paragraph going on over a page break between two of its sentences', () => {
  const body = (top: string[]) => segment(document([
    ...TITLE,
    '1.',
    'The State has taken part in the work of the Council since it was set up and has ',
    '',
    'served on it twice, each time with a full programme of work on the rights of the child. ',
    '',
    '2.',
    'The State will keep its pledges to the Council and report on them every second ',
    '',
    'year, in the forms the Council set for the reports of its members and observers. ',
    '',
    '\f',
    ...top,
    '',
    '3.',
    'The State pledges to support the special procedures of the Council in all their work. ',
    '',
  ].join('\n')), {}, context).letter.body;

  it('keeps the sentence at the top of the page in the numbered paragraph', () => {
    expect(outline(body(['It chaired the working group on the rights of the child for the whole of ', 'its last term.']))).toEqual([
      'P 1 The State has taken part in the work of the Council since it was set up and has served on it twice, each time with a full programme of work on the rights of the child.',
      'P 2 The State will keep its pledges to the Council and report on them every second year, in the forms the Council set for the reports of its members and observers. It chaired the working group on the rights of the child for the whole of its last term.',
      'P 3 The State pledges to support the special procedures of the Council in all their work.',
    ]);
  });

  it('leaves a heading of two lines at the top of the page a heading', () => {
    expect(outline(body(['Pledges of the State on the special procedures and the mechanisms of the ', 'Council']))[2]).toBe('S |Pledges of the State on the special procedures and the mechanisms of the Council');
  });
});

describe('parts labelled in words (`Article I`, `Section 2.`)', () => {
  const body = (lines: string[]) => segment(document([...TITLE, ...lines].join('\n')), {}, context).letter.body;

  it('reads a label over its heading, or before it on the line, as a section numbered with its label', () => {
    const outlined = outline(body([
      'Article I',
      'The State pledges to support the rights of the child ',
      '',
      '• The State will report every year on the rights of the child. ',
      '',
      'Section 2. Guidelines on the protection of rivers and lakes in times of drought and ',
      'of flood',
      '',
      'The State will keep its rivers clean and report on them to the Council every year. ',
      '',
    ]));
    expect(outlined.filter((line) => line.startsWith('S'))).toEqual([
      'S Article I|The State pledges to support the rights of the child',
      'S Section 2|Guidelines on the protection of rivers and lakes in times of drought and of flood',
    ]);
  });

  it('leaves an article whose text follows its label on the line a paragraph', () => {
    expect(outline(body(['Article 5. The Parties shall settle their disputes by peaceful means. ', '']))).toEqual([
      'P  Article 5. The Parties shall settle their disputes by peaceful means.',
    ]);
  });
});

describe('a chronology of dated entries', () => {
  const body = segment(document([
    ...TITLE,
    'The attacks on the villages of the valley went on throughout the month. ',
    '',
    '3 May: 4 houses destroyed in the village of the upper valley.',
    '',
    '4 May: 2 schools damaged in shelling of the lower valley, where the families ',
    'had returned the week before.',
    '',
    'I should be grateful if you would have the present letter circulated as a document of the Council. ',
    '',
  ].join('\n')), {}, context).letter.body;

  it('reads entries opened by a day and a colon as one list', () => {
    expect(outline(body)).toEqual([
      'P  The attacks on the villages of the valley went on throughout the month.',
      'L  3 May: 4 houses destroyed in the village of the upper valley.',
      'L  4 May: 2 schools damaged in shelling of the lower valley, where the families had returned the week before.',
      'P  I should be grateful if you would have the present letter circulated as a document of the Council.',
    ]);
  });
});

describe('where the extraction leaves a blank line inside an item or after a starred call', () => {
  it('keeps the lower-case text under a lettered mark alone on its line in its item, however short its first line', () => {
    const body = segment(document([
      ...TITLE,
      'The Office asked the authorities of the country to report to it on the following matters: ',
      '',
      '(a)',
      'the safety of the sites where the stocks were kept; and',
      '',
      '(b)',
      'the measures taken to ensure compliance with the ',
      '',
      'Convention under the present conditions.',
      '',
      'The authorities acknowledged the request on the same day and have not answered it since then. ',
      '',
    ].join('\n')), {}, context).letter.body;
    expect(outline(body)).toEqual([
      'P  The Office asked the authorities of the country to report to it on the following matters:',
      '  L a the safety of the sites where the stocks were kept; and',
      '  L b the measures taken to ensure compliance with the Convention under the present conditions.',
      'P  The authorities acknowledged the request on the same day and have not answered it since then.',
    ]);
  });

  it('ends a paragraph on a full stop followed by the star of a footnote call', () => {
    const body = segment(document([
      ...TITLE,
      'The Permanent Mission has the honour to transmit the act by which the country withdraws from ',
      '',
      'the convention, done at the capital last year. The reasons are set out in the act (see annex).* ',
      '',
      'The act is being communicated at the same time to the depositary and to the other ',
      '',
      'States parties to the convention. ',
      '',
    ].join('\n')), {}, context).letter.body;
    expect(outline(body)).toEqual([
      'P  The Permanent Mission has the honour to transmit the act by which the country withdraws from the convention, done at the capital last year. The reasons are set out in the act (see annex).*',
      'P  The act is being communicated at the same time to the depositary and to the other States parties to the convention.',
    ]);
  });

  it('keeps in a numbered paragraph the text under a first line that is a whole sentence filling the line', () => {
    const body = segment(document([
      ...TITLE,
      '20.',
      'The first visit of the team to the country took place in the summer, and its outcome is ',
      '',
      'set out in the report of the Director, which was issued at the end of the month. ',
      '',
      '21.',
      'A further visit of the team to the country had been scheduled for 20 to 28 July 2025.',
      '',
      'As a result of the strikes on the capital in the days before, near the hotel where the ',
      'team stays during its visits, the visit has been postponed until further notice.',
      '',
      '22.',
      'The Office remains committed to its mandate in the country. ',
      '',
    ].join('\n')), {}, context).letter.body;
    expect(outline(body)).toEqual([
      'P 20 The first visit of the team to the country took place in the summer, and its outcome is set out in the report of the Director, which was issued at the end of the month.',
      'P 21 A further visit of the team to the country had been scheduled for 20 to 28 July 2025. As a result of the strikes on the capital in the days before, near the hotel where the team stays during its visits, the visit has been postponed until further notice.',
      'P 22 The Office remains committed to its mandate in the country.',
    ]);
  });
});

describe('what ends a body and what stands between its parts', () => {
  it('takes the date at the foot of a note with no complimentary close for its closing, not a paragraph', () => {
    const letter = segment(document([
      'Note verbale dated 18 August 2025 from the Permanent Mission of Chile to the United Nations addressed to ',
      'the Secretary-General',
      '',
      'The Permanent Mission of Chile kindly requests that the present note be circulated as a document of the ',
      '',
      'General Assembly. ',
      '',
      '18 August 2025',
      '',
    ].join('\n')), {}, context).letter;
    expect(outline(letter.body)).toEqual(['P  The Permanent Mission of Chile kindly requests that the present note be circulated as a document of the General Assembly.']);
    expect(letter.closing?.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['18 August 2025']);
  });

  it('reads a line of stars between two parts as neither heading nor paragraph', () => {
    const body = segment(document([
      ...TITLE,
      'The organization will go on working with all its partners on the questions of the environment. ',
      '',
      '*****',
      '',
      'Summing up the experience of the past years, the members look to the future with confidence. ',
      '',
    ].join('\n')), {}, context).letter.body;
    expect(outline(body)).toEqual([
      'P  The organization will go on working with all its partners on the questions of the environment.',
      'P  Summing up the experience of the past years, the members look to the future with confidence.',
    ]);
  });
});

describe('a blank line under a sentence that kept its wrap space', () => {
  it('keeps in its paragraph the lines under the blank when they open no indented paragraph of their own', () => {
    const body = segment(document([
      ...TITLE,
      'Much work remains to be done to secure these gains and to extend security across ',
      '',
      'the country, in view of the deeply rooted violence and of the other factors that weigh ',
      'on it, among them the fragile state of the population and the open questions of its ',
      'past. ',
      '',
      'These issues cannot be settled in a short time by a small mission that is short of ',
      'means. The people of the country need more support from the international community ',
      'for a lasting peace.',
      '',
      'It is in the light of the foregoing that the Government welcomed the guidance of the ',
      '',
      'Council on the assessment of the mission and of the ways to strengthen it. ',
      '',
    ].join('\n')), {}, context).letter.body;
    expect(outline(body).map((line) => line.slice(0, 40))).toEqual([
      'P  Much work remains to be done to secur',
      'P  It is in the light of the foregoing t',
    ]);
    expect(outline(body)[0]).toContain('past. These issues cannot be settled');
  });
});

describe('preambular paragraphs whose last line fills the width', () => {
  it('ends a paragraph on its comma when the line under the blank opens an indented paragraph of its own', () => {
    const body = segment(document([
      ...TITLE,
      'The two Governments,',
      '',
      'Stressing the paramount importance of the purposes and principles of the Charter for ',
      '',
      'the maintenance of international peace and security and for the friendly relations,',
      '',
      'Recalling the resolution adopted on the principles of international law concerning ',
      '',
      'friendly relations and cooperation among the States of the world in accordance with ',
      'the Charter of the United Nations,',
      '',
    ].join('\n')), {}, context).letter.body;
    expect(outline(body).map((line) => line.slice(0, 20))).toEqual(['P  The two Governmen', 'P  Stressing the par', 'P  Recalling the res']);
  });
});
