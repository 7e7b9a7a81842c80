/** Places in English letters: the UN's regions and territories, and places known by their context (invented villages). */
import { describe, expect, it } from 'vitest';
import { tagEntities } from './index.ts';
import { mentionsIn, testLetter } from '../../test/helpers/entities.ts';

describe('places', () => {
  it('reads the lines the UN names as places, with their article or `of`', () => {
    expect(mentionsIn('Patrols stayed south of the Red Line and along the Line of Separation; the Gamma Line was crossed. A United Nations line of supply ran there.', 'location')).toEqual([
      ['Red Line', 'location:red-line'],
      ['Line of Separation', 'location:line-of-separation'],
      ['Gamma Line', 'location:gamma-line'],
    ]);
  });

  it('knows the UN’s regions, territories and capitals', () => {
    expect(mentionsIn('Convoys left the Gaza Strip for the West Bank, including East Jerusalem; delegates from Western Africa and the Horn of Africa met in Ouagadougou.', 'location')).toEqual([
      ['Gaza Strip', 'location:gaza-strip'],
      ['West Bank', 'location:west-bank'],
      ['East Jerusalem', 'location:east-jerusalem'],
      ['Western Africa', 'location:western-africa'],
      ['Horn of Africa', 'location:horn-of-africa'],
      ['Ouagadougou', 'location:ouagadougou'],
    ]);
  });

  it('finds the rest of a list of places, a place before its State, and sites named by what stands there', () => {
    expect(mentionsIn('the massacres in Kalumbi, Tessaro and Mbeya; the team reached Vorlak, Ukraine, then the Kessel facility and the Dunmor and Ravik sites.', 'location')).toEqual([
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

  it('takes an entity that no State recognizes, or a State’s own entity, for a territory, with no State inside it', () => {
    expect(mentionsIn('Flights of the Turkish Republic of Northern Cyprus and laws of Republika Srpska', 'location')).toEqual([
      ['Turkish Republic of Northern Cyprus', 'location:turkish-republic-of-northern-cyprus'],
      ['Republika Srpska', 'location:republika-srpska'],
    ]);
    expect(mentionsIn('Flights of the Turkish Republic of Northern Cyprus', 'state')).toEqual([]);
  });

  it('keeps a canton’s designator in the name of a known place', () => {
    expect(mentionsIn('the police of the Sarajevo Canton', 'location')).toEqual([['Sarajevo Canton', 'location:sarajevo-canton']]);
  });

  it('keeps a designator in the name of a known place', () => {
    expect(mentionsIn('the capital of North Kivu Province', 'location')).toEqual([['North Kivu Province', 'location:north-kivu-province']]);
  });

  it('reads hyphenated and two-word places of a list, places in brackets beside a place, and a list’s plural designator', () => {
    expect(mentionsIn('clashes in the Prefectures of Kessa-Kotto (Zombari), Haute-Nalou (Tam Ouarka), Haut-Bembe (Ribouti, Mvoki) and Varanga (Am Tilok). Patrols in Kessa-Kotto, Ouro-Dendé and Varanga Prefectures, then in Alimbo, Tessara and Tam Ouarka.', 'location').map(([text]) => text)).toEqual([
      'Kessa-Kotto', 'Zombari', 'Haute-Nalou', 'Tam Ouarka', 'Haut-Bembe', 'Ribouti', 'Mvoki', 'Varanga', 'Am Tilok',
      'Kessa-Kotto', 'Ouro-Dendé', 'Varanga', 'Alimbo', 'Tessara', 'Tam Ouarka',
    ]);
  });

  it('reads a place with its designator after `in`, after a capitalized place, or as an item of a list', () => {
    expect(mentionsIn('Visits took place in Ribouti and Mvoki in Haut-Bembe Prefecture, Kessara in Ouro-Dendé Prefecture and Tilbé, Lom-Pendé Prefecture.', 'location')).toEqual([
      ['Ribouti', 'location:ribouti'],
      ['Mvoki', 'location:mvoki'],
      ['Haut-Bembe Prefecture', 'location:haut-bembe-prefecture'],
      ['Kessara', 'location:kessara'],
      ['Ouro-Dendé Prefecture', 'location:ouro-dende-prefecture'],
      ['Tilbé', 'location:tilbe'],
      ['Lom-Pendé Prefecture', 'location:lom-pende-prefecture'],
    ]);
  });

  it('reads a list item whose second word opens with a glued particle, and no common word before a State as a place', () => {
    expect(mentionsIn('raids in Kessalo, Tawilra and Ras al-Mabar; the Centre for Education and Training, Ukraine', 'location')).toEqual([
      ['Kessalo', 'location:kessalo'],
      ['Tawilra', 'location:tawilra'],
      ['Ras al-Mabar', 'location:ras-al-mabar'],
    ]);
  });

  it('reads a place before a lower-case designator, but no demonym', () => {
    expect(mentionsIn('strikes from the Tarvask region on the town of Velbrod in the Kordask region and the Ostrovskii municipal district; the Russian region was calm.', 'location').map(([text]) => text)).toEqual([
      'Tarvask', 'Velbrod', 'Kordask', 'Ostrovskii',
    ]);
  });

  it('takes no place from an adjective made from a known place’s name after `in`', () => {
    expect(mentionsIn('a centre of excellence in African trade and in European markets, based in Kessalo', 'location')).toEqual([['Kessalo', 'location:kessalo']]);
  });

  it('takes no place from a month or a title-case phrase after `in`', () => {
    expect(mentionsIn('adopted in March under the Convention on Cooperation in Support of Trade', 'location')).toEqual([]);
  });
});

describe('places known by their context, over the letter', () => {
  it('names the place again wherever the letter repeats it, once its context made it known', () => {
    const document = tagEntities(testLetter({ paragraphs: ['Shelling struck Velika Dolina, Ukraine, on 3 May.', 'The inhabitants of Velika Dolina left; Dolina Street was closed.'] }));
    const place = document.entities.find((entity) => entity.id === 'location:velika-dolina');
    expect(place?.mentions.map((mention) => mention.nodeId)).toEqual(['letter.para_1', 'letter.para_2']);
  });

  it('takes no capital at the start of a sentence or bullet for a place', () => {
    expect(mentionsIn('The stock is unaccounted for. Altogether, Ukraine reports losses.', 'location')).toEqual([]);
    expect(mentionsIn('• Hidden sites: enrichment at undeclared locations.', 'location')).toEqual([]);
  });

  it('takes no place from a preposition before common words or a language, and finds camps and places after their designator', () => {
    expect(mentionsIn('As set out in Phase II and in Parliament, written in Arabic, the camp of Tawilra and the Abu Sharef camp were shelled in Kessalo.', 'location')).toEqual([
      ['Tawilra', 'location:tawilra'],
      ['Abu Sharef', 'location:abu-sharef'],
      ['Kessalo', 'location:kessalo'],
    ]);
  });
});


describe('towns and cities of the world gazetteer', () => {
  it('knows a town or city no table lists, and the rest of a list it starts', () => {
    expect(mentionsIn('Overnight, drones were downed over Kaluga; the convoy reached Bouar, Tessaro and Mbeya.', 'location')).toEqual([
      ['Kaluga', 'location:kaluga'],
      ['Bouar', 'location:bouar'],
      ['Tessaro', 'location:tessaro'],
      ['Mbeya', 'location:mbeya'],
    ]);
  });

  it('takes no city from a longer capitalized name that holds one', () => {
    // (An instrument's title is no such name: it names the town it was made in, `Jeddah Declaration`, below.)
    expect(mentionsIn('a statement by Vladimir Petrenko on Kaluga Television', 'location')).toEqual([]);
  });

  it('keeps a designator after a city in its name, and a body’s longer name around it wins', () => {
    expect(mentionsIn('a strike on the Kaluga Region; the Association of Tanners of Kaluga Region met', 'location')).toEqual([['Kaluga Region', 'location:kaluga-region']]);
    expect(mentionsIn('shelling of Gaza City', 'location')).toEqual([['Gaza City', 'location:gaza-city']]);
  });

  it('takes a city after `in` even where a title-case phrase follows it', () => {
    expect(mentionsIn('crimes committed in Kaluga in May; in Kaluga the United Nations stood by', 'location')).toEqual([
      ['Kaluga', 'location:kaluga'],
      ['Kaluga', 'location:kaluga'],
    ]);
  });

  it('guesses no city in a language whose common words it cannot tell from names', () => {
    expect(mentionsIn('Un accord a été signé.', 'location', 'fr')).toEqual([]);
  });
});

describe('places named by a designator or a feature’s noun', () => {
  it('reads an unknown name before a place’s designator or feature, from its first word that is no common word', () => {
    expect(mentionsIn('Flights to Kelbar State Airport resumed; the Velmora River and the Tarsk Region flooded; the Great River stayed calm.', 'location')).toEqual([
      ['Kelbar State Airport', 'location:kelbar-state-airport'],
      ['Velmora River', 'location:velmora-river'],
      ['Tarsk Region', 'location:tarsk-region'],
    ]);
  });

  it('reads a feature’s noun, `of` and the name as one place, over the table’s shorter names inside it', () => {
    expect(mentionsIn('patrols across the Gulf of Tessar and the Gulf of Guinea', 'location')).toEqual([
      ['Gulf of Tessar', 'location:gulf-of-tessar'],
      ['Gulf of Guinea', 'location:gulf-of-guinea'],
    ]);
  });
});

describe('a modifier printed as part of a place’s name', () => {
  it('joins `Occupied` to the place or State after it, and leaves a table’s longer name whole', () => {
    expect(mentionsIn('Raids in Occupied East Jerusalem and across Occupied Palestine; the Occupied Palestinian Territory', 'location')).toEqual([
      ['Occupied East Jerusalem', 'location:occupied-east-jerusalem'],
      ['Occupied Palestine', 'location:occupied-palestine'],
      ['Occupied Palestinian Territory', 'location:occupied-palestinian-territory'],
    ]);
  });
});

describe('places named by a site, a date after them, an instrument', () => {
  it('reads every site of a list before one plural noun, and a site after its owner in the possessive', () => {
    expect(mentionsIn('homes marked in the Kessira, Amdal and Tobruz refugee camps; women arriving in the Goz Tabor and Ouralé camps; a boy who died in Israel’s Meskin prison; thousands in Israeli prisons.', 'location')).toEqual([
      ['Kessira', 'location:kessira'],
      ['Amdal', 'location:amdal'],
      ['Tobruz', 'location:tobruz'],
      ['Goz Tabor', 'location:goz-tabor'],
      ['Ouralé', 'location:ourale'],
      ['Meskin', 'location:meskin'],
    ]);
  });

  it('takes a month after `in` for the date of the sentence, not the rest of a title', () => {
    expect(mentionsIn('a boy abducted from his home in Tal Verin in September 2024', 'location')).toEqual([['Tal Verin', 'location:tal-verin']]);
  });

  it('reads a big city of a State written in Cyrillic in another romanization, under the letter’s spelling', () => {
    expect(mentionsIn('crimes of the Kiev regime, shelling of Kharkov and Odessa, talks in Lvov', 'location')).toEqual([
      ['Kiev', 'location:kiev'],
      ['Kharkov', 'location:kharkov'],
      ['Odessa', 'location:odessa'],
      ['Lvov', 'location:lvov'],
    ]);
    // Only a Cyrillic State's big city is read so: no word is taken for a city whose consonants it shares.
    expect(mentionsIn('statements by Kazem, Samar and Hanna on Sunday', 'location')).toEqual([]);
  });

  it('reads the town an instrument is named after', () => {
    expect(mentionsIn('as envisaged by the Jeddah Declaration and the Chicago Convention of 1944', 'location')).toEqual([
      ['Jeddah', 'location:jeddah'],
      ['Chicago', 'location:chicago'],
    ]);
  });
});

describe('what is no place', () => {
  it('takes no place from a form of address after `in`', () => {
    expect(mentionsIn('the documents referred to in Mr. Teodor Halvik’s letter and in Dr Oskel’s reply', 'location')).toEqual([]);
  });
});
