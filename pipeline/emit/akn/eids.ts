/**
 * eIds are read off the model's ids so that a reader (or a test) can find every model node in the XML:
 * `letter.` is dropped (`letter.para_1` → `para_1`), `annex_N` becomes the attachment's `att_N`, and
 * the dots between levels become `__`, AKN's separator (`annex_1.section_1.para_2` → `att_1__section_1__para_2`).
 * The schema wants eIds unique in the whole document, annexes included: the registry makes sure of it.
 */

export function eIdFor(modelId: string): string {
  const parts = modelId.split('.').filter((part) => part !== '');
  if (parts[0] === 'letter' && parts.length > 1) parts.shift();
  const mapped = parts.map((part) => part.replace(/^annex_(\d+)$/, 'att_$1'));
  return cleanEId(mapped.join('__'));
}

/** eId for a signature field (`name`, `roles.0`, `honorific`), as the mentions name them. */
export function signatureFieldEId(signatureId: string, field: string): string {
  return `${eIdFor(signatureId)}__${cleanEId(field.replace('.', '_'))}`;
}

/** eId of the reference entry (TLC) of an entity: `state:NOR` → `state_NOR`. */
export function tlcEIdFor(entityId: string): string {
  return cleanEId(entityId);
}

/** eIds are `noWhiteSpace` in the schema; also kept to characters safe inside a `#fragment` reference. */
export function cleanEId(value: string): string {
  const cleaned = value.normalize('NFC').replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^_+|_+$/g, '');
  return cleaned === '' ? 'id' : cleaned;
}

/** Hands out each eId once; a clash (two model ids mapping to one eId) gets a numbered suffix. */
export class EIdRegistry {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    let candidate = wanted;
    for (let suffix = 2; this.taken.has(candidate); suffix += 1) candidate = `${wanted}_${suffix}`;
    this.taken.add(candidate);
    return candidate;
  }
}
