import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAnnexLanguages } from '../../pipeline/annex-language/index.ts';
import { defaultLanguages, detectLanguage, SUPPORTED_LANGUAGE_CODES } from '../../pipeline/lang/index.ts';
import { parseLanguage } from '../../cli/options.ts';
import { processSource } from '../../pipeline/runner/index.ts';
import { runCli } from '../helpers/cli.ts';
import { ENGLISH_FIXTURES, projectRoot, runFixture } from './helpers.ts';

async function text(path: string): Promise<string> {
  return readFile(join(projectRoot, path), 'utf8');
}

describe('supported languages', () => {
  it('are listed by code as the default registry holds them, and --lang refuses another code naming them', () => {
    expect(SUPPORTED_LANGUAGE_CODES).toEqual(defaultLanguages.codes);
    for (const code of defaultLanguages.codes) expect(parseLanguage(code)).toBe(code);
    expect(() => parseLanguage('de')).toThrow('unsupported language "de" (supported: fr, en, es, ru, ar, zh)');
  });
});

describe('document language', () => {
  it('detects French on every French seed and letter', async () => {
    const folders = ['fixtures/seeds', 'fixtures/letters/fr'];
    const files = (await Promise.all(folders.map(async (folder) => (await readdir(join(projectRoot, folder))).filter((name) => name.endsWith('.txt')).map((name) => `${folder}/${name}`)))).flat();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect([file, detectLanguage(await text(file))]).toEqual([file, 'fr']);
  });

  it('detects English on every English fixture', async () => {
    for (const file of ENGLISH_FIXTURES) expect([file, detectLanguage(await text(file))]).toEqual([file, 'en']);
  });

  it('tells the language of short UN phrases', () => {
    const phrases: Array<[string, string]> = [
      ['Letter dated 13 July 2005 from the Permanent Representative of Kazakhstan', 'en'],
      ['Lettre datée du 13 juillet 2005, adressée au Secrétaire général', 'fr'],
      ['I have the honour to transmit herewith the text of the Declaration', 'en'],
      ['J’ai l’honneur de vous faire tenir ci-joint le texte de la Déclaration', 'fr'],
      ['Permanent Representative of Ghana to the United Nations', 'en'],
      ['Représentant permanent du Ghana auprès de l’Organisation des Nations Unies', 'fr'],
      ['I should be grateful if you would have the present letter circulated', 'en'],
      ['Je vous serais obligé de bien vouloir faire distribuer la présente lettre', 'fr'],
      ['Tengo el honor de transmitirle adjunto el texto de la Declaración', 'es'],
      ['Имею честь препроводить настоящим текст Декларации', 'ru'],
      ['我谨转递上海合作组织成员国元首宣言', 'zh'],
      ['أتشرف بأن أحيل إليكم طيه نص الإعلان', 'ar'],
    ];
    for (const [phrase, language] of phrases) expect([phrase, detectLanguage(phrase)]).toEqual([phrase, language]);
  });

  it('does not guess on a word or two', () => {
    expect(detectLanguage('Annex')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('2005')).toBeUndefined();
  });

  it('writes the detected language into the document, and says it was detected', async () => {
    const english = await runFixture('fixtures/letters/en/007-en.txt');
    expect([english.lang, english.langSource]).toEqual(['en', 'detected']);
    const french = await runFixture('fixtures/seeds/002_4204fe919a018fb2.txt');
    expect([french.lang, french.langSource]).toEqual(['fr', 'detected']);
  });
});

describe('--lang override', () => {
  it('wins over detection in the pipeline', async () => {
    const forced = await runFixture('fixtures/letters/en/002-en.txt', 'fr');
    expect([forced.lang, forced.langSource]).toEqual(['fr', 'option']);
    expect(forced.warnings).toContainEqual({ stage: 'extract', code: 'language-mismatch', message: 'language forced to fr; the text reads as en' });
    const agreeing = await runFixture('fixtures/letters/en/002-en.txt', 'en');
    expect([agreeing.lang, agreeing.langSource]).toEqual(['en', 'option']);
    expect(agreeing.warnings.filter((warning) => warning.code.startsWith('language'))).toEqual([]);
  });

  it('wins over detection on the command line, and reaches the JSON output', async () => {
    const out = await mkdtemp(join(tmpdir(), 'unletters-lang-'));
    await runCli(['ingest', 'fixtures/letters/en/007-en.txt', '--out', out, '--lang', 'fr', '--quiet'], { cwd: projectRoot });
    await runCli(['ingest', 'fixtures/seeds/001_9c7fba9161e6c07a.txt', '--out', out, '--quiet'], { cwd: projectRoot });
    const forced = JSON.parse(await readFile(join(out, '007-en/007-en.json'), 'utf8'));
    const detected = JSON.parse(await readFile(join(out, '001_9c7fba9161e6c07a/001_9c7fba9161e6c07a.json'), 'utf8'));
    expect([forced.lang, forced.langSource]).toEqual(['fr', 'option']);
    expect([detected.lang, detected.langSource]).toEqual(['fr', 'detected']);
  });

  it('refuses a language the pipeline does not speak, in one line', async () => {
    const failure = await runCli(['ingest', 'fixtures/letters/en/007-en.txt', '--out', tmpdir(), '--lang', 'xx'], { cwd: projectRoot });
    expect(failure.code).not.toBe(0);
    expect(failure.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure.stderr).toMatch(/xx/);
  });
});

describe('annex language', () => {
  /** The French letter 002 up to its annex's `[Original : …]` line, then the English annex text. */
  async function frenchLetterWithEnglishAnnex(): Promise<string> {
    const french = await text('fixtures/seeds/002_4204fe919a018fb2.txt');
    const english = await text('fixtures/letters/en/002-en.txt');
    const frenchHead = french.slice(0, french.indexOf('[Original : russe]'));
    const englishAnnex = english.slice(english.indexOf('  Declaration of the Heads of State'));
    return `${frenchHead}[Original : anglais] \n \n\n${englishAnnex}`;
  }

  it('marks an annex written in another language than the letter', async () => {
    const bytes = new TextEncoder().encode(await frenchLetterWithEnglishAnnex());
    const document = await processSource({ name: 'mixed.txt', bytes });
    expect(document.lang).toBe('fr');
    expect(document.annexes).toHaveLength(1);
    expect(document.annexes[0]!.lang).toBe('en');
  });

  it('leaves annexes in the letter’s language unmarked', async () => {
    for (const path of ['fixtures/seeds/002_4204fe919a018fb2.txt', 'fixtures/letters/en/002-en.txt', 'fixtures/letters/en/007-en.txt']) {
      const document = await runFixture(path);
      expect(document.annexes.length).toBeGreaterThan(0);
      expect(document.annexes.map((annex) => annex.lang)).toEqual(document.annexes.map(() => undefined));
    }
  });

  it('does not claim a language for an annex too short to tell, and clears a stale claim', async () => {
    const document = await runFixture('fixtures/letters/en/007-en.txt');
    const short = { ...document.annexes[0]!, lang: 'fr' as const, title: undefined, dateLine: undefined, body: [], closing: [], signatures: [] };
    const result = detectAnnexLanguages({ ...document, annexes: [short] });
    expect(result.annexes[0]!.lang).toBeUndefined();
  });
});
