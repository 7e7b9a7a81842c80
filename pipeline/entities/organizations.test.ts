/**
 * Organizations in English letters as the UN publishes them: names a letter defines for itself, names
 * that refer back, and where a name begins and ends. Sentences written for these tests (fictional bodies).
 */
import { describe, expect, it } from 'vitest';
import { mentionsIn, taggedMentions, testLetter } from '../../test/helpers/entities.ts';

/** Every organization mention of a letter of these paragraphs, tagged, in reading order. */
function tagged(paragraphs: string[]): [string, string][] {
  return taggedMentions(testLetter({ paragraphs }), 'organization');
}

describe('names a letter defines', () => {
  it('makes a short name blended from the words of the name before it one entity with it, and nothing else', () => {
    expect(
      tagged([
        'Observer status for the Sahelian Grain-Export Bank (Sahgrexbank) in the Assembly.',
        'Sahgrexbank finances trade; the Coastal Fisheries Council (Mandelbrot) met.',
      ]),
    ).toEqual([
      ['Sahelian Grain-Export Bank', 'org:sahgrexbank'],
      ['Sahgrexbank', 'org:sahgrexbank'],
      ['Sahgrexbank', 'org:sahgrexbank'],
      ['Coastal Fisheries Council', 'org:coastal-fisheries-council'],
    ]);
  });

  it('prefixes a body established by an instrument of the tables with its acronym, even where the letter defines none', () => {
    expect(
      tagged([
        'This is the report of the Joint Commission, established by the Joint Comprehensive Plan of Action, on its work.',
        'The Joint Commission met twice.',
      ]),
    ).toEqual([
      ['Joint Commission', 'org:jcpoa-joint-commission'],
      ['Joint Commission', 'org:jcpoa-joint-commission'],
    ]);
  });

  it('makes `Full Name (ACRONYM)` one entity, and the acronym used alone later the same', () => {
    expect(
      tagged([
        'Militias of the Northern Hills Liberation Front (NHLF) crossed the river.',
        'The NHLF denied it; observers of the Coastal Verification Team (CVT) and of the Investigation and Monitoring Unit (IMU) disagreed.',
      ]),
    ).toEqual([
      ['Northern Hills Liberation Front', 'org:nhlf'],
      ['NHLF', 'org:nhlf'],
      ['NHLF', 'org:nhlf'],
      ['Coastal Verification Team', 'org:cvt'],
      ['CVT', 'org:cvt'],
      ['Investigation and Monitoring Unit', 'org:imu'],
      ['IMU', 'org:imu'],
    ]);
  });

  it('reads `ACRONYM (Full Name)` and a name in another language whose acronym the letters spell', () => {
    expect(tagged(['Talks between the RVF (Riverside Volunteer Forces) and the Front populaire du Nord (FPN) resumed.'])).toEqual([
      ['RVF', 'org:rvf'],
      ['Riverside Volunteer Forces', 'org:rvf'],
      ['Front populaire du Nord', 'org:fpn'],
      ['FPN', 'org:fpn'],
    ]);
  });

  it('gives a defined name the tables know its table id, and takes no entity from an instrument', () => {
    expect(
      tagged(['The Office of the United Nations High Commissioner for Human Rights (OHCHR) welcomed the Harbour Safety Action Plan (HSAP); OHCHR will report on the HSAP.']),
    ).toEqual([
      ['Office of the United Nations High Commissioner for Human Rights', 'org:ohchr'],
      ['OHCHR', 'org:ohchr'],
      ['OHCHR', 'org:ohchr'],
    ]);
  });

  it('prefixes the bodies of a defined instrument with its acronym', () => {
    expect(tagged(['Under the Lake Accord Framework Plan (LAFP), the LAFP Joint Board met twice.'])).toEqual([['Joint Board', 'org:lafp-joint-board']]);
    expect(
      tagged(['The Harbour Action Plan (HAP) was signed.', 'The Monitoring Board did not meet.', 'The Chair of the Monitoring Board established in the Harbour Action Plan wrote.']),
    ).toEqual([
      ['Monitoring Board', 'org:hap-monitoring-board'],
      ['Monitoring Board', 'org:hap-monitoring-board'],
    ]);
  });
});

