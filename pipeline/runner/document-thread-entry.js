// The file a pool thread loads (plain JavaScript: a thread does not inherit the tsx loader of the process).
// Beside the compiled runner (dist/, built by `npm ci`) it imports that; beside the TypeScript sources it
// registers tsx first.
import { existsSync } from 'node:fs';

const fromSource = existsSync(new URL('./document-thread.ts', import.meta.url));
if (fromSource) (await import('tsx/esm/api')).register();
else process.setSourceMapsEnabled(true);
// Compiled: the bundle's runner when the build made one (as the launcher does), the compiled module otherwise.
const bundled = !fromSource && existsSync(new URL('../../bundle/document-thread.js', import.meta.url));
const { default: processDocument } = await import(fromSource ? './document-thread.ts' : bundled ? '../../bundle/document-thread.js' : './document-thread.js');

export default processDocument;
