import { makeWorldScan, worldScans } from './fixtures/world-scans.ts';
import { ocrPage, terminateOcr } from './pipeline/ocr/index.ts';
import { characterErrorRate } from './fixtures/error-rate.ts';
for (const name of process.argv.slice(3)) {
  const scan = worldScans().find((s) => s.name === name)!;
  const made = await makeWorldScan(scan);
  const r = await ocrPage({ name: 'x.pdf', bytes: made.pdf }, 1, { lang: process.argv[2] as any });
  console.log(name, (100 * characterErrorRate([{ hypothesis: r.text, truth: made.truth }])).toFixed(2));
  if (process.env.SHOW) console.log(r.text);
}
await terminateOcr();
