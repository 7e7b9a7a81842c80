/**
 * One `ingest` in a process of its own, for bench/faults.ts: prints, as one JSON line, the seconds it
 * took, its peak resident memory and each input's outcome. Arguments: out folder, JSON options, inputs.
 */
import { ingest } from '../../pipeline/runner/index.ts';
import { terminateOcr } from '../../pipeline/ocr/index.ts';

const [out, optionsJson, ...inputs] = process.argv.slice(2);
const started = performance.now();
const results = await ingest(inputs, { out: out!, ...JSON.parse(optionsJson!) }).finally(() => terminateOcr());
process.stdout.write(
  `${JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    results: results.map((result) => ({ input: result.input, ok: result.ok, error: result.error, seconds: result.milliseconds / 1000 })),
  })}\n`,
);
