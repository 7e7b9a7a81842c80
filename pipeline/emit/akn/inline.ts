/**
 * Inline markup over one node's text: entity mentions (offsets into the text) and the preface's own
 * spans (docType, docProponent, docDate…) become nested inline elements, and the text between them is
 * kept character for character.
 *
 * Spans that nest (a state inside an organization's name) nest in the XML. Spans that cross cannot:
 * the one that starts later (or, starting together, the shorter one) is left unmarked; its text is
 * still there. Spans whose offsets do not fit the text are skipped for the same reason.
 */
import type { Entity, Mention } from '../../model/index.ts';
import { isIsoDate, slug } from './iri.ts';
import type { ReferenceBook } from './references.ts';
import type { ElementNode, Node } from './xml.ts';
import { element, text } from './xml.ts';

export interface Span {
  start: number;
  end: number;
  /** Builds the element around the already-built content of the span. */
  wrap(children: Node[]): ElementNode;
  /** Among spans with the same bounds, the lower rank is the outer one. */
  rank: number;
}

interface Built {
  span: Span;
  children: Node[];
}

/** The text with its spans as nested elements; crossing or out-of-range spans are dropped, never the text. */
export function markup(value: string, spans: readonly Span[]): Node[] {
  const usable = spans
    .filter((span) => span.start >= 0 && span.end <= value.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const root: Node[] = [];
  const stack: Built[] = [];
  let position = 0;
  const emit = (node: Node) => (stack.at(-1)?.children ?? root).push(node);
  const flush = (until: number) => {
    if (until > position) emit(text(value.slice(position, until)));
    position = Math.max(position, until);
  };
  const close = () => {
    const top = stack.at(-1)!;
    flush(top.span.end);
    stack.pop();
    emit(top.span.wrap(top.children));
  };
  for (const span of usable) {
    while (stack.length > 0 && stack.at(-1)!.span.end <= span.start) close();
    const parent = stack.at(-1);
    if (parent && span.end > parent.span.end) continue; // crosses its parent: left unmarked
    if (span.start < position) continue; // starts inside text already written (crosses a closed sibling)
    flush(span.start);
    stack.push({ span, children: [] });
  }
  while (stack.length > 0) close();
  flush(value.length);
  return root;
}

export interface LocatedMention {
  mention: Mention;
  entity: Entity;
}

/** Mentions of every entity, by the node (and signature field) they sit in. */
export function indexMentions(entities: readonly Entity[]): Map<string, LocatedMention[]> {
  const index = new Map<string, LocatedMention[]>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const key = mentionKey(mention.nodeId, mention.field);
      const list = index.get(key) ?? [];
      list.push({ mention, entity });
      index.set(key, list);
    }
  }
  return index;
}

export function mentionKey(nodeId: string, field?: string): string {
  return field ? `${nodeId}|${field}` : nodeId;
}

/** Rank of entity mentions: inside the preface's spans when they share bounds. */
const MENTION_RANK = 10;

/**
 * The span of one mention, or undefined when its offsets do not point at its text (a stale mention).
 * `dateOverride` lets the preface turn the letter's own date into `docDate`.
 */
export function mentionSpan(
  value: string,
  located: LocatedMention,
  references: ReferenceBook,
  dateOverride?: (located: LocatedMention) => ((children: Node[]) => ElementNode) | undefined,
): Span | undefined {
  const { mention, entity } = located;
  if (value.slice(mention.start, mention.end) !== mention.text) return undefined;
  const refersTo = references.entity(entity.id);
  if (!refersTo) return undefined;
  const target = `#${refersTo}`;
  const wrap = dateOverride?.(located) ?? mentionElement(entity, target, references);
  return { start: mention.start, end: mention.end, rank: MENTION_RANK, wrap };
}

function mentionElement(entity: Entity, refersTo: string, references: ReferenceBook): (children: Node[]) => ElementNode {
  switch (entity.type) {
    case 'person': {
      const role = entity.roleIds?.map((id) => references.entity(id)).find((eId) => eId !== undefined);
      return (children) => element('person', { refersTo, as: role ? `#${role}` : undefined }, children);
    }
    case 'state':
    case 'location':
      return (children) => element('location', { refersTo }, children);
    case 'organization':
      return (children) => element('organization', { refersTo }, children);
    case 'role':
      return (children) => element('role', { refersTo }, children);
    case 'event':
      return (children) => element('event', { refersTo }, children);
    case 'date': {
      const day = calendarDay(entity.normalized);
      if (day) return (children) => element('date', { date: day, refersTo }, children);
      return (children) => element('concept', { refersTo }, children);
    }
    case 'reference':
      return (children) => element('ref', { href: documentHref(entity.normalized, references.href(entity.id)), refersTo }, children);
    default:
      return (children) => element('concept', { refersTo }, children);
  }
}

/**
 * The day an ISO value names, for `date@date` (an `xsd:date`): a full date, or the first bound of a
 * range (`2012-03-26/2012-03-27`). Months and years have no day and stay concepts.
 */
export function calendarDay(normalized: string): string | undefined {
  const first = normalized.split('/')[0];
  return isIsoDate(first) ? first : undefined;
}

/**
 * UN document symbols resolve at undocs.org; any other reference (an agenda item…) points at its
 * concept IRI, the same as its TLC's.
 */
export function documentHref(normalized: string, conceptHref?: string): string {
  const value = normalized.trim();
  if (/^[A-Z]{1,6}(\/[\w.()-]+)+$/i.test(value.replace(/\s+/g, ''))) return `https://undocs.org/${encodeURI(value.replace(/\s+/g, ''))}`;
  return conceptHref ?? `/akn/ontology/concept/un/${slug(value)}`;
}
