/**
 * Notes verbales (texts written for this test, no note copied): the third-person form a Permanent Mission writes
 * in, read as a letter is: title (`Note verbale dated …`, `Identical notes verbales dated …`), date, the Mission as
 * sender, addressees, body, the complimentary close as the letter's closing (`… avails itself of this opportunity
 * to renew … the assurances of its highest consideration`), no signature, the annex `Annex to the note verbale …`.
 * One short note per language with the language's own forms.
 */
import { describe, expect, it } from 'vitest';
import type { Block, LanguageCode } from '../model/index.ts';
import { segment } from './index.ts';
import { join } from 'node:path';
import { emitAkn } from '../emit/akn/index.ts';
import { validateAkn } from '../emit/akn/validate.ts';
import { textDocument as document, segmentContext as context } from '../../test/helpers/segment.ts';

const texts = (blocks: readonly Block[] | undefined): string[] => (blocks ?? []).map((block) => (block.type === 'paragraph' ? block.text : block.type));

interface Case {
  lang: LanguageCode;
  text: string[];
  date: string;
  senders: string[];
  addressees: string[];
  /** First words of each body paragraph, then of the closing. */
  body: string[];
  closing: string[];
  annexHeading?: string;
}

const CASES: Case[] = [
  {
    lang: 'en',
    text: [
      'Note verbale dated 10 June 2025 from the Permanent Mission of Chile to the United',
      'Nations addressed to the Secretary-General',
      '',
      'The Permanent Mission of Chile to the United Nations presents its compliments to the',
      'Secretary-General and has the honour to transmit herewith the report of the seminar',
      'held in Santiago on 2 June 2025 (see annex).',
      '',
      'The Permanent Mission would be grateful if the present note and its annex could be',
      'circulated as a document of the General Assembly.',
      '',
      'The Permanent Mission of Chile to the United Nations avails itself of this',
      'opportunity to renew to the Secretary-General the assurances of its highest',
      'consideration.',
      '',
      '',
      'Annex to the note verbale dated 10 June 2025 from the Permanent Mission of Chile',
      'to the United Nations addressed to the Secretary-General',
      '',
      'Report of the seminar on water management',
      '',
      'The seminar met in Santiago on 2 June 2025 and heard twelve speakers.',
    ],
    date: '2025-06-10',
    senders: ['the Permanent Mission of Chile to the United Nations'],
    addressees: ['Secretary-General'],
    body: ['The Permanent Mission of Chile to the United Nations presents', 'The Permanent Mission would be grateful'],
    closing: ['The Permanent Mission of Chile to the United Nations avails itself'],
    annexHeading: 'Annex to the note verbale dated 10 June 2025',
  },
  {
    lang: 'fr',
    text: [
      'Note verbale datée du 10 juin 2025, adressée au Secrétaire général',
      'par la Mission permanente du Chili auprès de l’Organisation des Nations Unies',
      '',
      'La Mission permanente du Chili auprès de l’Organisation des Nations Unies présente ses',
      'compliments au Secrétaire général et a l’honneur de lui transmettre ci-joint le rapport du',
      'séminaire tenu à Santiago le 2 juin 2025 (voir annexe).',
      '',
      'La Mission permanente du Chili saisit cette occasion pour renouveler au Secrétaire',
      'général les assurances de sa très haute considération.',
      '',
      '',
      'Annexe à la note verbale datée du 10 juin 2025, adressée au Secrétaire général',
      'par la Mission permanente du Chili auprès de l’Organisation des Nations Unies',
      '',
      'Rapport du séminaire sur la gestion de l’eau',
      '',
      'Le séminaire s’est réuni à Santiago le 2 juin 2025 et a entendu douze orateurs.',
    ],
    date: '2025-06-10',
    senders: ['la Mission permanente du Chili auprès de l’Organisation des Nations Unies'],
    addressees: ['Secrétaire général'],
    body: ['La Mission permanente du Chili auprès de l’Organisation des Nations Unies présente ses compliments'],
    closing: ['La Mission permanente du Chili saisit cette occasion'],
    annexHeading: 'Annexe à la note verbale datée du 10 juin 2025',
  },
  {
    lang: 'es',
    text: [
      'Nota verbal de fecha 10 de junio de 2025 dirigida al Secretario General por la',
      'Misión Permanente de Chile ante las Naciones Unidas',
      '',
      'La Misión Permanente de Chile ante las Naciones Unidas saluda atentamente al Secretario',
      'General y tiene el honor de transmitirle adjunto el informe del seminario celebrado en',
      'Santiago el 2 de junio de 2025 (véase el anexo).',
      '',
      'La Misión Permanente de Chile aprovecha la oportunidad para reiterar al Secretario',
      'General las seguridades de su más alta consideración.',
    ],
    date: '2025-06-10',
    senders: ['la Misión Permanente de Chile ante las Naciones Unidas'],
    addressees: ['Secretario General'],
    body: ['La Misión Permanente de Chile ante las Naciones Unidas saluda atentamente'],
    closing: ['La Misión Permanente de Chile aprovecha la oportunidad'],
  },
  {
    lang: 'ru',
    text: [
      'Вербальная нота Постоянного представительства Чили при Организации Объединенных',
      'Наций от 10 июня 2025 года на имя Генерального секретаря',
      '',
      'Постоянное представительство Чили при Организации Объединенных Наций свидетельствует',
      'свое уважение Генеральному секретарю и имеет честь препроводить доклад семинара,',
      'состоявшегося в Сантьяго 2 июня 2025 года.',
      '',
      'Постоянное представительство Чили пользуется случаем, чтобы возобновить Генеральному',
      'секретарю уверения в своем весьма высоком уважении.',
    ],
    date: '2025-06-10',
    senders: ['Постоянного представительства Чили при Организации Объединенных Наций'],
    addressees: ['Генерального секретаря'],
    body: ['Постоянное представительство Чили при Организации Объединенных Наций свидетельствует'],
    closing: ['Постоянное представительство Чили пользуется случаем'],
  },
  {
    lang: 'ar',
    text: [
      'مذكرة شفوية مؤرخة 10 حزيران/يونيه 2025 موجهة إلى الأمين العام من البعثة الدائمة',
      'لشيلي لدى الأمم المتحدة',
      '',
      'تهدي البعثة الدائمة لشيلي لدى الأمم المتحدة تحياتها إلى الأمين العام، وتتشرف بأن تحيل',
      'طيه تقرير الحلقة الدراسية التي عقدت في سانتياغو في 2 حزيران/يونيه 2025.',
      '',
      'وتغتنم البعثة الدائمة لشيلي هذه الفرصة لتعرب مجددا للأمين العام عن أسمى آيات التقدير.',
    ],
    date: '2025-06-10',
    senders: ['البعثة الدائمة لشيلي لدى الأمم المتحدة'],
    addressees: ['الأمين العام'],
    body: ['تهدي البعثة الدائمة لشيلي'],
    closing: ['وتغتنم البعثة الدائمة لشيلي'],
  },
  {
    lang: 'zh',
    text: [
      '2025年6月10日智利常驻联合国代表团给秘书长的普通照会',
      '',
      '智利常驻联合国代表团向秘书长致意，并谨转递2025年6月2日在圣地亚哥举行的研讨会的报告。',
      '',
      '智利常驻联合国代表团借此机会再次向秘书长致以最崇高的敬意。',
    ],
    date: '2025-06-10',
    senders: ['智利常驻联合国代表团'],
    addressees: ['秘书长'],
    body: ['智利常驻联合国代表团向秘书长致意'],
    closing: ['智利常驻联合国代表团借此机会'],
  },
];

