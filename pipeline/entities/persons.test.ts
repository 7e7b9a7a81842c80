/** Persons in English letters: honorifics, ranks and post-nominals apart, names in capitals, lists of members, signature names. Invented names. */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import { findMentions, tagEntities } from './index.ts';
import { testLetter } from '../../test/helpers/entities.ts';
import { personId } from './person-id.ts';

const english = languageResources('en');

function persons(text: string) {
  return findMentions(text, english)
    .filter((mention) => mention.type === 'person')
    .map(({ text: name, id, normalized, honorific, postNominal, affiliation }) => ({ name, id, normalized, ...(honorific ? { honorific } : {}), ...(postNominal ? { postNominal } : {}), ...(affiliation ? { affiliation } : {}) }));
}

describe('persons', () => {
  it('keeps honorifics, ranks and post-nominals in fields of their own', () => {
    expect(persons('The delegation was led by Brigadier General Tomas ORTEGA and Sir Alan Marsh, MP, with H.E. Ambassador Lina Haddad and Rev. John Okafor.')).toEqual([
      { name: 'Tomas ORTEGA', id: personId('Tomas Ortega'), normalized: 'Tomas Ortega', honorific: 'Brigadier General' },
      { name: 'Alan Marsh', id: personId('Alan Marsh'), normalized: 'Alan Marsh', honorific: 'Sir', postNominal: 'MP' },
      { name: 'Lina Haddad', id: personId('Lina Haddad'), normalized: 'Lina Haddad', honorific: 'H.E. Ambassador' },
      { name: 'John Okafor', id: personId('John Okafor'), normalized: 'John Okafor', honorific: 'Rev.' },
    ]);
  });

  it('reads a `Name (Country)` list as persons with their State, not as places', () => {
    expect(persons('Members of the mission: Kofi MENSAH (Ghana); Ana Lucía Torres (Peru); Jan de Vries (Netherlands).')).toEqual([
      { name: 'Kofi MENSAH', id: personId('Kofi Mensah'), normalized: 'Kofi Mensah', affiliation: 'state:GHA' },
      { name: 'Ana Lucía Torres', id: personId('Ana Lucia Torres'), normalized: 'Ana Lucía Torres', affiliation: 'state:PER' },
      { name: 'Jan de Vries', id: personId('Jan De Vries'), normalized: 'Jan de Vries', affiliation: 'state:NLD' },
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
    expect(tagged.letter.signatures.map((signature) => signature.personId)).toEqual([personId('Paul Ndongo'), undefined]);
  });

  it('reads names with particles in a row and transliterated apostrophes', () => {
    expect(persons('Ambassador Ruud van der Berg and Ms. Maria de la Cruz met Mr. Ja‘far Idris.').map((person) => person.name)).toEqual(['Ruud van der Berg', 'Maria de la Cruz', 'Ja‘far Idris']);
  });

  it('finds a name written right after a function with its portfolio, the function keeping only its own words', () => {
    const mentions = findMentions('The Minister for Foreign Affairs Tarek V. Mansouri met the Under-Secretary-General for Political and Peacebuilding Affairs Rosemary Dalvano.', english);
    expect(mentions.filter((mention) => mention.type === 'person').map((mention) => mention.text)).toEqual(['Tarek V. Mansouri', 'Rosemary Dalvano']);
    expect(mentions.filter((mention) => mention.type === 'role').map((mention) => mention.text)).toEqual(['Minister for Foreign Affairs', 'Under-Secretary-General for Political and Peacebuilding Affairs']);
  });

  it('finds a name set off by commas beside a lower-case function noun, and a surname after a title when it is no common word', () => {
    expect(persons('The former leader, Osman Kediri Bakr, left. Two were named: Leyla Haroun, the caretaker governor of the bank, and Nour al-Tamimi, head of the office. His counterpart Ilkay Demiroz agreed, as did President Odhiambo.').map((person) => person.name).sort()).toEqual([
      'Ilkay Demiroz',
      'Leyla Haroun',
      'Nour al-Tamimi',
      'Odhiambo',
      'Osman Kediri Bakr',
    ]);
    // A common word after a title is no surname.
    expect(persons('as the President Elect said')).toEqual([]);
  });

  it('reads no person in a body whose name starts with a rank, nor a known place after a title', () => {
    expect(persons('The General Border Committee met. Captain Sudan was a film.')).toEqual([]);
  });

  it('finds a person named again without a cue, by the full name or a surname that is no common word', () => {
    const document = testLetter({
      title: 'Letter',
      paragraphs: ['The letter was addressed to Ilir Bexheti, President of the Regional Association.', 'A reply to Ilir Bexheti came later; Bexheti’s office and the Bexheti Foundation disagreed.'],
    });
    const people = tagEntities(document).entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => person.mentions.map((mention) => mention.text))).toEqual([['Ilir Bexheti', 'Ilir Bexheti', 'Bexheti']]);
  });

  it('reads two or three capitalized words that are no common words as a name, but not after `in`, `of`, a body’s noun or beside a place', () => {
    expect(persons('The statement by Xhevdet Kolaj was rejected.').map((person) => person.name)).toEqual(['Xhevdet Kolaj']);
    expect(persons('Fighting in Tal Rifaat, members of Jaysh Kessar, the armed group Harakat Nour and the ports of Hudaydah, Salif and Ras Kanib.')).toEqual([]);
  });

  it('reads a lone `Name (State)` as the person the letter names with an honorific, in languages with no dictionary', () => {
    const ids = (lang: 'fr' | 'es', paragraphs: string[]) =>
      tagEntities(testLetter({ lang, paragraphs })).entities.filter((entity) => entity.type === 'person' || entity.type === 'location').map((entity) => entity.id);
    expect(ids('fr', ['M. Lindqvist remplace Halvor Strandberg (Suède), qui a achevé sa mission.', 'Je remercie M. Strandberg de son travail.'])).toEqual(['person:lindqvist', 'person:halvor-strandberg']);
    expect(ids('es', ['El Sr. Lindqvist sustituye a Halvor Strandberg (Suecia), que concluyó su misión.', 'Agradezco al Sr. Strandberg su labor.'])).toEqual(['person:lindqvist', 'person:halvor-strandberg']);
    // With no such surname, a town and its State stay a place.
    expect(ids('fr', ['La réunion a eu lieu à Tromsø (Norvège).'])).toEqual(['location:tromso']);
  });

  it('reads a name with a middle initial as a person’s, after `in` or `of` too, but no heading’s numbered part', () => {
    expect(persons('as cited by Halvard T. Brenning, Harbours and Tides (2001); the essay of Ottilie R. Vashenko; in Marit K. Oyelaran (ed.). Annex I. Introduction').map((person) => person.name)).toEqual([
      'Halvard T. Brenning',
      'Ottilie R. Vashenko',
      'Marit K. Oyelaran',
    ]);
  });

  it('reads a name set off in a list even when a place or State comes after it, and each name of a list of unmarked names', () => {
    expect(persons('Forces killed two reporters, Halim Zoubeiri and Karim Bendaoud. A film-maker, Tarik Essadi, was beaten for filming Israel’s army.').map((person) => person.name)).toEqual([
      'Halim Zoubeiri',
      'Karim Bendaoud',
      'Tarik Essadi',
    ]);
    // Four words (`Walid Khaled Abdullah Ahmad`), but no street before its abbreviation.
    expect(persons('a boy, Yazid Khalouf Bendris Ouarda, was held. Send it to 15a, building 1, Dolgaya Verkhnyaya Str., Moscow.').map((person) => person.name)).toEqual(['Yazid Khalouf Bendris Ouarda']);
  });

  it('reads a name beside a role through the role’s acronym, a complement, `as`, or a former function', () => {
    expect(persons('briefed by the Head of the United Nations Office for West Africa and the Sahel (UNOWAS), Leandro Sarmiento Voss, and the Director of Research at the International Peace Institute, Jelena Rusnak.').map((person) => person.name)).toEqual(['Leandro Sarmiento Voss', 'Jelena Rusnak']);
    expect(persons('The second term of Teodor Halvik as Secretary-General of the United Nations began.').map((person) => person.name)).toEqual(['Teodor Halvik']);
    expect(persons('The killing of Idris Khaldoune, a former Palestinian Prime Minister, in 2024.').map((person) => person.name)).toEqual(['Idris Khaldoune']);
  });

  it('reads a single `Name (State)` as a person when the name is appointed `as` a function, and a State’s formal name in a list', () => {
    expect(persons('your intention to appoint Joran Velkamp (Netherlands) as your Special Representative').map((person) => [person.name, person.affiliation])).toEqual([['Joran Velkamp', 'state:NLD']]);
    expect(persons('co-chaired by Amadou Tessaba (Republic of the Niger) and Piet Koenraad (Republic of South Africa)').map((person) => [person.name, person.affiliation])).toEqual([
      ['Amadou Tessaba', 'state:NER'],
      ['Piet Koenraad', 'state:ZAF'],
    ]);
  });

  it('reads every name of a list after a plural form of address', () => {
    expect(persons('The delegation met Messrs. Kwabena Osei, Tomas Lind and Ilir Bexheti in Accra.').map((person) => [person.name, person.honorific])).toEqual([
      ['Kwabena Osei', 'Messrs.'],
      ['Tomas Lind', 'Messrs.'],
      ['Ilir Bexheti', 'Messrs.'],
    ]);
  });
});


