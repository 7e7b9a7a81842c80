import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { RedisOptions } from 'bullmq';

/** How long the reader waits after a batch before it reads again (ms): events meanwhile come in one read. */
export const EVENT_BATCH_MILLISECONDS = 200;

/**
 * A queue's events (the `completed`, `failed` and `progress` of its jobs, as BullMQ writes them in the
 * queue's Redis stream), read in batches: one blocking XREAD, then a pause before the next. BullMQ's
 * `QueueEvents` reads again as soon as it has handled an event, so a follower paid one round trip for
 * nearly every event of every job (a dozen a document, most of them progress); here it pays at most one
 * every `pause` ms, however many documents finish. Emits the events as `QueueEvents` does (`{ jobId,
 * returnvalue }`, `{ jobId, failedReason }`, `{ jobId, data }`), and `error` when Redis is away (the
 * connection retries on its own; events written meanwhile are read after, unless the stream went with Redis).
 */
export class EventReader extends EventEmitter {
  private readonly redis: Redis;
  private readonly key: string;
  private closing = false;
  private readonly ready: Promise<void>;
  private loop: Promise<void> = Promise.resolve();
  private pauseTimer: NodeJS.Timeout | undefined;
  private endPause: () => void = () => {};

  constructor(queue: string, options: { connection: RedisOptions; prefix: string; pause?: number }) {
    super();
    this.key = `${options.prefix}:${queue}:events`;
    this.redis = new Redis({ ...options.connection, maxRetriesPerRequest: null });
    this.redis.on('error', (error) => this.emit('error', error));
    const pause = options.pause ?? EVENT_BATCH_MILLISECONDS;
    this.ready = this.start(pause);
  }

  /** Resolves once the reader knows where the stream stands: events written after that are all read. */
  waitUntilReady(): Promise<void> {
    return this.ready;
  }

  private async start(pause: number): Promise<void> {
    // From the stream's last entry (an empty or absent stream: from its beginning), not `$`, which between two
    // reads would skip what was written in between.
    const last = await this.redis.xrevrange(this.key, '+', '-', 'COUNT', 1).catch(() => []);
    this.loop = this.read(last[0]?.[0] ?? '0-0', pause);
  }

  private async read(from: string, pause: number): Promise<void> {
    let id = from;
    while (!this.closing) {
      try {
        const reply = (await this.redis.xread('COUNT', 10_000, 'BLOCK', 10_000, 'STREAMS', this.key, id)) as [string, [string, string[]][]][] | null;
        for (const [, entries] of reply ?? []) {
          for (const [entryId, fields] of entries) {
            id = entryId;
            this.dispatch(fields);
          }
        }
      } catch (error) {
        if (this.closing) return;
        this.emit('error', error as Error);
      }
      await new Promise<void>((resolve) => {
        this.endPause = resolve;
        this.pauseTimer = setTimeout(resolve, pause);
      });
    }
  }

  private dispatch(fields: string[]): void {
    const event: Record<string, string> = {};
    for (let index = 0; index + 1 < fields.length; index += 2) event[fields[index]!] = fields[index + 1]!;
    const { event: name, ...rest } = event;
    try {
      if (name === 'completed') this.emit('completed', { ...rest, returnvalue: parse(rest.returnvalue) });
      else if (name === 'progress') this.emit('progress', { ...rest, data: parse(rest.data) });
      else if (name === 'failed') this.emit('failed', rest);
    } catch (error) {
      this.emit('error', error as Error);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.pauseTimer);
    this.endPause();
    // Interrupts a blocking read.
    this.redis.disconnect();
    await this.ready.catch(() => {});
    await this.loop.catch(() => {});
  }
}

function parse(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
