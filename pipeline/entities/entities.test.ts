import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import type { UnDocument } from '../model/index.ts';
import { entityOf, mentionTargets, mentionsIn, testLetter } from '../../test/helpers/entities.ts';
import { findMentions, tagEntities } from './index.ts';
import { personId } from './person-id.ts';

const french = languageResources('fr');

describe('states', () => {
  it('finds short and formal names, without the article or elision before them', () => {
    expect(mentionsIn('le soutien de l’Ouzbékistan, du Kazakhstan et de la Turquie', 'state', 'fr')).toEqual([
      ['Ouzbékistan', 'state:UZB'],
      ['Kazakhstan', 'state:KAZ'],
      ['Turquie', 'state:TUR'],
    ]);
    expect(mentionsIn('la République kirghize, la Fédération de Russie et la République islamique d’Afghanistan', 'state', 'fr')).toEqual([
      ['République kirghize', 'state:KGZ'],
      ['Fédération de Russie', 'state:RUS'],
      ['République islamique d’Afghanistan', 'state:AFG'],
    ]);
  });

  it('reads a formal head before any short name, and typewriter apostrophes', () => {
    expect(mentionsIn("la République de l'Inde et le Royaume d’Arabie saoudite", 'state', 'fr')).toEqual([
      ["République de l'Inde", 'state:IND'],
      ['Royaume d’Arabie saoudite', 'state:SAU'],
    ]);
  });

  it('gives the entity its names in the six UN languages', () => {
    const document = tagEntities(testLetter({ lang: 'fr', paragraphs: ['La Norvège appuie la proposition.'] }));
    expect(entityOf(document, 'state:NOR')?.names).toMatchObject({ fr: 'Norvège', en: 'Norway', ru: expect.any(String), ar: expect.any(String), zh: expect.any(String), es: expect.any(String) });
  });
});

describe('organizations', () => {
  it('gives names and acronyms the same id', () => {
    expect(mentionsIn('l’Organisation du Traité de l’Atlantique Nord (OTAN), l’Union européenne et l’ONU', 'organization', 'fr')).toEqual([
      ['Organisation du Traité de l’Atlantique Nord', 'org:nato'],
      ['OTAN', 'org:nato'],
      ['Union européenne', 'org:eu'],
      ['ONU', 'org:un'],
    ]);
  });

  it('keeps one entity per organization with its anaphor, and its acronyms in several languages', () => {
    const document = tagEntities(
      testLetter({ lang: 'fr', paragraphs: ['L’Organisation de Shanghai pour la coopération (OSC) se réunira.', 'L’Organisation examinera le rapport de l’OSC.'] }),
    );
    const sco = entityOf(document, 'org:sco')!;
    expect(sco.mentions.map((mention) => mention.text)).toEqual(['Organisation de Shanghai pour la coopération', 'OSC', 'Organisation', 'OSC']);
    expect(sco.acronyms).toEqual(expect.arrayContaining(['OSC', 'SCO']));
    expect(document.entities.filter((candidate) => candidate.type === 'organization')).toHaveLength(1);
  });

  it('leaves an anaphor without antecedent untagged', () => {
    const document = tagEntities(testLetter({ lang: 'fr', paragraphs: ['L’Organisation se réunira en mars.'] }));
    expect(document.entities.filter((candidate) => candidate.type === 'organization')).toEqual([]);
  });

  it('tags an organ up to the organization it belongs to', () => {
    expect(mentionsIn('le Comité des experts juridiques de l’OTAN se réunira', 'organization', 'fr')).toEqual([
      ['Comité des experts juridiques', 'org:comite-des-experts-juridiques'],
      ['OTAN', 'org:nato'],
    ]);
  });

  it('gives an organ outside the tables the same concept-key id in French and in English', () => {
    // Invented bodies: every content word is in the institutional vocabulary of entities.json.
    expect(mentionsIn('le Conseil consultatif des experts régionaux se réunira', 'organization', 'fr')).toEqual([
      ['Conseil consultatif des experts régionaux', 'org:council-consultative-expert-regional'],
    ]);
    expect(mentionsIn('the Regional Experts Advisory Council will meet', 'organization')).toEqual([
      ['Regional Experts Advisory Council', 'org:council-consultative-expert-regional'],
    ]);
    // The known organization the organ belongs to, after it or before it, is the first key.
    expect(mentionsIn('le Comité des ministres de l’énergie de l’OTAN', 'organization', 'fr')).toEqual([
      ['Comité des ministres de l’énergie', 'org:nato-committee-energy-minister'],
      ['OTAN', 'org:nato'],
    ]);
    expect(mentionsIn('the NATO Committee of Energy Ministers', 'organization')).toEqual([
      ['NATO', 'org:nato'],
      ['Committee of Energy Ministers', 'org:nato-committee-energy-minister'],
    ]);
    // `pays membres` and `member States` are one concept, whichever side of the parent they stand.
    expect(mentionsIn('le Conseil des chefs de gouvernement des pays membres de l’OTAN', 'organization', 'fr')[0]).toEqual([
      'Conseil des chefs de gouvernement des pays membres',
      'org:nato-council-head-of-government-member-state',
    ]);
    expect(mentionsIn('the Council of Heads of Government of the NATO member States', 'organization')[0]).toEqual([
      'Council of Heads of Government',
      'org:nato-council-head-of-government-member-state',
    ]);
  });

  it('keeps the slug id of an organ with a word the vocabulary does not know', () => {
    expect(mentionsIn('the Committee on Fisheries met', 'organization')).toEqual([['Committee on Fisheries', 'org:committee-on-fisheries']]);
    expect(mentionsIn('le Conseil des sages de la Structure', 'organization', 'fr')).toEqual([['Conseil des sages de la Structure', 'org:conseil-des-sages-de-la-structure']]);
  });

  it('reads the head of an English name before its complement when resolving an anaphor', () => {
    const document = tagEntities(
      testLetter({ lang: 'en', paragraphs: ['The Regional Anti-Terrorist Structure reports to the Council of the Structure.', 'The Structure will meet in May.'] }),
    );
    expect(entityOf(document, 'org:sco-rats')?.mentions.map((mention) => mention.text)).toEqual(['Regional Anti-Terrorist Structure', 'Structure']);
  });
});

