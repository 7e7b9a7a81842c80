/**
 * Scanned letters read by OCR come out segmented like the text they were typeset from: the same title,
 * body paragraphs and signatories. The scan fixtures (scripts/make-scans.ts, make-english-scan.ts) set
 * paragraphs apart by space and nothing else, as many typed letters do; the OCR's layout step must find
 * those breaks, and the title must end where the body opens.
 */
import { distance } from 'fastest-levenshtein';
import { afterAll, describe, expect, it } from 'vitest';
import type { UnDocument } from '../pipeline/model/index.ts';
import { terminateOcr } from '../pipeline/ocr/index.ts';
import { aknValidation, documentSchemaErrors, runFixture as run } from './languages/helpers.ts';

/** What a reader checks of a letter: kind, date, senders and addressees, paragraphs, who signed. */
function letterShape(document: UnDocument) {
  const { letter } = document;
  return {
    kind: letter.kind,
    date: letter.date,
    senders: letter.senders.length,
    addressees: letter.addressees.length,
    paragraphs: letter.body.length,
    signatories: letter.signatures.length,
  };
}

afterAll(() => terminateOcr());

describe.each([
  { scan: 'fixtures/scans/seed003-page-150dpi.png', text: 'fixtures/seeds/003_fa7ca501a90a39ad.txt' },
  { scan: 'fixtures/scans/seed000-broken-text-layer.pdf', text: 'fixtures/seeds/000_44b9d8396a3b70c7.txt' },
  { scan: 'fixtures/scans/en007-scan-200dpi.pdf', text: 'fixtures/letters/en/007-en.txt' },
])('$scan', ({ scan, text }) => {
  it('is segmented like the text it was typeset from', async () => {
    const [scanned, typed] = await Promise.all([run(scan), run(text)]);
    expect(scanned.pages?.some((page) => page.method === 'ocr')).toBe(true);
    expect(letterShape(scanned)).toEqual(letterShape(typed));
    expect(typed.letter.signatures.length).toBeGreaterThan(0);
    // The title ends where it ends: at most a few characters read differently.
    const title = (document: UnDocument) => document.letter.title?.text ?? '';
    expect(distance(title(scanned), title(typed))).toBeLessThanOrEqual(Math.ceil(title(typed).length * 0.03));
    expect(scanned.annexes.length).toBe(typed.annexes.length);
    // Signatories by name, accents and a letter the OCR language lacks aside (the English model reads
    // `ú` as `u`, the French one `ğ` as another letter).
    const names = (document: UnDocument) => document.letter.signatures.map((signature) => (signature.name ?? '').normalize('NFD').replace(/\p{M}/gu, ''));
    names(scanned).forEach((name, index) => expect(distance(name, names(typed)[index]!), name).toBeLessThanOrEqual(1));
  }, 60_000);

  it('gives JSON valid against the document schema and Akoma Ntoso valid against the official schema', async () => {
    const document = await run(scan);
    expect(await documentSchemaErrors(document)).toEqual([]);
    expect((await aknValidation(document)).errors).toEqual([]);
  }, 60_000);
});
