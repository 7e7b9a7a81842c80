/** Names in headings and lists printed in capitals. Invented headings. */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../test/helpers/entities.ts';

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
});
