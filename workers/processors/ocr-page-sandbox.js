// BullMQ forks a plain Node process for sandboxed processors and import()s this file. Beside the compiled
// processor (dist/, built by `npm ci`) it imports that; beside the TypeScript source it registers tsx first.
// The heavy import happens in the first job, not at init: BullMQ 6.7 leaves a job in `active` for ever when
// the child dies while still initializing (its exit handler drops the init listeners), so the init window
// is kept as short as possible.
import { existsSync } from 'node:fs';

const fromSource = existsSync(new URL('./ocr-page.ts', import.meta.url));
if (fromSource) (await import('tsx/esm/api')).register();
else process.setSourceMapsEnabled(true);
// A worker killed outright (SIGKILL, out of memory) cannot stop its children: leave with it, or this child
// and its OCR engine would live on as an orphan.
process.on('disconnect', () => process.exit(0));
let processor;

export default async function ocrPage(job, token, signal) {
  processor ??= import(fromSource ? './ocr-page.ts' : './ocr-page.js').then((module) => module.default);
  return (await processor)(job, token, signal);
}
