/**
 * Dates in running text: the exact UN forms (`exact.ts`) and, for OCR'd text, the same forms with a
 * damaged month word (`tolerant.ts`).
 */
export { findDates, firstDay, type DateMatch } from './exact.ts';
export { findDatesTolerant, firstDayTolerant } from './tolerant.ts';
