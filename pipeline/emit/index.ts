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
import { withOcrEvidence } from './evidence.ts';
import type { Emitter, RenderExtras, Rendering } from './rendering.ts';
import { emitText } from './text/index.ts';

export type { Emitter, RenderExtras, Rendering } from './rendering.ts';

/** Output formats in the order they are rendered. */
export const emitters: Emitter[] = [
  { extension: 'txt', render: emitText },
  { extension: 'json', render: emitJson },
  { extension: 'akn.xml', render: emitAkn },
  { extension: 'pdf', render: emitPdf },
];

/**
 * Every rendering of a document, in order. A document read by OCR is rendered with its evidence (the
 * doubtful words, `withOcrEvidence`), and its PDF carries the source when the caller gives its bytes.
 */
export async function renderAll(document: UnDocument, formats = emitters, extras: RenderExtras = {}): Promise<Rendering[]> {
  const rendered = new Map<string, Rendering>();
  const withEvidence = withOcrEvidence(document);
  for (const emitter of formats) {
    const content = await emitter.render(withEvidence, rendered, extras);
    rendered.set(emitter.extension, { extension: emitter.extension, content });
  }
  return [...rendered.values()];
}

/** The `emit` stage: the document in, its renderings out. */
export const emitStage: Step<UnDocument, Rendering[], NoOptions, 'emit'> = {
  name: 'emit',
  run: (document, _options, context) => renderAll(document, emitters, context.sourceBytes ? { source: context.sourceBytes } : {}),
};
