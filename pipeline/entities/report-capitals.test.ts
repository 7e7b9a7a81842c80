/** Names in headings and lists printed in capitals. Invented headings. */
import { describe, expect, it } from 'vitest';
import { mentionsIn, taggedMentions, testLetter } from '../../test/helpers/entities.ts';

describe('names printed in capitals', () => {
  it('reads States, places and bodies of the tables in a heading in capitals', () => {
    const heading = 'REPORT ON THE SITUATION IN MALI AND THE SUDAN SUBMITTED BY THE UNITED NATIONS';
    expect(mentionsIn(heading, 'state')).toEqual([['MALI', 'state:MLI'], ['SUDAN', 'state:SDN']]);
    expect(mentionsIn(heading, 'organization')).toEqual([['UNITED NATIONS', 'org:un']]);
    expect(mentionsIn('INQUIRY BOARD OF THE RUSSIAN FEDERATION (IB OF RUSSIA)', 'state')).toEqual([['RUSSIAN FEDERATION', 'state:RUS'], ['RUSSIA', 'state:RUS']]);
  });

  it('leaves a single word in capitals alone in running text', () => {
    expect(mentionsIn('The CHAD programme and the word TURKEY in a sentence.', 'state')).toEqual([]);
  });

  it('reads a heading in capitals as running text writes it: functions and their owners, not acronyms as names', () => {
    expect(mentionsIn('SPECIAL ENVOY OF THE SECRETARY-GENERAL FOR YEMEN', 'role')).toEqual([['SPECIAL ENVOY OF THE SECRETARY-GENERAL FOR YEMEN', 'role:special-envoy-of-secretary-general:YEM']]);
    expect(mentionsIn('PRIME MINISTER OF THE REPUBLIC OF GHANA', 'role')).toEqual([['PRIME MINISTER OF THE REPUBLIC OF GHANA', 'role:prime-minister:GHA']]);
    expect(mentionsIn('NOTE BY THE SECRETARY-GENERAL ON THE SITUATION IN CHAD', 'role')).toEqual([['SECRETARY-GENERAL', 'role:secretary-general']]);
    expect(mentionsIn('HIMARS MLRS AND ATACMS STOCKS', 'person')).toEqual([]);
  });
});

describe('bodies defined with a transliterated name', () => {
  it('defines an acronym whose long form holds another language’s word for a body', () => {
    const letter = testLetter({ paragraphs: ['Fighters of Harakat Nour al-Qarnab (HNQ) and of Jaysh al-Wadiyan (JAW) clashed; HNQ withdrew.'] });
    expect(taggedMentions(letter, 'organization')).toEqual([
      ['Harakat Nour al-Qarnab', 'org:hnq'],
      ['HNQ', 'org:hnq'],
      ['Jaysh al-Wadiyan', 'org:jaw'],
      ['JAW', 'org:jaw'],
      ['HNQ', 'org:hnq'],
    ]);
  });
});
