/**
 * The entity stage reads every text of the model. When segmentation keeps a new kind of text apart
 * (footnotes, page marks), a walk that does not know it silently loses every date, symbol and State
 * printed there; these tests find any text-bearing node of a segmented letter that the walk skips.
 */
import { describe, expect, it } from 'vitest';
import { tagEntities } from '../../pipeline/entities/index.ts';
import { readingTexts } from '../../pipeline/model/text-nodes.ts';
import type { UnDocument } from '../../pipeline/model/index.ts';
import { ENGLISH_FIXTURES, PARALLEL_LETTERS, runFixture } from '../languages/helpers.ts';
import { taggedMentions, testLetter } from '../helpers/entities.ts';

/** Parts of the model that are not the letter's text: what the stages found or did, and the raw text. */
const NOT_TEXT = new Set(['entities', 'repairs', 'suggestions', 'warnings', 'pages', 'ocrDoubtful', 'rawText', 'text', 'source', 'damage']);

/** Every node of the model that carries a `text` and an `id` (the shape of every reflowed text the segmenter makes). */
function textBearingNodes(value: unknown, found: { id: string; text: string }[] = []): { id: string; text: string }[] {
  if (Array.isArray(value)) for (const item of value) textBearingNodes(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.text === 'string') found.push({ id: record.id, text: record.text });
    for (const [key, child] of Object.entries(record)) if (!NOT_TEXT.has(key)) textBearingNodes(child, found);
  }
  return found;
}

/** Ids of the nodes with text that the entity stage does not read. */
function unread(document: UnDocument): string[] {
  const read = new Set(readingTexts(document).map((piece) => piece.nodeId));
  // The document's own id and text are the whole letter, not a node of it: only its parts are walked.
  const parts = Object.entries(document).filter(([key]) => !NOT_TEXT.has(key)).map(([, part]) => part);
  return textBearingNodes(parts)
    .filter((node) => node.text.trim() !== '' && !read.has(node.id))
    .map((node) => node.id);
}

describe('the texts the entity stage reads', () => {
  it('include every text-bearing node of the segmented fixtures', async () => {
    const paths = [...ENGLISH_FIXTURES, ...PARALLEL_LETTERS.map((letter) => letter.fr)];
    for (const path of paths) expect(unread(await runFixture(path)), path).toEqual([]);
  });

  it('include the footnotes, whose symbols and dates are the letter’s own references', () => {
    const document = testLetter({
      paragraphs: ['The Committee took note of the letters listed below.'],
      footnotes: ['Letters dated 4 March 2024 (S/2024/211) and 9 May 2024 (S/2024/388) from the Permanent Representative of Peru.'],
    });
    expect(unread(document)).toEqual([]);
    expect(taggedMentions(document, 'reference')).toEqual([
      ['S/2024/211', 'ref:S-2024-211'],
      ['S/2024/388', 'ref:S-2024-388'],
    ]);
    expect(taggedMentions(document, 'date').map(([text]) => text)).toEqual(['4 March 2024', '9 May 2024']);
    const footnoteMentions = tagEntities(document).entities.flatMap((entity) => entity.mentions).filter((mention) => mention.nodeId === 'footnote_1');
    for (const mention of footnoteMentions) expect(document.footnotes![0]!.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
