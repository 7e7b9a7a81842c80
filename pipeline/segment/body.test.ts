/**
 * Rules inside a body, each on a short text written for the test (no letter copied): what hangs from a numbered
 * paragraph, where a paragraph goes on or ends.
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

const TITLE = [
  'Letter dated 3 June 2025 from the Permanent Representative of Chile to the United Nations addressed to ',
  'the Secretary-General',
  '',
];

/** The blocks as one line each, children indented: `P 3 text`, `L a text`, `S heading`. */
function outline(blocks: readonly Block[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return blocks.flatMap((block): string[] => {
    if (block.type === 'section') return [`${pad}S ${block.num ?? ''}|${block.heading?.text ?? ''}`, ...outline(block.children, depth + 1)];
    if (block.type === 'paragraph') return [`${pad}P ${block.num ?? ''} ${block.text}`, ...outline(block.children ?? [], depth + 1)];
    if (block.type === 'list') return block.items.flatMap((item) => [`${pad}L ${item.num ?? ''} ${item.text}`, ...outline(item.children ?? [], depth + 1)]);
    return [`${pad}T`];
  });
}

describe('a paragraph quoting operative text after a colon', () => {
  const text = [
    ...TITLE,
    '1. ',
    'In its decision of last year, the Council decided:',
    '',
    'to request, in line with the rules of the Convention, that the State Party take ',
    'the following steps within 90 days: ',
    '',
    '(a)',
    'declare all the sites concerned; ',
    '',
    '(b)',
    'resolve the issues still open. ',
    '',
    '2. ',
    'The State Party has not yet taken these steps. ',
    '',
  ].join('\n');
  const body = segment(document(text), {}, context).letter.body;

  it('hangs the lower-case paragraph from the numbered paragraph, and the lettered items with it', () => {
    expect(outline(body)).toEqual([
      'P 1 In its decision of last year, the Council decided:',
      '  P  to request, in line with the rules of the Convention, that the State Party take the following steps within 90 days:',
      '    L a declare all the sites concerned;',
      '    L b resolve the issues still open.',
      'P 2 The State Party has not yet taken these steps.',
    ]);
  });
});
