/**
 * Tables, figures and their notes as the UN prints them (texts written for this test in the layout of `mutool draw -F
 * txt`, no letter copied): an annex of photographs whose text layer holds only the captions, the links under them and
 * the source line that closes it.
 */
import { describe, expect, it } from 'vitest';
import { defaultLanguages } from '../lang/index.ts';
import type { Block, UnDocument } from '../model/index.ts';
import { segment } from './index.ts';
import { newDocument } from '../extract/index.ts';

function document(text: string): UnDocument {
  const bytes = new TextEncoder().encode(text);
  return newDocument({ rawText: text, source: { name: 'test.txt', mediaType: 'text/plain', sha256: '', bytes: bytes.length } }, bytes, 'en');
}

const context = { languages: defaultLanguages, warn: () => {} };

function paragraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' ? paragraphs(block.children) : block.type === 'paragraph' ? [block.text] : []));
}

/** A running head of a later page. */
const head = (page: number) => ['\f', 'A/80/999', 'S/2025/999', '', '25-01234', `${page}/5`, ''];

const letter = [
  'Letter dated 2 May 2025 from the Permanent Representative of Norway to the ',
  'United Nations addressed to the Secretary-General',
  '',
  'I have the honour to bring to your attention the damage done by the floods ',
  '',
  'that struck the northern valleys last week (see annex).',
  '',
  'I should be grateful if the present letter and its annex could be circulated as ',
  '',
  'a document of the General Assembly.',
  '',
  '(Signed) Kari Nordmann',
  '',
  'Permanent Representative',
  '',
];

const photographs = [
  ...letter,
  ...head(2),
  'Annex to the letter dated 2 May 2025 from the Permanent Representative of Norway ',
  'to the United Nations addressed to the Secretary-General',
  '',
  'Damage done by the floods in the upper valley (28 April 2025) ',
  '',
  ...head(3),
  ...head(4),
  ...head(5),
  'Source: Directorate for Civil Protection.',
  '',
];

describe('an annex of photographs', () => {
  const annex = segment(document(photographs.join('\n')), {}, context).annexes[0]!;

  it('closes on its source line, which is no paragraph', () => {
    expect(annex.title?.text).toBe('Damage done by the floods in the upper valley (28 April 2025)');
    expect(paragraphs(annex.body)).toEqual([]);
    expect(annex.closing?.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['Source: Directorate for Civil Protection.']);
  });
});
