/**
 * Head-lines of attached texts (texts written for this test, no letter copied): an attached letter reproduced with
 * its translator's note, letterhead, address, addressee block and reference lines; a note verbale under its mission's
 * letterhead; a proclamation opened by its formula; a statement marked `Check against delivery`; and the same forms in
 * French, Spanish and Russian. None of these lines is the text's title or a paragraph of its body.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../model/index.ts';
import { segment } from './index.ts';
import { emitAkn } from '../emit/akn/index.ts';
import { layoutDocument } from '../emit/pdf/layout.ts';
import { A4 } from '../emit/pdf/geometry.ts';
import { TITLE } from '../../test/helpers/letter-title.ts';
import { textDocument as document, segmentContext as context, paragraphTexts as paragraphs } from '../../test/helpers/segment.ts';

/** A letter transmitting one annex, whose lines are `annex` (the heading first). */
function withAnnex(annex: readonly string[]): string {
  return [...TITLE, 'I have the honour to transmit herewith the letter of the Procurator General (see annex).', '', '(Signed) Ana María Soto', '', '\f', ...annex, ''].join('\n');
}

function headTexts(lines: readonly string[], lang: LanguageCode = 'en') {
  const annex = segment(document(withAnnex(lines), lang), {}, context).annexes[0]!;
  return { annex, head: annex.headLines?.map((line) => line.text) ?? [] };
}

describe('the head of an attached letter', () => {
  const lines = [
    'Annex',
    '',
    'Translation from Spanish 1187-25',
    '',
    'Office of the Procurator General',
    'of the Republic of Chile',
    '12 Compañía Street,',
    'Santiago, 8340000, Chile',
    '',
    'United Nations Secretariat',
    '',
    '14.03.2025 Our ref. No. 45-117-2025',
    'Your ref. No.',
    '',
    'The Office of the Procurator General of the Republic of Chile presents its compliments to the United Nations Secretariat and has the honour to request its cooperation.',
    '',
    'The Office stands ready to provide any further information.',
    '',
    'Yours sincerely,',
    '',
    '[signed]',
    'J. Pérez',
  ];

  it('reads the translator’s note, letterhead, address, addressee and reference lines as head-lines, one a printed line', () => {
    const { annex, head } = headTexts(lines);
    expect(head).toEqual([
      'Translation from Spanish 1187-25',
      'Office of the Procurator General',
      'of the Republic of Chile',
      '12 Compañía Street,',
      'Santiago, 8340000, Chile',
      'United Nations Secretariat',
      '14.03.2025 Our ref. No. 45-117-2025',
      'Your ref. No.',
    ]);
    expect(annex.title).toBeUndefined();
    expect(paragraphs(annex.body)[0]).toMatch(/^The Office of the Procurator General of the Republic of Chile presents/u);
    expect(paragraphs(annex.body)).toHaveLength(2);
  });

  it('dates the letter by the day its reference line opens with, written in figures', () => {
    expect(headTexts(lines).annex.date).toBe('2025-03-14');
  });

  it('prints them in the preface of Akoma Ntoso and small above the title in the PDF edition', () => {
    const document_ = segment(document(withAnnex(lines)), {}, context);
    const xml = emitAkn(document_);
    expect(xml).toMatch(/<p [^>]*class="headLine"[^>]*>Translation from Spanish 1187-25<\/p>/u);
    expect(xml.indexOf('class="headLine"')).toBeLessThan(xml.indexOf('presents its compliments'));
    const flow = layoutDocument(document_, A4);
    const printed = flow.find((block) => block.runs.map((run) => run.text).join('') === 'United Nations Secretariat');
    const body = flow.find((block) => block.runs.map((run) => run.text).join('').startsWith('The Office of the Procurator General'));
    expect(printed && body && printed.size < body.size).toBe(true);
  });
});

