/**
 * Roles in English letters: the function with its modifiers, portfolio and owner, and functions printed
 * alone that stand for a role named before them. Sentences written for these tests (fictional offices).
 */
import { describe, expect, it } from 'vitest';
import { mentionsIn, taggedMentions, testLetter } from '../../test/helpers/entities.ts';

describe('roles by the shape of their phrase', () => {
  it('reads a mandate’s subject printed in lower case, up to a verb, a second function or a name', () => {
    expect(mentionsIn('We back the Special Rapporteur on the right to safe, clean and affordable water and the Independent Expert on the rights of persons living in extreme poverty and chairs the Group of Friends. The Special Rapporteur on torture visited Peru.', 'role')).toEqual([
      ['Special Rapporteur on the right to safe, clean and affordable water', 'role:special-rapporteur-on-right-to-safe-clean-and-affordable-water'],
      ['Independent Expert on the rights of persons living in extreme poverty', 'role:independent-expert-on-rights-of-persons-living-in-extreme-poverty'],
      ['Special Rapporteur on torture', 'role:special-rapporteur-on-torture'],
    ]);
    expect(mentionsIn('the Special Adviser for youth in the Andes, Ana Lima, and we thank the Special Envoy for his briefing', 'role')).toEqual([
      ['Special Adviser for youth in the Andes', 'role:special-adviser-for-youth-in-andes'],
      ['Special Envoy', 'role:special-envoy'],
    ]);
  });

  it('keeps modifiers and portfolio in the function and takes the owner after `of`', () => {
    expect(mentionsIn('a note from the Acting Minister of Health of the Republic of Chile and the Federal Minister for Trade, Industry and Tourism of Austria', 'role')).toEqual([
      ['Acting Minister of Health of the Republic of Chile', 'role:acting-minister-of-health:CHL'],
      ['Federal Minister for Trade, Industry and Tourism of Austria', 'role:federal-minister-for-trade-industry-and-tourism:AUT'],
    ]);
  });

  it('reads the owner through the sender’s mission, and stops before `to the United Nations`', () => {
    expect(mentionsIn('the Chargé d’affaires a.i. of the Permanent Mission of Chile to the United Nations', 'role')).toEqual([
      ['Chargé d’affaires a.i. of the Permanent Mission of Chile', 'role:charge-d-affaires-a-i:CHL'],
    ]);
  });

  it('takes a body written before the function as its owner, and gives UN functions no owner', () => {
    expect(mentionsIn('the UNICEF Executive Director, the Security Council Facilitator and the United Nations Secretary-General', 'role')).toEqual([
      ['UNICEF Executive Director', 'role:executive-director:unicef'],
      ['Security Council Facilitator', 'role:facilitator:unsc'],
      ['United Nations Secretary-General', 'role:secretary-general'],
    ]);
  });

  it('keeps a portfolio written after the owner, and ends a role at a comma that starts a name', () => {
    expect(mentionsIn('the High Representative of the European Union for Trade and Customs, and the United Nations High Commissioner for Refugees, Ana Lima', 'role')).toEqual([
      ['High Representative of the European Union for Trade and Customs', 'role:high-representative-for-trade-and-customs:eu'],
      ['United Nations High Commissioner for Refugees', 'role:high-commissioner-for-refugees'],
    ]);
  });

  it('gives two functions joined by `and` the owner of the second, and a demonym’s state to a function after it', () => {
    expect(mentionsIn('the Minister of State and Minister of Justice of Peru met the Chilean interim Foreign Minister', 'role')).toEqual([
      ['Minister of State', 'role:minister-of-state:PER'],
      ['Minister of Justice of Peru', 'role:minister-of-justice:PER'],
      ['Foreign Minister', 'role:foreign-minister:CHL'],
    ]);
  });

  it('finds no role inside the name of a body, nor inside another role', () => {
    expect(mentionsIn('the Office of the United Nations High Commissioner for Refugees and the Special Representative of the Secretary-General for Haiti', 'role')).toEqual([
      ['Special Representative of the Secretary-General for Haiti', 'role:special-representative-of-secretary-general:HTI'],
    ]);
  });
});

