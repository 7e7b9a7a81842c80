import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, UnDocument } from '../../model/index.ts';
import { runFixture } from '../../../test/languages/helpers.ts';
import { EID_PATTERN, signatureFieldEId, eIdFor, itemLabels, tlcEIdFor } from './eids.ts';
import { emitAkn } from './index.ts';
import { documentIdentity } from '../identity.ts';
import { modelNodes, modelReadingTexts } from './model-nodes.ts';
import type { XmlElement } from './text.ts';
import { aknText, collapseWhitespace, descendants, elementsByEId, elementText, ownText, parseAkn } from './text.ts';
import type { ValidationResult } from './validate.ts';
import { validateAkn } from './validate.ts';
import { personId } from '../../entities/person-id.ts';
import { tagEntities } from '../../entities/index.ts';

const root = join(import.meta.dirname, '../../..');
/** The official schema, used from where it lives (never copied into the project). */
const schema = join(root, '../shared/schemas/akn/akomantoso30.xsd');
/** Every text fixture: the seeds and the letters in each language (project-relative). */
const textFolders = ['fixtures/seeds', 'fixtures/letters/en', 'fixtures/letters/fr'];

interface Case {
  name: string;
  document: UnDocument;
  xml: string;
  tree: XmlElement;
  byEId: Map<string, XmlElement>;
  validation: ValidationResult;
}

async function makeCase(name: string, document: UnDocument): Promise<Case> {
  const xml = emitAkn(document);
  const tree = parseAkn(xml);
  return { name, document, xml, tree, byEId: elementsByEId(tree), validation: await validateAkn(xml, schema, `${name}.akn.xml`) };
}

const cases: Case[] = [];

beforeAll(async () => {
  const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
  cases.push(await makeCase('sample-letter', sample));
  for (const folder of textFolders) {
    const seeds = (await readdir(join(root, folder))).filter((name) => name.endsWith('.txt')).sort();
    // One pipeline run per fixture and test process, shared with the language tests.
    for (const seed of seeds) cases.push(await makeCase(seed, await runFixture(`${folder}/${seed}`)));
  }
}, 600_000);

/** The element a mention sits in: the node's element, or the signature field's. */
function mentionHost(current: Case, nodeId: string, field?: string): XmlElement | undefined {
  const labels = itemLabels(current.document);
  return current.byEId.get(field ? signatureFieldEId(nodeId, field, labels) : eIdFor(nodeId, labels));
}

/** Mentions of one node that cross an earlier one cannot nest and are left unmarked by design. */
function crossesAnother(entity: Entity, index: number, all: Entity[]): boolean {
  const mention = entity.mentions[index]!;
  return all.some((other) =>
    other.mentions.some(
      (candidate) =>
        candidate !== mention &&
        candidate.nodeId === mention.nodeId &&
        candidate.field === mention.field &&
        candidate.start < mention.end &&
        mention.start < candidate.end &&
        !(candidate.start <= mention.start && mention.end <= candidate.end) &&
        !(mention.start <= candidate.start && candidate.end <= mention.end),
    ),
  );
}

