/** Blocks from this size up (bytes) are mapped on their own, whatever was freed before. */
export declare const MMAP_THRESHOLD: string;
/** Whether the arguments run a command that reads scans, in a process started without the threshold set. */
export declare function needsMallocRelaunch(args: readonly string[], env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): boolean;
/** Runs this program again in a child with the threshold set, passes signals on, and leaves as the child left. */
export declare function relaunchWithMallocThreshold(): void;
/** Whether every input of `ingest` is a text file, or a folder holding no PDF or image. */
export declare function onlyTextInputs(args: readonly string[]): boolean;