describe('dates', () => {
  it('normalizes days, ranges, months and years to ISO 8601', () => {
    expect(mentionsIn('le 1er janvier 2018, les 26 et 27 mars 2012, en juin 2012, d’ici à 2014', 'date', 'fr')).toEqual([
      ['1er janvier 2018', 'date:2018-01-01'],
      ['26 et 27 mars 2012', 'date:2012-03-26/2012-03-27'],
      ['juin 2012', 'date:2012-06'],
      ['2014', 'date:2014'],
    ]);
  });

  it('reads English ranges across months and years, lists of days, ordinals and numeric dates as one mention each', () => {
    const text =
      'The mandate ran from 3 November 2019 to 14 May 2021, the talks from 9 April to 2 May 2022, the season 1 October 2020–31 March 2021; meetings were held on 5, 6, and 12 June 2018 and on 3 and 9 July 2018, a review between February and April 2023, the survey in 2011–2012; the charter was signed on the 2nd of May 2016, a report came on 03.04.2019 and another on 9 May2020.';
    expect(mentionsIn(text, 'date')).toEqual([
      ['3 November 2019 to 14 May 2021', 'date:2019-11-03/2021-05-14'],
      ['9 April to 2 May 2022', 'date:2022-04-09/2022-05-02'],
      ['1 October 2020–31 March 2021', 'date:2020-10-01/2021-03-31'],
      ['5, 6, and 12 June 2018', 'date:2018-06-05/2018-06-12'],
      ['3 and 9 July 2018', 'date:2018-07-03/2018-07-09'],
      ['February and April 2023', 'date:2023-02/2023-04'],
      ['2011–2012', 'date:2011/2012'],
      ['2nd of May 2016', 'date:2016-05-02'],
      ['03.04.2019', 'date:2019-04-03'],
      ['9 May2020', 'date:2020-05-09'],
    ]);
  });

  it('reads ranges of years with a range word or after `between`, and fiscal years with the second year short', () => {
    const text = 'the island was divided from 1963 to 1974; cases rose between 2016 and 2021; costs in 2019/20 and 2024/25, but not in 2019/21, S/2019/20 or ECOSOC resolution 2019/20';
    expect(mentionsIn(text, 'date')).toEqual([
      ['1963 to 1974', 'date:1963/1974'],
      ['2016 and 2021', 'date:2016/2021'],
      ['2019/20', 'date:2019/2020'],
      ['2024/25', 'date:2024/2025'],
    ]);
  });

  it('reads two days of different months sharing their year as one span, and a treaty’s `day of` formula', () => {
    expect(mentionsIn('our letters dated 3 May and 21 June 2024, and the Pact done on the 9th day of November 2011', 'date')).toEqual([
      ['3 May and 21 June 2024', 'date:2024-05-03/2024-06-21'],
      ['9th day of November 2011', 'date:2011-11-09'],
    ]);
  });

  it('reads a range of years opened by `Between` at the start of a sentence', () => {
    expect(mentionsIn('Between 2011 and 2016, the camps grew.', 'date')).toEqual([['2011 and 2016', 'date:2011/2016']]);
  });

  it('takes no date from a year inside a fixed name or in brackets after an instrument and its number', () => {
    expect(mentionsIn('the 2030 Agenda and Agenda 2063 guide us; the Hague Convention II (1907) binds us by 2030', 'date')).toEqual([['2030', 'date:2030']]);
  });

  it('keeps two complete dates apart, and takes no date from a year in an instrument’s title', () => {
    const text = 'on 2 March 2015 and 7 October 2015, under the International Coffee Agreement, 2007, which was concluded in 2007';
    expect(mentionsIn(text, 'date')).toEqual([
      ['2 March 2015', 'date:2015-03-02'],
      ['7 October 2015', 'date:2015-10-07'],
      ['2007', 'date:2007'],
    ]);
  });
});