describe('names written with initials', () => {
  it('joins a name with an initial to the full name the letter gives, and reads initials printed without spaces', () => {
    const document = testLetter({
      title: 'Letter',
      paragraphs: ['as Mr. Teodor Halvik wrote in his letter;', 'The Special Rapporteur T. Halvik, in a letter, replied.', 'Head of Department\n[signed]\nK.L. Morvane'],
    });
    const people = tagEntities(document).entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => [person.id, person.mentions.map((mention) => mention.text)])).toEqual([
      ['person:teodor-halvik', ['Teodor Halvik', 'T. Halvik']],
      ['person:k-l-morvane', ['K.L. Morvane']],
    ]);
  });

  it('joins the initial of the first name with the surname, and one of two surnames, to the full name', () => {
    const document = testLetter({
      title: 'Letter',
      paragraphs: ['the commander, Colonel Radomir Kostenko, gave the order.', 'The whereabouts of R. Kostenko are sought.', 'He succeeds Lieutenant General Ramiro Lozada Quintero (Spain). We thank Lieutenant General Lozada for his work.'],
    });
    const people = tagEntities(document).entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => [person.id, person.mentions.map((mention) => mention.text)])).toEqual([
      ['person:radomir-kostenko', ['Radomir Kostenko', 'R. Kostenko']],
      ['person:ramiro-lozada-quintero', ['Ramiro Lozada Quintero', 'Lozada']],
    ]);
  });

  it('keeps apart two names of the same length that both write their first name in full', () => {
    const document = testLetter({ title: 'Letter', paragraphs: ['Mr. Teodor Halvik met Ms. Dara Halvik.'] });
    expect(tagEntities(document).entities.filter((entity) => entity.type === 'person').map((person) => person.id)).toEqual(['person:teodor-halvik', 'person:dara-halvik']);
  });
});

