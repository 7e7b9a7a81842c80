import { describe, expect, it } from 'vitest';
import type { PreparedPage } from './page.ts';
import { runPagePipeline } from './page-pipeline.ts';

const page = (number: number): PreparedPage => ({ number, dpi: 300, cleaned: { png: new Uint8Array(0), width: 1, height: 1, skewDegrees: 0 } });
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('bounded page pipeline', () => {
  it('holds no more pages than its bound however many pages, prepares in order and returns the readings in page order', async () => {
    let held = 0;
    let mostHeld = 0;
    const prepared: number[] = [];
    const pages = Array.from({ length: 40 }, (_, index) => index + 1);
    const readings = await runPagePipeline(
      pages,
      {
        prepare: async (number) => {
          held++;
          mostHeld = Math.max(mostHeld, held);
          prepared.push(number);
          await tick();
          return page(number);
        },
        // Later pages are read faster: readings finish out of order.
        read: async (preparedPage) => {
          for (let wait = 0; wait < (preparedPage.number % 3) + 1; wait++) await tick();
          held--;
          return `page ${preparedPage.number}`;
        },
      },
      3,
    );
    expect(mostHeld).toBe(3);
    expect(prepared).toEqual(pages);
    expect(readings).toEqual(pages.map((number) => `page ${number}`));
  });

  it('prepares the next pages while earlier ones are being read', async () => {
    const events: string[] = [];
    await runPagePipeline(
      [1, 2, 3],
      {
        prepare: async (number) => {
          events.push(`prepare ${number}`);
          return page(number);
        },
        read: async (preparedPage) => {
          events.push(`read ${preparedPage.number}`);
          for (let wait = 0; wait < 5; wait++) await tick();
          events.push(`read ${preparedPage.number} done`);
        },
      },
      3,
    );
    expect(events.indexOf('prepare 3')).toBeLessThan(events.indexOf('read 1 done'));
  });

  it('stops preparing pages after a page fails and rejects with that page\'s error', async () => {
    const prepared: number[] = [];
    const run = runPagePipeline(
      [1, 2, 3, 4, 5, 6],
      {
        prepare: async (number) => {
          prepared.push(number);
          return page(number);
        },
        read: async (preparedPage) => {
          await tick();
          if (preparedPage.number === 2) throw new Error('page 2: engine crashed');
          return preparedPage.number;
        },
      },
      2,
    );
    await expect(run).rejects.toThrow('page 2: engine crashed');
    expect(prepared.length).toBeLessThan(6);
  });
});
