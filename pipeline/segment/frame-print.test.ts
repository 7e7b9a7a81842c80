/**
 * The frame of annexed texts as the UN prints them (texts written for this test, no letter copied): place and date
 * printed under a signature with no mark, a place printed over its date at a statement's foot or on a report's cover.
 */
import { describe, expect, it } from 'vitest';
import { defaultLanguages } from '../lang/index.ts';
import type { Block, LanguageCode, UnDocument } from '../model/index.ts';
import { segment } from './index.ts';
import { newDocument } from '../extract/index.ts';

function document(text: string, lang: LanguageCode = 'en'): UnDocument {
  const bytes = new TextEncoder().encode(text);
  return newDocument({ rawText: text, source: { name: 'test.txt', mediaType: 'text/plain', sha256: '', bytes: bytes.length } }, bytes, lang);
}

const context = { languages: defaultLanguages, warn: () => {} };

const LETTER = [
  'Letter dated 6 May 2025 from the Permanent Representative of Chile to the United Nations addressed to the ',
  'Secretary-General',
  '',
  'I have the honour to transmit herewith the text mentioned above (see annex).',
  '',
  '(Signed) Ana Lima',
  'Permanent Representative',
  '',
  '',
  'Annex to the letter dated 6 May 2025 from the Permanent Representative of ',
  'Chile to the United Nations addressed to the Secretary-General ',
  '',
];

const annexOf = (lines: string[]) => segment(document([...LETTER, ...lines].join('\n')), {}, context).annexes[0]!;
const texts = (blocks: readonly Block[]) => blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type === 'section' ? block.heading?.text : block.type));

describe('a place and date printed under a signature with no signed mark', () => {
  it('dates the text and is no function of the signatory', () => {
    const annex = annexOf([
      'Address of the President of Chile to the participants of the conference on the ocean',
      '',
      'I welcome you to this conference on the protection of the Pacific Ocean and its fisheries.',
      '',
      'I wish this conference every success in its work.',
      '',
      'Pedro Soto',
      'President of the Republic of Chile',
      '',
      'Santiago, 26 May 2025',
    ]);
    expect(annex.signatures).toMatchObject([{ name: 'Pedro Soto', roles: ['President of the Republic of Chile'] }]);
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025-05-26' });
    expect(texts(annex.body)).toHaveLength(2);
  });
});

describe('a place printed over its date', () => {
  it('closes a statement: the place and date are the text’s, no paragraph of its body', () => {
    const annex = annexOf([
      'Statement by the Ministry of Foreign Affairs of Chile on the fisheries of the Pacific',
      '',
      'Chile rejects every claim made against its fisheries in the Pacific Ocean this year.',
      '',
      'Chile remains committed to the protection of the ocean and to dialogue.',
      '',
      'Santiago',
      '30 July 2025',
    ]);
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025-07-30' });
    expect(texts(annex.body)).toHaveLength(2);
    expect(texts(annex.closing)).toEqual(['Santiago 30 July 2025']);
  });

  it('stands under a report’s title and subtitle as on its cover, giving the year alone', () => {
    const annex = annexOf([
      'The fisheries of the Pacific Ocean:',
      'a shared responsibility',
      '',
      'Report of the Ministry of Foreign Affairs',
      'of the Republic of Chile',
      '',
      'Santiago',
      '2025',
      '',
      'In the past year the fisheries of the Pacific Ocean have suffered as never before, and the',
      'States that share them must act together.',
    ]);
    expect(annex.subtitle?.text).toBe('Report of the Ministry of Foreign Affairs of the Republic of Chile');
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025', dateLine: { text: 'Santiago 2025' } });
    expect(texts(annex.body)).toEqual(['In the past year the fisheries of the Pacific Ocean have suffered as never before, and the States that share them must act together.']);
  });

  it('takes no name or function over a date for a place', () => {
    const annex = annexOf([
      'Statement by the Ministry of Foreign Affairs of Chile on the fisheries of the Pacific',
      '',
      'Chile rejects every claim made against its fisheries in the Pacific Ocean this year.',
      '',
      'Permanent Representative',
      '30 July 2025',
    ]);
    expect(annex.place).toBeUndefined();
  });
});
