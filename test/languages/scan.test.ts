/**
 * The English scan fixture (fixtures/scans/en007-scan-200dpi.pdf, made by scripts/make-english-scan.ts from
 * fixtures/letters/en/007-en.txt): read with the English OCR data, detected as English, and its letter
 * title, kind, date and header read with the English cues.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { characterErrorRate } from '../../fixtures/error-rate.ts';
import { describe, expect, it } from 'vitest';
import type { UnDocument } from '../../pipeline/model/index.ts';
import { bodyShape, documentShape, projectRoot, runFixture } from './helpers.ts';

const SCAN = 'fixtures/scans/en007-scan-200dpi.pdf';
const TRUTH = 'fixtures/scans/en007-scan-200dpi.truth';
const TYPESET_FROM = 'fixtures/letters/en/007-en.txt';

const scan = (lang?: 'en'): Promise<UnDocument> => runFixture(SCAN, lang);

describe('English scan', () => {
  it('is read by OCR with the English data, at a character error rate under 2%', async () => {
    const document = await scan('en');
    expect(document.pages?.map((page) => page.method)).toEqual(['ocr', 'ocr', 'ocr']);
    const truth = await readFile(join(projectRoot, TRUTH), 'utf8');
    expect(characterErrorRate([{ hypothesis: document.rawText, truth }])).toBeLessThan(0.02);
  });

  it('is detected as English without --lang', async () => {
    const document = await scan();
    expect([document.lang, document.langSource]).toEqual(['en', 'detected']);
  });

  it('is OCR’d with the English data without --lang too: the same text as with --lang en', async () => {
    const [detected, forced] = await Promise.all([scan(), scan('en')]);
    expect(detected.rawText).toBe(forced.rawText);
  });

  it('gives the letter’s kind, date and distribution header', async () => {
    const document = await scan();
    expect({ kind: document.letter.kind, date: document.letter.date, organs: document.header?.organs.length, session: document.header?.sessionNumber }).toEqual({
      kind: 'identical',
      date: '2019-03-14',
      organs: 2,
      session: 73,
    });
  });
});

describe('English scan against the letter it was typeset from', () => {
  it('has the same structure: paragraphs, numbered paragraphs, the bullet list and its items, signatures', async () => {
    const text = await runFixture(TYPESET_FROM);
    expect(documentShape(await scan())).toEqual(documentShape(text));
    expect(bodyShape(text.annexes[0]!.body).listItems.length).toBeGreaterThan(0);
  }, 60_000);
});
