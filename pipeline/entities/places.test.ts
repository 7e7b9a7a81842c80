/** Places in English letters: the UN's regions and territories, and places known by their context (invented villages). */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import type { UnDocument } from '../model/index.ts';
import { findMentions, tagEntities } from './index.ts';

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

describe('places known by their context, over the letter', () => {
  const letterWith = (paragraphs: string[]): UnDocument => ({
    schemaVersion: '1',
    id: '0000000000000000',
    source: { name: 'test.txt', mediaType: 'text/plain', sha256: '0'.repeat(64), bytes: 0 },
    lang: 'en',
    langSource: 'option',
    rawText: '',
    text: '',
    letter: { kind: 'single', title: { id: 'letter.title', text: '' }, senders: [], addressees: [], body: paragraphs.map((text, index) => ({ type: 'paragraph', id: `letter.para_${index + 1}`, text })), signatures: [] },
    annexes: [],
    entities: [],
    repairs: [],
    suggestions: [],
    warnings: [],
  });

  it('names the place again wherever the letter repeats it, once its context made it known', () => {
    const document = tagEntities(letterWith(['Shelling struck Velika Dolina, Ukraine, on 3 May.', 'The inhabitants of Velika Dolina left; Dolina Street was closed.']));
    const place = document.entities.find((entity) => entity.id === 'location:velika-dolina');
    expect(place?.mentions.map((mention) => mention.nodeId)).toEqual(['letter.para_1', 'letter.para_2']);
  });

  it('takes no capital at the start of a sentence or bullet for a place', () => {
    expect(places('The stock is unaccounted for. Altogether, Ukraine reports losses.')).toEqual([]);
    expect(places('• Hidden sites: enrichment at undeclared locations.')).toEqual([]);
  });
});
