/**
 * A small element tree for building Akoma Ntoso, serialized with xml-js `js2xml`.
 *
 * xml-js escapes text in a way that loses information (it first turns `&amp;` back into `&`, so a text
 * holding the five characters `&amp;` would come out as `&`) and escapes only `"` in attribute values.
 * `serialize` works around both so that any string of the model round-trips exactly; the round-trip test
 * in this folder guards the workaround against a change in xml-js.
 */
import { js2xml } from 'xml-js';
import type { Element as XmlJsElement } from 'xml-js';

export type Attributes = Record<string, string | number | undefined>;

export interface ElementNode {
  type: 'element';
  name: string;
  attributes: Attributes;
  children: Node[];
}

export interface TextNode {
  type: 'text';
  text: string;
}

export type Node = ElementNode | TextNode;

/** An element; undefined attributes are left out, falsy children (for optional parts) are skipped. */
export function element(name: string, attributes: Attributes = {}, children: Array<Node | string | undefined | false | null> = []): ElementNode {
  const kept: Node[] = [];
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    kept.push(typeof child === 'string' ? text(child) : child);
  }
  return { type: 'element', name, attributes, children: kept };
}

export function text(value: string): TextNode {
  return { type: 'text', text: value };
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab and line feed, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD: the file must stay well-formed. Reflowed model text never holds them.
 */
export function xmlSafe(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Attribute values are escaped here in full; xml-js then only turns `"` into `&quot;`. */
function escapeAttribute(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * Elements whose children are only elements: they get line breaks and indentation between children.
 * Everything else (`p`, `num`, `heading`, inline elements) is mixed content and is written exactly.
 */
const STRUCTURAL = new Set([
  'akomaNtoso', 'doc', 'meta', 'identification', 'FRBRWork', 'FRBRExpression', 'FRBRManifestation',
  'references', 'proprietary', 'preface', 'mainBody', 'conclusions', 'attachments', 'attachment',
  'section', 'paragraph', 'hcontainer', 'content', 'intro', 'blockList', 'item', 'tblock', 'table', 'tr',
  'ul:document', 'ul:repairs', 'ul:suggestions', 'ul:repair', 'ul:pages', 'ul:page', 'ul:warnings',
]);

function toXmlJs(node: Node, depth: number): XmlJsElement {
  if (node.type === 'text') {
    // Pre-escaping `&` as `&amp;` is exactly undone by xml-js's "desanitize" step (see the file comment).
    return { type: 'text', text: xmlSafe(node.text).replace(/&/g, '&amp;') };
  }
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes)) {
    if (value !== undefined) attributes[key] = escapeAttribute(String(value));
  }
  let children = node.children.map((child) => toXmlJs(child, depth + 1));
  if (STRUCTURAL.has(node.name) && children.length > 0 && node.children.every((child) => child.type === 'element')) {
    const indented: XmlJsElement[] = [];
    for (const child of children) indented.push({ type: 'text', text: `\n${'  '.repeat(depth + 1)}` }, child);
    indented.push({ type: 'text', text: `\n${'  '.repeat(depth)}` });
    children = indented;
  }
  const result: XmlJsElement = { type: 'element', name: node.name };
  if (Object.keys(attributes).length > 0) result.attributes = attributes;
  if (children.length > 0) result.elements = children;
  return result;
}

/** The document as UTF-8 XML text with its declaration, ending with a newline. */
export function serialize(root: ElementNode): string {
  const tree = {
    declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
    elements: [toXmlJs(root, 0)],
  };
  const xml = js2xml(tree, {
    // A carriage return would be read back as a line feed: keep it as a character reference.
    textFn: (value: string) => value.replace(/\r/g, '&#13;'),
  });
  return `${xml.replace(/^(<\?xml[^>]*\?>)/, '$1\n')}\n`;
}
