import { describe, expect, it } from 'vitest';
import type { EngineLine, EngineParagraph } from './engine.ts';
import { bulletsToKeep, restoreBullets } from './bullets.ts';
import { paragraphsByLayout } from './layout.ts';
import { paragraphsText, removeSpeckle } from './speckle.ts';

/** A line of words 30 px high at `top`, starting at `left`, words 12 px apart. */
function line(top: number, text: string, left = 200): EngineLine {
  let x = left;
  const words = text.split(' ').map((word) => {
    const box: [number, number, number, number] = [x, top, x + word.length * 16, top + 30];
    x += word.length * 16 + 12;
    return { text: word, confidence: 95, bbox: box };
  });
  return { words, bbox: [left, top, x - 12, top + 30] };
}

const onePage = (lines: EngineLine[]): EngineParagraph[] => [{ lines }];

describe('paragraphs from the page layout', () => {
  it('starts a paragraph after a gap of a blank line', () => {
    const page = onePage([line(100, 'Lettre datée du 3 mai'), line(145, 'adressée au Secrétaire général'), line(235, 'Nous avons l’honneur de'), line(280, 'vous faire tenir la lettre.'), line(325, 'Elle est jointe.')]);
    expect(paragraphsText(paragraphsByLayout(page))).toBe('Lettre datée du 3 mai\nadressée au Secrétaire général\n\nNous avons l’honneur de\nvous faire tenir la lettre.\nElle est jointe.');
  });

  it('starts a paragraph at a first-line indent, not at each line of an indented block', () => {
    const page = onePage([
      line(100, 'ends the first paragraph.'),
      line(145, 'The second one starts', 300),
      line(190, 'and goes on here'),
      line(235, 'to its end.'),
      line(280, 'Permanent Representative', 900),
      line(325, 'to the United Nations', 900),
    ]);
    expect(paragraphsByLayout(page).map((paragraph) => paragraph.lines.length)).toEqual([1, 3, 2]);
  });

  it('joins what Tesseract split because a speck moved a line’s start', () => {
    const speck = { text: ')', confidence: 20, bbox: [40, 190, 46, 220] as [number, number, number, number] };
    const moved = line(190, 'the end of the paragraph.');
    const page: EngineParagraph[] = [
      { lines: [line(100, 'A paragraph that runs'), line(145, 'over three lines up to')] },
      { lines: [{ words: [speck, ...moved.words], bbox: [40, 190, moved.bbox[2], 220] }] },
      { lines: [line(235, 'and one more line')] },
    ];
    expect(paragraphsByLayout(removeSpeckle(page)).map((paragraph) => paragraph.lines.length)).toEqual([4]);
  });

  it('keeps the engine’s paragraphs when a page has too few lines to measure', () => {
    const page: EngineParagraph[] = [{ lines: [line(100, 'Only')] }, { lines: [line(400, 'two lines')] }];
    expect(paragraphsByLayout(page)).toEqual(page);
  });
});

describe('speckle inside and beside the text', () => {
  const body = [line(100, 'Le texte de la lettre est ici'), line(145, 'et il continue – sans fin'), line(190, 'sur plusieurs lignes de texte'), line(235, 'jusqu’à la fin.')];

  it('drops a single letter read in the margin, even with some confidence', () => {
    const speck = { text: 'I', confidence: 63, bbox: [40, 300, 44, 318] as [number, number, number, number] };
    const page = [{ lines: [...body, { words: [speck], bbox: speck.bbox }] }];
    expect(paragraphsText(removeSpeckle(page))).not.toMatch(/\nI$/);
  });

  it('drops punctuation standing far from the words of its line and keeps a dash between words', () => {
    const last = line(235, 'jusqu’à la fin');
    const stray = { text: '.', confidence: 79, bbox: [700, 255, 706, 262] as [number, number, number, number] };
    const page = [{ lines: [...body.slice(0, 3), { words: [...last.words, stray], bbox: [200, 235, 706, 265] as [number, number, number, number] }] }];
    const text = paragraphsText(removeSpeckle(page));
    expect(text).toContain('continue – sans');
    expect(text.endsWith('jusqu’à la fin')).toBe(true);
  });
});

describe('list bullets read as other signs', () => {
  const bullet = (top: number, sign: string, text: string): EngineLine => {
    const rest = line(top, text, 240);
    const mark = { text: sign, confidence: 50, bbox: [200, top + 10, 209, top + 19] as [number, number, number, number] };
    return { words: [mark, ...rest.words], bbox: [200, top, rest.bbox[2], top + 30] };
  };
  const text = [line(100, 'Nous nous engageons à agir pour'), line(145, 'les objectifs suivants de la région :')];

  it('become bullets again when two lines or more start with one, small as they are', () => {
    const margin = { text: '|', confidence: 66, bbox: [40, 190, 43, 220] as [number, number, number, number] };
    const first = bullet(190, '*', 'Renforcer la coopération');
    const page = [{ lines: [...text, { ...first, words: [margin, ...first.words] }, bullet(235, '»', 'Partager les données'), bullet(280, '+', 'Protéger les côtes')] }];
    const result = paragraphsText(restoreBullets(removeSpeckle(page, { keep: bulletsToKeep(page) })));
    expect(result.split('\n').slice(2)).toEqual(['• Renforcer la coopération', '• Partager les données', '• Protéger les côtes']);
  });

  it('are not made on a line of their own, nor from an opening quotation mark', () => {
    const page = [{ lines: [...text, line(190, 'et la suite du texte courant.'), line(235, '« Union pour la côte »'), bullet(400, '*', 'Nouveau tirage pour raisons techniques')] }];
    const result = paragraphsText(restoreBullets(removeSpeckle(page, { keep: bulletsToKeep(page) })));
    expect(result).not.toContain('•');
    expect(result).toContain('« Union pour la côte »');
  });
});
