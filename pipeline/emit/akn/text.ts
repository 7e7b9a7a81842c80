/**
 * Reading Akoma Ntoso back: the text a reader sees, and lookups by eId. Used by the round-trip tests
 * (text → XML → text) and handy for checking any `.akn.xml`.
 *
 * Text lives in `p` and `heading`; elements around them hold only indentation. What the edition
 * writes that is not the model's text (`num` labels, the `docStatus` signed mark, the language's
 * `span class="generated"` frames) is read as a word break, and `meta` is not text at all.
 */
import { xml2js } from 'xml-js';
import type { Element as XmlJsElement } from 'xml-js';

export type XmlElement = XmlJsElement;

const TEXT_BLOCKS = new Set(['p', 'heading', 'subheading']);

/** Parses XML text into xml-js elements, keeping every whitespace character of mixed content. */
export function parseAkn(xml: string): XmlElement {
  return xml2js(xml, { compact: false, captureSpacesBetweenElements: true, trim: false, nativeType: false }) as XmlElement;
}

function isSkipped(node: XmlElement): boolean {
  if (node.type !== 'element') return false;
  if (node.name === 'num' || node.name === 'docStatus' || node.name === 'meta') return true;
  return node.name === 'span' && node.attributes?.class === 'generated';
}

/** The text of an element and its inline descendants, with generated parts read as a space. */
export function elementText(node: XmlElement): string {
  if (node.type === 'text') return String(node.text ?? '');
  if (node.type === 'cdata') return String(node.cdata ?? '');
  if (isSkipped(node)) return ' ';
  return (node.elements ?? []).map(elementText).join('');
}

/** Every text block (`p`, `heading`) of the document outside `meta`, in reading order. */
export function aknBlocks(xml: string | XmlElement): string[] {
  const root = typeof xml === 'string' ? parseAkn(xml) : xml;
  const blocks: string[] = [];
  const walk = (node: XmlElement) => {
    if (node.type !== 'element' && node !== root) return;
    if (isSkipped(node)) return;
    if (node.type === 'element' && TEXT_BLOCKS.has(node.name ?? '')) {
      blocks.push(elementText(node));
      return;
    }
    for (const child of node.elements ?? []) walk(child);
  };
  walk(root);
  return blocks;
}

/** The document's text: its text blocks, one per line. */
export function aknText(xml: string | XmlElement): string {
  return aknBlocks(xml).join('\n');
}

/** Whitespace runs (space, tab, line breaks) as one space, trimmed: how texts are compared as a whole. */
export function collapseWhitespace(value: string): string {
  return value.replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Every element carrying an eId, by eId. */
export function elementsByEId(root: XmlElement): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>();
  const walk = (node: XmlElement) => {
    const eId = node.attributes?.eId;
    if (typeof eId === 'string') found.set(eId, node);
    for (const child of node.elements ?? []) walk(child);
  };
  walk(root);
  return found;
}

/** Element descendants of a node (itself included), depth first. */
export function descendants(node: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (current: XmlElement) => {
    if (current.type === 'element') found.push(current);
    for (const child of current.elements ?? []) walk(child);
  };
  walk(node);
  return found;
}

/**
 * The text a model node became: the element itself for inline and text elements; for `paragraph`,
 * `tblock` and `item`, their first `p` (in `content` or `intro` for a paragraph).
 */
export function ownText(node: XmlElement): string {
  if (!['paragraph', 'tblock', 'item', 'point'].includes(node.name ?? '')) return elementText(node);
  const children = node.elements ?? [];
  for (const child of children) {
    if (child.name === 'p') return elementText(child);
    if (child.name === 'content' || child.name === 'intro') {
      const first = (child.elements ?? []).find((inner) => inner.name === 'p');
      if (first) return elementText(first);
    }
  }
  return '';
}
