// The file a pool thread loads (plain JavaScript: a thread does not inherit the tsx loader of the process).
// Beside the compiled runner (dist/, built by `npm ci`) it imports that; beside the TypeScript sources it
// registers tsx first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fromSource = existsSync(new URL('./document-thread.ts', import.meta.url));
if (fromSource) (await import('tsx/esm/api')).register();
else process.setSourceMapsEnabled(true);
// Compiled: the program script with its code cache when the build made one (bin/program-script.js, as the
// launcher's `ingest`), else the bundle's runner, else the compiled module.
const script = new URL('../../bundle/program.cjs', import.meta.url);
const bundled = !fromSource && existsSync(new URL('../../bundle/document-thread.js', import.meta.url));
const processDocument =
  !fromSource && existsSync(script)
    ? (await import('../../../bin/program-script.js')).loadProgramScript(fileURLToPath(script)).processDocuments
    : (await import(fromSource ? './document-thread.ts' : bundled ? '../../bundle/document-thread.js' : './document-thread.js')).default;

export default processDocument;