describe('a note verbale is read as a letter is, in each language', () => {
  for (const note of CASES) {
    it(`${note.lang}: title, date, the Mission as sender, addressees, body, the complimentary close as closing`, () => {
      const result = segment(document(note.text.join('\n'), note.lang), {}, context);
      const { letter } = result;
      expect(letter.form).toBe('note-verbale');
      expect(letter.kind).toBe('single');
      expect(letter.date).toBe(note.date);
      expect(letter.senders).toEqual(note.senders);
      expect(letter.addressees).toEqual(note.addressees);
      const body = texts(letter.body);
      expect(body).toHaveLength(note.body.length);
      note.body.forEach((start, index) => expect(body[index]).toMatch(new RegExp(`^${start.replace(/[()]/gu, '\\$&')}`, 'u')));
      const closing = texts(letter.closing);
      expect(closing).toHaveLength(note.closing.length);
      note.closing.forEach((start, index) => expect(closing[index]).toMatch(new RegExp(`^${start}`, 'u')));
      expect(letter.signatures).toEqual([]);
      if (note.annexHeading) {
        expect(result.annexes).toHaveLength(1);
        expect(result.annexes[0]!.heading.text.startsWith(note.annexHeading)).toBe(true);
      }
    });
  }
});

describe('identical notes verbales and the letters around them', () => {
  it('reads identical notes verbales to two addressees', () => {
    const text = [
      'Identical notes verbales dated 4 March 2025 from the Permanent Mission of Chile to the',
      'United Nations addressed to the Secretary-General and the President of the Security Council',
      '',
      'The Permanent Mission of Chile to the United Nations presents its compliments and has the',
      'honour to transmit herewith a statement of its Government.',
    ].join('\n');
    const { letter } = segment(document(text, 'en'), {}, context);
    expect(letter).toMatchObject({ kind: 'identical', form: 'note-verbale', date: '2025-03-04', addressees: ['Secretary-General', 'President of the Security Council'] });
  });

  it('gives a letter no form and no closing, and keeps a last paragraph that only ends on the courtesy in the body', () => {
    const text = [
      'Letter dated 3 June 2025 from the Permanent Representative of Chile to the United Nations addressed to ',
      'the Secretary-General',
      '',
      'I have the honour to transmit herewith the report of the seminar held in Santiago.',
      '',
      'I should be grateful if the present letter could be circulated as a document of the General',
      'Assembly. Please accept the assurances of my highest consideration.',
    ].join('\n');
    const { letter } = segment(document(text, 'en'), {}, context);
    expect(letter.form).toBeUndefined();
    expect(letter.closing).toBeUndefined();
    expect(letter.body).toHaveLength(2);
  });

  it('writes the form as the docType and the closing in the conclusions of a valid Akoma Ntoso edition', async () => {
    const result = segment(document(CASES[0]!.text.join('\n'), 'en'), {}, context);
    const xml = emitAkn({ ...result, entities: [] });
    expect(xml).toContain('<docType>Note verbale</docType>');
    expect(xml).toMatch(/<conclusions>[\s\S]*avails itself of this opportunity[\s\S]*<\/conclusions>/u);
    const validation = await validateAkn(xml, join(import.meta.dirname, '../../../shared/schemas/akn'));
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
  });
});
