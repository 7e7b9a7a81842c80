/**
 * The command line run in the test's own process: the same program `bin/unletters.js` runs, given the
 * arguments, with standard input, output and error, the exit code, the working directory and environment
 * variables captured and restored. Spawning a process costs seconds of start-up (tsx, the pipeline's
 * imports, the lexicon) per call; tests where the process itself is the point still spawn one.
 */
import { Readable } from 'node:stream';
import { createProgram } from '../../cli/program.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Standard input. */
  input?: string;
  cwd?: string;
  /** Variables to set for the run. */
  env?: Record<string, string>;
}

/** `process.exit` inside the command ends the run with that code instead of the test process. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (into: string[]) => ((chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  const saved = {
    stdoutWrite: process.stdout.write,
    stderrWrite: process.stderr.write,
    stdin: Object.getOwnPropertyDescriptor(process, 'stdin'),
    exit: process.exit,
    exitCode: process.exitCode,
    cwd: process.cwd(),
    env: Object.fromEntries(Object.keys(options.env ?? {}).map((name) => [name, process.env[name]])),
  };
  process.stdout.write = capture(stdout);
  process.stderr.write = capture(stderr);
  if (options.input !== undefined) Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(options.input)]), configurable: true });
  process.exit = ((code?: number) => {
    throw new Exit(code ?? 0);
  }) as typeof process.exit;
  process.exitCode = undefined;
  if (options.cwd) process.chdir(options.cwd);
  Object.assign(process.env, options.env);
  let code: number;
  try {
    await (await createProgram(args)).parseAsync(['node', 'unletters', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    code = error.code;
  } finally {
    process.stdout.write = saved.stdoutWrite;
    process.stderr.write = saved.stderrWrite;
    if (saved.stdin) Object.defineProperty(process, 'stdin', saved.stdin);
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    for (const [name, value] of Object.entries(saved.env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
