import { beforeAll, describe, expect, it } from 'vitest';
import { loadRepairData, passMessages, type RepairData, type RepairPlugin, type TextPass } from './index.ts';
import repairContext from './plugins/context.ts';
import repairDehyphenation from './plugins/dehyphenation.ts';
import repairElision from './plugins/elision.ts';
import repairGlyphs from './plugins/glyphs.ts';
import repairSpacing from './plugins/spacing.ts';
import repairTypography from './plugins/typography.ts';
import repairWords from './plugins/words.ts';

let data: RepairData;
beforeAll(async () => {
  data = (await loadRepairData('fr'))!;
});

/** Runs one pass over a short string and returns its messages as text, the retext way. */
function messages(pass: { plugin: RepairPlugin } | { textPass: TextPass }, text: string): string[] {
  return passMessages(pass, data, text).map(String);
}

describe('glyphs', () => {
  it('reads I’, |’ and I" before a word as l’', () => {
    expect(messages({ textPass: repairGlyphs }, 'de I’avis et de |’accord, I"usage')).toEqual([
      '1:4-1:6: Unexpected `I’`, expected `l’`',
      '1:17-1:19: Unexpected `|’`, expected `l’`',
      '1:27-1:29: Unexpected `I"`, expected `l’`',
    ]);
  });

  it('reads a bar as l or as nothing, whichever makes a word', () => {
    expect(messages({ textPass: repairGlyphs }, 'entre | es pays et |a paix dans |le monde')).toEqual([
      '1:7-1:11: Unexpected `| es`, expected `les`',
      '1:20-1:22: Unexpected `|a`, expected `la`',
      '1:33-1:36: Unexpected `|le`, expected `le`',
    ]);
  });

  it('mends a parenthesis inside a word, a registered ordinal, a euro sign and a Roman numeral with ones', () => {
    expect(messages({ textPass: repairGlyphs }, 'le 3 ao(t, au XX®siécle, €lle dit, titre V11')).toEqual([
      '1:6-1:10: Unexpected `ao(t`, expected `août`',
      '1:15-1:24: Unexpected `XX®siécle`, expected `XXe siécle`',
      '1:26-1:30: Unexpected `€lle`, expected `elle`',
      '1:42-1:45: Unexpected `V11`, expected `VII`',
    ]);
  });

  it('leaves symbols, numbers and Roman numerals alone', () => {
    expect(messages({ textPass: repairGlyphs }, 'voir A/66/569-S/2011/733, la résolution 62/17, le chapitre VII et le point 11.')).toEqual([]);
  });
});

describe('elision', () => {
  it('removes spaces around the apostrophe of an elided word and a stray letter before it', () => {
    expect(messages({ textPass: repairElision }, 'de l ’Europe, d’ une part, gqu’il')).toEqual([
      '1:5-1:6: Unexpected ` `, expected ``',
      '1:17-1:18: Unexpected ` `, expected ``',
      '1:28-1:29: Unexpected `g`, expected ``',
    ]);
  });

  it('leaves quotes that are not elisions alone', () => {
    expect(messages({ textPass: repairElision }, 'le mot ‘paix’ est écrit')).toEqual([]);
  });
});

describe('spacing', () => {
  it('joins a word split by a space and cuts glued words', () => {
    expect(messages({ textPass: repairSpacing }, 'le Secr étaire parle dela paix')).toEqual([
      '1:8-1:9: Unexpected ` `, expected ``',
      '1:22-1:26: Unexpected `dela`, expected `de la`',
    ]);
  });

  it('joins a detached ending and puts back a lost apostrophe', () => {
    expect(messages({ textPass: repairSpacing }, 'des normes international es et le chef d État')).toEqual([
      '1:25-1:26: Unexpected ` `, expected ``',
      '1:41-1:42: Unexpected ` `, expected `’`',
    ]);
  });

  it('keeps two real words apart and leaves prefixed words whole', () => {
    expect(messages({ textPass: repairSpacing }, 'en cas de besoin, par tout moyen, une action antiterroriste')).toEqual([]);
  });
});

describe('words', () => {
  it('restores accents and capital accents, and undoes letter confusions', () => {
    expect(messages({ plugin: repairWords }, 'les problémes des Etats et la séourité de chague pays')).toEqual([
      '1:5-1:14: Unexpected `problémes`, expected `problèmes`',
      '1:19-1:24: Unexpected `Etats`, expected `États`',
      '1:31-1:39: Unexpected `séourité`, expected `sécurité`',
      '1:43-1:49: Unexpected `chague`, expected `chaque`',
    ]);
  });

  it('leaves known words, unknown names and acronyms alone', () => {
    expect(messages({ plugin: repairWords }, 'M. Ndiaye et Mme Kowalczyk ont parlé à l’UNESCO et au PNUD.')).toEqual([]);
  });
});

describe('context', () => {
  it('tells the preposition from the verb by its neighbours', () => {
    expect(messages({ textPass: repairContext }, 'Il a renforcé la paix. Le pays cherche a renforcer la paix, vouée a l’échec.')).toEqual([
      '1:40-1:41: Unexpected `a`, expected `à`',
      '1:67-1:68: Unexpected `a`, expected `à`',
    ]);
  });

  it('reads a capital A at a sentence start and an ampersand between words as the preposition', () => {
    expect(messages({ textPass: repairContext }, 'A cet égard, ils tiennent & la paix.')).toEqual([
      '1:1-1:2: Unexpected `A`, expected `À`',
      '1:27-1:28: Unexpected `&`, expected `à`',
    ]);
  });

  it('leaves a lettered item alone', () => {
    expect(messages({ textPass: repairContext }, 'les points 12 a) et 13 b) de l’ordre du jour')).toEqual([]);
  });
});

describe('dehyphenation', () => {
  it('moves the end of a word cut at a line end up and keeps real compounds', () => {
    expect(messages({ textPass: repairDehyphenation }, 'le dévelop-\npement du groupe Nord-\nSud')).toEqual([
      '1:11-2:7: Unexpected `-\npement`, expected `pement\n`',
    ]);
  });
});

describe('typography', () => {
  it('sets the apostrophe and the no-break spaces', () => {
    expect(messages({ textPass: repairTypography }, "l'accord ; « paix »")).toEqual([
      "1:2-1:3: Unexpected `'`, expected `’`",
      '1:9-1:10: Unexpected ` `, expected `\u202f`',
      '1:13-1:14: Unexpected ` `, expected `\u00a0`',
      '1:18-1:19: Unexpected ` `, expected `\u00a0`',
    ]);
  });
});