describe('functions printed alone', () => {
  it('stand for the role they shorten, named before them, and are dropped when they shorten none', () => {
    const document = testLetter({
      title: 'Letter',
      paragraphs: [
        'The Director General of the International Atomic Energy Agency and the Security Council Facilitator reported.',
        'The Facilitator thanked the Director General; the Coordinator was absent.',
      ],
    });
    expect(taggedMentions(document, 'role')).toEqual([
      ['Director General of the International Atomic Energy Agency', 'role:director-general:iaea'],
      ['Security Council Facilitator', 'role:facilitator:unsc'],
      ['Facilitator', 'role:facilitator:unsc'],
      ['Director General', 'role:director-general:iaea'],
    ]);
  });

  it('on a signature line take the state of the block, else the sender’s', () => {
    const document = testLetter({
      title: 'Letter dated 3 May 2021 from the Permanent Representative of Chile to the United Nations',
      paragraphs: ['I have the honour to write.'],
      signatures: [
        { roles: ['Chargé d’affaires a.i.', 'Permanent Mission of Peru to the United Nations'], name: 'Ana Lima' },
        { roles: ['Permanent Representative'], name: 'Juan Pérez' },
      ],
    });
    expect(taggedMentions(document, 'role')).toEqual([
      ['Permanent Representative of Chile', 'role:permanent-representative:CHL'],
      ['Chargé d’affaires a.i.', 'role:charge-d-affaires-a-i:PER'],
      ['Permanent Representative', 'role:permanent-representative:CHL'],
    ]);
  });

  it('on a signature line leave a diplomatic rank out, and take a territory printed on a line of its own as owner', () => {
    const document = testLetter({
      title: 'Letter dated 3 May 2021 from the Permanent Observer of the State of Palestine to the United Nations',
      paragraphs: ['I have the honour to write.'],
      signatures: [
        { honorific: 'Minister', roles: ['Permanent Observer'], name: 'Ana Lima' },
        { roles: ['Representative', 'Turkish Republic of Northern Cyprus'], name: 'Juan Pérez' },
      ],
    });
    expect(taggedMentions(document, 'role').slice(1)).toEqual([
      ['Permanent Observer', 'role:permanent-observer:PSE'],
      ['Representative', 'role:representative:turkish-republic-of-northern-cyprus'],
    ]);
  });

  it('on a signature line read a function printed before the name as a role of the block’s State', () => {
    const document = testLetter({
      title: 'Letter dated 3 May 2021 from the Chargé d’affaires a.i. of the Permanent Mission of Peru to the United Nations',
      paragraphs: ['I have the honour to write.'],
      signatures: [{ honorific: 'Chargé d’affaires a.i.', roles: ['Permanent Mission of Peru to the United Nations'], name: 'Ana Lima' }],
    });
    expect(taggedMentions(document, 'role').at(-1)).toEqual(['Chargé d’affaires a.i.', 'role:charge-d-affaires-a-i:PER']);
  });

  it('never take their owner from a role the title names among the addressees', () => {
    const document = testLetter({
      title: 'Letter dated 3 May 2021 from the Ministers for Foreign Affairs addressed to the President of the Security Council',
      paragraphs: ['I have the honour to write.'],
      signatures: [{ roles: ['Minister for Foreign Affairs'], name: 'Ana Lima' }],
      addressees: ['President of the Security Council'],
    });
    expect(taggedMentions(document, 'role')).toEqual([['President of the Security Council', 'role:president:unsc']]);
  });

  it('gives a function joined to a UN function on a State’s signature line no State', () => {
    const document = testLetter({
      title: 'Letter dated 3 May 2021 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General',
      paragraphs: ['I have the honour to write.'],
      signatures: [{ roles: ['Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator'], name: 'Lena Voss' }],
    });
    expect(taggedMentions(document, 'role').filter(([, id]) => !id.includes('NOR'))).toEqual([
      ['Secretary-General', 'role:secretary-general'],
      ['Under-Secretary-General for Humanitarian Affairs', 'role:under-secretary-general-for-humanitarian-affairs'],
      ['Emergency Relief Coordinator', 'role:emergency-relief-coordinator'],
    ]);
  });

  it('reads a function named by common words before its head as one office, also as the second of two functions', () => {
    expect(taggedMentions(testLetter({ paragraphs: ['The Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Lena Voss, wrote. The Emergency Relief Coordinator agreed.'] }), 'role')).toEqual([
      ['Under-Secretary-General for Humanitarian Affairs', 'role:under-secretary-general-for-humanitarian-affairs'],
      ['Emergency Relief Coordinator', 'role:emergency-relief-coordinator'],
      ['Emergency Relief Coordinator', 'role:emergency-relief-coordinator'],
    ]);
  });

  it('gives a role the id of the body it names once that body is resolved to the full name given before', () => {
    expect(taggedMentions(testLetter({ paragraphs: ['The Working Group on Youth and Armed Violence met.', 'The Chair of the Working Group spoke.'] }), 'role')).toEqual([
      ['Chair of the Working Group', 'role:chair:working-group-on-youth-and-armed-violence'],
    ]);
  });
});


