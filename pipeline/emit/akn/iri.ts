/**
 * Akoma Ntoso IRIs for a letter, after AKN4UN: the Work, Expression and Manifestation of
 * `../identity.ts`; `!main` and `!annex_N` name the components.
 */
import type { UnDocument } from '../../model/index.ts';
import type { DocumentIdentity } from '../identity.ts';
import { documentIdentity } from '../identity.ts';
import { editionTime, isoDay } from '../made-at.ts';

export { AKN_LANGUAGE, isIsoDate, symbolNumber } from '../identity.ts';

export interface DocumentIris extends DocumentIdentity {
  /** The day this edition was marked up (`SOURCE_DATE_EPOCH` or the clock), the Manifestation's date. */
  markupDate: string;
  manifestationUri: string;
}

export function documentIris(document: UnDocument, madeAt: Date = editionTime()): DocumentIris {
  const identity = documentIdentity(document);
  return { ...identity, markupDate: isoDay(madeAt), manifestationUri: `${identity.expressionUri}.xml` };
}

/** The slug of an ontology IRI: accents dropped, anything but letters, digits, `.`, `_`, `-` becomes `-`. */
export function slug(value: string): string {
  const cleaned = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}._]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'unnamed' : cleaned;
}
