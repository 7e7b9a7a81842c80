/**
 * The `references` of the letter: one TLC per entity of the model, plus the TLCs the markup needs for
 * what the model holds as plain strings (senders, addressees, organs, signatories without a person
 * entity, role lines) and a few fixed concepts. Every `refersTo`, `as` and `FRBRauthor` in the document
 * points at an entry made here.
 *
 * One TLC per entity and role: a sender, addressee, organ or role line the tagger recognized as an entity
 * refers to that entity's TLC, and plain strings that name the same thing share one TLC. An entity's IRI
 * is read off its id, which is the same in every letter and language (`role:permanent-representative:KAZ`
 * → `/akn/ontology/role/un/permanent-representative/KAZ`), never off the wording; agenda items have one
 * scheme, {@link agendaItemHref}, whether the header or the text names them.
 */
import type { Entity, EntityType, Signature, UnDocument } from '../../model/index.ts';
import { EIdRegistry, cleanEId, tlcEIdFor } from './eids.ts';
import { slug } from './iri.ts';
import { editionWords } from '../edition-words.ts';
import type { ElementNode } from './xml.ts';
import { element } from './xml.ts';
import { allAnnexes } from '../../model/text-nodes.ts';

type TlcKind = 'TLCPerson' | 'TLCOrganization' | 'TLCLocation' | 'TLCRole' | 'TLCConcept' | 'TLCEvent';

interface Tlc {
  kind: TlcKind;
  eId: string;
  href: string;
  showAs: string;
}

/**
 * States are places in the AKN ontology (`TLCLocation`, ISO 3166 code in the IRI); dates and document
 * references have no class of their own and are concepts.
 */
const ENTITY_TLC: Record<EntityType, TlcKind> = {
  person: 'TLCPerson',
  state: 'TLCLocation',
  organization: 'TLCOrganization',
  location: 'TLCLocation',
  role: 'TLCRole',
  date: 'TLCConcept',
  reference: 'TLCConcept',
  event: 'TLCEvent',
};

const ONTOLOGY_CLASS: Record<TlcKind, string> = {
  TLCPerson: 'person',
  TLCOrganization: 'organization',
  TLCLocation: 'location',
  TLCRole: 'role',
  TLCConcept: 'concept',
  TLCEvent: 'event',
};

/** eIds of the fixed entries. */
export const FIXED = {
  pipeline: 'unletters',
  signed: 'signed',
  symbol: 'symbol',
  session: 'session',
  agendaItem: 'agendaItem',
  translator: 'translator',
} as const;

export class ReferenceBook {
  private readonly entries: Tlc[] = [];
  private readonly entityEIds = new Map<string, string>();
  private readonly entitiesById = new Map<string, Entity>();
  private readonly signaturePersons = new Map<string, string>();
  private readonly signatureRoles = new Map<string, string>();
  readonly proponents: string[] = [];
  readonly addressees: string[] = [];
  readonly organs: string[] = [];

  constructor(
    document: UnDocument,
    private readonly registry: EIdRegistry,
  ) {
    this.fixed('TLCOrganization', FIXED.pipeline, 'unletters', 'unletters');
    for (const entity of document.entities) {
      const kind = ENTITY_TLC[entity.type] ?? 'TLCConcept';
      const eId = this.addEntry(kind, tlcEIdFor(entity.id), entityHref(kind, entity, document), entity.text || entity.normalized || entity.id);
      this.entityEIds.set(entity.id, eId);
      this.entitiesById.set(entity.id, entity);
    }
    const title = document.letter.title;
    document.letter.senders.forEach((sender) => this.proponents.push(this.entity(entityWithin(document, title.id, title.text, sender, ['role', 'person', 'organization'])) ?? this.add('TLCRole', 'role', sender, sender)));
    document.letter.addressees.forEach((addressee) => this.addressees.push(this.entity(entityWithin(document, title.id, title.text, addressee, ['role', 'organization', 'person'])) ?? this.add('TLCRole', 'role', addressee, addressee)));
    document.header?.organs.forEach((organ, index) => {
      const entity = document.entities.find((candidate) => candidate.type === 'organization' && candidate.mentions.some((mention) => mention.nodeId === 'header' && mention.field === `organs.${index}`));
      this.organs.push(this.entity(entity?.id) ?? this.add('TLCOrganization', 'org', organ, organ));
    });
    const signatures = [...document.letter.signatures, ...allAnnexes(document).flatMap((annex) => annex.signatures)];
    for (const signature of signatures) this.addSignatory(signature, document);
    // Concept names (the href) are the ontology's; their display names are in the document's language.
    const concepts = editionWords(document.lang).concepts;
    if (signatures.some((signature) => signature.signed)) this.fixed('TLCConcept', FIXED.signed, 'signed', concepts.signed);
    if (document.symbol) this.fixed('TLCConcept', FIXED.symbol, 'documentSymbol', concepts.documentSymbol);
    if (document.header?.session) this.fixed('TLCConcept', FIXED.session, `session/${document.header.sessionNumber ?? slug(document.header.session)}`, document.header.session);
    if (document.header?.agendaItems.length) this.fixed('TLCConcept', FIXED.agendaItem, 'agendaItem', concepts.agendaItem);
    // `FRBRtranslation@by` of an annex translated from its original: who translated is not stated, so a role.
    if (allAnnexes(document).some((annex) => annex.originalLanguages.length > 0)) this.fixed('TLCRole', FIXED.translator, 'translator', 'translator');
  }

