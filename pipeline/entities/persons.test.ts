/** Persons in English letters: honorifics, ranks and post-nominals apart, names in capitals, lists of members, signature names. Invented names. */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import { findMentions, tagEntities } from './index.ts';
import { testLetter } from '../../test/helpers/entities.ts';

const english = languageResources('en');

function persons(text: string) {
  return findMentions(text, english)
    .filter((mention) => mention.type === 'person')
    .map(({ text: name, id, normalized, honorific, postNominal, affiliation }) => ({ name, id, normalized, ...(honorific ? { honorific } : {}), ...(postNominal ? { postNominal } : {}), ...(affiliation ? { affiliation } : {}) }));
}

describe('persons', () => {
  it('keeps honorifics, ranks and post-nominals in fields of their own', () => {
    expect(persons('The delegation was led by Brigadier General Tomas ORTEGA and Sir Alan Marsh, MP, with H.E. Ambassador Lina Haddad and Rev. John Okafor.')).toEqual([
      { name: 'Tomas ORTEGA', id: 'person:tomas-ortega', normalized: 'Tomas Ortega', honorific: 'Brigadier General' },
      { name: 'Alan Marsh', id: 'person:alan-marsh', normalized: 'Alan Marsh', honorific: 'Sir', postNominal: 'MP' },
      { name: 'Lina Haddad', id: 'person:lina-haddad', normalized: 'Lina Haddad', honorific: 'H.E. Ambassador' },
      { name: 'John Okafor', id: 'person:john-okafor', normalized: 'John Okafor', honorific: 'Rev.' },
    ]);
  });

  it('reads a `Name (Country)` list as persons with their State, not as places', () => {
    expect(persons('Members of the mission: Kofi MENSAH (Ghana); Ana Lucía Torres (Peru); Jan de Vries (Netherlands).')).toEqual([
      { name: 'Kofi MENSAH', id: 'person:kofi-mensah', normalized: 'Kofi Mensah', affiliation: 'state:GHA' },
      { name: 'Ana Lucía Torres', id: 'person:ana-lucia-torres', normalized: 'Ana Lucía Torres', affiliation: 'state:PER' },
      { name: 'Jan de Vries', id: 'person:jan-de-vries', normalized: 'Jan de Vries', affiliation: 'state:NLD' },
    ]);
    expect(findMentions('the conference held in Kyoto (Japan)', english).filter((mention) => mention.type === 'location').map((mention) => mention.text)).toEqual(['Kyoto']);
  });

  it('takes from a signature name field neither the function written after the name nor a bare honorific', () => {
    const document = testLetter({
      title: 'Letter',
      paragraphs: ['I have the honour to write.'],
      signatures: [
        { roles: [], name: 'Paul NDONGO Vice-President' },
        { roles: [], name: 'Rev.' },
      ],
    });
    const tagged = tagEntities(document);
    const people = tagged.entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => [person.mentions[0]!.text, person.normalized])).toEqual([['Paul NDONGO', 'Paul Ndongo']]);
    expect(tagged.letter.signatures.map((signature) => signature.personId)).toEqual(['person:paul-ndongo', undefined]);
  });
});
