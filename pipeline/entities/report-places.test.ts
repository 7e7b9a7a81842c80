/** Places as long reports list them: a village and its governorate, crossings and camps with particles. Invented places. */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../test/helpers/entities.ts';

describe('places in incident lists', () => {
  it('reads a village before a comma and its region named with a designator as a place, not a person', () => {
    const text = 'Shelling hit Tell Marwazi, Qarnab Governorate, and Deir Hassoun, Qasrin District, on the same day.';
    expect(mentionsIn(text, 'location')).toEqual([
      ['Tell Marwazi', 'location:tell-marwazi'],
      ['Qarnab Governorate', 'location:qarnab-governorate'],
      ['Deir Hassoun', 'location:deir-hassoun'],
      ['Qasrin District', 'location:qasrin-district'],
    ]);
    expect(mentionsIn(text, 'person')).toEqual([]);
  });

  it('keeps a particle glued to a later word of a crossing’s or camp’s name', () => {
    expect(mentionsIn('The convoy used the Bab al-Qarnab border crossing and reached the Umm al-Tawil camp.', 'location')).toEqual([
      ['Bab al-Qarnab', 'location:bab-al-qarnab'],
      ['Umm al-Tawil', 'location:umm-al-tawil'],
    ]);
  });
});
