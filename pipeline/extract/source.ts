import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { SourceInfo } from '../model/index.ts';

/** An input as bytes with the name it was given; never a path to write to. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Document id: short enough for folder and job names, long enough never to collide in an archive. */
export function documentId(bytes: Uint8Array): string {
  return sha256(bytes).slice(0, 16);
}

export function sourceInfo(file: SourceFile, mediaType: SourceInfo['mediaType']): SourceInfo {
  return { name: basename(file.name), mediaType, sha256: sha256(file.bytes), bytes: file.bytes.byteLength };
}