describe('signatures marked `/-/`', () => {
  it('reads the name after the `/-/` mark some States print for a signature', () => {
    expect(persons('PRESIDENT OF THE REPUBLIC\n/-/ Ana Kowalska').map((person) => person.name)).toEqual(['Ana Kowalska']);
  });
});

describe('what is no person', () => {
  it('takes no form of address from the end of a compound function, nor a rank before one common word', () => {
    expect(persons('the report of the Director-General Concerning Safeguards; the Secretary-General Several delegations')).toEqual([]);
    expect(persons('the General Inspector of the Navy and the Senior Adviser for Major Cases')).toEqual([]);
    expect(persons('General Kessaro and Major Obeng arrived').map((person) => person.name)).toEqual(['Kessaro', 'Obeng']);
  });

  it('takes no people named by their demonym beside a role for a person', () => {
    expect(persons('to end the isolation of the Greek Cypriots, echoing the Secretary-General')).toEqual([]);
  });

  it('takes a single `Name (State)` for a person when no word of it names a place', () => {
    expect(persons('Ms. Kaalberg replaces Oskar Vennerud (Norway), who completed his assignment.').map(({ name, affiliation }) => [name, affiliation])).toEqual([
      ['Kaalberg', undefined],
      ['Oskar Vennerud', 'state:NOR'],
    ]);
    expect(persons('Opinion No. 46/2024 concerning Ruben Vardossian (Azerbaijan), paras. 86 and 91.').map(({ name }) => name)).toEqual(['Ruben Vardossian']);
    expect(persons('Strikes hit Nova Kakhovka (Ukraine) on Monday.')).toEqual([]);
    expect(persons('Shells fell on the town of Kafr Miloun (Lebanon).')).toEqual([]);
  });
});