describe('references', () => {
  it('normalizes document symbols, resolutions and agenda items', () => {
    const text = 'le document A/66/569-S/2011/733, la résolution 62/17, la résolution 1624 (2005), au titre du point 38 de l’ordre du jour et des points 27, 40 d) et 151 de l’ordre du jour';
    expect(mentionsIn(text, 'reference', 'fr')).toEqual([
      ['A/66/569-S/2011/733', 'ref:A-66-569-S-2011-733'],
      ['résolution 62/17', 'ref:A-RES-62-17'],
      ['résolution 1624 (2005)', 'ref:S-RES-1624(2005)'],
      ['point 38 de l’ordre du jour', 'ref:agenda-item-38'],
      ['27', 'ref:agenda-item-27'],
      ['40 d)', 'ref:agenda-item-40d'],
      ['151', 'ref:agenda-item-151'],
    ]);
  });

  it('tells the organ of a resolution from the words before it, else from the form of its number', () => {
    const text =
      'The Assembly, meeting in emergency session, adopted resolution ES-7/3; the Security Council recalled its resolutions 1701 (2006) and 2373 (2017), and General Assembly resolution 181 (II), resolution 9 (1) and resolution 60/251 (2006). Economic and Social Council resolution 1996/31 and Human Rights Council resolution 5/1 are cited, as is resolution 65/12.';
    expect(mentionsIn(text, 'reference')).toEqual([
      ['resolution ES-7/3', 'ref:A-RES-ES-7-3'],
      ['1701 (2006)', 'ref:S-RES-1701(2006)'],
      ['2373 (2017)', 'ref:S-RES-2373(2017)'],
      ['resolution 181 (II)', 'ref:A-RES-181(II)'],
      ['resolution 9 (1)', 'ref:A-RES-9(I)'],
      ['resolution 60/251 (2006)', 'ref:A-RES-60-251'],
      ['resolution 1996/31', 'ref:E-RES-1996-31'],
      ['resolution 5/1', 'ref:A-HRC-RES-5-1'],
      ['resolution 65/12', 'ref:A-RES-65-12'],
    ]);
  });

  it('reads decisions of the principal organs, not those of other bodies', () => {
    const text = 'pursuant to General Assembly decision 55/488 and Council decision 2019/210, and to decision 7(XL) of its own board';
    expect(mentionsIn(text, 'reference')).toEqual([
      ['decision 55/488', 'ref:A-DEC-55-488'],
      ['decision 2019/210', 'ref:E-DEC-2019-210'],
    ]);
  });

  it('reads symbols with one numbered segment, joint symbols with an en dash, and agenda items named first', () => {
    const text = 'see S/PV.9100, press release GA/12345 and document A/77/300–S/2022/600, under agenda items 12, 45 (c), and 130, and agenda item 7 (b); item 9 of the agenda';
    expect(mentionsIn(text, 'reference')).toEqual([
      ['S/PV.9100', 'ref:S-PV.9100'],
      ['GA/12345', 'ref:GA-12345'],
      ['A/77/300–S/2022/600', 'ref:A-77-300-S-2022-600'],
      ['12', 'ref:agenda-item-12'],
      ['45 (c)', 'ref:agenda-item-45c'],
      ['130', 'ref:agenda-item-130'],
      ['agenda item 7 (b)', 'ref:agenda-item-7b'],
      ['item 9 of the agenda', 'ref:agenda-item-9'],
    ]);
  });

  it('reads symbols of the Assembly’s emergency and special sessions, and a reissued joint symbol without its asterisk', () => {
    expect(mentionsIn('see A/ES-11/204-S/2023/77, A/S-30/5 and A/78/12*-S/2024/8*', 'reference')).toEqual([
      ['A/ES-11/204-S/2023/77', 'ref:A-ES-11-204-S-2023-77'],
      ['A/S-30/5', 'ref:A-S-30-5'],
      ['A/78/12*-S/2024/8', 'ref:A-78-12-S-2024-8'],
    ]);
  });

  it('takes no UN symbol from another organization’s S series numbered before its year, and reads UNSCR as a Council resolution', () => {
    expect(mentionsIn('the Technical Secretariat’s Note S/2211/2024, the letter S/2024/77 and UNSCR 2334', 'reference')).toEqual([
      ['S/2024/77', 'ref:S-2024-77'],
      ['UNSCR 2334', 'ref:S-RES-2334'],
    ]);
  });

  it('reads the symbols of the subsidiary, treaty and disarmament bodies’ series, not any capitals before a slash', () => {
    expect(mentionsIn('see CD/2345, FCCC/CP/2015/10/Add.1, NPT/CONF.2026/PC.I/12, CRPD/C/GC/6 and SPLOS/33/5, not UK/2020/5', 'reference')).toEqual([
      ['CD/2345', 'ref:CD-2345'],
      ['FCCC/CP/2015/10/Add.1', 'ref:FCCC-CP-2015-10-Add.1'],
      ['NPT/CONF.2026/PC.I/12', 'ref:NPT-CONF.2026-PC.I-12'],
      ['CRPD/C/GC/6', 'ref:CRPD-C-GC-6'],
      ['SPLOS/33/5', 'ref:SPLOS-33-5'],
    ]);
  });

  it('tags each item of a list of agenda items, and a list of days as one span, in English and French', () => {
    expect(mentionsIn('under agenda items 19 and 25, on 7 and 8 March 2019', 'reference')).toEqual([
      ['19', 'ref:agenda-item-19'],
      ['25', 'ref:agenda-item-25'],
    ]);
    expect(mentionsIn('under agenda items 19 and 25, on 7 and 8 March 2019', 'date')).toEqual([['7 and 8 March 2019', 'date:2019-03-07/2019-03-08']]);
    expect(mentionsIn('au titre des points 19 et 25 de l’ordre du jour, les 7 et 8 mars 2019', 'reference', 'fr')).toEqual([
      ['19', 'ref:agenda-item-19'],
      ['25', 'ref:agenda-item-25'],
    ]);
    expect(mentionsIn('au titre des points 19 et 25 de l’ordre du jour, les 7 et 8 mars 2019', 'date', 'fr')).toEqual([['7 et 8 mars 2019', 'date:2019-03-07/2019-03-08']]);
  });

  it('gives a Council resolution printed without its year the year the letter gives it elsewhere', () => {
    const document = testLetter({ lang: 'en', title: 'Letter', paragraphs: ['in line with resolution 2417 (2018).', 'The parties recalled Resolution 2417 and resolution 2286.'] });
    const tagged = tagEntities(document);
    expect(entityOf(tagged, 'ref:S-RES-2417(2018)')?.mentions.map((mention) => mention.text)).toEqual(['resolution 2417 (2018)', 'Resolution 2417']);
    expect(entityOf(tagged, 'ref:S-RES-2286')?.mentions).toHaveLength(1);
  });

  it('leaves the preliminary list, which names no agenda yet, outside the item', () => {
    expect(mentionsIn('transmitted under item 61 (a) of the preliminary list, and under items 3 and 5 of the preliminary list', 'reference')).toEqual([
      ['item 61 (a)', 'ref:agenda-item-61a'],
      ['3', 'ref:agenda-item-3'],
      ['5', 'ref:agenda-item-5'],
    ]);
  });

  it('gives English agenda sub-items, written `40 (d)`, the ids of the French `40 d)`', () => {
    const text = 'under items 27, 40 (d) and 151 of the provisional agenda';
    expect(mentionsIn(text, 'reference')).toEqual([
      ['27', 'ref:agenda-item-27'],
      ['40 (d)', 'ref:agenda-item-40d'],
      ['151', 'ref:agenda-item-151'],
    ]);
  });
});

