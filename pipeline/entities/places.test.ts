/** Places in English letters: the UN's regions and territories, and places known by their context (invented villages). */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import { findMentions } from './index.ts';

const english = languageResources('en');

function places(text: string): [string, string][] {
  return findMentions(text, english)
    .filter((mention) => mention.type === 'location')
    .map((mention) => [mention.text, mention.id]);
}

describe('places', () => {
  it('knows the UN’s regions, territories and capitals', () => {
    expect(places('Convoys left the Gaza Strip for the West Bank, including East Jerusalem; delegates from Western Africa and the Horn of Africa met in Ouagadougou.')).toEqual([
      ['Gaza Strip', 'location:gaza-strip'],
      ['West Bank', 'location:west-bank'],
      ['East Jerusalem', 'location:east-jerusalem'],
      ['Western Africa', 'location:western-africa'],
      ['Horn of Africa', 'location:horn-of-africa'],
      ['Ouagadougou', 'location:ouagadougou'],
    ]);
  });

  it('finds the rest of a list of places, a place before its State, and sites named by what stands there', () => {
    expect(places('the massacres in Kalumbi, Tessaro and Mbeya; the team reached Vorlak, Ukraine, then the Kessel facility and the Dunmor and Ravik sites.')).toEqual([
      ['Kalumbi', 'location:kalumbi'],
      ['Tessaro', 'location:tessaro'],
      ['Mbeya', 'location:mbeya'],
      ['Vorlak', 'location:vorlak'],
      ['Ukraine', 'state:UKR'],
      ['Kessel', 'location:kessel'],
      ['Dunmor', 'location:dunmor'],
      ['Ravik', 'location:ravik'],
    ].filter(([, id]) => id!.startsWith('location:')));
  });

  it('keeps a designator in the name of a known place', () => {
    expect(places('the capital of North Kivu Province')).toEqual([['North Kivu Province', 'location:north-kivu-province']]);
  });

  it('takes no place from a month or a title-case phrase after `in`', () => {
    expect(places('adopted in March under the Convention on Cooperation in Support of Trade')).toEqual([]);
  });
});
