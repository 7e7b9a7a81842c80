import { createWorker, OEM, PSM } from 'tesseract.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const img = readFileSync(process.argv[2] ?? '/tmp/ocrh/p200.png');
for (const variant of ['4.0.0_best_int', '4.0.0']) {
  const langPath = require.resolve('@tesseract.js-data/fra/package.json').replace('package.json', variant);
  const worker = await createWorker('fra', OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
  for (const [label, params, out] of [
    ['default text', {}, { text: true }],
    ['noinvert text', { tessedit_do_invert: '0' }, { text: true }],
    ['noinvert blocks', { tessedit_do_invert: '0' }, { text: true, blocks: true }],
    ['noinvert psm6', { tessedit_do_invert: '0', tessedit_pageseg_mode: '6' }, { text: true, blocks: true }],
  ] as const) {
    await worker.setParameters({ tessedit_do_invert: '1', tessedit_pageseg_mode: '3', ...params } as any);
    const t = performance.now();
    const r = await worker.recognize(img, {}, out as any);
    console.log(variant, label, ((performance.now() - t) / 1000).toFixed(2), r.data.confidence);
  }
  await worker.terminate();
}
