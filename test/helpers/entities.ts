/**
 * Shared by the entity tests: a small letter in the model's shape built from sentences written for the
 * test, and the mentions a text or a tagged letter yields, as [text, id] pairs a reader can compare.
 */
import { newDocument } from '../../pipeline/extract/index.ts';
import { findMentions, tagEntities } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { Block, EntityType, Footnote, LanguageCode, Signature, UnDocument } from '../../pipeline/model/index.ts';
import { readingTexts } from '../../pipeline/model/text-nodes.ts';

export interface TestLetter {
  lang?: LanguageCode;
  title?: string;
  /** One paragraph each, `letter.para_1`, `letter.para_2`, … */
  paragraphs: string[];
  signatures?: Omit<Signature, 'id' | 'signed'>[];
  /** The addressees as the title writes them. */
  addressees?: string[];
  /** Texts of the footnotes, `footnote_1`, … all on page 1. */
  footnotes?: string[];
}

/** A segmented letter (the extract stage's empty document, filled as the segmenter would). */
export function testLetter({ lang = 'en', title = '', paragraphs, signatures = [], addressees = [], footnotes = [] }: TestLetter): UnDocument {
  const text = [title, ...paragraphs].join('\n\n');
  const bytes = new TextEncoder().encode(text);
  const document = newDocument({ rawText: text, source: { name: 'test.txt', mediaType: 'text/plain', sha256: '0'.repeat(64), bytes: bytes.length } }, bytes, lang);
  const body: Block[] = paragraphs.map((paragraph, index) => ({ type: 'paragraph', id: `letter.para_${index + 1}`, text: paragraph }));
  const notes: Footnote[] = footnotes.map((note, index) => ({ id: `footnote_${index + 1}`, page: 1, mark: String(index + 1), text: note }));
  return {
    ...document,
    ...(notes.length ? { footnotes: notes } : {}),
    letter: {
      ...document.letter,
      title: { id: 'letter.title', text: title },
      addressees,
      body,
      signatures: signatures.map((signature, index) => ({ ...signature, id: `letter.signature_${index + 1}`, signed: Boolean(signature.name) })),
    },
  };
}

/** The mentions of one type that the recognizers find in a text, as [text, id] in text order. */
export function mentionsIn(text: string, type: EntityType, lang: LanguageCode = 'en'): [string, string][] {
  return findMentions(text, languageResources(lang))
    .filter((mention) => mention.type === type)
    .map((mention) => [mention.text, mention.id]);
}

/** Every mention of one type in the tagged letter, as [text, id] in reading order (node, field, offset). */
export function taggedMentions(document: UnDocument, type: EntityType): [string, string][] {
  const order = new Map(readingTexts(document).map((piece, index) => [`${piece.nodeId}|${piece.field ?? ''}`, index]));
  const rank = (nodeId: string, field: string | undefined) => order.get(`${nodeId}|${field ?? ''}`) ?? -1;
  return tagEntities(document)
    .entities.filter((entity) => entity.type === type)
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, id: entity.id })))
    .sort((a, b) => rank(a.mention.nodeId, a.mention.field) - rank(b.mention.nodeId, b.mention.field) || a.mention.start - b.mention.start)
    .map(({ mention, id }) => [mention.text, id]);
}

/** The text of every node or field a mention can point into, keyed `node|field`. */
export function mentionTargets(document: UnDocument): Map<string, string> {
  const texts = new Map(readingTexts(document).map((piece) => [`${piece.nodeId}|${piece.field ?? ''}`, piece.text]));
  document.pageMarks?.forEach((mark, index) => texts.set(`pageMarks|${index}`, mark.text));
  if (document.symbol) texts.set('symbol|', document.symbol);
  document.header?.organs.forEach((organ, index) => texts.set(`header|organs.${index}`, organ));
  document.header?.agendaItems.forEach((item, index) => texts.set(`header|agendaItems.${index}`, item));
  if (document.header?.agendaLine) texts.set('header|agendaLine', document.header.agendaLine);
  return texts;
}

/** The letter's tagged entity with this id. */
export function entityOf(document: UnDocument, id: string) {
  return document.entities.find((candidate) => candidate.id === id);
}
