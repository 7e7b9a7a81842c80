import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineResult } from './engine.ts';
import { FakeEngine, linesToResult } from '../../test/helpers/fake-engine.ts';
import { readSource } from '../runner/index.ts';

/** A two-page image-only PDF: no text layer tells its language, so the first page is read to find it. */
const twoPageScan = async () => {
  const name = 'seed002-scan-200dpi.pdf';
  return { name, bytes: new Uint8Array(await readFile(join(import.meta.dirname, '..', '..', 'fixtures', 'scans', name))) };
};

const french = ['Nous avons l’honneur de vous faire tenir ci-joint le texte de la déclaration adoptée', 'par les chefs d’État et de gouvernement des pays membres de l’Organisation, réunis à Genève.'];
const english = ['I have the honour to transmit herewith the text of the declaration adopted by the heads', 'of State and Government of the member countries of the Organization, who met in Geneva.'];
const englishAgain = ['I should be grateful if you would have the present letter and its annex circulated as', 'a document of the General Assembly and of the Security Council under the agenda item.'];

/** An engine whose readings are recorded by language, in the order they start and end. */
class RecordingEngine extends FakeEngine {
  readonly events: string[] = [];
  readonly warmed: string[] = [];

  constructor(answer: (language: string, call: number) => EngineResult | Promise<EngineResult>) {
    let call = 0;
    super(async (_image, language) => {
      const number = ++call;
      this.events.push(`start ${number} ${language}`);
      const result = await answer(language, number);
      this.events.push(`end ${number} ${language}`);
      return result;
    });
  }

  warm(language: string): void {
    this.warmed.push(`${language} before ${this.calls} readings`);
  }
}

const later = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('the OCR stage on a scan of unknown language', () => {
  it('starts the engine before the first page is read, and reads the second page while the first tells the language', async () => {
    let secondStarted!: () => void;
    const second = new Promise<void>((resolve) => (secondStarted = resolve));
    const engine = new RecordingEngine(async (_language, call) => {
      // The first page is read until the second starts (or long enough for a reading that waited for it to show).
      if (call === 1) await Promise.race([second, later(10_000)]);
      else secondStarted();
      return linesToResult(french);
    });
    const document = await readSource(await twoPageScan(), {}, { ocrEngine: engine });
    expect(engine.warmed).toEqual(['fra before 0 readings']);
    expect(engine.events).toEqual(['start 1 fra', 'start 2 fra', 'end 2 fra', 'end 1 fra']);
    expect(document.lang).toBe('fr');
    expect(document.pages!.map((page) => page.method)).toEqual(['ocr', 'ocr']);
  }, 30_000);

  it('reads the second page again in the language the first page tells, keeping only that reading', async () => {
    const engine = new RecordingEngine((language) => linesToResult(language === 'eng' ? englishAgain : english));
    const document = await readSource(await twoPageScan(), {}, { ocrEngine: engine });
    expect(document.lang).toBe('en');
    expect(engine.events.filter((event) => event.startsWith('start')).map((event) => event.split(' ')[2]).sort()).toEqual(['eng', 'eng', 'fra', 'fra']);
    const text = document.rawText;
    expect(text).not.toContain('heads');
    expect(text.split('I should be grateful').length - 1).toBe(2);
  });
});
