import { Redis } from 'ioredis';
import type { RedisOptions } from 'bullmq';
import { redisUrl } from './connection.ts';

/**
 * A Redis fault the command line reports as one line and a non-zero exit: the server's address without
 * credentials, and what went wrong (`cannot reach Redis at redis://10.0.0.5:6379: connection refused`).
 */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

export function isRedisUnavailable(error: unknown): error is RedisUnavailableError {
  return error instanceof Error && error.name === 'RedisUnavailableError';
}

/** The server's address as it may be printed: scheme, host, port and database, never user or password. */
export function redisAddress(url = redisUrl()): string {
  try {
    const parsed = new URL(url);
    const database = parsed.pathname.replace(/^\//, '');
    return `${parsed.protocol}//${parsed.hostname || '127.0.0.1'}:${parsed.port || '6379'}${database ? `/${database}` : ''}`;
  } catch {
    // A URL that does not parse may still hold a password: print nothing of it.
    return '(REDIS_URL, not a valid redis:// URL)';
  }
}

/** What went wrong, in a few words, from the error ioredis or Redis gave. */
export function describeRedisError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) return 'no answer (timed out)';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection reset';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'host unreachable';
  if (/WRONGPASS|invalid (username-)?password|invalid password/i.test(message)) return 'authentication failed (wrong user or password)';
  if (/NOAUTH/i.test(message)) return 'authentication required (put the password in REDIS_URL: redis://:password@host:port)';
  if (/NOPERM/i.test(message)) return 'permission denied for this user';
  if (/LOADING/i.test(message)) return 'Redis is still loading its data';
  // Anything else: its first line, with every credential of the URL blotted out.
  return scrub(message.split('\n')[0] ?? 'unknown error');
}

/** Removes the URL's user and password from a text, should Redis or a library echo them. */
export function scrub(text: string, url = redisUrl()): string {
  let scrubbed = text;
  try {
    const parsed = new URL(url);
    for (const secret of [parsed.password, decodeURIComponent(parsed.password)]) if (secret) scrubbed = scrubbed.split(secret).join('***');
  } catch {}
  return scrubbed.replace(/(AUTH\s+\S+\s+)\S+/gi, '$1***');
}

/**
 * Connects once, authenticates and pings, within `timeoutMilliseconds`, without retrying: what every
 * command does before it touches a queue, so that a Redis that is down, unreachable or refuses the
 * password is one line within seconds instead of a hang of reconnection attempts.
 */
export async function checkRedis(options: RedisOptions, url = redisUrl(), timeoutMilliseconds = 5000): Promise<void> {
  const client = new Redis({
    ...options,
    lazyConnect: true,
    connectTimeout: timeoutMilliseconds,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints every connection error with its stack.
  let lastError: unknown;
  client.on('error', (error) => (lastError ??= error));
  const timer = setTimeout(() => client.disconnect(), timeoutMilliseconds + 500);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new RedisUnavailableError(`cannot reach Redis at ${redisAddress(url)}: ${describeRedisError(lastError ?? error)}`);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/**
 * What in the server's configuration would lose jobs, one line each: no persistence (a restart empties
 * every queue), snapshots only (a restart loses the jobs since the last one), an eviction policy other
 * than `noeviction` (a full Redis drops keys, queued jobs among them). Read from INFO, which managed
 * servers that refuse CONFIG still answer; the `save` setting from CONFIG when allowed.
 */
export async function persistenceWarnings(options: RedisOptions, url = redisUrl()): Promise<string[]> {
  const client = new Redis({ ...options, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    const info = parseInfo(await client.info());
    let snapshots: boolean | undefined;
    try {
      const [, save] = (await client.config('GET', 'save')) as string[];
      snapshots = (save ?? '').trim() !== '';
    } catch {
      snapshots = undefined;
    }
    const warnings: string[] = [];
    const where = redisAddress(url);
    if (info.get('aof_enabled') === '0') {
      if (snapshots === false) warnings.push(`Redis at ${where} has no persistence (appendonly no, save ""): a restart loses every queued job; run it with --appendonly yes`);
      else warnings.push(`Redis at ${where} keeps no append-only file: a restart loses the jobs queued since its last snapshot; run it with --appendonly yes`);
    }
    const policy = info.get('maxmemory_policy');
    if (policy && policy !== 'noeviction') warnings.push(`Redis at ${where} evicts keys when full (maxmemory-policy ${policy}): queued jobs can be dropped; set maxmemory-policy noeviction`);
    return warnings;
  } finally {
    client.disconnect();
  }
}

function parseInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return fields;
}