describe('names that refer back', () => {
  it('refers `the Agency`, `its Board` and `the Review Panel` to the body named last with that head', () => {
    expect(
      tagged([
        'The International Atomic Energy Agency and the Independent Review Panel on Fisheries met.',
        'The Agency noted that the Review Panel had reported, and the Independent Review Panel will meet again.',
      ]),
    ).toEqual([
      ['International Atomic Energy Agency', 'org:iaea'],
      ['Independent Review Panel on Fisheries', 'org:independent-review-panel-on-fisheries'],
      ['Agency', 'org:iaea'],
      ['Review Panel', 'org:independent-review-panel-on-fisheries'],
      ['Independent Review Panel', 'org:independent-review-panel-on-fisheries'],
    ]);
  });

  it('sends a bare `Secretariat` to the secretariat the letter named, else to the UN Secretariat', () => {
    expect(tagged(['The Technical Secretariat of the Fisheries Authority reported; the Secretariat will inspect the port.'])).toEqual([
      ['Technical Secretariat', 'org:technical-secretariat'],
      ['Fisheries Authority', 'org:fisheries-authority'],
      ['Secretariat', 'org:technical-secretariat'],
    ]);
    expect(tagged(['Contacts with the Secretariat were close.'])).toEqual([['Secretariat', 'org:un-secretariat']]);
  });

  it('finds the head of a name after its coordinated modifiers: `the Council` after `Economic and Social Council`', () => {
    expect(tagged(['I wrote to the President of the Economic and Social Council.', 'The letter is a document of the 2025 session of the Council.'])).toEqual([
      ['Economic and Social Council', 'org:ecosoc'],
      ['Council', 'org:ecosoc'],
    ]);
  });

  it('keeps no anaphor without antecedent', () => {
    expect(tagged(['The Board will meet in May.'])).toEqual([]);
  });
});

describe('where an English name begins and ends', () => {
  it('keeps a state before the head and a place after `in` or `on` inside the name', () => {
    expect(mentionsIn('The Royal Ruritania Defence Force and the Panel of Experts on the Sudan and the Monitoring Mission in Ukraine', 'organization')).toEqual([
      ['Royal Ruritania Defence Force', 'org:royal-ruritania-defence-force'],
      ['Panel of Experts on the Sudan', 'org:panel-of-experts-on-the-sudan'],
      ['Monitoring Mission in Ukraine', 'org:monitoring-mission-in-ukraine'],
    ]);
  });

  it('leaves out a complement of lower-case words after `for` or `on`, which says what the body does', () => {
    expect(mentionsIn('a request to the Inquiry Board for cooperation on the case and to the Review Tribunal for assistance', 'organization')).toEqual([
      ['Inquiry Board', 'org:inquiry-board'],
      ['Review Tribunal', 'org:review-tribunal'],
    ]);
  });

  it('stops before `of <State>` and after an acronym written before it, and keeps coordinated modifiers', () => {
    expect(mentionsIn('the Investigative Bureau of the Russian Federation, the OPCW Scientific Advisory Board and the Studies and Research Centre', 'organization')).toEqual([
      ['Investigative Bureau', 'org:investigative-bureau'],
      ['OPCW', 'org:opcw'],
      ['Scientific Advisory Board', 'org:scientific-advisory-board'],
      ['Studies and Research Centre', 'org:studies-and-research-centre'],
    ]);
  });

  it('takes a state’s own organs for no organization', () => {
    expect(mentionsIn('the Permanent Mission of Chile and the Armed Forces of Peru', 'organization')).toEqual([]);
  });
});

