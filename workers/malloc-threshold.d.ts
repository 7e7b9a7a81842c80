/** Blocks from this size up (bytes) are mapped on their own, whatever was freed before. */
export declare const MMAP_THRESHOLD: string;
