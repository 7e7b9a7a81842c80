import { createWorker, OEM, PSM } from 'tesseract.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const variant = process.argv[2] ?? '4.0.0_best_int';
const langPath = require.resolve('@tesseract.js-data/fra/package.json').replace('package.json', variant);
let t = performance.now();
const worker = await createWorker('fra', OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
console.log('init', ((performance.now() - t) / 1000).toFixed(2));
const img = readFileSync(process.argv[3] ?? '/tmp/ocrh/p200.png');
for (let i = 0; i < 2; i++) {
  t = performance.now();
  const r = await worker.recognize(img, {}, { text: true, blocks: true });
  console.log('recognize', ((performance.now() - t) / 1000).toFixed(2), r.data.confidence);
  if (i === 0) console.log(r.data.text.slice(0, 300));
}
await worker.terminate();
