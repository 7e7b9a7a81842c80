/**
 * Behaviour of the segmenter's rules on short texts and on raw damaged text (what the segmenter meets when
 * the repair stage lets damage through).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDatesTolerant } from '../dates/index.ts';
import { english } from '../lang/en/index.ts';
import { french } from '../lang/fr/index.ts';
import { newDocument } from '../extract/index.ts';
import { parsePlaceDate } from './place-date.ts';
import { Reflower } from './reflow.ts';
import { segment } from './index.ts';
import { readTitle } from './title.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function segmentRaw(text: string) {
  const bytes = new TextEncoder().encode(text);
  const document = newDocument({ rawText: text, source: { name: 'test.txt', mediaType: 'text/plain', sha256: '0', bytes: bytes.length } }, bytes, 'fr');
  return segment(document);
}

describe('reflow', () => {
  const reflower = new Reflower(french.segmentation, 'le développement durable');
  it('joins a word split at a line end and keeps a real compound', () => {
    expect(reflower.join(['le dévelop-', 'pement durable'])).toBe('le développement durable');
    expect(reflower.join(['la coopération sous-', 'régionale'])).toBe('la coopération sous-régionale');
    expect(reflower.join(['le Groupe Organisation-', 'Afrique'])).toBe('le Groupe Organisation-Afrique');
  });
  it('joins after an apostrophe without a space and collapses spaces', () => {
    expect(reflower.join(['auprès de l’', 'Organisation  des', '  Nations Unies'])).toBe('auprès de l’Organisation des Nations Unies');
  });
  it('puts a space after an apostrophe ending a line when it elides no word of the language', () => {
    const withElisions = new Reflower(french.segmentation, '', ['l', 'd', 'qu', 'jusqu']);
    expect(withElisions.join(['jusqu’', 'au bout et l’', 'Organisation'])).toBe('jusqu’au bout et l’Organisation');
    const english = new Reflower(french.segmentation, '', []);
    expect(english.join(['the institutions’', 'constitutional provisions'])).toBe('the institutions’ constitutional provisions');
    expect(english.join(['the State’', 's obligations'])).toBe('the State’s obligations');
  });
  it('keeps a line-end hyphen before a number with no space (a code, a compound with a number)', () => {
    expect(reflower.join(['la décision C-SS-', '4/DEC.3 et la COVID-', '19'])).toBe('la décision C-SS-4/DEC.3 et la COVID-19');
  });
  it('does not take an abbreviation for the end of a sentence', () => {
    expect(reflower.endsSentence('sous la direction de M.')).toBe(false);
    expect(reflower.endsSentence('la région.')).toBe(true);
  });
});

describe('dates and place/date lines', () => {
  it('reads a month name damaged by OCR between a day and a year', () => {
    expect(findDatesTolerant('Genève, le 28 ao(t 2008', french).map((date) => date.iso)).toEqual(['2008-08-28']);
    expect(findDatesTolerant('le 12 ao(it 2008', french).map((date) => date.iso)).toEqual(['2008-08-12']);
    expect(findDatesTolerant('le 12 ans 2008', french)).toEqual([]);
  });
  it('tells place/date lines from sentences holding a date', () => {
    expect(parsePlaceDate('(Almaty, 5 juillet 2005)', french)).toMatchObject({ place: 'Almaty', date: '2005-07-05' });
    expect(parsePlaceDate('Le 28 août 2004', french)).toEqual({ date: '2004-08-28', text: 'Le 28 août 2004' });
    expect(parsePlaceDate('Tokyo, 5 July 2005', english)).toMatchObject({ place: 'Tokyo', date: '2005-07-05' });
    expect(parsePlaceDate('Nous sommes réunis le 2 novembre 2011', french)).toBeUndefined();
  });
});

describe('cues', () => {
  it('reads session ordinals', () => {
    expect(french.segmentation.ordinalNumber('Soixante-troisieme')).toBe(63);
    expect(french.segmentation.ordinalNumber('Quatre-vingtième')).toBe(80);
    expect(french.segmentation.ordinalNumber('Soixante-dix-huitième')).toBe(78);
    expect(english.segmentation.ordinalNumber('Sixty-third')).toBe(63);
  });
  it('matches cue words split or glued by OCR', () => {
    expect(french.segmentation.letterTitle.test('L ettresidentiques datées du 19 septembre 2008,')).toBe(true);
    expect(french.segmentation.honorific.test('L’ Ambassadeur,')).toBe(true);
    expect(french.segmentation.agendaItems.exec('Points 12, 17, 64 et 85 de |’ ordre du jour')?.[1]).toBe('12, 17, 64 et 85');
  });
});

describe('segment on raw damaged text (004, no repair)', () => {
  const raw = readFileSync(join(ROOT, 'fixtures', 'seeds', '004_6b36ae07bae8e98f.txt'), 'utf8');
  const document = segmentRaw(raw);
  it('finds the identical letters, their date and six signatures', () => {
    expect(document.letter.kind).toBe('identical');
    expect(document.letter.date).toBe('2008-09-19');
    expect(document.letter.signatures.map((signature) => signature.name)).toHaveLength(6);
    expect(document.letter.signatures.every((signature) => signature.honorific && signature.roles.length === 1)).toBe(true);
  });
  it('finds the annex with 14 numbered paragraphs and six role-only signature blocks', () => {
    const [annex] = document.annexes;
    expect(annex?.originalLanguages).toEqual(['chinois', 'russe']);
    expect(annex?.body.filter((block) => block.type === 'paragraph' && block.num)).toHaveLength(14);
    expect(annex?.signatures.map((signature) => signature.signed)).toEqual([false, false, false, false, false, false]);
    expect(annex?.date).toBe('2008-08-28');
  });
});

describe('segment on a short English letter', () => {
  it('reads title, addressee, signature and annex with the English cues', () => {
    const text = [
      'Letter dated 3 May 2021 from the Permanent Representative of Norway to the United Nations',
      'addressed to the Secretary-General',
      '',
      ' I have the honour to transmit herewith the text of a joint statement (see annex).',
      '',
      '(Signed) Anna Lund',
      ' Annex to the letter dated 3 May 2021 from the Permanent Representative',
      'of Norway to the United Nations addressed to the Secretary-General',
      '',
      '[Original: Norwegian]',
      '',
      ' Joint statement on coastal fisheries',
      '',
      '1. We agree on the following:',
      '',
      ' • Shared monitoring;',
      '',
      ' • Annual reports.',
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const document = segment(newDocument({ rawText: text, source: { name: 'en.txt', mediaType: 'text/plain', sha256: '0', bytes: bytes.length } }, bytes, 'en'));
    expect(document.letter.date).toBe('2021-05-03');
    expect(document.letter.addressees).toEqual(['Secretary-General']);
    expect(document.letter.senders).toEqual(['the Permanent Representative of Norway to the United Nations']);
    expect(document.letter.signatures).toMatchObject([{ name: 'Anna Lund', signed: true }]);
    expect(document.annexes[0]?.originalLanguages).toEqual(['Norwegian']);
    expect(document.annexes[0]?.title?.text).toBe('Joint statement on coastal fisheries');
    const paragraph = document.annexes[0]?.body[0];
    expect(paragraph).toMatchObject({ num: '1', children: [{ type: 'list', marker: '•', items: [{ text: 'Shared monitoring;' }, { text: 'Annual reports.' }] }] });
  });

  it('reads a role line cut after a hyphen or a word that ends no phrase as one role with the next line', () => {
    const text = [
      'Letter dated 3 May 2021 from the Permanent Representative of Norway to the United Nations',
      'addressed to the Secretary-General',
      '',
      ' I have the honour to transmit herewith the text of a joint note.',
      '',
      '(Signed) Anna Lund',
      '',
      'Special Representative of the Secretary-',
      '',
      'General for Haiti and',
      '',
      'Head of the Integrated Office',
      '',
      '(Signed) Per Holm',
      'Representative',
      'Fisheries Council',
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const document = segment(newDocument({ rawText: text, source: { name: 'en.txt', mediaType: 'text/plain', sha256: '0', bytes: bytes.length } }, bytes, 'en'));
    expect(document.letter.signatures.map((signature) => signature.roles)).toEqual([
      ['Special Representative of the Secretary-General for Haiti and Head of the Integrated Office'],
      ['Representative', 'Fisheries Council'],
    ]);
  });
});

describe('segment on raw text of the hand-written letter 006 (no repair)', () => {
  const raw = readFileSync(join(ROOT, 'fixtures', 'letters', 'fr', '006-eau-douce-reykjavik.txt'), 'utf8');
  const document = segmentRaw(raw);
  const section = document.annexes[0]?.body.find((block) => block.type === 'section');
  it('joins the split word and keeps the real compound at line ends', () => {
    const paragraph = section?.type === 'section' ? section.children.find((block) => block.type === 'paragraph' && block.num === '2') : undefined;
    expect(paragraph?.type === 'paragraph' && paragraph.text).toMatch(/^La sécurité de l’approvisionnement en eau .* planification sous-régionale des ouvrages\.$/);
  });
});

describe('masthead, symbol and a body with no break before it', () => {
  const segmentIn = (lang: 'fr' | 'en', lines: string[]) => {
    const text = lines.join('\n');
    const bytes = new TextEncoder().encode(text);
    return segment(newDocument({ rawText: text, source: { name: `${lang}.txt`, mediaType: 'text/plain', sha256: '0', bytes: bytes.length } }, bytes, lang));
  };

  it.each([
    ['en', ['United Nations                         A/79/120–S/2024/512', 'General Assembly                       Security Council', 'Seventy-ninth session                  Seventy-ninth year', 'Agenda item 12', 'Oceans and the law of the sea', '', 'Letter dated 3 May 2024 from the Permanent Representative of Norway', 'to the United Nations addressed to the Secretary-General', 'I have the honour to transmit the text of a statement.', 'It concerns fisheries.', '', '(Signed) Anna Lund']],
    ['fr', ['Nations Unies                          A/79/120–S/2024/512', 'Assemblée générale                     Conseil de sécurité', 'Soixante-dix-neuvième session          Soixante-dix-neuvième année', 'Point 12 de l’ordre du jour', 'Les océans et le droit de la mer', '', 'Lettre datée du 3 mai 2024, adressée au Secrétaire général par le Représentant', 'permanent de la Norvège auprès de l’Organisation des Nations Unies', 'J’ai l’honneur de vous faire tenir le texte d’une déclaration.', 'Elle porte sur la pêche.', '', '(Signé) Anna Lund']],
  ] as const)('%s: takes the symbol off the masthead line, keeps the masthead out of the agenda, ends the title at the body', (lang, lines) => {
    const document = segmentIn(lang, [...lines]);
    expect(document.symbol).toBe('A/79/120–S/2024/512');
    expect(document.header?.organs).toHaveLength(2);
    expect(document.header?.agendaTitles.map((title) => title.text)).toEqual([lines[4]]);
    expect(document.letter.title?.text).toBe(`${lines[6]} ${lines[7]}`);
    expect(document.letter.body).toHaveLength(1);
    expect(document.letter.signatures).toMatchObject([{ name: 'Anna Lund' }]);
  });
});

/** An English letter of these lines, segmented. */
function segmentEnglish(lines: string[]) {
  const text = lines.join('\n');
  const bytes = new TextEncoder().encode(text);
  return segment(newDocument({ rawText: text, source: { name: 'en.txt', mediaType: 'text/plain', sha256: '0', bytes: bytes.length } }, bytes, 'en'));
}

