// Work that bundled packages do as soon as they are loaded, moved to their first use (an esbuild plugin of
// scripts/bundle.js). fontkit, loaded by every letter for its PDF, decompresses Brotli's 120 KB dictionary
// (used only to read WOFF2 fonts, which the program never reads) and four Unicode tables, three of them for
// Arabic, Indic and other complex scripts: about a tenth of a cold text letter's CPU. Each patch names the
// exact text it replaces; when a package version no longer has it, that package is bundled as it is.
// Plain JavaScript: it runs before anything is compiled.
import { readFile } from 'node:fs/promises';

/** A stand-in for a Unicode table that builds it at its first lookup (the tables answer only `get`). */
const DEFERRED_TABLE = `function __deferredTable(make) {
  return { get(codePoint) { const table = make(); this.get = (point) => table.get(point); return table.get(codePoint); } };
}
`;

/** The fontkit tables built at load, by their variable's suffix in fontkit's bundle ('' for the first). */
const FONTKIT_TABLES = ['', '$1', '$2', '$3'];

/** [text in the package, text in the bundle] pairs, each expected exactly once. */
const FONTKIT_PATCHES = [
  // The dictionary is read only while decoding a Brotli stream; it is decompressed then, once.
  [
    '\ndictionary.init(BrotliDecompressBuffer);\n',
    "\nObject.defineProperty(dictionary, 'dictionary', { configurable: true, enumerable: true, get() { delete dictionary.dictionary; dictionary.init(BrotliDecompressBuffer); return dictionary.dictionary; } });\n",
  ],
  ...FONTKIT_TABLES.flatMap((suffix) => [
    [`var trieData${suffix} = pako.inflate(base64Arraybuffer_2(base64DeflatedTrie${suffix}));\n`, ''],
    [
      `var trie${suffix} = new unicodeTrie(trieData${suffix});\n`,
      `var trie${suffix} = __deferredTable(() => new unicodeTrie(pako.inflate(base64Arraybuffer_2(base64DeflatedTrie${suffix}))));\n`,
    ],
  ]),
];

/** How many times `part` occurs in `text`. */
function occurrences(text, part) {
  return text.split(part).length - 1;
}

/** fontkit's source with its load-time work deferred, or undefined (bundle it as it is) when a patch does not fit. */
export function deferFontkitWork(source) {
  if (!FONTKIT_PATCHES.every(([from]) => occurrences(source, from) === 1)) return undefined;
  let patched = source;
  for (const [from, to] of FONTKIT_PATCHES) patched = patched.split(from).join(to);
  return `${DEFERRED_TABLE}${patched}`;
}

/** The esbuild plugin that applies the patches. */
export const deferredPackageWork = {
  name: 'deferred-package-work',
  setup(build) {
    build.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, async (args) => {
      const patched = deferFontkitWork(await readFile(args.path, 'utf8'));
      if (patched === undefined) {
        console.error('build: fontkit changed; its start-up work is bundled as it is');
        return undefined;
      }
      return { contents: patched, loader: 'js' };
    });
  },
};
