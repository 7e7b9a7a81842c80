/**
 * Repair does no harm (issue 15): the damage measure, boldness that follows it, names and spelling variants
 * kept, the unambiguous fixes on clean text and the full set on damaged text. Every sentence here is written
 * for the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureDamage } from './damage.ts';
import { loadRepairData, repairWith, type RepairData } from './index.ts';

let english: RepairData;
beforeAll(async () => {
  english = (await loadRepairData('en'))!;
});

/** A clean paragraph of ordinary letter English, long enough to be measured on its own. */
const CLEAN =
  'The Government has followed the work of the commission with great attention and wishes to thank its members\n' +
  'for the report they presented to the Council last month. It takes note of the recommendations addressed to\n' +
  'the parties and intends to give effect to them without delay, in cooperation with the regional organizations\n' +
  'concerned and with the support of the international community, as the resolution adopted last year requests.\n';

/** The same paragraph as a poor scan reads it. */
const DAMAGED =
  'Thc Govemment has foIlowed thc vvork of the cornmission with grcat attention and wishcs to tliank its rnembers\n' +
  'for thc report they prescnted to the Councii last rnonth. It takcs note of tbe recommendations addresscd to\n' +
  'the partics and intcnds to give effcct to them without delay, in cooperatlon with the rcgional organizatlons\n' +
  'conccrned and with the support of thc international cornmunity, as the resolution adoptcd last year requcsts.\n';

/** Ten clean paragraphs: a letter of ordinary length, in which a paragraph holding a few odd words stands. */
const LETTER = Array.from({ length: 10 }, () => CLEAN).join('\n');

const repair = (text: string): string => repairWith(english, text).text;

describe('damage measure', () => {
  it('finds no sign of damage in clean text and many in a damaged one', () => {
    const clean = measureDamage(english, CLEAN);
    expect(clean).toMatchObject({ signs: 0, damaged: false });
    const damaged = measureDamage(english, DAMAGED);
    expect(damaged.damaged).toBe(true);
    expect(damaged.score).toBeGreaterThan(0.1);
    expect(damaged.regions).toEqual([expect.objectContaining({ kind: 'paragraph', offset: 0, length: DAMAGED.length, damaged: true })]);
  });

  it('measures pages apart: a scanned page among clean ones is damaged alone', () => {
    const text = `${CLEAN}\n${CLEAN}\n${DAMAGED}`;
    const pageOffsets = [0, CLEAN.length + 1, 2 * CLEAN.length + 2];
    const pages = measureDamage(english, text, pageOffsets).regions.filter((region) => region.kind === 'page');
    expect(pages.map((page) => [page.page, page.damaged])).toEqual([[1, false], [2, false], [3, true]]);
    const repaired = repairWith(english, text, { pages: pageOffsets.map((offset) => ({ offset })) }).text;
    expect(repaired.slice(0, 2 * CLEAN.length + 2)).toBe(`${CLEAN}\n${CLEAN}\n`);
    expect(repaired.slice(2 * CLEAN.length + 2)).toBe(CLEAN);
  });

  it('repairs a page read by OCR with every rule, however clean it reads', () => {
    const page = `${CLEAN}\nThe delegation thanked the rnembers of the bureau for their work.\n`;
    const text = `${LETTER}\n${page}`;
    const pages = (ocr: boolean) => [{ offset: 0 }, { offset: LETTER.length + 1, ocr }];
    expect(repairWith(english, text, { pages: pages(false) }).text).toBe(text);
    expect(repairWith(english, text, { pages: pages(true) }).text).toBe(text.replace('rnembers', 'members'));
  });

  it('reads a passage in another language inside clean text as no damage', () => {
    const quoted = 'The court recalled its earlier finding, "les droits des victimes et des familles", as the parties did.\n';
    const text = `${LETTER}\n${quoted}\n${LETTER}`;
    const damage = measureDamage(english, text);
    expect(damage.damaged).toBe(false);
    expect(damage.regions.every((region) => !region.damaged)).toBe(true);
    expect(repair(text)).toBe(text);
  });

  it('is recorded on the result of the repair', () => {
    expect(repairWith(english, DAMAGED).damage).toMatchObject({ damaged: true, regions: [expect.objectContaining({ kind: 'paragraph' })] });
  });
});