describe('a note verbale under its mission’s letterhead', () => {
  it('keeps the letterhead and the mission’s place out of the title and the body', () => {
    const { annex, head } = headTexts([
      'Annex',
      '',
      'Permanent Mission of Chile to the United Nations',
      'New York',
      '',
      'No. 214/2025',
      '',
      'The Permanent Mission of Chile to the United Nations presents its compliments to the Secretary-General and has the honour to transmit the report.',
    ]);
    expect(head).toEqual(['Permanent Mission of Chile to the United Nations', 'New York', 'No. 214/2025']);
    expect(annex.title).toBeUndefined();
    expect(paragraphs(annex.body)).toHaveLength(1);
  });

  it('leaves a text’s own title alone when nothing shows a letter’s head', () => {
    const { annex, head } = headTexts([
      'Annex',
      '',
      'Statement by the Ministry of Foreign Affairs of Chile on the',
      'protection of the Pacific Ocean',
      '',
      'The Ministry of Foreign Affairs of Chile welcomes the agreement reached on 3 March 2025.',
    ]);
    expect(head).toEqual([]);
    expect(annex.title?.text).toBe('Statement by the Ministry of Foreign Affairs of Chile on the protection of the Pacific Ocean');
  });
});

describe('a proclamation’s formula and a statement’s delivery mark', () => {
  it('reads the formula down to its colon as head-lines, not as the title and the first paragraph', () => {
    const { annex, head } = headTexts([
      'Annex',
      '',
      'In the name of the Republic of Chile',
      '',
      'THE PRESIDENT OF THE REPUBLIC OF CHILE',
      '',
      'hereby proclaims:',
      '',
      'The Republic of Chile accedes to the Convention on the protection of the Pacific Ocean.',
      '',
      'Done at Santiago, on the 3rd day of March 2025.',
    ]);
    expect(head).toEqual(['In the name of the Republic of Chile', 'THE PRESIDENT OF THE REPUBLIC OF CHILE', 'hereby proclaims:']);
    expect(annex.title).toBeUndefined();
    expect(paragraphs(annex.body)).toEqual(['The Republic of Chile accedes to the Convention on the protection of the Pacific Ocean.']);
    expect(annex).toMatchObject({ place: 'Santiago', date: '2025-03-03' });
  });

  it('keeps `Check against delivery` over a statement out of its title', () => {
    const { annex, head } = headTexts([
      'Annex',
      '',
      'Check against delivery',
      '',
      'Statement by the Minister for Foreign Affairs of Chile at the',
      'high-level meeting on oceans',
      '',
      'Mr. President, the ocean we share is in danger, and we must act together.',
    ]);
    expect(head).toEqual(['Check against delivery']);
    expect(annex.title?.text).toBe('Statement by the Minister for Foreign Affairs of Chile at the high-level meeting on oceans');
  });
});

describe('a clause ending on a date is no place and date', () => {
  it('keeps `…, done at <place> on the 18th day of …` in the paragraph it ends', () => {
    const { annex } = headTexts([
      'Annex',
      '',
      'On behalf of the Republic of Chile',
      '',
      'makes it publicly known:',
      '',
      'The Republic of Chile has signed the Convention on the protection of the Pacific Ocean and on its',
      'Fisheries, done at Lima on the 18th day of September 2024.',
    ]);
    expect(annex.title).toBeUndefined();
    expect(annex.place).toBeUndefined();
    expect(paragraphs(annex.body)).toHaveLength(1);
  });
});

/** The letter's lines above its annex, per language: title, body, signature. */
const LETTERS: Record<'fr' | 'es' | 'ru', string[]> = {
  fr: ['Lettre datée du 3 juin 2025, adressée au Secrétaire général par le Représentant permanent du Chili auprès de l’Organisation des Nations Unies', '', 'J’ai l’honneur de vous faire tenir ci-joint la note de la Mission (voir annexe).', '', '(Signé) Ana María Soto', ''],
  es: ['Carta de fecha 3 de junio de 2025 dirigida al Secretario General por el Representante Permanente de Chile ante las Naciones Unidas', '', 'Tengo el honor de transmitirle adjunta la nota de la Misión (véase el anexo).', '', '(Firmado) Ana María Soto', ''],
  ru: ['Письмо Постоянного представителя Чили при Организации Объединенных Наций от 3 июня 2025 года на имя Генерального секретаря', '', 'Имею честь препроводить настоящим ноту Представительства (см. приложение).', '', '(Подпись) Ана Мария Сото', ''],
};

