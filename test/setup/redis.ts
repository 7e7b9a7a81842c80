/**
 * Vitest global setup for the queue tests: uses the Redis at REDIS_URL when one is given, else starts a
 * throwaway redis-server on a free loopback port (never the one at 6379, which may hold real work) and
 * stops it afterwards. Tests get the URL with `inject('redisUrl')`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function ensureRedisServer(): void {
  if (spawnSync('redis-server', ['--version']).status === 0) return;
  execFileSync('bash', ['scripts/system-tools.sh'], { stdio: 'inherit' });
}

export interface LocalRedis {
  url: string;
  port: number;
  folder: string;
  stop(): void;
}

/** Starts redis-server daemonized on 127.0.0.1 and waits until it answers. */
export async function startLocalRedis(extraArguments: string[] = ['--save', ''], port?: number, folder?: string): Promise<LocalRedis> {
  ensureRedisServer();
  const chosenPort = port ?? (await freePort());
  const dataFolder = folder ?? mkdtempSync(join(tmpdir(), 'unletters-redis-'));
  const pidFile = join(dataFolder, 'redis.pid');
  execFileSync('redis-server', [
    '--port', String(chosenPort), '--bind', '127.0.0.1', '--daemonize', 'yes', '--dir', dataFolder, '--pidfile', pidFile,
    '--maxmemory-policy', 'noeviction', '--logfile', join(dataFolder, 'redis.log'), ...extraArguments,
  ]);
  // A server started with a password (the credential tests) is pinged with it.
  const passwordAt = extraArguments.indexOf('--requirepass');
  const auth = passwordAt >= 0 ? ['-a', extraArguments[passwordAt + 1]!, '--no-auth-warning'] : [];
  for (let tries = 0; ; tries++) {
    const ping = spawnSync('redis-cli', ['-p', String(chosenPort), ...auth, 'ping'], { encoding: 'utf8' });
    if (ping.stdout.trim() === 'PONG') break;
    if (tries > 100) throw new Error(`redis-server on port ${chosenPort} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `redis://127.0.0.1:${chosenPort}`,
    port: chosenPort,
    folder: dataFolder,
    stop() {
      // SHUTDOWN writes the AOF out before exiting; then wait for the process to be gone.
      let pid: number | undefined;
      try {
        pid = Number(readFileSync(pidFile, 'utf8').trim());
      } catch {}
      spawnSync('redis-cli', ['-p', String(chosenPort), ...auth, 'shutdown']);
      for (let tries = 0; pid && tries < 100; tries++) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        spawnSync('sleep', ['0.05']);
      }
    },
  };
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    return () => {};
  }
  const redis = await startLocalRedis();
  project.provide('redisUrl', redis.url);
  return () => {
    redis.stop();
    rmSync(redis.folder, { recursive: true, force: true });
  };
}
