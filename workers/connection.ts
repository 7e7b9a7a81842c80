import type { RedisOptions } from 'bullmq';

// BullMQ 6 loads its Redis driver lazily and lists `ioredis` only as an optional peer dependency: the
// project depends on ioredis itself so that the options below (ioredis `RedisOptions`) find their client.

/** Where Redis is: `REDIS_URL` (redis://[user:password@]host:port[/db]), else the local default. */
export function redisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** Key namespace of every queue; tests give each run its own so they never see each other's jobs. */
export function queuePrefix(): string {
  return process.env.UNLETTERS_QUEUE_PREFIX ?? 'unletters';
}

function baseOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  const database = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(database ? { db: Number(database) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // Reconnect for ever, at most every 2 s: a Redis restart must not stop a worker or a follower.
    retryStrategy: (times: number) => Math.min(200 * times, 2000),
  };
}

/** Workers block on Redis and must wait out a restart instead of failing commands. */
export function workerConnection(url = redisUrl()): RedisOptions {
  return { ...baseOptions(url), maxRetriesPerRequest: null };
}

/** Producers (the CLI) fail fast when Redis is away instead of queueing commands in memory. */
export function producerConnection(url = redisUrl()): RedisOptions {
  return { ...baseOptions(url), enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}

export interface QueueSettings {
  url: string;
  prefix: string;
}

export function queueSettings(overrides: Partial<QueueSettings> = {}): QueueSettings {
  return { url: overrides.url ?? redisUrl(), prefix: overrides.prefix ?? queuePrefix() };
}
