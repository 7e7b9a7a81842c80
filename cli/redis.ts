import { producerConnection, redisUrl } from '../workers/connection.ts';
import { checkRedis, isRedisUnavailable, redisAddress, describeRedisError } from '../workers/redis-check.ts';

/**
 * Runs a queue command's work once Redis answers: a Redis that is down, unreachable or refuses the
 * credentials is one line on stderr and exit status 1 within seconds, never a hang or a stack trace, and
 * never the password. A fault in the middle of the work is reported the same way.
 */
export async function withRedis(work: () => Promise<number | void>): Promise<number> {
  try {
    await checkRedis(producerConnection());
    return (await work()) ?? 0;
  } catch (error) {
    if (isRedisUnavailable(error)) process.stderr.write(`${error.message}\n`);
    else if (isConnectionFault(error)) process.stderr.write(`lost Redis at ${redisAddress(redisUrl())}: ${describeRedisError(error)}\n`);
    else throw error;
    return 1;
  }
}

/** Errors that come from the connection to Redis rather than from the work (they have no other remedy). */
function isConnectionFault(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  return (
    (code !== undefined && /^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|NOTFOUND|AI_AGAIN)$/.test(code)) ||
    /Connection is closed|Stream isn't writeable|enableOfflineQueue|WRONGPASS|NOAUTH|max retries per request/i.test(message)
  );
}
