/**
 * Prefaces. The letter's: the distribution header (organs as `docAuthority`, `docNumber`, `session`,
 * the agenda line as printed, its items marked as `ref`, agenda titles) and the title as `docTitle`, inside which the
 * kind of document is `docType`, each sender `docProponent`, each addressee a `role`, and the letter's
 * own date `docDate`. The annex's: its heading (first word `docType`), the original languages, its head-lines
 * (`p class="headLine"`), its title (`docTitle`) and its place/date line (its date `docDate`).
 *
 * `docType` covers the title's first word, or its first two for identical letters (`Lettre`,
 * `Lettres identiques`, `Identical letters`): the model keeps the kind, not the words, and in the UN's
 * alphabetic languages the kind is always those leading words.
 */
import type { Annex, TextNode } from '../../model/index.ts';
import type { EmitContext } from './context.ts';
import { claimEId, claimFieldEId, inlineText } from './context.ts';
import type { LocatedMention, Span } from './inline.ts';
import { calendarDay } from './inline.ts';
import { isIsoDate, slug } from './iri.ts';
import { agendaItemHref, FIXED } from './references.ts';
import type { ListFrame } from '../edition-words.ts';
import type { ElementNode, Node } from './xml.ts';
import { agendaLineRead } from './model-nodes.ts';
import { element } from './xml.ts';

export function letterPreface(context: EmitContext): ElementNode {
  const { document, references } = context;
  const header = document.header;
  const paragraphs: Array<ElementNode | undefined> = [];
  // The organs and the symbol carry their entity mentions inline, like every text (node `header`, field
  // `organs.0`; node `symbol`); each agenda item's `ref` refers to its entity when the tagger named it.
  header?.organs.forEach((organ, index) => {
    const field = `organs.${index}`;
    const eId = hasFieldMention(context, 'header', field) ? claimFieldEId(context, 'header', field) : undefined;
    paragraphs.push(element('p', {}, [element('docAuthority', { eId, refersTo: `#${references.organs[index]}` }, inlineText(context, 'header', organ, { field }))]));
  });
  if (document.symbol) {
    const eId = hasFieldMention(context, 'symbol') ? claimEId(context, 'symbol') : undefined;
    paragraphs.push(element('p', {}, [element('docNumber', { eId, refersTo: `#${FIXED.symbol}` }, inlineText(context, 'symbol', document.symbol))]));
  }
  if (header?.session) {
    paragraphs.push(element('p', {}, [element('session', { refersTo: `#${FIXED.session}`, value: header.sessionNumber }, [header.session])]));
  }
  if (header?.year) paragraphs.push(element('p', {}, [element('inline', { name: 'akn4un:year' }, [header.year])]));
  if (header?.agendaLine && agendaLineRead(document)) {
    // The line as printed, its items marked where the tagger read them (`Agenda item 40` is one mention).
    paragraphs.push(element('p', { eId: claimFieldEId(context, 'header', 'agendaLine') }, inlineText(context, 'header', header.agendaLine, { field: 'agendaLine' })));
  } else if (header && header.agendaItems.length > 0) {
    const items = header.agendaItems.map((item, index) => {
      const field = `agendaItems.${index}`;
      const entity = context.document.entities.find((candidate) => candidate.mentions.some((mention) => mention.nodeId === 'header' && mention.field === field));
      const refersTo = entity ? references.entity(entity.id) : undefined;
      const eId = refersTo ? claimFieldEId(context, 'header', field) : undefined;
      return element('ref', { eId, href: agendaItemHref(item), refersTo: `#${refersTo ?? FIXED.agendaItem}` }, [item]);
    });
    paragraphs.push(element('p', {}, framed(context.words.agendaItems, items)));
  }
  for (const title of header?.agendaTitles ?? []) paragraphs.push(textParagraph(context, title));
  paragraphs.push(element('p', {}, [letterTitle(context)]));
  const letterDate = document.letter.date;
  if (isIsoDate(letterDate) && !titleDateMention(context)) paragraphs.push(element('p', {}, [element('docDate', { date: letterDate })]));
  return element('preface', {}, paragraphs);
}

function hasFieldMention(context: EmitContext, nodeId: string, field?: string): boolean {
  return context.document.entities.some((entity) => entity.mentions.some((mention) => mention.nodeId === nodeId && mention.field === field));
}


function letterTitle(context: EmitContext): ElementNode {
  const { document, references } = context;
  const title = document.letter.title;
  const spans: Span[] = [];
  // `Letter`, `Identical letters`, `Note verbale`, `Identical notes verbales` (one word more for the note's form).
  const typeEnd = leadingWordsEnd(title.text, (document.letter.kind === 'identical' ? 2 : 1) + (document.letter.form === 'note-verbale' ? 1 : 0));
  if (typeEnd > 0) spans.push({ start: 0, end: typeEnd, rank: 0, wrap: (children) => element('docType', {}, children) });
  document.letter.senders.forEach((sender, index) => {
    const start = sender === '' ? -1 : title.text.indexOf(sender);
    const refersTo = `#${references.proponents[index]}`;
    if (start >= 0) spans.push({ start, end: start + sender.length, rank: 1, wrap: (children) => element('docProponent', { refersTo }, children) });
  });
  document.letter.addressees.forEach((addressee, index) => {
    const start = addressee === '' ? -1 : title.text.indexOf(addressee);
    const refersTo = `#${references.addressees[index]}`;
    if (start >= 0) spans.push({ start, end: start + addressee.length, rank: 1, wrap: (children) => element('role', { refersTo }, children) });
  });
  const ownDate = titleDateMention(context);
  const content = inlineText(context, title.id, title.text, {
    spans,
    dateOverride: (located) => (located === ownDate ? (children) => element('docDate', { date: document.letter.date!, refersTo: `#${references.entity(located.entity.id)}` }, children) : undefined),
  });
  return element('docTitle', { eId: claimEId(context, title.id) }, content);
}

