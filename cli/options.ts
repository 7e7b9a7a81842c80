import { InvalidArgumentError } from 'commander';
import { SUPPORTED_LANGUAGE_CODES, isSupportedLanguage } from '../pipeline/lang/codes.ts';
import type { LanguageCode } from '../pipeline/model/index.ts';
import type { OcrMode } from '../pipeline/extract/index.ts';

export function parseLanguage(value: string): LanguageCode {
  if (!isSupportedLanguage(value)) throw new InvalidArgumentError(`unsupported language "${value}" (supported: ${SUPPORTED_LANGUAGE_CODES.join(', ')})`);
  return value;
}

export function parseOcrMode(value: string): OcrMode {
  if (value !== 'auto' && value !== 'always' && value !== 'never') {
    throw new InvalidArgumentError('expected auto, always or never');
  }
  return value;
}

/** A confidence threshold: a number from 0 to 1. */
export function parseThreshold(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return number;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}

export function parsePositiveNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a number > 0');
  return number;
}

/** A size in megabytes (decimals allowed), as bytes. */
export function parseMegabytes(value: string): number {
  return Math.round(parsePositiveNumber(value) * 1024 * 1024);
}
