/**
 * An input the pipeline cannot process (empty, binary, encrypted, corrupt, …). Retrying will not help:
 * the queue marks such jobs unrecoverable, the CLI prints `message` as the one line for that file.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError';
}