describe('where a name ends', () => {
  it('keeps capitalized words coordinated inside a complement, and a name of the tables written with `UN` before it', () => {
    expect(mentionsIn('The Working Group on Youth and Armed Violence met the Committee on Trade, Industry and Cultural Affairs and the UN Office on Drugs and Crime.', 'organization')).toEqual([
      ['Working Group on Youth and Armed Violence', 'org:working-group-on-youth-and-armed-violence'],
      ['Committee on Trade, Industry and Cultural Affairs', 'org:committee-on-trade-industry-and-cultural-affairs'],
      ['UN Office on Drugs and Crime', 'org:unodc'],
    ]);
    // A known name after `and` is a name of its own.
    expect(mentionsIn('The Commission on Human Rights and Security Council met.', 'organization').map(([text]) => text)).toEqual(['Commission on Human Rights', 'Security Council']);
  });

  it('reads a defined acronym whose long form ends in a hyphenated word', () => {
    expect(tagged(['The Kessaro Liberation Movement-North (KLM-N) signed; the KLM-N withdrew.'])).toEqual([
      ['Kessaro Liberation Movement-North', 'org:klm-n'],
      ['KLM-N', 'org:klm-n'],
      ['KLM-N', 'org:klm-n'],
    ]);
  });
});

describe('names that refer back without an article', () => {
  it('reads `your Council` and a bare head before a resolution as the body named before', () => {
    expect(tagged(['The Security Council met.', 'The mission was mandated by your Council, under Council resolution 1160 (1998).'])).toEqual([
      ['Security Council', 'org:unsc'],
      ['Council', 'org:unsc'],
      ['Council', 'org:unsc'],
    ]);
  });
});

describe('what is no body', () => {
  it('takes no organization from a trust fund, an account named like a body', () => {
    expect(mentionsIn('The Kessaro Trust Fund for the Destruction of Weapons and the Peacebuilding Fund were replenished.', 'organization')).toEqual([['Peacebuilding Fund', 'org:pbf']]);
  });
});


describe('bodies named by the resolution that set them up', () => {
  it('gives a Council committee the number of its first resolution, and that id to its shorter mentions', () => {
    expect(
      tagged([
        'The Security Council Committee pursuant to resolutions 1518 (2003) and 2368 (2017) met; the Committee agreed.',
        'Chair, Security Council Committee pursuant to resolutions',
      ]),
    ).toEqual([
      ['Security Council Committee', 'org:unsc-committee-1518'],
      ['Committee', 'org:unsc-committee-1518'],
      ['Security Council Committee', 'org:unsc-committee-1518'],
    ]);
  });

  it('tells two committees apart by their resolutions, and refers a name without one to the committee named last', () => {
    expect(
      tagged([
        'The Security Council Committee established pursuant to resolution 1533 (2004) and the Security Council Committee established pursuant to resolution 2127 (2013) met.',
        'A Security Council Committee will report.',
      ]).map(([, id]) => id),
    ).toEqual(['org:unsc-committee-1533', 'org:unsc-committee-2127', 'org:unsc-committee-2127']);
  });
});

describe('where a defined name begins', () => {
  it('takes no body before a comma and an article into the long form of an acronym', () => {
    expect(tagged(['Patrols of KFOR, the European Union Rule of Law Mission in Kosovo (EULEX) and the police continued.'])).toEqual([
      ['KFOR', 'org:kfor'],
      ['European Union Rule of Law Mission in Kosovo', 'org:eulex'],
      ['EULEX', 'org:eulex'],
    ]);
  });
});

describe('regional bodies and operations of the tables', () => {
  it('takes no State for the long form of an acronym the tables know as something else', () => {
    expect(tagged(['The military operation in Bosnia and Herzegovina (EUFOR-Althea) reported.', 'EUFOR-Althea patrolled.'])).toEqual([
      ['EUFOR-Althea', 'org:eufor'],
      ['EUFOR-Althea', 'org:eufor'],
    ]);
  });


  it('knows an operation by its name with the operation’s own name, and a regional office by its acronym', () => {
    expect(mentionsIn('EUFOR-Althea and the Office for Democratic Institutions and Human Rights (ODIHR) reported; Houthi attacks continued.', 'organization')).toEqual([
      ['EUFOR-Althea', 'org:eufor'],
      ['Office for Democratic Institutions and Human Rights', 'org:odihr'],
      ['ODIHR', 'org:odihr'],
      ['Houthi', 'org:houthis'],
    ]);
  });
});

