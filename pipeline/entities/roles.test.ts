/**
 * Roles in English letters: the function with its modifiers, portfolio and owner, and functions printed
 * alone that stand for a role named before them. Sentences written for these tests (fictional offices).
 */
import { describe, expect, it } from 'vitest';
import { languageResources } from '../lang/index.ts';
import type { Block, Signature, UnDocument } from '../model/index.ts';
import { findMentions, tagEntities } from './index.ts';

const english = languageResources('en');

function roles(text: string): [string, string][] {
  return findMentions(text, english)
    .filter((mention) => mention.type === 'role')
    .map((mention) => [mention.text, mention.id]);
}

function letter(title: string, paragraphs: string[], signatures: Omit<Signature, 'id' | 'signed'>[] = []): UnDocument {
  const body: Block[] = paragraphs.map((text, index) => ({ type: 'paragraph', id: `letter.para_${index + 1}`, text }));
  return {
    schemaVersion: '1',
    id: '0000000000000000',
    source: { name: 'test.txt', mediaType: 'text/plain', sha256: '0'.repeat(64), bytes: 0 },
    lang: 'en',
    langSource: 'option',
    rawText: '',
    text: '',
    letter: {
      kind: 'single',
      title: { id: 'letter.title', text: title },
      senders: [],
      addressees: [],
      body,
      signatures: signatures.map((signature, index) => ({ ...signature, id: `letter.signature_${index + 1}`, signed: Boolean(signature.name) })),
    },
    annexes: [],
    entities: [],
    repairs: [],
    suggestions: [],
    warnings: [],
  };
}

/** Every role mention of a tagged letter as [text, id], in reading order. */
function taggedRoles(document: UnDocument): [string, string][] {
  return tagEntities(document)
    .entities.filter((entity) => entity.type === 'role')
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, id: entity.id })))
    .sort((a, b) => a.mention.nodeId.localeCompare(b.mention.nodeId) || (a.mention.field ?? '').localeCompare(b.mention.field ?? '') || a.mention.start - b.mention.start)
    .map(({ mention, id }) => [mention.text, id]);
}

describe('roles by the shape of their phrase', () => {
  it('keeps modifiers and portfolio in the function and takes the owner after `of`', () => {
    expect(roles('a note from the Acting Minister of Health of the Republic of Chile and the Federal Minister for Trade, Industry and Tourism of Austria')).toEqual([
      ['Acting Minister of Health of the Republic of Chile', 'role:acting-minister-of-health:CHL'],
      ['Federal Minister for Trade, Industry and Tourism of Austria', 'role:federal-minister-for-trade-industry-and-tourism:AUT'],
    ]);
  });

  it('reads the owner through the sender’s mission, and stops before `to the United Nations`', () => {
    expect(roles('the Chargé d’affaires a.i. of the Permanent Mission of Chile to the United Nations')).toEqual([
      ['Chargé d’affaires a.i. of the Permanent Mission of Chile', 'role:charge-d-affaires-a-i:CHL'],
    ]);
  });

  it('takes a body written before the function as its owner, and gives UN functions no owner', () => {
    expect(roles('the UNICEF Executive Director, the Security Council Facilitator and the United Nations Secretary-General')).toEqual([
      ['UNICEF Executive Director', 'role:executive-director:unicef'],
      ['Security Council Facilitator', 'role:facilitator:unsc'],
      ['United Nations Secretary-General', 'role:secretary-general'],
    ]);
  });

  it('keeps a portfolio written after the owner, and ends a role at a comma that starts a name', () => {
    expect(roles('the High Representative of the European Union for Trade and Customs, and the United Nations High Commissioner for Refugees, Ana Lima')).toEqual([
      ['High Representative of the European Union for Trade and Customs', 'role:high-representative-for-trade-and-customs:eu'],
      ['United Nations High Commissioner for Refugees', 'role:high-commissioner-for-refugees'],
    ]);
  });

  it('gives two functions joined by `and` the owner of the second, and a demonym’s state to a function after it', () => {
    expect(roles('the Minister of State and Minister of Justice of Peru met the Chilean interim Foreign Minister')).toEqual([
      ['Minister of State', 'role:minister-of-state:PER'],
      ['Minister of Justice of Peru', 'role:minister-of-justice:PER'],
      ['Foreign Minister', 'role:foreign-minister:CHL'],
    ]);
  });

  it('finds no role inside the name of a body, nor inside another role', () => {
    expect(roles('the Office of the United Nations High Commissioner for Refugees and the Special Representative of the Secretary-General for Haiti')).toEqual([
      ['Special Representative of the Secretary-General for Haiti', 'role:special-representative-of-secretary-general:HTI'],
    ]);
  });
});

describe('functions printed alone', () => {
  it('stand for the role they shorten, named before them, and are dropped when they shorten none', () => {
    const document = letter('Letter', [
      'The Director General of the International Atomic Energy Agency and the Security Council Facilitator reported.',
      'The Facilitator thanked the Director General; the Coordinator was absent.',
    ]);
    expect(taggedRoles(document)).toEqual([
      ['Director General of the International Atomic Energy Agency', 'role:director-general:iaea'],
      ['Security Council Facilitator', 'role:facilitator:unsc'],
      ['Facilitator', 'role:facilitator:unsc'],
      ['Director General', 'role:director-general:iaea'],
    ]);
  });

  it('on a signature line take the state of the block, else the sender’s', () => {
    const document = letter(
      'Letter dated 3 May 2021 from the Permanent Representative of Chile to the United Nations',
      ['I have the honour to write.'],
      [
        { roles: ['Chargé d’affaires a.i.', 'Permanent Mission of Peru to the United Nations'], name: 'Ana Lima' },
        { roles: ['Permanent Representative'], name: 'Juan Pérez' },
      ],
    );
    expect(taggedRoles(document)).toEqual([
      ['Chargé d’affaires a.i.', 'role:charge-d-affaires-a-i:PER'],
      ['Permanent Representative', 'role:permanent-representative:CHL'],
      ['Permanent Representative of Chile', 'role:permanent-representative:CHL'],
    ]);
  });
});
