import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { COMMAND_DESCRIPTIONS } from '../descriptions.ts';
import type { IngestResult } from '../../pipeline/runner/index.ts';
import type { PipelineOptions } from '../../pipeline/stages.ts';
import { parseLanguage, parseMegabytes, parseOcrMode, parsePositiveInteger, parsePositiveNumber, parseThreshold } from '../options.ts';
import { allAnnexes } from '../../pipeline/model/text-nodes.ts';
import { SUPPORTED_LANGUAGE_CODES } from '../../pipeline/lang/codes.ts';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(COMMAND_DESCRIPTIONS.ingest)
    .argument('<inputs...>', 'files or folders')
    .requiredOption('-o, --out <dir>', 'output folder')
    .addOption(new Option('--ocr <mode>', 'OCR pages: auto (bad or missing text layer), always, never').default('auto').argParser(parseOcrMode))
    .option('--lang <code>', `force the language instead of detecting it (${SUPPORTED_LANGUAGE_CODES.join(', ')})`, parseLanguage)
    .option('--repair-threshold <confidence>', 'apply repairs of at least this confidence (0 to 1, default 0.6); keep the others as suggestions', parseThreshold)
    .option('--typography', "also apply the language's typography in repair (apostrophes, no-break spaces)")
    .option('--max-size <MB>', 'refuse input files larger than this (default 200)', parseMegabytes)
    .option('--max-text <MB>', "stop a document whose text is larger than this (default 2)", parseMegabytes)
    .option('--time-budget <seconds>', 'stop a document that takes longer than this (default 1800; through the queue: per job)', parsePositiveNumber)
    .option('--threads <n>', 'text documents processed at once, in this thread and n - 1 worker threads (default: one per core; 1: all in one thread)', parsePositiveInteger)
    .option('--ocr-workers <n>', 'pages OCR reads at once, each engine worker holding 100-200 MB (default: one per core; fewer to hold less memory)', parsePositiveInteger)
    .option('--quiet', 'no progress lines')
    .option('--queue', 'submit to the BullMQ queues (REDIS_URL) and follow until done, instead of running in-process')
    .option('--detach', 'with --queue: submit and return at once')
    .action(async (inputs: string[], options) => {
      const pipelineOptions = stageOptions(options);
      if (options.queue || options.detach) {
        const { ingestThroughQueue } = await import('./ingest-queue.ts');
        const { withRedis } = await import('../redis.ts');
        process.exitCode = await withRedis(() => ingestThroughQueue(inputs, { ...options, pipelineOptions }));
        return;
      }
      // Imported here, not at the top: `--queue` never runs a stage and should not load them.
      const { ingest, isOutputFolderError } = await import('../../pipeline/runner/index.ts');
      const { setSharedOcrWorkers, terminateOcr } = await import('../../pipeline/ocr/index.ts');
      const showProgress = !options.quiet && process.stderr.isTTY;
      if (options.ocrWorkers !== undefined) setSharedOcrWorkers(options.ocrWorkers);
      const results = await ingest(inputs, {
        ...pipelineOptions,
        out: options.out,
        onSkipped: (line) => process.stderr.write(`${line}\n`),
        threads: options.threads ?? availableParallelism(),
        onResult: (result, index, total) => {
          if (!result.ok) process.stderr.write(`${result.error}\n`);
          else if (showProgress) process.stderr.write(`${progressLine(result, index, total)}\n`);
        },
      })
        .catch((error: unknown) => {
          if (!isOutputFolderError(error)) throw error;
          process.stderr.write(`${error.message}\n`);
          return undefined;
        })
        .finally(() => terminateOcr()); // OCR workers are threads: stop them so the process can exit
      if (!results) {
        process.exitCode = 1;
        return;
      }
      const failed = results.filter((result) => !result.ok).length;
      if (showProgress || failed > 0) {
        process.stderr.write(`${results.length - failed} of ${results.length} documents written to ${options.out}\n`);
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
}

/** The stages' options among the command's: the same object goes to the runner and into job data. */
function stageOptions(options: PipelineOptions & { maxSize?: number; maxText?: number }): PipelineOptions {
  const { ocr, lang, repairThreshold, typography, timeBudget, maxSize, maxText } = options;
  return {
    ...(timeBudget !== undefined ? { timeBudget } : {}),
    ...(maxSize !== undefined ? { maxFileBytes: maxSize } : {}),
    ...(maxText !== undefined ? { maxTextBytes: maxText } : {}),
    ...(ocr !== undefined ? { ocr } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(repairThreshold !== undefined ? { repairThreshold } : {}),
    ...(typography !== undefined ? { typography } : {}),
  };
}

function progressLine(result: IngestResult, index: number, total: number): string {
  const document = result.document!;
  const annexParagraphs = allAnnexes(document).reduce((sum, annex) => sum + annex.body.length, 0);
  const facts = [
    document.lang,
    `${document.letter.signatures.length} signatures`,
    `${allAnnexes(document).length} annexes`,
    `${annexParagraphs} annex blocks`,
    `${document.repairs.length} repairs`,
    `${document.entities.length} entities`,
  ];
  return `[${index + 1}/${total}] ${result.input} → ${result.folder} (${facts.join(', ')}) ${(result.milliseconds / 1000).toFixed(2)} s`;
}
