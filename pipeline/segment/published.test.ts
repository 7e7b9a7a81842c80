/**
 * Shapes of published UN letters the segmenter must hold (texts written for this test in the layout of
 * `mutool draw -F txt`: a blank line after the first line of an indented paragraph, wrapped lines ending
 * with a space, form feeds between pages): signatures in blocks opened by the signed mark with the footnote
 * after them, items marked alone on their line, an enclosure inside an annex, a text attached with no
 * heading.
 */
import { describe, expect, it } from 'vitest';
import type { Annex } from '../model/index.ts';
import { segment } from './index.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

const jointLetter = [
  'Letter dated 2 April 2025 from the Permanent Representatives of Iceland and ',
  'Chile to the United Nations addressed to the Secretary-General',
  '',
  'We have the honour to transmit herewith the joint statement of our two ',
  '',
  'Governments on the protection of the oceans, adopted at the meeting of their ',
  'ministers held in Reykjavik, and the programme of the conference that the two ',
  'Governments will host in June (see annex).*',
  '',
  'Our Governments recall the following:',
  '',
  '(a)',
  'The conservation of marine areas beyond national jurisdiction is a shared ',
  '',
  'responsibility of all States, whatever their distance from the high seas and ',
  'whatever the size of their fleets;',
  '',
  '(b)',
  'Science must guide the decisions of the coming conference, and the data that ',
  'the Parties gather must be shared with all of them in time for its sessions.',
  '',
  'We would be grateful if the present letter and its annex could be circulated ',
  '',
  'as a document of the Security Council, as our Governments have asked since the ',
  'opening of the negotiations.',
  '',
  '(Signed) Ólafur Jónsson',
  '',
  'Ambassador',
  '',
  'Permanent Representative of Iceland ',
  '',
  'to the United Nations',
  '',
  '(Signed) Ana María Soto',
  '',
  'Counsellor',
  '',
  'Chargé d’affaires a.i.',
  '',
  '* Circulated in the language of submission only.',
  '',
  '\f',
  'S/2025/999',
  '',
  '25-09999',
  '2/3',
  '',
  'Annex to the letter dated 2 April 2025 from the Permanent ',
  'Representatives of Iceland and Chile to the United Nations addressed to ',
  'the Secretary-General',
  '',
  'Joint statement on the protection of the oceans',
  '',
  'The two Governments welcome the preparations for the conference and the ',
  '',
  'work of the secretariat, which has gathered the views of the coastal States and ',
  'of the organizations that watch over the fisheries of the region (see ',
  'enclosure).',
  '',
  '\f',
  'S/2025/999',
  '',
  '25-09999',
  '3/3',
  '',
  'Enclosure',
  '',
  'Programme of the conference',
  '',
  'The conference will open on 9 June 2025 with a plenary meeting of all ',
  '',
  'delegations, followed by meetings of the working groups on the high seas, on ',
  'the coastal zones and on the financing of the measures that it will adopt.',
  '',
].join('\n');

