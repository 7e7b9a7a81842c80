import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Repair } from '../model/index.ts';
import { repairText } from './index.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const seed = (prefix: string): string => {
  const name = readdirSync(join(fixtures, 'seeds')).find((file) => file.startsWith(prefix))!;
  return readFileSync(join(fixtures, 'seeds', name), 'utf8');
};
const gold = (prefix: string): string => {
  const name = readdirSync(join(fixtures, 'gold')).find((file) => file.startsWith(prefix))!;
  return readFileSync(join(fixtures, 'gold', name), 'utf8');
};

/** Replaces every repair's span of `rawText` with its `after`: must give the repaired text. */
function replay(rawText: string, repairs: readonly Repair[]): string {
  let text = '';
  let cursor = 0;
  for (const change of repairs) {
    text += rawText.slice(cursor, change.offset) + change.after;
    cursor = change.offset + change.before.length;
  }
  return text + rawText.slice(cursor);
}

describe('repairText', () => {
  it('repairs a damaged paragraph and keeps its lines', async () => {
    const raw = 'Le Secr étaire général a souligné que les problémes de\nI’ Organisation ne peuvent être réglés dela sorte.\n';
    const result = await repairText(raw, { lang: 'fr' });
    expect(result.text).toBe('Le Secrétaire général a souligné que les problèmes de\nl’Organisation ne peuvent être réglés de la sorte.\n');
  });

  it('keeps the letters of names the lexicon spells otherwise, and only adds missing capital accents', async () => {
    const raw = 'La Ministre Elena Martín est arrivée à Medellin, où les Etats membres se sont réunis.\n';
    const result = await repairText(raw, { lang: 'fr' });
    expect(result.text).toBe('La Ministre Elena Martín est arrivée à Medellin, où les États membres se sont réunis.\n');
  });

  it('does not cut the halves of a word hyphenated across a line end into other words', async () => {
    const raw = 'Les ministres ont souligné l’importance du renouvel-\nlement des accords de coopération.\n';
    const result = await repairText(raw, { lang: 'fr' });
    expect(result.text.replace(/\n/g, ' ')).toContain('renouvellement');
    expect(result.text.split('\n')).toHaveLength(raw.split('\n').length);
  });

  it('leaves clean text untouched', async () => {
    const clean =
      'Nous avons l’honneur de vous faire tenir ci-joint le texte du communiqué adopté à Genève.\n' +
      'Le Comité a examiné, aujourd’hui, la question des réfugiés ; il a décidé de poursuivre ses travaux.\n' +
      'Les États Membres de l’ONU (voir A/70/123-S/2015/456) se sont réunis le 3 mai 2015 à New York.\n';
    const result = await repairText(clean, { lang: 'fr' });
    expect(result.repairs).toEqual([]);
    expect(result.text).toBe(clean);
  });

  it('repairs all the spacing damage of seed 001', async () => {
    const result = await repairText(seed('001'), { lang: 'fr' });
    expect(result.text).toBe(gold('001'));
  });

  it('points every change at its `before` text in rawText, and replaying the trail gives the text', async () => {
    const raw = seed('004');
    const result = await repairText(raw, { lang: 'fr' });
    expect(result.repairs.length).toBeGreaterThan(100);
    for (const change of result.repairs) {
      expect(raw.slice(change.offset, change.offset + change.before.length)).toBe(change.before);
      const lineStart = raw.lastIndexOf('\n', change.offset - 1) + 1;
      expect(raw.slice(0, lineStart).split('\n').length).toBe(change.line);
      expect(change.offset - lineStart + 1).toBe(change.column);
      expect(change.applied).toBe(true);
    }
    expect(replay(raw, result.repairs)).toBe(result.text);
    expect(result.text.split('\n').length).toBe(raw.split('\n').length);
  });

  it('keeps changes under the threshold as suggestions, not applied', async () => {
    // Damaged text (two misread words), so that the rules that judge words by their context run.
    const raw = 'Le pays cherche a renforcer sa séourité face aux problémes.';
    const result = await repairText(raw, { lang: 'fr', threshold: 0.99 });
    expect(result.text).toBe(raw);
    expect(result.repairs).toEqual([]);
    expect(result.suggestions).toContainEqual(expect.objectContaining({ before: 'a', after: 'à', applied: false, offset: 16, ruleId: 'preposition-accent' }));
  });

  it('applies the typography only on request', async () => {
    const raw = "Il l'a dit : « oui ».";
    expect((await repairText(raw, { lang: 'fr' })).text).toBe(raw);
    expect((await repairText(raw, { lang: 'fr', typography: true })).text).toBe('Il l’a dit\u00a0: «\u00a0oui\u00a0».');
  });

  it('repairs English with the English data, not the French rules', async () => {
    const raw = 'The Secr etary-General I’ s letter.';
    expect((await repairText(raw, { lang: 'en' })).text).toBe('The Secretary-General I’s letter.');
  });
});