describe('agenda items of the distribution header', () => {
  it('keeps an English sub-letter in parentheses and an agenda title that starts with United Nations', () => {
    const lines = ['A/79/716-S/2025/18', 'General Assembly', 'Agenda items 34, 35 and 72 (b)', 'United Nations Relief and Works Agency', '', 'Letter dated 3 May 2024 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General', 'I have the honour to transmit the text of a statement.'];
    const document = segmentEnglish(lines);
    expect(document.header?.agendaItems).toEqual(['34', '35', '72 (b)']);
    expect(document.header?.agendaTitles.map((title) => title.text)).toEqual(['United Nations Relief and Works Agency']);
  });

  it('reads a diplomatic rank alone on a signature line as the honorific, a function with its portfolio as a role', () => {
    const lines = ['Letter dated 3 May 2025 from the Permanent Observer of the Holy See to the United Nations addressed to the Secretary-General', 'I have the honour to transmit the text of a statement.', '', '(Signed) Anna Lund', '', 'Minister', '', 'Permanent Observer', '', '(Signed) Piet Hein', '', 'Minister for Foreign Affairs'];
    const document = segmentEnglish(lines);
    expect(document.letter.signatures).toMatchObject([
      { name: 'Anna Lund', honorific: 'Minister', roles: ['Permanent Observer'] },
      { name: 'Piet Hein', roles: ['Minister for Foreign Affairs'] },
    ]);
  });

  it('keeps the agenda line as printed, without the asterisk that calls its footnote', () => {
    const lines = ['A/80/300', 'General Assembly', 'Eightieth session', 'Item 61 (a) of the preliminary list*', 'Elections to fill vacancies in subsidiary organs', '', 'Letter dated 3 May 2025 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General', 'I have the honour to transmit the text of a statement.'];
    const document = segmentEnglish(lines);
    expect(document.header?.agendaItems).toEqual(['61 (a)']);
    expect(document.header?.agendaLine).toBe('Item 61 (a) of the preliminary list');
  });

  it('goes on with a title whose line wraps, whatever the next line’s first word', () => {
    const lines = ['A/80/300', 'General Assembly', 'Eightieth session', 'Request for the inclusion of a supplementary item in the ', 'agenda of the eightieth session', '', 'Observer status for the International Coral Reef ', 'Organization in the General Assembly', '', 'Letter dated 3 May 2025 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General', 'I have the honour to transmit the text of a statement.'];
    const document = segmentEnglish(lines);
    expect(document.header?.session).toBe('Eightieth session');
    expect(document.header?.agendaTitles.map((title) => title.text)).toEqual([
      'Request for the inclusion of a supplementary item in the agenda of the eightieth session',
      'Observer status for the International Coral Reef Organization in the General Assembly',
    ]);
  });
});

describe('a title cut short by the extraction', () => {
  it.each([
    ['fr', 'Lettre datée du 3 mai 2024, adressée au Secrétaire', ['Secrétaire général'], []],
    ['en', 'Letter dated 3 May 2024 from the Permanent Representative of Norway to the United Nations addressed to the Secretary', ['Secretary-General'], ['the Permanent Representative of Norway to the United Nations']],
    ['en', 'Letter dated 3 May 2024 from the Permanent Representative of Norway to the United Nations addressed to the President of the Security', ['President of the Security Council'], ['the Permanent Representative of Norway to the United Nations']],
  ] as const)('%s: completes the last addressee of “%s”', (lang, title, addressees, senders) => {
    const resources = lang === 'fr' ? french : english;
    expect(readTitle(title, resources)).toMatchObject({ addressees, senders, cutShort: true });
  });

  it('leaves a whole title alone', () => {
    expect(readTitle('Letter dated 3 May 2024 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General', english)).toMatchObject({ addressees: ['Secretary-General'], cutShort: false });
  });
});
