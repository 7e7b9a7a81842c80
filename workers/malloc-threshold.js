// glibc's mmap threshold for the processes that read scans: `ingest` (bin/malloc-relaunch.js starts a copy of
// itself with it) and the queue's OCR children (workers/worker.ts starts them with it). Plain JavaScript, so
// that the launcher reads it before anything is compiled; one value for both.

/** Blocks from this size up (bytes) are mapped on their own, whatever was freed before. */
export const MMAP_THRESHOLD = '262144';
