/** Dates as long reports print them in tables and lists: abbreviated months, numbers only, years in brackets. Invented letters. */
import { describe, expect, it } from 'vitest';
import { mentionsIn, taggedMentions, testLetter } from '../../test/helpers/entities.ts';

describe('dates in tables and lists', () => {
  it('reads abbreviated months, with or without their point, and the short form of a table', () => {
    expect(mentionsIn('Payments were made on 12 Jan. 2025, in Feb 2025 and on 3 Sept. 2024; the last row is dated 7-Mar.-25 and 14-Nov-24.', 'date')).toEqual([
      ['12 Jan. 2025', 'date:2025-01-12'],
      ['Feb 2025', 'date:2025-02'],
      ['3 Sept. 2024', 'date:2024-09-03'],
      ['7-Mar.-25', 'date:2025-03-07'],
      ['14-Nov-24', 'date:2024-11-14'],
    ]);
  });

  it('reads ISO dates, and a year in brackets after its month', () => {
    expect(mentionsIn('The file dated 2025-01-12 was updated in March (2025); case 2022-OLC-000126 is no date.', 'date')).toEqual([
      ['2025-01-12', 'date:2025-01-12'],
      ['March (2025)', 'date:2025-03'],
    ]);
  });

  it('reads a range across months with a dash and a date after its weekday', () => {
    expect(mentionsIn('The workshop ran 30 January–2 February 2025 and closed on Monday, 3 February 2025.', 'date')).toEqual([
      ['30 January–2 February 2025', 'date:2025-01-30/2025-02-02'],
      ['3 February 2025', 'date:2025-02-03'],
    ]);
  });

  it('reads day/month/year dates in the order the document’s own dates make certain, and none when nothing does', () => {
    const dayFirst = testLetter({ paragraphs: ['Incidents: 25/01/2025 shelling; 03/02/2025 drone strike.', 'Earlier: 05/01/2025 and 01/01/2025.'] });
    expect(taggedMentions(dayFirst, 'date')).toEqual([
      ['25/01/2025', 'date:2025-01-25'],
      ['03/02/2025', 'date:2025-02-03'],
      ['05/01/2025', 'date:2025-01-05'],
      ['01/01/2025', 'date:2025-01-01'],
    ]);
    const monthFirst = testLetter({ paragraphs: ['Incidents: 01/25/2025 shelling; 03/02/2025 drone strike.'] });
    expect(taggedMentions(monthFirst, 'date')).toEqual([
      ['01/25/2025', 'date:2025-01-25'],
      ['03/02/2025', 'date:2025-03-02'],
    ]);
    const uncertain = testLetter({ paragraphs: ['Incidents: 03/02/2025 drone strike; 04/04/2025 shelling.'] });
    expect(taggedMentions(uncertain, 'date')).toEqual([['04/04/2025', 'date:2025-04-04']]);
  });
});
