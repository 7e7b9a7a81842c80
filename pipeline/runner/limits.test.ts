import { describe, expect, it } from 'vitest';
import { budgetSignal } from './limits.ts';

/** Busy-waits without letting the event loop turn, as a short letter's synchronous stages do. */
function spin(milliseconds: number): void {
  const end = performance.now() + milliseconds;
  while (performance.now() < end);
}

describe('a document’s time budget', () => {
  it('stops the next stage once spent, even when no timer could fire in between', () => {
    const budget = budgetSignal('letter.txt', 0.001);
    spin(5);
    expect(() => budget.signal.throwIfAborted()).toThrow('letter.txt: stopped: over the time budget of 0.001 s per document (--time-budget)');
    expect(budget.signal.aborted).toBe(true);
    budget.dispose();
  });

  it('lets the stages run while it lasts', () => {
    const budget = budgetSignal('letter.txt', 60);
    spin(2);
    expect(() => budget.signal.throwIfAborted()).not.toThrow();
    budget.dispose();
  });
});
