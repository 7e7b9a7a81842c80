/**
 * Spanish and Russian letters end to end (issue 19), on the tuning parallel sets of fixtures/real/parallel
 * (translations of five real English letters, with hand-written expectations in
 * fixtures/real/expected/<id>.{es,ru}.json; the held-out sets A-79-945 and S-2025-395 are not read here):
 * the letter's date, senders, every signatory, annexes and header as expected; the same state and person
 * ids in the French, Spanish and Russian versions; Akoma Ntoso valid with spa/rus; the PDF read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKey } from '../../pipeline/entities/person-id.ts';
import { emitters, renderAll } from '../../pipeline/emit/index.ts';
import type { Signature, UnDocument } from '../../pipeline/model/index.ts';
import { inspectPdf } from '../helpers/pdf-tools.ts';
import { aknValidation, entityIds, projectRoot, runFixture } from './helpers.ts';

const TUNING = ['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394'];
const LANGUAGES = ['es', 'ru'] as const;

interface Expected {
  letter: { date: string; senderStart: string; signatures: Array<{ honorific: string | null; roles: string[]; name: string }> };
  header: { sessionNumber?: number; agendaItems?: string[] } | null;
  annexes: Array<{ label?: string | null; signatures?: Array<{ name: string | null }> }>;
}

const expected = (id: string, language: string): Expected => JSON.parse(readFileSync(join(projectRoot, 'fixtures/real/expected', `${id}.${language}.json`), 'utf8'));
const letter = (id: string, language: string): Promise<UnDocument> => runFixture(`fixtures/real/parallel/${id}/${language}.txt`);

/** Case and white space aside. */
const loose = (text: string | null | undefined): string => (text ?? '').toLowerCase().replace(/\s+/gu, ' ').trim();
const signatureView = (signature: { honorific?: string | null; roles: readonly string[]; name?: string | null }) => ({
  honorific: loose(signature.honorific),
  roles: signature.roles.map(loose),
  name: loose(signature.name),
});

describe.each(LANGUAGES)('%s letters segment as expected', (language) => {
  it.each(TUNING)('%s: date, senders, signatories, header and annexes', async (id) => {
    const document = await letter(id, language);
    const want = expected(id, language);
    expect(document.lang).toBe(language);
    expect(document.letter.date).toBe(want.letter.date);
    expect(document.letter.senders.map(loose)).toEqual([loose(want.letter.senderStart)]);
    expect(document.letter.signatures.map((signature: Signature) => signatureView(signature))).toEqual(want.letter.signatures.map(signatureView));
    expect(document.header?.sessionNumber).toBe(want.header?.sessionNumber);
    expect(document.header?.agendaItems ?? []).toEqual(want.header?.agendaItems ?? []);
    expect(document.annexes.length).toBe(want.annexes.length);
    // Every annex signatory by name, in order.
    expect(document.annexes.map((annex) => annex.signatures.map((signature) => loose(signature.name)))).toEqual(
      want.annexes.map((annex) => (annex.signatures ?? []).map((signature) => loose(signature.name))),
    );
  });
});

describe('parallel versions give the same ids', () => {
  it.each(TUNING)('%s: the same states in French, Spanish and Russian', async (id) => {
    const [french, spanish, russian] = await Promise.all(['fr', ...LANGUAGES].map((language) => letter(id, language)));
    const states = (document: UnDocument) => entityIds(document, ['state']);
    expect(states(spanish!)).toEqual(states(french!));
    expect(states(russian!)).toEqual(states(french!));
    expect(states(french!).length).toBeGreaterThan(0);
  });

  it('the same persons in Spanish (by the same ids) and in Russian (by their sound key): a Cyrillic name meets its Latin spelling with no Latin spelling in the letter', async () => {
    let total = 0;
    for (const id of TUNING) {
      const [french, spanish, russian] = await Promise.all(['fr', ...LANGUAGES].map((language) => letter(id, language)));
      const persons = (document: UnDocument) => entityIds(document, ['person']);
      expect(persons(spanish!)).toEqual(persons(french!));
      // The sound key (pipeline/entities/person-id.ts) links `Кэролин Родригес-Биркетт` and `Carolyn Rodrigues-Birkett`.
      const soundKeys = (document: UnDocument) => document.entities.filter((entity) => entity.type === 'person').map((entity) => entity.soundKey).sort();
      expect([id, soundKeys(russian!)]).toEqual([id, soundKeys(french!)]);
      total += persons(french!).length;
    }
    expect(total).toBeGreaterThanOrEqual(8);
  });

  it('the same organizations found by name in Russian as in French (the name tables, in every case)', async () => {
    for (const id of TUNING) {
      const [french, russian] = await Promise.all(['fr', 'ru'].map((language) => letter(id, language)));
      const organizations = entityIds(russian!, ['organization']);
      expect(organizations.length).toBeGreaterThan(1);
      for (const organization of organizations) expect([id, organization, entityIds(french!, ['organization']).includes(organization)]).toEqual([id, organization, true]);
    }
  });
});

describe.each(LANGUAGES)('%s editions', (language) => {
  it('Akoma Ntoso is schema-valid and in the language (FRBRlanguage, xml:lang)', async () => {
    const document = await letter('S-2025-313', language);
    expect((await aknValidation(document)).valid).toBe(true);
    const [rendering] = await renderAll(document, emitters.filter((emitter) => emitter.extension === 'akn.xml'));
    const xml = rendering!.content as string;
    const code = { es: 'spa', ru: 'rus' }[language];
    expect(xml).toContain(`<FRBRlanguage language="${code}"`);
    expect(xml).toMatch(new RegExp(`xml:lang="${language}"`));
  });

  it('the PDF reads back with pdftotext: title and signatory in the letter’s own script', async () => {
    const document = await letter('S-2025-313', language);
    const renderings = await renderAll(document, emitters.filter((emitter) => ['txt', 'json', 'pdf'].includes(emitter.extension)));
    const pdf = renderings.find((rendering) => rendering.extension === 'pdf')!.content as Uint8Array;
    const text = inspectPdf(pdf).pages.join('\n').replace(/\s+/gu, ' ');
    const want = expected('S-2025-313', language);
    expect(text).toContain(want.letter.signatures[0]!.name);
    expect(text).toContain(language === 'es' ? 'Carta de fecha 19 de mayo de 2025' : 'Письмо Постоянного представителя Израиля');
  });
});
