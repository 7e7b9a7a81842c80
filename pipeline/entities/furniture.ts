/**
 * Page furniture left in the text flow: the running head or foot a UN document prints on every page after
 * the first (its own symbol, the job number, the page mark: `A/79/716 S/2025/18`, `25-00259 2/5`). It names
 * the document, not something the letter speaks of, so the entity stage reads nothing in it; the masthead's
 * symbol has its mention on the document's `symbol`.
 */

/** Job numbers (`25-00259`, `25-00259 (E)`), date codes (`100125`), barcodes (`*2500259*`), page marks (`2/5`). */
const PRINTING_MARK = /^(?:\d{2}-\d{5}|\(\p{Lu}\)|\d{6}|\*\d{7,}\*|\d{1,3}\/\d{1,3})$/u;

/** The parts of a symbol as printed (`A/79/716-S/2025/18` → both halves), for comparing with a running line. */
function symbolParts(symbol: string): string[] {
  return symbol.split(/[-–](?=[A-Z]+\/)/u).map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * Whether a text holds only page furniture: the document's own symbol or its parts and printing marks,
 * with at least the symbol or a job number among them (a page mark alone names nothing anyway).
 */
export function isRunningFurniture(text: string, symbol: string | undefined): boolean {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  if (!words.length) return false;
  const own = new Set(symbol ? [symbol.replace(/\s+/gu, ''), ...symbolParts(symbol.replace(/\s+/gu, ''))] : []);
  let anchored = false;
  for (const word of words) {
    if (own.has(word) || /^\d{2}-\d{5}$/u.test(word)) anchored = true;
    else if (!PRINTING_MARK.test(word)) return false;
  }
  return anchored;
}