describe('persons, roles, places and events', () => {
  it('keeps the honorific apart and links the role that follows the name', () => {
    const mentions = findMentions('sous la direction de Mme Ingrid Solberg, Ministre des affaires étrangères de la Norvège, à Oslo', french);
    const person = mentions.find((mention) => mention.type === 'person')!;
    expect(person).toMatchObject({ text: 'Ingrid Solberg', id: personId('Ingrid Solberg'), honorific: 'Mme', roleIds: ['role:minister-for-foreign-affairs:NOR'] });
    expect(mentionsIn('Mme Ingrid Solberg, Ministre des affaires étrangères de la Norvège', 'role', 'fr')).toEqual([
      ['Ministre des affaires étrangères de la Norvège', 'role:minister-for-foreign-affairs:NOR'],
    ]);
    expect(mentionsIn('à Oslo', 'location', 'fr')).toEqual([['Oslo', 'location:oslo']]);
  });

  it('joins a surname mentioned alone to the full name', () => {
    const document = tagEntities(testLetter({ lang: 'fr', paragraphs: ['M. Pablo Herrera ouvrira la séance.', 'Ensuite, M. Herrera donnera la parole.'] }));
    const persons = document.entities.filter((candidate) => candidate.type === 'person');
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ id: personId('Pablo Herrera'), text: 'Pablo Herrera', honorific: 'M.' });
    expect(persons[0]!.mentions.map((mention) => mention.text)).toEqual(['Pablo Herrera', 'Herrera']);
  });

  it('tags a meeting named by its place as an event, with the place inside it', () => {
    expect(mentionsIn('lors du sommet de Bruxelles et de la Conférence de Genève', 'event', 'fr')).toEqual([
      ['sommet de Bruxelles', 'event:summit-brussels'],
      ['Conférence de Genève', 'event:conference-geneva'],
    ]);
    expect(mentionsIn('lors du sommet de Bruxelles', 'location', 'fr')).toEqual([['Bruxelles', 'location:brussels']]);
  });

  it('tags a forum, a fair and a ministerial named in title case as events, and a meeting noun before another as part of the name', () => {
    expect(mentionsIn('at the Velmora Energy Forum, the Coastal Trade Fair, the Maritime Safety Ministerial and the Pan-Regional Summit Conference', 'event')).toEqual([
      ['Velmora Energy Forum', 'event:velmora-energy-forum'],
      ['Coastal Trade Fair', 'event:coastal-trade-fair'],
      ['Maritime Safety Ministerial', 'event:maritime-safety-ministerial'],
      ['Pan-Regional Summit Conference', 'event:pan-regional-summit-conference'],
    ]);
    expect(mentionsIn('the Regional Ministerial Council met', 'event')).toEqual([]);
  });

  it('tags a meeting noun that opens its name with its `of the` complement, and a numbered conference of a series named by its complement', () => {
    expect(mentionsIn('adopted at the Summit of the Harbours in 2024 and at the Fourth International Conference on Coastal Financing, but not at the Thirty-Third Meeting of States Parties', 'event')).toEqual([
      ['Summit of the Harbours', 'event:summit-of-the-harbours'],
      ['Fourth International Conference on Coastal Financing', 'event:fourth-international-conference-on-coastal-financing'],
    ]);
    expect(mentionsIn('the Meeting of the African Union', 'event')).toEqual([]);
  });

  it('takes no words of a title-case name for a place after a preposition, and keeps a one-word place', () => {
    expect(mentionsIn('the Agreement on Cooperation in Combating Maritime Piracy was signed', 'location')).toEqual([]);
    expect(mentionsIn('a bridge over the Vakhsh River in Nurek', 'location')).toContainEqual(['Nurek', 'location:nurek']);
  });

  it('does not make plural or lower-case functions into roles', () => {
    expect(mentionsIn('les Ministres des affaires étrangères et les chefs d’État', 'role', 'fr')).toEqual([]);
  });
});

