import { isInputError } from '../errors.ts';
import { escapeControls } from './names.ts';

/**
 * One line: the file and the problem. Unexpected errors keep their message, never a stack; control
 * characters of the file name (a newline would forge a second line) are written as escapes.
 */
export function describeFailure(input: string, error: unknown): string {
  const message = isInputError(error) ? `${error.file}: ${error.reason}` : error instanceof Error ? error.message : String(error);
  const withInput = message.startsWith(input) ? message : `${input}: ${message}`;
  const reason = withInput.slice(input.length);
  return `${escapeControls(input)}${(reason.split('\n')[0] ?? '').trimEnd() || ': unknown error'}`;
}