describe('published letters', () => {
  const result = segment(document(jointLetter), {}, context);

  it('finds every signature block opened by the signed mark, footnote after them or not', () => {
    expect(result.letter.signatures.map((signature) => signature.name)).toEqual(['Ólafur Jónsson', 'Ana María Soto']);
    expect(result.letter.signatures[0]!.roles.join(' ')).toContain('Permanent Representative of Iceland to the United Nations');
    expect(result.footnotes).toEqual([{ id: 'footnote_1', page: 1, mark: '*', text: 'Circulated in the language of submission only.' }]);
  });

  it('joins the first line of an indented paragraph to the rest and reads items marked alone on their line', () => {
    const body = result.letter.body;
    expect(body[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^We have the honour to transmit herewith the joint statement of our two Governments on the protection .* \(see annex\)\.\*$/u) });
    expect(body).toHaveLength(3);
    const list = body.flatMap((block) => (block.type === 'paragraph' ? (block.children ?? []) : [block])).find((block) => block.type === 'list');
    expect(list).toMatchObject({ marker: 'alpha-parenthesis', items: [{ num: 'a', text: expect.stringMatching(/^The conservation .* responsibility of all States, .* fleets;$/u) }, { num: 'b' }] });
  });

  it('nests the enclosure inside the annex that announces it', () => {
    expect(result.annexes).toHaveLength(1);
    const annex = result.annexes[0]!;
    expect(annex.title?.text).toBe('Joint statement on the protection of the oceans');
    expect(annex.attachments).toHaveLength(1);
    const enclosure = annex.attachments![0]! as Annex;
    expect(enclosure).toMatchObject({ id: 'annex_1.enclosure_1', kind: 'enclosure', heading: { text: 'Enclosure' }, title: { text: 'Programme of the conference' } });
    expect(enclosure.body).toHaveLength(1);
  });

  it('keeps a paragraph whole across a page broken between two of its sentences, and under a starred footnote', () => {
    const text = [
      'Letter dated 9 May 2025 from the Secretary-General addressed to the President of the Security Council*',
      '',
      'I have the honour to refer to the report of the Mission that the Council ',
      '',
      'requested in its resolution of last year, and to its findings on the coast.',
      '',
      'The Mission met the parties twice in April and visited the northern ports, ',
      '',
      'where it found the harbours open to trade and the roads to them repaired, ',
      'and it heard the port authorities, who confirmed that the traffic had grown.',
      '',
      '\f',
      'S/2025/997',
      '',
      '25-09997',
      '2/3',
      '',
      'It also met the fishermen of the coast, who asked for the patrols to go on ',
      'along the whole shore and for the Mission to report on them every month, ',
      '',
      '* Circulated in the language of submission only.',
      '',
      '\f',
      'S/2025/997',
      '',
      '25-09997',
      '3/3',
      '',
      'they were heard by the head of the Mission, who promised a report in June.',
      '',
      'Further information is available at the following addresses:',
      '1. https://www.example.org/news/the-mission-visits-the-northern-ports-and-hears-',
      '',
      'the-port-authorities.html',
      '2. https://www.example.org/news/report',
      '3. https://www.example.org/news/fishermen',
      '',
      '(Signed) Ana María Soto',
      '',
    ].join('\n');
    const paragraphs = segment(document(text), {}, context).letter.body.filter((block) => block.type === 'paragraph');
    expect(paragraphs.map((paragraph) => paragraph.text.slice(0, 30))).toEqual([
      'I have the honour to refer to ',
      'The Mission met the parties tw',
      'Further information is availab',
      'https://www.example.org/news/t',
      'https://www.example.org/news/r',
      'https://www.example.org/news/f',
    ]);
    expect(paragraphs[1]!.text).toMatch(/grown\. It also met the fishermen .* every month, they were heard .* June\.$/u);
    expect(paragraphs.slice(3).map((paragraph) => paragraph.num)).toEqual(['1', '2', '3']);
    expect(paragraphs[3]!.text).toBe('https://www.example.org/news/the-mission-visits-the-northern-ports-and-hears-the-port-authorities.html');
  });

  it('reads an annexed summary: title with its meeting days, a second title block, an [Original] line over two lines, numbered headings', () => {
    const text = [
      'Letter dated 9 May 2025 from the Secretary-General addressed to the President of the Security Council',
      '',
      'I have the honour to transmit herewith the summary of the Ministerial (see annex).',
      '',
      '(Signed) Ana María Soto',
      '',
      '\f',
      'S/2025/996',
      '',
      '25-09996',
      '2/2',
      '',
      'Annex',
      '',
      '[Original: Arabic, Chinese, English, French, ',
      '',
      'Russian and Spanish]',
      '',
      'Ministerial Conference on the Oceans 2025',
      'Reykjavik, 13 and 14 May 2025',
      '',
      'Chair’s summary',
      '',
      'The Ministerial Conference on the Oceans was held in Reykjavik on 13 and 14 May ',
      '',
      '2025, and delegations of many States discussed the future of the fisheries, ',
      'the protection of the marine areas beyond national jurisdiction and the ',
      'financing of the measures that the coastal States will adopt in the coming years.',
      '',
      '1.',
      'Science and data for the high seas, the coastal zones and the shared ',
      'fisheries',
      '',
      'Participants called for the data that the Parties gather to be shared with all. ',
      '',
      'They asked the secretariat to report on it every year.',
      '',
      'Participants welcomed the work of the observers on the fishing vessels and ',
      '',
      'asked for more of them on the vessels of every flag, with the training that ',
      'the work requires and the means to report on what they see at sea.',
      '',
    ].join('\n');
    const [annex] = segment(document(text), {}, context).annexes;
    expect(annex).toMatchObject({
      originalLanguages: ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'],
      title: { text: 'Ministerial Conference on the Oceans 2025' },
      place: 'Reykjavik',
      date: '2025-05-13',
      subtitle: { text: 'Chair’s summary' },
    });
    expect(annex!.body[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^The Ministerial Conference .* 2025, and delegations .* coming years\.$/u) });
    expect(annex!.body[1]).toMatchObject({ type: 'section', num: '1', heading: { text: 'Science and data for the high seas, the coastal zones and the shared fisheries' } });
    const paragraphs = annex!.body[1]!.type === 'section' ? annex!.body[1]!.children : [];
    expect(paragraphs.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual([
      'Participants called for the data that the Parties gather to be shared with all. They asked the secretariat to report on it every year.',
      'Participants welcomed the work of the observers on the fishing vessels and asked for more of them on the vessels of every flag, with the training that the work requires and the means to report on what they see at sea.',
    ]);
  });

  it('keeps a heading printed with a space after it apart from the paragraph under it, and a last rank in the block of the last signatory', () => {
    const text = [
      'Letter dated 9 May 2025 from the Chargé d’affaires a.i. of the Permanent Mission of Iceland to the United ',
      'Nations addressed to the Secretary-General',
      '',
      'I have the honour to transmit herewith the report of the Mission on the ports of the ',
      '',
      'northern coast, which the Council requested in its resolution of last year, and its ',
      'findings on the harbours, the roads to them and the trade that goes through them, ',
      'together with the views of the port authorities, of the shipping companies and of ',
      'the fishermen who use the harbours in every season of the year.',
      '',
      'Observations ',
      '',
      'Ensuring that the ports of the northern coast remain open and fully operational ',
      '',
      'is critical in order to prevent further deterioration of the humanitarian situation ',
      'along the whole coast, as the Mission found on each of its visits to the region, ',
      'where the roads are long and the harbours are the only way in for food, fuel and ',
      'medicine in the winter months.',
      '',
      'I should be grateful if you would have the present letter circulated as a document ',
      '',
      'of the Security Council, as my Government has asked since the Mission was set up.',
      '',
      '(Signed) Ólafur Jónsson',
      '',
      'Ambassador',
      '',
      'Deputy Permanent Representative,',
      '',
      'Chargé d’affaires a.i.',
      '',
    ].join('\n');
    const letter = segment(document(text), {}, context).letter;
    expect(letter.body.map((block) => block.type)).toEqual(['paragraph', 'section']);
    expect(letter.body[1]).toMatchObject({ heading: { text: 'Observations' }, children: [{ text: expect.stringMatching(/^Ensuring that .* winter months\.$/u) }, { text: expect.stringMatching(/^I should be grateful/u) }] });
    expect(letter.signatures).toMatchObject([{ name: 'Ólafur Jónsson', honorific: 'Ambassador', roles: ['Deputy Permanent Representative,', 'Chargé d’affaires a.i.'] }]);
  });

  it('keeps items enumerated inside a sentence in it, and a paragraph whole when its first line ends on a broken word', () => {
    const text = [
      'Letter dated 9 May 2025 from the Secretary-General addressed to the President of the Security Council',
      '',
      'Since my previous report, the Mission has continued to pursue the priorities set ',
      '',
      'forth therein, namely: (a) intensifying its monitoring of the ports and of the ceasefire; ',
      '(b) enhancing ',
      'communication ',
      'channels ',
      'between the parties; ',
      '',
      '(c) re-establishing avenues for de-escalation; and (d) supporting the parties in the ',
      'implementation of the Agreement.',
      '',
      'The Council, at its last session, adopted a decision entitled “Ports-',
      '',
      'Coastal Zones Joint Mechanism on the Northern Coast” and asked the Mission to report ',
      'on its work every month, as it has done since the Mechanism was set up, and to give ',
      'the figures of the trade that goes through the harbours of the northern coast.',
      '',
      '(Signed) Ana María Soto',
      '',
    ].join('\n');
    const body = segment(document(text), {}, context).letter.body;
    expect(body.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(body[0]).toMatchObject({ text: expect.stringMatching(/namely: \(a\) intensifying .* \(b\) enhancing communication channels between the parties; \(c\) re-establishing .* Agreement\.$/u) });
    expect(body[1]).toMatchObject({ text: expect.stringMatching(/^The Council, .* “Ports-Coastal Zones Joint Mechanism .* northern coast\.$/u) });
  });

  it('reads a heading of three lines over a numbered paragraph as a section', () => {
    const text = [
      'Letter dated 9 May 2025 from the Secretary-General addressed to the President of the Security Council',
      '',
      '1.',
      'The Council, at its last session, adopted a decision on the ports of the northern coast ',
      '',
      'and asked the Mission to report on its work every month, as it has done since the ',
      'Mechanism was set up, with the figures of the trade that goes through the harbours.',
      '',
      'Activities carried out by the Mission with respect to the decision of the Conference of ',
      'the Parties at its Fourth Special Session related to the protection of the harbours of ',
      'the northern coast',
      '',
      '2.',
      'Pursuant to paragraph 10 of that decision, the Mission set up a team of observers ',
      '',
      'that visits the harbours every week and reports on the trade that goes through them, ',
      'on the state of the roads to them and on the views of the port authorities.',
      '',
      '(Signed) Ana María Soto',
      '',
    ].join('\n');
    const body = segment(document(text), {}, context).letter.body;
    expect(body.map((block) => block.type)).toEqual(['paragraph', 'section']);
    expect(body[1]).toMatchObject({ heading: { text: expect.stringMatching(/^Activities carried out .* northern coast$/u) }, children: [{ num: '2' }] });
  });

  it('reads a text printed after the signatures on a page of its own as an attachment without heading', () => {
    const text = [
      'Letter dated 9 May 2025 from the Secretary-General addressed to the President of the Security Council',
      '',
      'I have the honour to transmit herewith the report of the Mission.',
      '',
      '(Signed) Ana María Soto',
      '',
      '\f',
      'S/2025/998',
      '',
      '25-09998',
      '2/2',
      '',
      'Report of the Mission for the period from 1 January to 30 April 2025',
      '',
      'The Mission continued its patrols along the coast and met the parties twice.',
      '',
    ].join('\n');
    const headless = segment(document(text), {}, context);
    expect(headless.letter.signatures.map((signature) => signature.name)).toEqual(['Ana María Soto']);
    expect(headless.annexes).toHaveLength(1);
    expect(headless.annexes[0]).toMatchObject({ kind: 'attachment', heading: { text: '' }, title: { text: 'Report of the Mission for the period from 1 January to 30 April 2025' } });

    // The same text announced by the letter as its annex, its heading unreadable: the annex, with no heading.
    const announced = segment(document(text.replace('the report of the Mission.', 'the report of the Mission (see annex).')), {}, context);
    expect(announced.annexes).toHaveLength(1);
    expect(announced.annexes[0]).toMatchObject({ heading: { text: '' }, title: { text: 'Report of the Mission for the period from 1 January to 30 April 2025' } });
    expect(announced.annexes[0]!.kind ?? 'annex').toBe('annex');

    // The annex of another text the letter cites announces nothing.
    const cited = segment(document(text.replace('the report of the Mission.', 'the report of the Mission, as paragraph (a) of annex I to resolution 2734 (2024) asks.')), {}, context);
    expect(cited.annexes[0]).toMatchObject({ kind: 'attachment', heading: { text: '' } });
  });
});