/** The date mention of the title that is the letter's own date, if the tagger found it. */
function titleDateMention(context: EmitContext): LocatedMention | undefined {
  const { letter } = context.document;
  return dateMentionOf(context, letter.title, letter.date);
}

function dateMentionOf(context: EmitContext, node: TextNode | undefined, date: string | undefined): LocatedMention | undefined {
  if (!node || !isIsoDate(date)) return undefined;
  return (context.mentions.get(node.id) ?? []).find(
    (located) => located.entity.type === 'date' && calendarDay(located.entity.normalized) === date && node.text.slice(located.mention.start, located.mention.end) === located.mention.text,
  );
}

export function annexPreface(context: EmitContext, annex: Annex, lang: string | undefined): ElementNode {
  const paragraphs: Array<ElementNode | undefined> = [];
  const headingEnd = leadingWordsEnd(annex.heading.text, 1);
  const headingSpans: Span[] = headingEnd > 0 ? [{ start: 0, end: headingEnd, rank: 0, wrap: (children) => element('docType', {}, children) }] : [];
  // An attachment printed with no heading has none to write.
  if (annex.heading.text !== '') paragraphs.push(element('p', { eId: claimEId(context, annex.heading.id) }, inlineText(context, annex.heading.id, annex.heading.text, { spans: headingSpans })));
  if (annex.originalLanguages.length > 0) {
    const languages = annex.originalLanguages.map((language) => element('inline', { name: 'akn4un:originalLanguage' }, [language]));
    paragraphs.push(element('p', {}, framed(context.words.original, languages)));
  }
  if (annex.reference) paragraphs.push(element('p', { eId: claimEId(context, annex.reference.id), class: 'reference' }, inlineText(context, annex.reference.id, annex.reference.text)));
  // The lines the sender printed over the text (letterhead, translator's note, `Our ref.`) are the preface's, as printed.
  for (const line of annex.headLines ?? []) paragraphs.push(element('p', { eId: claimEId(context, line.id), class: 'headLine' }, inlineText(context, line.id, line.text)));
  if (annex.title) {
    paragraphs.push(element('p', {}, [element('docTitle', { eId: claimEId(context, annex.title.id) }, inlineText(context, annex.title.id, annex.title.text))]));
  }
  const ownDate = dateMentionOf(context, annex.dateLine, annex.date);
  if (annex.dateLine) {
    const references = context.references;
    paragraphs.push(
      element('p', { eId: claimEId(context, annex.dateLine.id) }, inlineText(context, annex.dateLine.id, annex.dateLine.text, {
        dateOverride: (located) => (located === ownDate ? (children) => element('docDate', { date: annex.date!, refersTo: `#${references.entity(located.entity.id)}` }, children) : undefined),
      })),
    );
  }
  if (isIsoDate(annex.date) && !ownDate) paragraphs.push(element('p', {}, [element('docDate', { date: annex.date })]));
  if (annex.subtitle) {
    paragraphs.push(element('p', { eId: claimEId(context, annex.subtitle.id), class: 'subtitle' }, inlineText(context, annex.subtitle.id, annex.subtitle.text)));
  }
  if (annex.salutation) paragraphs.push(element('p', { eId: claimEId(context, annex.salutation.id), class: 'salutation' }, inlineText(context, annex.salutation.id, annex.salutation.text)));
  return element('preface', { 'xml:lang': lang }, paragraphs);
}

/** A TextNode as a paragraph with its eId and mentions. */
function textParagraph(context: EmitContext, node: TextNode): ElementNode {
  return element('p', { eId: claimEId(context, node.id) }, inlineText(context, node.id, node.text));
}

/** Items between the language's framing words, which are marked as generated. */
function framed(frame: ListFrame, items: ElementNode[]): Node[] {
  const generated = (value: string) => (value === '' ? undefined : element('span', { class: 'generated' }, [value]));
  const parts: Array<Node | undefined> = [generated(frame.before(items.length))];
  items.forEach((item, index) => {
    if (index > 0) parts.push(generated(index === items.length - 1 ? frame.lastSeparator : frame.separator));
    parts.push(item);
  });
  parts.push(generated(frame.after));
  return parts.filter((part): part is Node => part !== undefined);
}

/** End offset of the first `count` words (or of the whole text when it has fewer), 0 for empty text. */
function leadingWordsEnd(value: string, count: number): number {
  const match = new RegExp(`^\\S+(?:\\s+\\S+){0,${count - 1}}`, 'u').exec(value);
  return match ? match[0].length : 0;
}

