import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EngineResult, OcrEngine } from './engine.ts';

/** What an engine module exports: a function making the engine. */
export type EngineFactory = () => OcrEngine | Promise<OcrEngine>;

/**
 * An engine from a module (a file path, or a package name), loaded on first use: its default export makes
 * the engine. This is how another OCR engine plugs in without the pipeline knowing it, as OCRmyPDF takes
 * one as a plugin; the tests plug in one that replays recorded Tesseract output.
 */
export function engineFromModule(specifier: string): OcrEngine {
  let engine: Promise<OcrEngine> | undefined;
  const load = (): Promise<OcrEngine> =>
    (engine ??= loadable(specifier).then(() => import(moduleUrl(specifier))).then(async (module: { default?: unknown }) => {
      if (typeof module.default !== 'function') throw new Error(`${specifier}: an OCR engine module must export a function making the engine by default`);
      return (module.default as EngineFactory)();
    }));
  return {
    name: specifier,
    async recognize(image: Uint8Array, language: string): Promise<EngineResult> {
      return (await load()).recognize(image, language);
    },
    warm(language: string): void {
      load().then((loaded) => loaded.warm?.(language), () => {});
    },
    async terminate(): Promise<void> {
      if (engine) await (await engine).terminate();
    },
  };
}

let typeScriptLoader: Promise<void> | undefined;

/**
 * An engine written in TypeScript (the tests' recorded engine) loads through tsx, also when the program
 * itself runs compiled from dist/ without it.
 */
function loadable(specifier: string): Promise<void> {
  if (!/\.[cm]?ts$/.test(specifier)) return Promise.resolve();
  typeScriptLoader ??= import('tsx/esm/api').then(({ register }) => void register());
  return typeScriptLoader;
}

/** Paths are read from the working directory; anything else is a package name. */
function moduleUrl(specifier: string): string {
  const isPath = isAbsolute(specifier) || specifier.startsWith('.');
  return isPath ? pathToFileURL(resolve(specifier)).href : specifier;
}
