import { describe, expect, it } from 'vitest';
import type { Span } from './inline.ts';
import { calendarDay, documentHref, markup } from './inline.ts';
import type { Node } from './xml.ts';
import { element } from './xml.ts';

function span(start: number, end: number, name: string, rank = 10): Span {
  return { start, end, rank, wrap: (children) => element(name, {}, children) };
}

/** Bracket notation: `<a>text</a>` becomes `[a:text]`. */
function show(nodes: Node[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : `[${node.name}:${show(node.children)}]`)).join('');
}

function plain(nodes: Node[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : plain(node.children))).join('');
}

describe('markup', () => {
  const value = 'le Conseil de sécurité de Genève';

  it('nests a mention inside another and keeps every character', () => {
    const nodes = markup(value, [span(3, 22, 'organization'), span(14, 22, 'concept')]);
    expect(show(nodes)).toBe('le [organization:Conseil de [concept:sécurité]] de Genève');
    expect(plain(nodes)).toBe(value);
  });

  it('leaves the later of two crossing mentions unmarked', () => {
    const nodes = markup(value, [span(3, 13, 'a'), span(11, 22, 'b'), span(26, 32, 'location')]);
    expect(show(nodes)).toBe('le [a:Conseil de] sécurité de [location:Genève]');
    expect(plain(nodes)).toBe(value);
  });

  it('puts the lower rank outside when two spans share their bounds', () => {
    expect(show(markup(value, [span(3, 10, 'inner', 10), span(3, 10, 'outer', 0)]))).toBe('le [outer:[inner:Conseil]] de sécurité de Genève');
  });

  it('skips spans outside the text or empty', () => {
    const nodes = markup('abc', [span(-1, 2, 'x'), span(1, 9, 'y'), span(2, 2, 'z')]);
    expect(show(nodes)).toBe('abc');
  });

  it('handles adjacent spans and spans at both ends', () => {
    expect(show(markup('abcd', [span(0, 2, 'x'), span(2, 4, 'y')]))).toBe('[x:ab][y:cd]');
  });
});

describe('calendarDay', () => {
  it('gives a day for full dates and ranges, nothing for months or impossible dates', () => {
    expect(calendarDay('2011-11-02')).toBe('2011-11-02');
    expect(calendarDay('2012-03-26/2012-03-27')).toBe('2012-03-26');
    expect(calendarDay('2012-06')).toBeUndefined();
    expect(calendarDay('2011-02-30')).toBeUndefined();
  });
});

describe('documentHref', () => {
  it('sends UN symbols to undocs.org and other references to their concept IRI', () => {
    expect(documentHref('A/RES/62/17')).toBe('https://undocs.org/A/RES/62/17');
    expect(documentHref('A/66/569-S/2011/733')).toBe('https://undocs.org/A/66/569-S/2011/733');
    expect(documentHref('agenda-item-40d')).toBe('/akn/ontology/concept/un/agenda-item-40d');
  });
});
