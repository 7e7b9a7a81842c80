import type { EngineParagraph, EngineResult, EngineWord, OcrEngine } from '../../pipeline/ocr/engine.ts';

/** Builds engine output from lines of text, one word box per word, as tests need it. */
export function linesToResult(lines: string[], confidence = 95, extra: EngineWord[] = []): EngineResult {
  const paragraphs: EngineParagraph[] = [
    {
      lines: lines.map((line, row) => {
        let x = 300;
        const y = 300 + row * 45;
        const words = line.split(' ').map((text) => {
          const word: EngineWord = { text, confidence, bbox: [x, y, x + text.length * 18, y + 30] };
          x += text.length * 18 + 12;
          return word;
        });
        return { words, bbox: [300, y, x, y + 30] as [number, number, number, number] };
      }),
    },
  ];
  if (extra.length > 0) paragraphs.push({ lines: extra.map((word) => ({ words: [word], bbox: word.bbox })) });
  return { confidence, paragraphs };
}

/** An engine that replays recorded output (or crashes), counting its calls: no OCR runs. */
export class FakeEngine implements OcrEngine {
  readonly name = 'fake';
  calls = 0;
  terminated = false;

  constructor(private readonly respond: (image: Uint8Array, language: string) => EngineResult | Promise<EngineResult>) {}

  async recognize(image: Uint8Array, language: string): Promise<EngineResult> {
    this.calls++;
    return this.respond(image, language);
  }

  async terminate(): Promise<void> {
    this.terminated = true;
  }
}
