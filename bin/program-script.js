// The command line as one CommonJS script (dist/bundle/program.cjs, scripts/bundle.js) compiled with the V8 code
// cache written beside it at build time (scripts/code-cache.js): V8 then takes the bytecode of every function a
// letter ran during that build-time run from the cache instead of parsing and compiling the 5 MB script again
// function by function. Node 20 caches no compiled code of ES modules between runs. A cache that does not fit
// (another Node, other V8 flags, a script rebuilt since) is refused by V8 and the script compiled as usual.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Packages are found from here as from dist/bundle/: in the project's node_modules. */
const importPackage = (specifier) => import(specifier);

/** The code cache of a script: the script's file name with `.cache` added. */
export const cacheFileOf = (file) => `${file}.cache`;

/** The cache when it was written after the script (a rebuilt script of the same length would pass V8's check). */
function currentCache(file) {
  const cache = cacheFileOf(file);
  return existsSync(cache) && statSync(cache).mtimeMs >= statSync(file).mtimeMs ? readFileSync(cache) : undefined;
}

/**
 * Runs the script and returns its exports. With `writeCache`, the code cache is written when the process
 * exits, so that it holds the functions the run compiled (the build's run on sample letters).
 * @param {string} file
 * @param {{ writeCache?: boolean }} [options]
 */
export function loadProgramScript(file, { writeCache = false } = {}) {
  // Node's CommonJS wrapper, on the script's first line so that its line numbers stay those of its source map,
  // with the import() of packages outside the bundle (mupdf, sharp, tesseract.js, piscina), which code compiled
  // from a cache cannot run itself in Node 20 (scripts/bundle.js).
  const source = `(function (exports, require, module, __filename, __dirname, __importPackage) { ${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData: writeCache ? undefined : currentCache(file) });
  if (writeCache) process.once('exit', () => writeFileSync(cacheFileOf(file), script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importPackage);
  return module.exports;
}
