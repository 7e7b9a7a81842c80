/**
 * Scanned pages in Spanish, Russian, Arabic and Chinese (fixtures/scans/world/, made by
 * scripts/make-world-scans.ts from the real parallel letters): each is read through the whole pipeline with
 * its language's OCR data, and its text comes back close to what was typeset. The floors are the character
 * error rates measured on these pages (es 0.11%, ru 0.38%, ar 0.17%, zh 1.01%) with margin; the tuning scans of
 * `npm run bench:ocr -- --languages` read 0.11%, 0.43%, 1.89%, 0.85%.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../fixtures/error-rate.ts';
import { projectRoot, runFixture } from './helpers.ts';

const SCANS = [
  { lang: 'es', floor: 0.01 },
  { lang: 'ru', floor: 0.015 },
  { lang: 'ar', floor: 0.015 },
  { lang: 'zh', floor: 0.025 },
] as const;

describe.each(SCANS)('$lang scanned page', ({ lang, floor }) => {
  const stem = `fixtures/scans/world/${lang}-S-2025-180-scan-200dpi`;

  it(`is read by OCR in its language at a character error rate under ${floor * 100}%`, async () => {
    const document = await runFixture(`${stem}.pdf`, lang);
    expect(document.pages?.map((page) => page.method)).toEqual(['ocr']);
    const truth = await readFile(join(projectRoot, `${stem}.truth`), 'utf8');
    expect(characterErrorRate([{ hypothesis: document.rawText, truth }])).toBeLessThan(floor);
  }, 120_000);

  it('is told to be in its language without --lang, and read as with it', async () => {
    const [detected, forced] = await Promise.all([runFixture(`${stem}.pdf`), runFixture(`${stem}.pdf`, lang)]);
    expect([detected.lang, detected.langSource]).toEqual([lang, 'detected']);
    expect(detected.rawText).toBe(forced.rawText);
  }, 120_000);
});

describe('Chinese scanned page', () => {
  it('is read without spaces between Chinese words, as Chinese is written', async () => {
    const document = await runFixture('fixtures/scans/world/zh-S-2025-180-scan-200dpi.pdf', 'zh');
    expect(document.rawText).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
  }, 120_000);
});