describe('emitAkn', () => {
  it('validates against the official Akoma Ntoso 3.0 schema, for the sample and every seed', () => {
    expect(cases.length).toBeGreaterThan(1);
    for (const current of cases) {
      expect(current.validation.errors.map((error) => `${current.name}:${error.line}: ${error.message}`)).toEqual([]);
      expect(current.validation.valid).toBe(true);
    }
  });

  it('is a letter (officialLetter) with its annexes as attachments, IRIs from the symbol or the date and senders', () => {
    for (const current of cases) {
      const { document, xml } = current;
      expect(xml).toContain('<doc name="officialLetter">');
      expect(xml).toContain('<FRBRsubtype value="communication"/>');
      expect(xml).toContain(`<FRBRlanguage language="${{ fr: 'fra', en: 'eng' }[document.lang as 'fr' | 'en']}"/>`);
      // The symbol, else who sent it and a digest of the date and senders: never the file's id.
      const number = document.symbol ? document.symbol.replace(/\//g, '-') : documentIdentity(document).number;
      expect(number).not.toContain(document.id);
      expect(xml).toContain(`<FRBRnumber value="${number}"`);
      if (document.letter.date) expect(xml).toContain(`/${document.letter.date}/${number}/!main"`);
      expect(xml.match(/<doc name="annex">/g)?.length ?? 0).toBe(document.annexes.length);
      for (const annex of document.annexes) expect(current.byEId.get(eIdFor(annex.id))?.name, annex.id).toBe('attachment');
    }
  });

  it('carries every paragraph, section heading, list item and signature field of the JSON, with its exact text', () => {
    for (const current of cases) {
      const nodes = modelNodes(current.document);
      for (const node of nodes) {
        const found = current.byEId.get(node.eId);
        expect(found, `${current.name}: ${node.modelId} (eId ${node.eId})`).toBeDefined();
        expect(ownText(found!), `${current.name}: ${node.modelId}`).toBe(node.text);
      }
      const signatures = [...current.document.letter.signatures, ...current.document.annexes.flatMap((annex) => annex.signatures)];
      for (const signature of signatures) {
        const element = current.byEId.get(eIdFor(signature.id));
        expect(element?.name, signature.id).toBe('signature');
        const children = descendants(element!);
        if (signature.name) expect(children.some((child) => child.name === 'person' && String(child.attributes?.refersTo ?? '').startsWith('#'))).toBe(true);
        expect(children.filter((child) => child.name === 'role' && child.attributes?.eId).length).toBe(signature.roles.length);
        expect(children.some((child) => child.name === 'docStatus')).toBe(signature.signed);
      }
    }
  });

  it('names every element after the Akoma Ntoso naming convention: one-based, abbreviations, levels joined by __', () => {
    /** The abbreviation the last level of an element's eId starts with (AKN-NC 1.0, section 5). */
    const abbreviations: Record<string, string> = { paragraph: 'para', section: 'sec', list: 'list', blockList: 'list', point: 'point', item: 'item', attachment: 'att', signature: 'signature' };
    let checked = 0;
    for (const current of cases) {
      for (const node of descendants(current.tree)) {
        const eId = node.attributes?.eId;
        if (eId === undefined) continue;
        expect(String(eId), `${current.name}: <${node.name} eId="${eId}">`).toMatch(EID_PATTERN);
        const wanted = node.name === 'hcontainer' ? String(node.attributes?.name) : abbreviations[node.name ?? ''];
        if (wanted) expect(String(eId).split('__').pop(), `${current.name}: <${node.name} eId="${eId}">`).toMatch(new RegExp(`^${wanted}_[^_]`));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
    // Zero-based numbers are what the convention rules out.
    for (const bad of ['signature_1__role_0', 'att_1__para_0_1', 'list_1__item_0', 'para__1']) expect(bad).not.toMatch(EID_PATTERN);
  });

  it('has one TLC per entity or role and one IRI per TLC', () => {
    for (const current of cases) {
      const tlcs = descendants(current.tree).filter((node) => node.name?.startsWith('TLC'));
      const hrefs = tlcs.map((node) => `${node.name} ${node.attributes?.href}`);
      expect(hrefs.length, current.name).toBe(new Set(hrefs).size);
      for (const entity of current.document.entities.filter((candidate) => candidate.type === 'role')) {
        const tlc = tlcs.find((node) => node.attributes?.eId === tlcEIdFor(entity.id));
        // The IRI comes from the role's id (the same in every language), never from its wording.
        expect(tlc?.attributes?.href, `${current.name}: ${entity.id}`).toBe(`/akn/ontology/role/un/${entity.id.split(':').slice(1).join('/')}`);
      }
      const agendaHrefs = descendants(current.tree).filter((node) => node.name === 'ref' || node.name?.startsWith('TLC')).map((node) => String(node.attributes?.href ?? '')).filter((href) => /agenda/i.test(href));
      for (const href of agendaHrefs) expect(href, current.name).toMatch(/^\/akn\/ontology\/concept\/un\/agendaItem(?:\/[0-9a-z]+)?$/);
    }
  });

  it('marks up every entity mention with a reference to its TLC', () => {
    let checked = 0;
    for (const current of cases) {
      const tlcs = new Set(descendants(current.tree).filter((node) => node.name?.startsWith('TLC')).map((node) => node.attributes?.eId));
      for (const entity of current.document.entities) {
        expect(tlcs.has(tlcEIdFor(entity.id)), `${current.name}: TLC of ${entity.id}`).toBe(true);
        entity.mentions.forEach((mention, index) => {
          if (crossesAnother(entity, index, current.document.entities)) return;
          const host = mentionHost(current, mention.nodeId, mention.field);
          expect(host, `${current.name}: node ${mention.nodeId} of a mention of ${entity.id}`).toBeDefined();
          const target = `#${tlcEIdFor(entity.id)}`;
          const marked = descendants(host!).some((node) => node.attributes?.refersTo === target && elementText(node) === mention.text);
          expect(marked, `${current.name}: ${entity.id} "${mention.text}" in ${mention.nodeId}`).toBe(true);
          checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('has the same text as the model: nothing lost, nothing added but labels', () => {
    for (const current of cases) {
      expect(collapseWhitespace(aknText(current.tree)), current.name).toBe(collapseWhitespace(modelReadingTexts(current.document).join(' ')));
    }
  });

  it('writes the sample as AKN4UN does: preface, numbered paragraphs, sections, lists, dates', () => {
    const sample = cases[0]!;
    const { xml } = sample;
    expect(xml).toContain('<docType>Lettres identiques</docType>');
    expect(xml).toContain('<docProponent refersTo="#role_les-representants-permanents-de-la-norvege-et-du-chili-aupres-de-lorganisation-des-nations-unies">les Représentants permanents de la <location refersTo="#state_NOR">Norvège</location>');
    expect(xml).toContain('<session refersTo="#session" value="70">Soixante-dixième session</session>');
    expect(xml).toContain('<date date="2015-03-02" refersTo="#date_2015-03-02">2 mars 2015</date>');
    expect(xml).toContain('<ref href="https://undocs.org/A/RES/62/17" refersTo="#ref_A-RES-62-17">résolution 62/17</ref>');
    const section = sample.byEId.get('att_1__sec_1')!;
    expect(section.name).toBe('section');
    expect(elementText(section.elements!.find((node) => node.name === 'num')!)).toBe(' '); // labels read as a break
    expect(xml).toMatch(/<section eId="att_1__sec_1">\s*<num>I\.<\/num>\s*<heading eId="att_1__sec_1__heading">Contexte<\/heading>/);
    expect(sample.byEId.get('att_1__sec_1__para_2__group_a')?.attributes).toMatchObject({ name: 'group' });
    expect(sample.byEId.get('att_1__sec_2__list_1')?.name).toBe('list');
    expect(sample.byEId.get('att_1__sec_2__list_1__point_1')?.name).toBe('point');
    expect(xml).toContain('<docStatus refersTo="#signed">(Signé)</docStatus>');
    const person = personId('Ingrid Solberg').replace(':', '_');
    expect(xml).toContain(`<person eId="signature_1__name" refersTo="#${person}" as="#role_permanent-representative">Ingrid Solberg</person>`);
    expect(xml).toContain('<ul:after>problèmes</ul:after>');
    expect(xml).toContain('applied="false"');
  });
});

describe('special characters', () => {
  const tricky = 'Texte avec <balise>, R&D, &amp; déjà échappé, "guillemets" droits, l\'apostrophe et ]]> fin.';

  it('come out escaped and read back exactly, in text and in attributes', async () => {
    const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
    const paragraph = sample.letter.body[0]!;
    if (paragraph.type !== 'paragraph') throw new Error('sample changed');
    paragraph.text = tricky;
    sample.entities = [
      { id: 'org:r&d', type: 'organization', text: 'R&D "Lab" <x>', normalized: 'r&d', mentions: [{ nodeId: paragraph.id, start: tricky.indexOf('R&D'), end: tricky.indexOf('R&D') + 3, text: 'R&D' }] },
    ];
    const xml = emitAkn(sample);
    expect(xml).toContain('Texte avec &lt;balise&gt;, <organization refersTo="#org_r_d">R&amp;D</organization>, &amp;amp; déjà');
    expect(xml).toContain('showAs="R&amp;D &quot;Lab&quot; &lt;x&gt;"');
    expect(xml).toContain(']]&gt; fin.');
    const tree = parseAkn(xml);
    expect(ownText(elementsByEId(tree).get('para_1')!)).toBe(tricky);
    const tlc = descendants(tree).find((node) => node.name === 'TLCOrganization' && node.attributes?.eId === 'org_r_d');
    expect(tlc?.attributes?.showAs).toBe('R&D "Lab" <x>');
    const validation = await validateAkn(xml, schema);
    expect(validation.errors).toEqual([]);
  });
});

describe('unusual shapes', () => {
  it('prints the agenda line as the letter does, a single item one reference', async () => {
    const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
    const document = tagEntities({ ...sample, header: { organs: ['Assemblée générale'], agendaItems: ['40'], agendaLine: 'Point 40 de l’ordre du jour', agendaTitles: [] }, entities: [] });
    const xml = emitAkn(document);
    expect(xml).toMatch(/<p eId="[^"]*agendaLine"><ref href="\/akn\/ontology\/concept\/un\/agendaItem\/40" refersTo="#ref_agenda-item-40">Point 40 de l’ordre du jour<\/ref><\/p>/);
    expect(collapseWhitespace(aknText(xml))).toBe(collapseWhitespace(modelReadingTexts(document).join(' ')));
    expect((await validateAkn(xml, schema, 'agenda.akn.xml')).errors).toEqual([]);
  });

  it('still validates: nothing segmented yet, or an English annex with nested groups, numbered closing, OCR pages and a symbol', async () => {
    const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
    const empty: UnDocument = {
      ...sample,
      header: undefined,
      symbol: undefined,
      letter: { kind: 'single', title: { id: 'letter.title', text: '' }, senders: [], addressees: [], body: [], signatures: [] },
      annexes: [],
      entities: [],
      repairs: [],
      suggestions: [],
    };
    const rich: UnDocument = structuredClone(sample);
    rich.symbol = 'A/70/123-S/2015/456';
    rich.pages = [{ number: 1, method: 'ocr', confidence: 91.5, dpi: 300, skewDegrees: 0.4, words: [{ text: 'Lettre', confidence: 96, bbox: [10, 20, 80, 40] }] }];
    const annex = rich.annexes[0]!;
    annex.lang = 'en';
    annex.closing.push({ type: 'paragraph', id: 'annex_1.closing_2', num: '3', numbering: 'decimal', text: 'Numbered closing.', children: [
      { type: 'list', id: 'annex_1.closing_2.list_1', marker: 'alpha-parenthesis', items: [
        { id: 'annex_1.closing_2.list_1.item_1', num: 'a', text: 'Lettered item', children: [
          { type: 'section', id: 'annex_1.closing_2.list_1.item_1.group_i', num: 'i', heading: { id: 'annex_1.closing_2.list_1.item_1.group_i.heading', text: 'Nested group' }, children: [] },
        ] },
      ] },
      { type: 'list', id: 'annex_1.closing_2.list_2', marker: '•', items: [] },
    ] });
    for (const [name, document] of [['empty', empty], ['rich', rich]] as const) {
      const xml = emitAkn(document);
      const result = await validateAkn(xml, schema, `${name}.akn.xml`);
      expect(result.errors.map((error) => `${name}:${error.line}: ${error.message}`)).toEqual([]);
      expect(collapseWhitespace(aknText(xml))).toBe(collapseWhitespace(modelReadingTexts(document).join(' ')));
      if (name === 'rich') {
        expect(xml).toContain('<FRBRthis value="/akn/un/doc/communication/un-ga/2015-03-03/A-70-123-S-2015-456/!main"/>');
        expect(xml).toContain('<FRBRnumber value="A-70-123-S-2015-456" showAs="A/70/123-S/2015/456"/>');
        expect(xml).toContain('<docNumber refersTo="#symbol">A/70/123-S/2015/456</docNumber>');
        expect(xml).toContain('<FRBRlanguage language="eng"/>');
        expect(xml).toContain('<mainBody xml:lang="en">');
        expect(xml).toContain('<ul:page number="1" method="ocr" confidence="91.5" dpi="300" skewDegrees="0.4">');
        expect(xml).toContain('<ul:word confidence="96" bbox="10 20 80 40">Lettre</ul:word>');
      }
    }
  });

  it('gives the same bytes for the same document', async () => {
    const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8')) as UnDocument;
    expect(emitAkn(sample)).toBe(emitAkn(structuredClone(sample)));
  });
});
