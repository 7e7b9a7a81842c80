// Worker processes for the benchmarks that go through the queue (bench:queue, bench:scale).
import type { ChildProcess } from 'node:child_process';

/** Resolves once the worker says it is serving (its queues are open, its lexicons loaded). */
export async function untilServing(child: ChildProcess): Promise<ChildProcess> {
  await new Promise<void>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('serving')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${log}`)));
  });
  return child;
}

/** Stops the workers with SIGTERM (graceful: their current jobs finish) and waits until they have exited. */
export async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve) => {
          worker.removeAllListeners('exit');
          worker.once('exit', resolve);
          worker.kill('SIGTERM');
        }),
    ),
  );
}
