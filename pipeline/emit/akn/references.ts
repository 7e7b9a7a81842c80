/**
 * The `references` of the letter: one TLC per entity of the model, plus the TLCs the markup needs for
 * what the model holds as plain strings (senders, addressees, organs, signatories without a person
 * entity, role lines) and a few fixed concepts. Every `refersTo`, `as` and `FRBRauthor` in the document
 * points at an entry made here.
 */
import type { Entity, EntityType, Signature, UnDocument } from '../../model/index.ts';
import { EIdRegistry, eIdFor, tlcEIdFor } from './eids.ts';
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
    this.add('TLCOrganization', FIXED.pipeline, 'unletters', 'unletters');
    for (const entity of document.entities) {
      const kind = ENTITY_TLC[entity.type] ?? 'TLCConcept';
      const eId = this.add(kind, tlcEIdFor(entity.id), entity.normalized || entity.id, entity.text || entity.normalized || entity.id);
      this.entityEIds.set(entity.id, eId);
      this.entitiesById.set(entity.id, entity);
    }
    document.letter.senders.forEach((sender, index) => this.proponents.push(this.add('TLCRole', `proponent_${index + 1}`, sender, sender)));
    document.letter.addressees.forEach((addressee, index) => this.addressees.push(this.add('TLCRole', `addressee_${index + 1}`, addressee, addressee)));
    document.header?.organs.forEach((organ, index) => this.organs.push(this.add('TLCOrganization', `organ_${index + 1}`, organ, organ)));
    const signatures = [...document.letter.signatures, ...allAnnexes(document).flatMap((annex) => annex.signatures)];
    for (const signature of signatures) this.addSignatory(signature, document);
    // Concept names (the href) are the ontology's; their display names are in the document's language.
    const concepts = editionWords(document.lang).concepts;
    if (signatures.some((signature) => signature.signed)) this.add('TLCConcept', FIXED.signed, 'signed', concepts.signed);
    if (document.symbol) this.add('TLCConcept', FIXED.symbol, 'documentSymbol', concepts.documentSymbol);
    if (document.header?.session) this.add('TLCConcept', FIXED.session, `session/${document.header.sessionNumber ?? slug(document.header.session)}`, document.header.session);
    if (document.header?.agendaItems.length) this.add('TLCConcept', FIXED.agendaItem, 'agendaItem', concepts.agendaItem);
  }

  /** eId of the TLC of an entity, when the model has that entity. */
  entity(entityId: string | undefined): string | undefined {
    return entityId === undefined ? undefined : this.entityEIds.get(entityId);
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
    const signatureEId = eIdFor(signature.id);
    const person = this.entity(signature.personId);
    if (person) this.signaturePersons.set(signature.id, person);
    else if (signature.name) {
      this.signaturePersons.set(signature.id, this.add('TLCPerson', `${signatureEId}__person`, signature.name, signature.name));
    }
    signature.roles.forEach((role, index) => {
      const whole = wholeFieldRoleEntity(document, signature.id, `roles.${index}`, role.length);
      const eId = this.entity(whole) ?? this.add('TLCRole', `${signatureEId}__role_${index}`, role, role);
      this.signatureRoles.set(`${signature.id}|${index}`, eId);
    });
  }

  private add(kind: TlcKind, wantedEId: string, name: string, showAs: string): string {
    const eId = this.registry.claim(wantedEId);
    this.entries.push({ kind, eId, href: `/akn/ontology/${ONTOLOGY_CLASS[kind]}/un/${slug(name)}`, showAs });
    return eId;
  }
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
