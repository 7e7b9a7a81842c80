/** Persons as long reports list them: sanctions entries, surnames in capitals, initials, particles, field labels. Invented names. */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import { findMentions } from './index.ts';
import { personId } from './person-id.ts';

const english = languageResources('en');

function persons(text: string) {
  return findMentions(text, english)
    .filter((mention) => mention.type === 'person')
    .map(({ text: name, id, normalized, honorific }) => ({ name, id, normalized, ...(honorific ? { honorific } : {}) }));
}

describe('persons of a sanctions list', () => {
  it('reads the numbered parts of an individual’s name as one name, and each other name after an alias label', () => {
    const entry = 'Name: 1: HASSAN 2: ALI 3: MUSA 4: na Title: Colonel Designation: Commander of the brigade DOB: 3 Feb. 1971 Good quality a.k.a.: a) Abu Musa b) Hassan al-Musawi Low quality a.k.a.: na Nationality: Sudan';
    expect(persons(entry)).toEqual([
      { name: 'HASSAN 2: ALI 3: MUSA', id: personId('Hassan Ali Musa'), normalized: 'Hassan Ali Musa' },
      { name: 'Abu Musa', id: personId('Abu Musa'), normalized: 'Abu Musa' },
      { name: 'Hassan al-Musawi', id: personId('Hassan al-Musawi'), normalized: 'Hassan al-Musawi' },
    ]);
  });

  it('takes no field label after a rank for a name', () => {
    expect(persons('Title: Brigadier General Designation: na')).toEqual([]);
  });
});

describe('names in lists with no cue', () => {
  it('reads a surname printed in capitals before the given name, but no run of acronyms', () => {
    expect(persons('The list names TEMBO Kwasi and Ilse OKONKWO-BAYE among the officers; UNICEF WFP teams left.')).toEqual([
      { name: 'TEMBO Kwasi', id: personId('Tembo Kwasi'), normalized: 'Tembo Kwasi' },
      { name: 'Ilse OKONKWO-BAYE', id: personId('Ilse Okonkwo-Baye'), normalized: 'Ilse Okonkwo-Baye' },
    ]);
  });

  it('reads initials before a surname and particles in a row', () => {
    expect(persons('The study by K. L. Mwangazi cites R.T. Okeke, and Pieter van der Wielen met Ines de la Fuentez.').map((person) => person.name)).toEqual([
      'K. L. Mwangazi',
      'R.T. Okeke',
      'Pieter van der Wielen',
      'Ines de la Fuentez',
    ]);
    expect(persons('Section A. Introduction and B. Mandate')).toEqual([]);
  });
});
