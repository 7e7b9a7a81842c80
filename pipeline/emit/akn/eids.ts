/**
 * eIds follow the Akoma Ntoso naming convention (OASIS AKN-NC 1.0, section 5): each level is the
 * element's abbreviation and its number, levels joined by `__` (`att_1__sec_2__para_3__list_1__point_a`).
 * They are read off the model's ids so that a reader (or a test) can find every model node in the XML:
 * `letter.` is dropped, `annex_N` is the attachment `att_N`, `section_N` is `sec_N`, a list item is a
 * `point` named by its label (`point_a`, `point_1`; a bullet by its position) or, in closing text where
 * lists are `blockList`, an `item`. Numbers are one-based: a model's field index (`roles.0`) is shifted,
 * and the unnumbered paragraphs before the first numbered one (model `para_0_<k>`) are `para_u<k>`
 * (there is no paragraph 0 to hang them from, and `para_<k>` belongs to the printed paragraph k).
 * The schema wants eIds unique in the whole document, annexes included: the registry makes sure of it.
 */
import type { Block, UnDocument } from '../../model/index.ts';

/** Labels of the list items that have one, by model id (`…list_1.item_2` → `b`). */
export type ItemLabels = ReadonlyMap<string, string>;

const NO_LABELS: ItemLabels = new Map();

/** Every labelled list item of the document (body, closing, nested). */
export function itemLabels(document: UnDocument): ItemLabels {
  const labels = new Map<string, string>();
  const visit = (blocks: readonly Block[] | undefined): void => {
    for (const block of blocks ?? []) {
      if (block.type === 'list') {
        for (const item of block.items) {
          const label = item.num === undefined ? '' : cleanEId(item.num).replace(/[^\p{L}\p{N}]/gu, '');
          if (label !== '' && label !== '0') labels.set(item.id, label);
          visit(item.children);
        }
      } else if (block.type !== 'table' && block.type !== 'figure') visit(block.children);
    }
  };
  visit(document.letter.body);
  visit(document.letter.closing);
  for (const annex of document.annexes) {
    visit(annex.body);
    visit(annex.closing);
  }
  return labels;
}

export function eIdFor(modelId: string, labels: ItemLabels = NO_LABELS): string {
  const parts = modelId.split('.').filter((part) => part !== '');
  const offset = parts[0] === 'letter' && parts.length > 1 ? 1 : 0;
  // Closing paragraphs are block text in AKN: their lists are `blockList`/`item`.
  const inClosing = parts.some((part) => /^closing_\d+$/.test(part));
  const mapped = parts.slice(offset).map((part, index) => {
    const item = /^item_(\d+)$/.exec(part);
    if (item) {
      const label = labels.get(parts.slice(0, offset + index + 1).join('.')) ?? item[1];
      return `${inClosing ? 'item' : 'point'}_${label}`;
    }
    return part
      .replace(/^annex_(\d+)$/, 'att_$1')
      .replace(/^section_(\d+)/, 'sec_$1')
      .replace(/^para_0(?:_(\d+))?(?=_|$)/, (_, k: string | undefined) => `para_u${k ?? 1}`);
  });
  return cleanEId(mapped.join('__'));
}

/** Fields that hold a list, named in the singular with a one-based number: `roles.0` → `role_1`. */
const FIELD_NAMES: Record<string, string> = { roles: 'role', organs: 'organ', agendaItems: 'agendaItem', senders: 'sender', addressees: 'addressee' };

/** eId of a field of a node (`name`, `roles.0`, `honorific`, `organs.1`), as the mentions name them. */
export function signatureFieldEId(nodeId: string, field: string, labels: ItemLabels = NO_LABELS): string {
  const indexed = /^(\w+)\.(\d+)$/.exec(field);
  const local = indexed ? `${FIELD_NAMES[indexed[1]!] ?? indexed[1]}_${Number(indexed[2]) + 1}` : field;
  return `${eIdFor(nodeId, labels)}__${cleanEId(local)}`;
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

/**
 * What every eId of an edition looks like: levels joined by `__`, each a name (letters) and then
 * `_`-separated values; no value is `0` (numbers are one-based) and there is no empty level.
 */
export const EID_PATTERN = /^[a-z][A-Za-z]*(?:_(?!0(?:_|$))[\p{L}\p{N}][\p{L}\p{N}.-]*)*(?:__[a-z][A-Za-z]*(?:_(?!0(?:_|$))[\p{L}\p{N}][\p{L}\p{N}.-]*)*)*$/u;

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
