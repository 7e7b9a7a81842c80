import { InvalidArgumentError } from 'commander';
import { isSupportedLanguage } from '../pipeline/lang/index.ts';
import type { LanguageCode } from '../pipeline/model/index.ts';
import type { OcrMode } from '../pipeline/extract/index.ts';

export function parseLanguage(value: string): LanguageCode {
  if (!isSupportedLanguage(value)) throw new InvalidArgumentError(`unsupported language "${value}"`);
  return value;
}

export function parseOcrMode(value: string): OcrMode {
  if (value !== 'auto' && value !== 'always' && value !== 'never') {
    throw new InvalidArgumentError('expected auto, always or never');
  }
  return value;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}
