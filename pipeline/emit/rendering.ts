import type { UnDocument } from '../model/index.ts';

/** One rendering of a document, named by the extension it gets after the document's name. */
export interface Rendering {
  extension: string;
  content: string | Uint8Array;
}

/** An output format: renders the document, seeing the renderings made before it (the PDF embeds them). */
export interface Emitter {
  extension: string;
  render(document: UnDocument, earlier: ReadonlyMap<string, Rendering>, extras?: RenderExtras): Promise<string | Uint8Array> | string | Uint8Array;
}

/** What a rendering may need beyond the document: the source's bytes (the edition of a scan attaches them). */
export interface RenderExtras {
  source?: Uint8Array;
}