describe('boldness follows the damage', () => {
  it('repairs a damaged paragraph with the full set of rules', () => {
    expect(repair(DAMAGED)).toBe(CLEAN);
  });

  it('joins a letter cut off a word to that word, not to the word before it, in damaged text too', () => {
    expect(repair(`${DAMAGED}\nThe parties have s hown restraint.\n`)).toContain('The parties have shown restraint.');
  });

  it('leaves a rare or odd word of clean text alone where the same word in damaged text is repaired', () => {
    const odd = `${CLEAN}\nThe delegation thanked the rnembers of the bureau for their work.\n`;
    expect(repair(odd)).toBe(odd);
    expect(repair(`${DAMAGED}\nThe delegation thanked the rnembers of the bureau for their work.\n`)).toContain('thanked the members of the bureau');
  });

  it('keeps, in clean text, the words it does not know: terms, Latin, two known words that could be one', () => {
    const text =
      `${LETTER}\nThe experts recalled, inter alia, the mens rea of the offence, the widescale harm and 40 per cent of the\n` +
      'air strikes reported; the briefers and the subteams agreed.\n';
    expect(repair(text)).toBe(text);
  });
});

describe('names are never cut, joined or respelled', () => {
  const names =
    'The Minister, Ms. Ilvana Kestrić, met Mr. Tomaso Darienzo and Mr. Oumarou Salindo in Costa Rica and in Viet Nam,\n' +
    'then travelled to Karembasso, where Mr. Darienzo and the mayor, Mr. Hadrien Bellefontaine, opened the new office.\n';

  it('keeps names in clean text', () => {
    const text = `${CLEAN}\n${names}`;
    expect(repair(text)).toBe(text);
  });

  it('keeps names in damaged text while the words around them are repaired', () => {
    const repaired = repair(`${DAMAGED}\n${names}`);
    expect(repaired).toContain(names);
    expect(repaired).toContain(CLEAN);
  });

  it('never turns a word with letters foreign to the language into an English word', () => {
    const text = `${DAMAGED}\nThe régime of the communiqué was discussed by Mr. Adrián Césaro and Ms. Yıldızoğlu.\n`;
    expect(repair(text)).toContain('The régime of the communiqué was discussed by Mr. Adrián Césaro and Ms. Yıldızoğlu.');
  });
});

describe('damaged text: names and inflected words keep their letters', () => {
  it('reads no capital as another capital (`Iain` is no `Lain`)', () => {
    const repaired = repair(`${DAMAGED}\nThe rnembers heard Mr. Iain Morvale and Ms. Ilsa Brennard on the matter.\n`);
    expect(repaired).toContain('The members heard Mr. Iain Morvale and Ms. Ilsa Brennard on the matter.');
  });

  it('keeps the plural of a dictionary word the dictionary does not list', () => {
    const repaired = repair(`${DAMAGED}\nThe briefers and the rnediators told the subteams of the Council what they saw.\n`);
    expect(repaired).toContain('The briefers and the mediators told the subteams of the Council what they saw.');
  });
});

describe('spelling variants a dictionary accepts are right', () => {
  const variants =
    'The parties will organise and organize, analyse and analyze, instil and instill; a favourable and favorable\n' +
    'programme, centred on the centre and the center, the labour of the defence and defense teams.\n';

  it.each([
    ['clean', CLEAN],
    ['damaged', DAMAGED],
  ])('keeps British and American spellings in %s text', (_kind, paragraph) => {
    expect(repair(`${paragraph}\n${variants}`)).toContain(variants);
  });
});

