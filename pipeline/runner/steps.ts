import type { SourceFile } from '../extract/index.ts';
import type { Diagnostic, UnDocument } from '../model/index.ts';
import { runStep, type RunEnvironment, type Step } from '../stage.ts';
import { readingStages, stagesBeforeEmit, type PipelineOptions } from '../stages.ts';

/**
 * Runs steps in order, each on what the one before returned; diagnostics reported before the document
 * exists wait for it. The stage list checks at compile time that the steps chain.
 */
export async function runSteps(
  steps: readonly Step<never, unknown, never>[],
  input: unknown,
  options: PipelineOptions,
  environment: RunEnvironment = {},
  pending: Diagnostic[] = [],
): Promise<unknown> {
  let value = input;
  for (const step of steps) value = await runStep(step as Step<unknown, unknown, PipelineOptions>, value, options, environment, pending);
  return value;
}

/** Reads a source file into the document as `extract` creates it (plan, OCR, extract). */
export async function readSource(file: SourceFile, options: PipelineOptions = {}, environment: RunEnvironment = {}): Promise<UnDocument> {
  return (await runSteps(readingStages, file, options, environment)) as UnDocument;
}

/** Runs every stage but `emit` on one source file. */
export async function processSource(file: SourceFile, options: PipelineOptions = {}, environment: RunEnvironment = {}): Promise<UnDocument> {
  return (await runSteps(stagesBeforeEmit, file, options, environment)) as UnDocument;
}