  /** eId of the TLC of an entity, when the model has that entity. */
  entity(entityId: string | undefined): string | undefined {
    return entityId === undefined ? undefined : this.entityEIds.get(entityId);
  }

  /** The IRI of an entity's TLC. */
  href(entityId: string): string | undefined {
    const eId = this.entity(entityId);
    return this.entries.find((entry) => entry.eId === eId)?.href;
  }

  entityById(entityId: string): Entity | undefined {
    return this.entitiesById.get(entityId);
  }

  /** eId of the TLCPerson a signatory's `person` refers to (absent for role-only blocks). */
  signaturePerson(signature: Signature): string | undefined {
    return this.signaturePersons.get(signature.id);
  }

  /** eId of the TLCRole a signature's role line refers to. */
  signatureRole(signature: Signature, index: number): string | undefined {
    return this.signatureRoles.get(`${signature.id}|${index}`);
  }

  /** The `references` element; empty of nothing, since the pipeline itself is always there. */
  toElement(): ElementNode {
    return element(
      'references',
      { source: `#${FIXED.pipeline}` },
      this.entries.map((entry) => element(entry.kind, { eId: entry.eId, href: entry.href, showAs: entry.showAs })),
    );
  }

  private addSignatory(signature: Signature, document: UnDocument): void {
    const person = this.entity(signature.personId);
    if (person) this.signaturePersons.set(signature.id, person);
    else if (signature.name) this.signaturePersons.set(signature.id, this.add('TLCPerson', 'person', signature.name, signature.name));
    signature.roles.forEach((role, index) => {
      const whole = wholeFieldRoleEntity(document, signature.id, `roles.${index}`, role.length);
      const eId = this.entity(whole) ?? this.add('TLCRole', 'role', role, role);
      this.signatureRoles.set(`${signature.id}|${index}`, eId);
    });
  }

  /**
   * A TLC for a string the tagger named no entity for: its IRI from the string's slug (lower case, so that
   * `Secretary-General` and `secretary-general` are one), shared by every string with that slug.
   */
  private add(kind: TlcKind, prefix: string, name: string, showAs: string): string {
    const key = slug(name).toLowerCase();
    const href = `/akn/ontology/${ONTOLOGY_CLASS[kind]}/un/${key}`;
    return this.addEntry(kind, `${prefix}_${key}`, href, showAs);
  }

  /** A fixed entry of the pipeline's own (`signed`, `session`…): its eId and ontology name as given. */
  private fixed(kind: TlcKind, eId: string, name: string, showAs: string): string {
    return this.addEntry(kind, eId, `/akn/ontology/${ONTOLOGY_CLASS[kind]}/un/${name}`, showAs);
  }

  /** One entry per IRI: a second request for the same IRI gets the first entry. */
  private addEntry(kind: TlcKind, wantedEId: string, href: string, showAs: string): string {
    const known = this.entries.find((entry) => entry.href === href && entry.kind === kind);
    if (known) return known.eId;
    const eId = this.registry.claim(cleanEId(wantedEId));
    this.entries.push({ kind, eId, href, showAs });
    return eId;
  }
}

/** An agenda item's IRI, the same for the header's `ref` and for the TLC of a mention in the text. */
export function agendaItemHref(item: string): string {
  return `/akn/ontology/concept/un/agendaItem/${slug(item.replace(/[\s()]/g, '')).toLowerCase()}`;
}

const AGENDA_ITEM_ID = /^ref:agenda-item-(.+)$/;

/** An entity's IRI from its id: the type prefix gives way to the class, the id's parts become the path. */
function entityHref(kind: TlcKind, entity: Entity, _document: UnDocument): string {
  const agendaItem = AGENDA_ITEM_ID.exec(entity.id);
  if (agendaItem) return agendaItemHref(agendaItem[1]!);
  const parts = entity.id.split(':');
  const path = (parts.length > 1 ? parts.slice(1) : parts).map((part) => slug(part)).join('/');
  return `/akn/ontology/${ONTOLOGY_CLASS[kind]}/un/${path}`;
}

/**
 * The entity of one of the given types whose mention in a node lies within a field's wording there (a
 * sender's or addressee's words in the title), the widest such mention first, in the order of the types.
 */
function entityWithin(document: UnDocument, nodeId: string, nodeText: string, wording: string, types: readonly EntityType[]): string | undefined {
  const start = wording === '' ? -1 : nodeText.indexOf(wording);
  if (start < 0) return undefined;
  const end = start + wording.length;
  let best: { id: string; rank: number; length: number } | undefined;
  for (const entity of document.entities) {
    const rank = types.indexOf(entity.type);
    if (rank < 0) continue;
    for (const mention of entity.mentions) {
      if (mention.nodeId !== nodeId || mention.field !== undefined || mention.start < start || mention.end > end) continue;
      const length = mention.end - mention.start;
      if (!best || rank < best.rank || (rank === best.rank && length > best.length)) best = { id: entity.id, rank, length };
    }
  }
  return best?.id;
}

/** A role entity whose mention covers a whole role line is that line's TLC. */
function wholeFieldRoleEntity(document: UnDocument, nodeId: string, field: string, length: number): string | undefined {
  for (const entity of document.entities) {
    if (entity.type !== 'role') continue;
    if (entity.mentions.some((mention) => mention.nodeId === nodeId && mention.field === field && mention.start === 0 && mention.end === length)) {
      return entity.id;
    }
  }
  return undefined;
}