describe('where a function begins', () => {
  it('reads a function after a lower-case prefix glued by a hyphen, and keeps `Vice-` in the function', () => {
    expect(mentionsIn('the then-President of the Republic of Chile met the ex-Minister for Energy of Peru and the Vice-President of Chad', 'role')).toEqual([
      ['President of the Republic of Chile', 'role:president:CHL'],
      ['Minister for Energy of Peru', 'role:minister-for-energy:PER'],
      ['Vice-President of Chad', 'role:vice-president:TCD'],
    ]);
  });
});

describe('owners written before a function', () => {
  it('take a State in the possessive, over lower-case words, outside the role; and the designated Secretary-General is one function', () => {
    expect(mentionsIn('Peru’s newly elected Prime Minister greeted the Secretary-General-designate.', 'role')).toEqual([
      ['Prime Minister', 'role:prime-minister:PER'],
      ['Secretary-General-designate', 'role:secretary-general-designate'],
    ]);
  });
});

describe('where a portfolio ends', () => {
  it('reads a subject after `on` as a portfolio, `in` inside it, and no `in` in another portfolio', () => {
    expect(mentionsIn('The Special Representative of the Secretary-General on Child Labour in Mining, Lena Voss, met the Minister on Ocean Affairs of Fiji.', 'role')).toEqual([
      ['Special Representative of the Secretary-General on Child Labour in Mining', 'role:special-representative-of-secretary-general-on-child-labour-in-mining'],
      ['Minister on Ocean Affairs of Fiji', 'role:minister-on-ocean-affairs:FJI'],
    ]);
    expect(mentionsIn('the Minister for Foreign Affairs in the Government of Chad', 'role')).toEqual([['Minister for Foreign Affairs', 'role:minister-for-foreign-affairs']]);
  });

  it('stops before initials and a surname, a form of address, or a month', () => {
    expect(mentionsIn('The United Nations High Commissioner for Human Rights T. Halvik wrote to the High Commissioner for Refugees Mr. Dara Oskel.', 'role')).toEqual([
      ['United Nations High Commissioner for Human Rights', 'role:high-commissioner-for-human-rights'],
      ['High Commissioner for Refugees', 'role:high-commissioner-for-refugees'],
    ]);
    expect(mentionsIn('the President of the Security Council for June', 'role')).toEqual([['President of the Security Council', 'role:president:unsc']]);
  });
});

describe('owners of a function', () => {
  it('keeps the organization written before a function of the UN’s name as its owner, and a territory after `of`', () => {
    expect(mentionsIn('the European Union Special Representative met the Representative of the Turkish Republic of Northern Cyprus and the Assistant Secretary-General for the Middle East', 'role')).toEqual([
      ['European Union Special Representative', 'role:special-representative:eu'],
      ['Representative of the Turkish Republic of Northern Cyprus', 'role:representative:turkish-republic-of-northern-cyprus'],
      ['Assistant Secretary-General for the Middle East', 'role:assistant-secretary-general-for-middle-east'],
    ]);
    expect(mentionsIn('the Secretary General of the North Atlantic Treaty Organization', 'role')).toEqual([['Secretary General of the North Atlantic Treaty Organization', 'role:secretary-general:nato']]);
  });

  it('gives a UN function on a signature line no State of the sender', () => {
    const document = testLetter({
      title: 'Letter dated 3 May 2021 from the Permanent Representative of Chile to the United Nations',
      paragraphs: ['I have the honour to write.'],
      signatures: [{ roles: ['Under-Secretary-General for Political Affairs'], name: 'Ana Lima' }],
    });
    expect(taggedMentions(document, 'role')).toEqual([
      ['Permanent Representative of Chile', 'role:permanent-representative:CHL'],
      ['Under-Secretary-General for Political Affairs', 'role:under-secretary-general-for-political-affairs'],
    ]);
  });
});
