/** States in English letters: the pairs told apart, historical names, UN list forms. */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../test/helpers/entities.ts';

describe('states', () => {
  it('tells the two Congos, Sudans and Koreas apart by their words', () => {
    expect(
      mentionsIn('Congo, the Democratic Republic of Congo, the Republic of the Congo, the Sudan and South Sudan, the Republic of Korea and the Democratic People’s Republic of Korea', 'state'),
    ).toEqual([
      ['Congo', 'state:COG'],
      ['Democratic Republic of Congo', 'state:COD'],
      ['Republic of the Congo', 'state:COG'],
      ['Sudan', 'state:SDN'],
      ['South Sudan', 'state:SSD'],
      ['Republic of Korea', 'state:KOR'],
      ['Democratic People’s Republic of Korea', 'state:PRK'],
    ]);
    expect(mentionsIn('le Congo et la République démocratique du Congo', 'state', 'fr')).toEqual([
      ['Congo', 'state:COG'],
      ['République démocratique du Congo', 'state:COD'],
    ]);
  });

  it('knows historical names, by the State meant or by the withdrawn code of a State that no longer exists', () => {
    expect(mentionsIn('the USSR, the Soviet Union, Yugoslavia, Czechoslovakia, Zaire, the Libyan Arab Jamahiriya, Swaziland and Burma', 'state')).toEqual([
      ['USSR', 'state:SUN'],
      ['Soviet Union', 'state:SUN'],
      ['Yugoslavia', 'state:YUG'],
      ['Czechoslovakia', 'state:CSK'],
      ['Zaire', 'state:COD'],
      ['Libyan Arab Jamahiriya', 'state:LBY'],
      ['Swaziland', 'state:SWZ'],
      ['Burma', 'state:MMR'],
    ]);
  });

  it('reads the UN list forms with their parenthesis as one mention', () => {
    expect(mentionsIn('Venezuela (Bolivarian Republic of), Netherlands (Kingdom of the) and the Hashemite Kingdom of Jordan', 'state')).toEqual([
      ['Venezuela (Bolivarian Republic of)', 'state:VEN'],
      ['Netherlands (Kingdom of the)', 'state:NLD'],
      ['Hashemite Kingdom of Jordan', 'state:JOR'],
    ]);
  });
});