describe('head-lines in other languages', () => {
  it.each([
    ['fr', ['Annexe', '', '[Traduction non officielle]', '', 'Mission permanente du Chili auprès de l’Organisation des Nations Unies', 'New York', '', 'N° 214/2025', '', 'La Mission permanente du Chili auprès de l’Organisation des Nations Unies présente ses compliments au Secrétaire général et a l’honneur de lui transmettre le rapport.'],
      ['[Traduction non officielle]', 'Mission permanente du Chili auprès de l’Organisation des Nations Unies', 'New York', 'N° 214/2025']],
    ['es', ['Anexo', '', '[Traducción no oficial]', '', 'Misión Permanente de Chile ante las Naciones Unidas', 'Nueva York', '', 'Nota núm. 214/2025', '', 'La Misión Permanente de Chile ante las Naciones Unidas saluda atentamente al Secretario General y tiene el honor de transmitirle el informe.'],
      ['[Traducción no oficial]', 'Misión Permanente de Chile ante las Naciones Unidas', 'Nueva York', 'Nota núm. 214/2025']],
    ['ru', ['Приложение', '', 'Неофициальный перевод', '', 'Постоянное представительство Чили при Организации Объединенных Наций', 'Нью-Йорк', '', '№ 214/2025', '', 'Постоянное представительство Чили при Организации Объединенных Наций свидетельствует свое уважение Генеральному секретарю и имеет честь препроводить доклад.'],
      ['Неофициальный перевод', 'Постоянное представительство Чили при Организации Объединенных Наций', 'Нью-Йорк', '№ 214/2025']],
  ] as const)('%s: reads the translator’s note, the letterhead and the note’s number as head-lines', (lang, lines, expected) => {
    const text = [...LETTERS[lang], '\f', ...lines, ''].join('\n');
    const annex = segment(document(text, lang), {}, context).annexes[0];
    expect(annex?.headLines?.map((line) => line.text)).toEqual(expected);
    expect(annex?.title).toBeUndefined();
    expect(annex?.body).toHaveLength(1);
  });
});

describe('a translated request with its enclosure printed under its signature', () => {
  const text = [
    ...TITLE,
    'I have the honour to transmit herewith the request of the Procurator General (see annex).',
    '',
    '(Signed) Ana María Soto',
    '',
    '\f',
    'Annex',
    '',
    'Translation from Spanish 1187-25',
    '',
    'Office of the Procurator General',
    'of the Republic of Chile',
    '',
    '14.03.2025 Our ref. No. 45-117-2025',
    '',
    'The Office of the Procurator General requests the assistance of the Secretariat in obtaining the records listed below.',
    '',
    'Enclosure: extract of the Penal Code on 1 p.',
    '',
    'Senior Prosecutor for Special Cases',
    'Department of International',
    'Legal Cooperation',
    '[signed and sealed]',
    'J. Pérez',
    '',
    'Translation from Spanish 1187-25',
    '',
    'Extract',
    '',
    'of the Penal Code',
    '',
    'of the Republic of Chile',
    '',
    'Article 12. Any person who publishes false information shall be punished with a fine.',
    '',
    '[signed and sealed]',
    'J. Pérez',
    '',
  ].join('\n');
  const [annex] = segment(document(text), {}, context).annexes;

  it('reads the functions printed over the signed mark as the signatory’s, not as a paragraph', () => {
    expect(annex!.signatures).toMatchObject([{ name: 'J. Pérez', roles: ['Senior Prosecutor for Special Cases', 'Department of International Legal Cooperation'], signed: true }]);
    expect(paragraphs(annex!.body).some((paragraph) => paragraph.startsWith('Senior Prosecutor'))).toBe(false);
  });

  it('opens the enclosed text at its translator’s note under the signature, on the same page, its title printed in spaced lines', () => {
    const enclosed = annex!.attachments?.[0];
    expect(enclosed?.headLines?.map((line) => line.text)).toEqual(['Translation from Spanish 1187-25']);
    expect(enclosed?.title?.text).toBe('Extract of the Penal Code of the Republic of Chile');
    expect(paragraphs(enclosed!.body)).toEqual(['Article 12. Any person who publishes false information shall be punished with a fine.']);
  });
});

describe('a function printed over two lines in a signature block', () => {
  it('keeps `Deputy Permanent` ⏎ `Representative of …` one role', () => {
    const text = [
      ...TITLE,
      'I have the honour to transmit herewith the statement of my Government.',
      '',
      '(Signed) Ana María Soto',
      '',
      'Ambassador',
      '',
      'Chargé d’affaires a.i.',
      '',
      'Deputy Permanent',
      '',
      'Representative of Chile to the United Nations',
      '',
    ].join('\n');
    const [signature] = segment(document(text), {}, context).letter.signatures;
    expect(signature?.roles.at(-1)).toBe('Deputy Permanent Representative of Chile to the United Nations');
  });
});