describe('tagEntities', () => {
  const signed = testLetter({
    lang: 'fr',
    title: 'Lettre datée du 3 mars 2015, adressée au Secrétaire général par le Représentant permanent du Chili auprès de l’Organisation des Nations Unies',
    paragraphs: ['Nous avons l’honneur de vous faire tenir ci-joint la déclaration du Chili.'],
    signatures: [{ honorific: 'L’Ambassadeur', roles: ['Représentant permanent du Chili auprès de l’Organisation des Nations Unies'], name: 'Pablo Herrera' }],
  });

  it('links signatories to their person entity and its roles', () => {
    const document = tagEntities(signed);
    const signature = document.letter.signatures[0]!;
    expect(signature.personId).toBe(personId('Pablo Herrera'));
    const person = entityOf(document, personId('Pablo Herrera'))!;
    // `L’Ambassadeur` over the function is a form of address (the signature's honorific), as `Ambassador` is in English.
    expect(person.roleIds).toEqual(['role:permanent-representative:CHL']);
    expect(person.mentions).toEqual([{ nodeId: 'letter.signature_1', field: 'name', start: 0, end: 13, text: 'Pablo Herrera' }]);
  });

  it('gives a state, an organization and a person the same id in two letters and two languages', () => {
    const french = tagEntities(testLetter({ lang: 'fr', paragraphs: ['M. Pablo Herrera, Représentant permanent du Chili, salue l’Organisation du Traité de l’Atlantique Nord.'] }));
    const english = tagEntities(testLetter({ lang: 'en', paragraphs: ['Mr. Pablo Herrera, Permanent Representative of Chile, welcomes the North Atlantic Treaty Organization.'] }));
    for (const id of ['state:CHL', 'org:nato', personId('Pablo Herrera'), 'role:permanent-representative:CHL']) {
      expect(entityOf(french, id), id).toBeDefined();
      expect(entityOf(english, id), id).toBeDefined();
    }
    expect(entityOf(french, 'state:CHL')!.text).toBe('Chili');
    expect(entityOf(english, 'state:CHL')!.text).toBe('Chile');
  });

  it('points every mention at its text in its node, on the hand-made sample letter', () => {
    const sample = JSON.parse(readFileSync(new URL('../../fixtures/model/sample-letter.json', import.meta.url), 'utf8')) as UnDocument;
    const document = tagEntities({ ...sample, entities: [] });
    const texts = mentionTargets(document);
    expect(document.entities.length).toBeGreaterThan(5);
    for (const candidate of document.entities) {
      for (const mention of candidate.mentions) {
        const text = texts.get(`${mention.nodeId}|${mention.field ?? ''}`);
        expect(text, `${candidate.id} in ${mention.nodeId}`).toBeDefined();
        expect(text!.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
    expect(entityOf(document, 'ref:A-RES-62-17')).toBeDefined();
    expect(entityOf(document, 'state:NOR')?.mentions.length).toBeGreaterThan(1);
  });

  it('reads nothing in a running head or foot left in the text, reads the masthead, and tags the symbol once', () => {
    const document = tagEntities({
      ...testLetter({ lang: 'en', paragraphs: ['The Council welcomed resolution 2231 (2015) and the report A/79/13.', 'A/79/716 S/2025/18', '25-00259 2/5', 'The United Nations will report (see A/79/716-S/2025/18).'] }),
      pageMarks: [
        { page: 1, kind: 'masthead', text: 'United Nations A/79/716-S/2025/18' },
        { page: 1, kind: 'masthead', text: '9 January 2025' },
        { page: 1, kind: 'job-number', text: '25-00259 (E) 100125' },
      ],
      symbol: 'A/79/716-S/2025/18',
    });
    const texts = mentionTargets(document);
    for (const candidate of document.entities) for (const mention of candidate.mentions) expect(texts.get(`${mention.nodeId}|${mention.field ?? ''}`)!.slice(mention.start, mention.end)).toBe(mention.text);
    expect(document.entities.flatMap((candidate) => candidate.mentions).filter((mention) => mention.nodeId === 'letter.para_2' || mention.nodeId === 'letter.para_3')).toEqual([]);
    expect(entityOf(document, 'ref:A-79-716-S-2025-18')?.mentions.map((mention) => mention.nodeId)).toEqual(['symbol', 'letter.para_4']);
    expect(entityOf(document, 'org:un')?.mentions.map((mention) => [mention.nodeId, mention.field])).toEqual([['pageMarks', '0'], ['letter.para_4', undefined]]);
    expect(entityOf(document, 'date:2025-01-09')?.mentions).toEqual([{ nodeId: 'pageMarks', field: '1', start: 0, end: 14, text: '9 January 2025' }]);
    expect(entityOf(document, 'ref:A-79-716')).toBeUndefined();
  });

  it('reads the header’s agenda line as printed: one item is the whole phrase, a list each number', () => {
    const withHeader = (agendaItems: string[], agendaLine?: string) =>
      tagEntities({ ...testLetter({ lang: 'en', paragraphs: ['We write about the fisheries.'] }), header: { organs: ['General Assembly'], agendaItems, ...(agendaLine ? { agendaLine } : {}), agendaTitles: [] } });
    const agenda = (document: UnDocument) =>
      document.entities.filter((entity) => entity.id.startsWith('ref:agenda-item-')).flatMap((entity) => entity.mentions.map((mention) => [mention.text, mention.field, entity.id]));
    const single = withHeader(['12 (b)'], 'Agenda item 12 (b)');
    expect(agenda(single)).toEqual([['Agenda item 12 (b)', 'agendaLine', 'ref:agenda-item-12b']]);
    const texts = mentionTargets(single);
    for (const entity of single.entities) for (const mention of entity.mentions) expect(texts.get(`${mention.nodeId}|${mention.field ?? ''}`)!.slice(mention.start, mention.end)).toBe(mention.text);
    expect(agenda(withHeader(['8', '14'], 'Agenda items 8 and 14'))).toEqual([
      ['8', 'agendaLine', 'ref:agenda-item-8'],
      ['14', 'agendaLine', 'ref:agenda-item-14'],
    ]);
    expect(agenda(withHeader(['9'], 'Item 9 of the preliminary list'))).toEqual([['Item 9', 'agendaLine', 'ref:agenda-item-9']]);
    // A model without the printed line still has its items.
    expect(agenda(withHeader(['8']))).toEqual([['8', 'agendaItems.0', 'ref:agenda-item-8']]);
  });

  it('refers `the Organization` back to the United Nations in English, through its longer name', () => {
    const document = tagEntities(testLetter({ lang: 'en', paragraphs: ['Members of the Shanghai Cooperation Organization support reforms of the United Nations that strengthen the authority of the Organization.'] }));
    const un = document.entities.find((entity) => entity.id === 'org:un')!;
    expect(un.mentions.map((mention) => mention.text)).toEqual(['United Nations', 'Organization']);
  });

  it('speaks English with the same ids', () => {
    expect(mentionsIn('the Shanghai Cooperation Organization (SCO) and the Russian Federation', 'organization')).toEqual([
      ['Shanghai Cooperation Organization', 'org:sco'],
      ['SCO', 'org:sco'],
    ]);
  });
});

describe('across the seed letters', () => {
  it('gives a signatory who signs two letters the same person id, and shared states the same id', async () => {
    const { processSource } = await import('../runner/index.ts');
    const read = async (name: string) => {
      const path = `fixtures/seeds/${name}.txt`;
      return processSource({ name: path, bytes: new Uint8Array(readFileSync(path)) });
    };
    const [first, second] = await Promise.all([read('002_4204fe919a018fb2'), read('003_fa7ca501a90a39ad')]);
    const signatories = (document: UnDocument) =>
      new Map([...document.letter.signatures, ...document.annexes.flatMap((annex) => annex.signatures)].filter((s) => s.name).map((s) => [s.name!, s.personId]));
    const a = signatories(first);
    const b = signatories(second);
    const shared = [...a.keys()].filter((name) => b.has(name));
    expect(shared.length).toBeGreaterThan(0);
    for (const name of shared) {
      expect(a.get(name)).toBeDefined();
      expect(a.get(name)).toBe(b.get(name));
    }
    const states = (document: UnDocument) => new Set(document.entities.filter((e) => e.type === 'state').map((e) => e.id));
    const common = [...states(first)].filter((id) => states(second).has(id));
    expect(common.length).toBeGreaterThan(2);
    for (const id of common) expect(id).toMatch(/^state:[A-Z]{3}$/);
  });
});

describe('anaphors defined in the text', () => {
  it('holds a quoted definition for the rest of the document', () => {
    const document = tagEntities(
      testLetter({
        lang: 'fr',
        paragraphs: [
          'Les membres de l’Union africaine (« l’Union ») se sont réunis.',
          'Ils ont rappelé le rôle de l’ONU.',
          'L’Union appuie la proposition.',
        ],
      }),
    );
    const union = entityOf(document, 'org:au')!;
    expect(union.mentions.map((mention) => mention.text)).toEqual(['Union africaine', 'Union', 'Union']);
  });

  it('holds a definition in parentheses for the rest of the document, though another body of that head is named between', () => {
    const document = tagEntities(
      testLetter({
        lang: 'en',
        paragraphs: [
          'In accordance with the decision by the Executive Council (the Council) of the Organisation for the Prohibition of Chemical Weapons, the report is submitted to the Council and to the United Nations Security Council.',
          'The Council, at its next session, took note of the report.',
        ],
      }),
    );
    const council = document.entities.find((candidate) => candidate.mentions.some((mention) => mention.text === 'Executive Council'))!;
    expect(council.mentions.map((mention) => mention.text)).toEqual(['Executive Council', 'Council', 'Council', 'Council']);
    expect(entityOf(document, 'org:unsc')?.mentions.map((mention) => mention.text)).toEqual(['United Nations Security Council']);
  });
});

describe('resolutions listed without the word', () => {
  it('reads a list of numbers each with its year as Council resolutions, not as years', () => {
    const text = 'Committee pursuant to resolutions\n1518 (2003), 1737 (2006) and 2368 (2017) concerning';
    expect(mentionsIn(text.split('\n')[1]!, 'reference')).toEqual([
      ['1518 (2003)', 'ref:S-RES-1518(2003)'],
      ['1737 (2006)', 'ref:S-RES-1737(2006)'],
      ['2368 (2017)', 'ref:S-RES-2368(2017)'],
    ]);
    expect(mentionsIn(text.split('\n')[1]!, 'date')).toEqual([]);
    expect(mentionsIn('the 12 (2003) figure', 'reference')).toEqual([]);
  });
});
