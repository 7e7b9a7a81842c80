/**
 * The `emit` stage: every rendering of the document, in order (the PDF carries the JSON and the XML made
 * before it). Writing them into the output folder is the caller's job (the runner, the emit worker),
 * which does it atomically.
 */
import type { UnDocument } from '../model/index.ts';
import type { NoOptions, Step } from '../stage.ts';
import { emitAkn } from './akn/index.ts';
import { emitJson } from './json/index.ts';
import { emitPdf } from './pdf/index.ts';
import type { Emitter, Rendering } from './rendering.ts';
import { emitText } from './text/index.ts';

export type { Emitter, Rendering } from './rendering.ts';

/** Output formats in the order they are rendered. */
export const emitters: Emitter[] = [
  { extension: 'txt', render: emitText },
  { extension: 'json', render: emitJson },
  { extension: 'akn.xml', render: emitAkn },
  { extension: 'pdf', render: emitPdf },
];

export async function renderAll(document: UnDocument, formats = emitters): Promise<Rendering[]> {
  const rendered = new Map<string, Rendering>();
  for (const emitter of formats) {
    const content = await emitter.render(document, rendered);
    rendered.set(emitter.extension, { extension: emitter.extension, content });
  }
  return [...rendered.values()];
}

/** The `emit` stage: the document in, its renderings out. */
export const emitStage: Step<UnDocument, Rendering[], NoOptions, 'emit'> = {
  name: 'emit',
  run: (document) => renderAll(document),
};
