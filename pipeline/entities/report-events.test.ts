/** Conferences and forums as long reports name them: an owner or subject after `of`, a town after the name. Invented names. */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../test/helpers/entities.ts';

describe('events named with an owner after `of`', () => {
  it('keeps the body after `of` inside a qualified conference name when its subject follows, and leaves it outside alone', () => {
    const text = 'The Ministerial Conference of the OIC on Water Security met, as did the Regional Experts Meeting of OIC.';
    expect(mentionsIn(text, 'event')).toEqual([
      ['Ministerial Conference of the OIC on Water Security', 'event:ministerial-conference-of-the-oic-on-water-security'],
      ['Regional Experts Meeting', 'event:regional-experts-meeting'],
    ]);
    expect(mentionsIn(text, 'organization')).toEqual([['OIC', 'org:oic'], ['OIC', 'org:oic']]);
  });

  it('keeps capitalized words after `of` that name no State, and leaves a State or a bare meeting of a body outside', () => {
    expect(mentionsIn('the International Forum of Island Developing Countries and the Coastal Forum of Peru, but not the Meeting of the African Union', 'event')).toEqual([
      ['International Forum of Island Developing Countries', 'event:international-forum-of-island-developing-countries'],
      ['Coastal Forum', 'event:coastal-forum'],
    ]);
  });

  it('leaves the town where a conference met outside its name', () => {
    const text = 'at the International Conference on Coastal Financing in Geneva';
    expect(mentionsIn(text, 'event')).toEqual([['International Conference on Coastal Financing', 'event:international-conference-on-coastal-financing']]);
    expect(mentionsIn(text, 'location')).toEqual([['Geneva', 'location:geneva']]);
  });
});
