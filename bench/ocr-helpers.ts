/** What bench:ocr and its per-language part share: running pages a few at a time, and folding typography. */

/** Runs `task` over `items`, at most `limit` at a time, results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!);
      }
    }),
  );
  return results;
}

/**
 * Apostrophes, quotes, dashes and commas reduced to one form each, in every script: what is compared is
 * recognition alone, not typography.
 */
export function foldTypography(text: string): string {
  return text.replace(/[’‘‛`´]/g, "'").replace(/[–—‐‑]/g, '-').replace(/[«»“”„]/g, '"').replace(/[،，]/g, ',').replace(/[؛；]/g, ';').replace(/[：]/g, ':');
}