describe('a body’s own name in quotes, and complements that hold a body', () => {
  it('makes a body’s name with its own quoted name one body, and the quoted name alone the same', () => {
    expect(tagged(['the so-called “Northern Youth Centre ‘Varnek’” hosted camps.', 'Delegations of “Varnek” travelled.'])).toEqual([
      ['Northern Youth Centre ‘Varnek’', 'org:northern-youth-centre-varnek'],
      ['Varnek', 'org:northern-youth-centre-varnek'],
    ]);
  });

  it('keeps a body named inside a complement after `on` in the name, and stops before a month', () => {
    expect(mentionsIn('the Open-ended Working Group on the Review of the Methods of the Security Council met; the Council of Elders in March agreed', 'organization')).toEqual([
      ['Open-ended Working Group on the Review of the Methods of the Security Council', 'org:open-ended-working-group-on-the-review-of-the-methods-of-the-security-council'],
      ['Council of Elders', 'org:council-of-elders'],
    ]);
  });
});

describe('bodies of the UN system the tables name', () => {
  it('gives the human rights treaty bodies and the offices of the Special Representatives their UN acronyms', () => {
    expect(mentionsIn('The Committee on the Elimination of Discrimination against Women, the Human Rights Committee and the Office of the Special Representative of the Secretary-General for Children and Armed Conflict met.', 'organization')).toEqual([
      ['Committee on the Elimination of Discrimination against Women', 'org:cedaw'],
      ['Human Rights Committee', 'org:ccpr'],
      ['Office of the Special Representative of the Secretary-General for Children and Armed Conflict', 'org:osrsg-caac'],
    ]);
  });

  it('reads a body by its former name as the body it became', () => {
    expect(mentionsIn('a report of the Conference on Security and Co-operation in Europe (CSCE) to the Commission on Human Rights', 'organization')).toEqual([
      ['Conference on Security and Co-operation in Europe', 'org:osce'],
      ['CSCE', 'org:osce'],
      ['Commission on Human Rights', 'org:chr'],
    ]);
  });
});

describe('names after a possessive', () => {
  it('leave a known State or body in the possessive outside, and keep a plural in the possessive inside', () => {
    expect(mentionsIn('Chile’s Supreme Court, the Council’s Working Group and the International Children’s Centre', 'organization')).toEqual([
      ['Supreme Court', 'org:supreme-court'],
      ['Council', ''],
      ['Working Group', 'org:working-group'],
      ['International Children’s Centre', 'org:international-children-s-centre'],
    ]);
  });
});

describe('names that work against something', () => {
  it('keep the complement after `against` in the name, but no State or body named there', () => {
    expect(mentionsIn('The Coalition for the End of Violence against Children and Youth met the Executive Council against Chile.', 'organization')).toEqual([
      ['Coalition for the End of Violence against Children and Youth', 'org:coalition-for-the-end-of-violence-against-children-and-youth'],
      ['Executive Council', 'org:executive-council'],
    ]);
  });

  it('leaves the town where a body sits outside its name, and keeps the State or region it serves', () => {
    expect(mentionsIn('Tarvania co-chairs the Group of Friends of the Rights of the Child in Geneva; the Permanent Military Court in Bouar opened, as did the Liaison Office in Kosovo.', 'organization')).toEqual([
      ['Group of Friends of the Rights of the Child', 'org:group-of-friends-of-the-rights-of-the-child'],
      ['Military Court', 'org:military-court'],
      ['Liaison Office in Kosovo', 'org:liaison-office-in-kosovo'],
    ]);
  });
});