describe('unambiguous fixes, made on clean text', () => {
  it.each([
    ['a word cut by a space', 'the Gener al Assembly stood agai nst i ts own rules', 'the General Assembly stood against its own rules'],
    ['a letter cut from the word after it, not glued to the word before', 'the parties have s hown restraint', 'the parties have shown restraint'],
    ['a space before the hyphen of a compound', 'the Secretary -General and the KLMR -EP group', 'the Secretary-General and the KLMR-EP group'],
    ['a space after a prefix and its hyphen', 'a meeting co- chaired by two non- governmental bodies', 'a meeting co-chaired by two non-governmental bodies'],
    ['a space after the hyphen of a common compound', 'the so- called plan and the follow- up meeting', 'the so-called plan and the follow-up meeting'],
    ['a common compound glued without its hyphen, in the middle of a line', 'the highlevel meeting on the longterm plan', 'the high-level meeting on the long-term plan'],
    ['a space before an en dash between months', 'the period (March –October 2024)', 'the period (March–October 2024)'],
    ['a space after an opening bracket', 'the report ( S/2019/999) was read', 'the report (S/2019/999) was read'],
    ['a space after a bracket opening a symbol the next line closes', 'the reports ( A/77/801,\nA/78/112) were read', 'the reports (A/77/801,\nA/78/112) were read'],
    ['a space before the full stop after a symbol or an address', 'See S/2019/999 . Available at https://example.org/files/report.pdf .', 'See S/2019/999. Available at https://example.org/files/report.pdf.'],
    ['a space before the hyphen of a range of years', 'the occupation in 1941 -1944, and at -5 degrees', 'the occupation in 1941-1944, and at -5 degrees'],
    ['a space before a closing quotation mark', 'it spoke of “attacks on civilian facilities ”.', 'it spoke of “attacks on civilian facilities”.'],
    ['a space before a footnote mark that ends a line', 'as listed by the mission (see enclosure). *', 'as listed by the mission (see enclosure).*'],
    ['a lost hyphen of a title the language writes with one', 'a letter to the SecretaryGeneral on the matter', 'a letter to the Secretary-General on the matter'],
    ['a lost hyphen of a title inside a longer title', 'a letter to the Under-SecretaryGeneral on the matter', 'a letter to the Under-Secretary-General on the matter'],
    ['the days of a range glued before a month', 'the session held from 518 July 2024', 'the session held from 5-18 July 2024'],
    ['a year cut in two', 'on 3 July 20 02 and in resolution 1402 (20 02)', 'on 3 July 2002 and in resolution 1402 (2002)'],
  ])('%s', (_kind, damaged, fixed) => {
    expect(repair(`${CLEAN}\n${damaged}\n`)).toBe(`${CLEAN}\n${fixed}\n`);
  });

  // An extractor that loses the hyphen of a compound broken at a line end carries the next line onto the first
  // (poppler's pdftotext): the glued or spaced compound stands after most of a printed line, on a longer line.
  it('gives a glued compound the hyphen the letter writes elsewhere, where the extraction joined two lines', () => {
    const text =
      `${LETTER}\nIn Government-controlled areas the market reopened.\n` +
      'The market did not reopen in the districts under its control, nor in the eastern Governmentcontrolled districts that the mission visited.\n';
    expect(repair(text)).toBe(text.replace('Governmentcontrolled', 'Government-controlled'));
  });

  it('gives a compound joined by a space the hyphen the letter writes elsewhere, before its noun only, where two lines were joined', () => {
    const text =
      `${LETTER}\nThe mission visited weapons-related sites and a two-state settlement was discussed.\n` +
      'The members of the Council asked the mission for visits to the sites and the weapons related locations of both parties in the south.\n' +
      'They recalled the resolutions adopted by the Council over the years and asked once more for a two state solution for the region.\n';
    expect(repair(text)).toBe(text.replace('weapons related', 'weapons-related').replace('two state', 'two-state'));
  });

  it('gives the language’s titles, common compounds, pairs of states and symbols their hyphen at the place two lines were joined', () => {
    const lines = [
      'The Government of the Republic has informed the members of the Council and the Secretary General of the United Nations of this.',
      'The Government of the Republic has asked the members of the Council to support the large scale reconstruction of the towns.',
      'The Government of the Republic asked the Council to hold a meeting as soon as possible on the Cambodia Thailand border talks.',
      'The Government recalls the note verbale sent to the secretariat of the Organization, No. NV/DGA512/25, and its reply of last week and of this one.',
    ];
    const text = `${LETTER}\n${lines.join('\n')}\n`;
    expect(repair(text)).toBe(
      text.replace('Secretary General', 'Secretary-General').replace('large scale', 'large-scale').replace('Cambodia Thailand', 'Cambodia-Thailand')
        .replace('DGA512', 'DGA-512'),
    );
  });

  it('leaves the commonest words, a compound before no noun, and the next printed line carried onto a joined one', () => {
    const text =
      `${LETTER}\nThe Government of the Republic informed the members of the Council that the draft resolution has been circulated.\n` +
      'The Government of the Republic informed the members of the Council that it will rebuild the towns on a large scale.\n' +
      'The Government of the Republic informed the members of the Council that the talks of the foreign ministers were held in the presence of the Secretary General of the League.\n';
    expect(repair(text)).toBe(text);
  });

  it('gives a dictionary word the hyphen of the letter’s compound only where two lines were joined', () => {
    const text =
      `${LETTER}\nThe non-governmental organizations met; nongovernmental bodies did not.\n` +
      'The mission met the representatives of the national and the international nongovernmental organizations working in the south.\n';
    const expected = text.replace('international nongovernmental', 'international non-governmental');
    expect(repair(text)).toBe(expected);
  });

  // (A common word the language writes with a hyphen is another matter: `highlevel`, above, is no spelling of it.)
  it('keeps a glued or spaced compound of the letter in the middle of a printed line: the page prints it so', () => {
    const text =
      `${LETTER}\nThe parties will hold cross-border talks on value-chain integration.\n` +
      'They held crossborder talks on value chain integration and on long range missiles.\n' +
      'The long-range threat was discussed.\n';
    expect(repair(text)).toBe(text);
  });

  it('learns no compound from a name cut by a letter and an apostrophe', () => {
    const text = `${LETTER}\nThe convoy left Tamba-N’Gora for the border, and the group moved towards Tamban Wedi in the south of the region.\n`;
    expect(repair(text)).toBe(text);
  });

  it('leaves two words the letter writes as a compound elsewhere where no noun follows, or where it writes them so more often', () => {
    const text =
      `${CLEAN}\nThe long-term plan will hold in the long term and over the long term.\n` +
      'A cross-border road and a cross border post, a cross border gate and a cross border fence.\n';
    expect(repair(text)).toBe(text);
  });

  it('joins no name and no word of a passage in another language', () => {
    const text =
      `${LETTER}\nActivities around the temple of Koh Thom as well as the fort have stopped; the summit was held in Dar es\n` +
      'Salaam in March. Footnote: « Compte rendu des débats sur la vente de cent maisons anciennes », 2023.\n';
    expect(repair(text)).toBe(text);
  });

  it('leaves what only looks like damage', () => {
    const text =
      `${CLEAN}\n` +
      'Buildings A and H are closed, and option B and the pre- and post-war records are kept.\n' +
      'The quota rose to 85 (78 ) and 9 (8 ) seats; see www.example.org/archive/2024 -note and the Dar es Salaam\n' +
      'summit, held in Dar es Salaam. Contents . . . . . . . . 3\n' +
      'The ReliefLink and DataHub platforms were used in 2025 and in July 2024.\n';
    expect(repair(text)).toBe(text);
  });
});
