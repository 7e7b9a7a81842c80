/**
 * What each command does, in one line: the top-level help lists these without loading any command's modules
 * (`unletters --help` starts in a fraction of a second), and each command shows the same line in its own help.
 */
export const COMMAND_DESCRIPTIONS = {
  ingest: 'process letters (text, PDF, page images) and write <out>/<name>/<name>.{akn.xml,json,pdf,txt}',
  repair: 'print the repaired text of a letter (line structure kept); - reads standard input',
  worker: 'process queued documents (REDIS_URL selects the server; UNLETTERS_SHARED is the shared folder)',
  status: 'job counts, workers and recent failures per queue stage (REDIS_URL selects the server)',
  dashboard: 'web dashboard of the queues (bull-board); REDIS_URL selects the server',
  validate: 'validate Akoma Ntoso files against the official Akoma Ntoso 3.0 schema (exit 0 valid, 1 invalid, 2 usage or no schema)',
} as const;

export type CommandName = keyof typeof COMMAND_DESCRIPTIONS;
