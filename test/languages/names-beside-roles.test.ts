/**
 * Persons named beside a function in the cased scripts besides English (issues 19 and 20): a name set off after
 * a function (`…, Ana Lima,`), before it, or right after it in Russian, where it stands in the function's case
 * (`письмо Специального посланника Ханса Грундберга`) and is read back to its nominative for its id; Russian
 * forms of address that open a sentence (`Г-жа`). Sentences written for the test in UN wording.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';

const persons = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === 'person')
    .map((mention) => [mention.text, mention.id]);

describe('a name set beside a function', () => {
  it('is a person in Spanish, after the function and before it', () => {
    expect(persons('es', 'la carta del Enviado Especial del Secretario General para el Yemen, Hans Grundberg, y del Ministro')).toEqual([['Hans Grundberg', 'person:hans-grundberg']]);
    expect(persons('es', 'el Primer Ministro de Israel, Benjamin Netanyahu, declaró')).toEqual([['Benjamin Netanyahu', 'person:benjamin-netanyahu']]);
    expect(persons('es', 'Ana Lima, Representante Permanente del Perú ante las Naciones Unidas, dijo')).toEqual([['Ana Lima', 'person:ana-lima']]);
  });

  it('is a person in Russian right after the function, read in the nominative whatever the function’s case', () => {
    expect(persons('ru', 'письмо Специального посланника Генерального секретаря по Йемену Ханса Грундберга и Министра')).toEqual([['Ханса Грундберга', 'person:khans-grundberg']]);
    expect(persons('ru', 'Премьер-министр Израиля Биньямин Нетаньяху заявил')).toEqual([['Биньямин Нетаньяху', 'person:binyamin-netanyakhu']]);
    expect(persons('ru', 'выразил признательность Генеральному секретарю Антониу Гутеррешу')).toEqual([['Антониу Гутеррешу', 'person:antoniu-guterresh']]);
  });

  it('keeps a foreign name that ends in a vowel as printed (`Антониу` is no dative)', () => {
    expect(persons('ru', 'благодарность г-ну Антониу Гутеррешу')).toEqual([['Антониу Гутеррешу', 'person:antoniu-guterresh']]);
  });

  it('reads a Russian form of address that opens a sentence', () => {
    expect(persons('ru', 'Г-жа Кааг сменяет его. Г-н Небензя заявил')).toEqual([['Кааг', 'person:kaag'], ['Небензя', 'person:nebenzya']]);
  });
});

describe('an Arabic name set off by commas after a function', () => {
  it('is a person of two to four words', () => {
    expect(persons('ar', 'أتشرف بأن أحيل إليكم رسالة المبعوث الخاص للأمين العام إلى اليمن، هانس غروندبرغ، ووزير خارجية أوكرانيا.')).toEqual([['هانس غروندبرغ', 'person:hns-ghrwndbrgh']]);
    expect(persons('ar', 'وأدلى الممثل الدائم لمصر، أحمد أبو الغيط، ببيان')).toEqual([['أحمد أبو الغيط', 'person:hmd-bw-lghyt']]);
  });

  it('is no phrase of the sentence set off the same way', () => {
    expect(persons('ar', 'إن رئيس مجلس الأمن، وفقا لأحكام الميثاق، قرر')).toEqual([]);
    expect(persons('ar', 'إن الأمين العام، الذي يرأس الاجتماع، قرر')).toEqual([]);
    expect(persons('ar', 'إن الممثل الخاص للأمين العام، المسؤول عن البعثة، قرر')).toEqual([]);
  });
});

describe('a `Name (State)` after a verb of replacing', () => {
  it.each([
    ['es', 'La Sra. Lima sustituye a Rui Costa (Portugal), que concluyó su mandato'],
    ['fr', 'Mme Lima remplace Rui Costa (Portugal), qui a achevé son mandat'],
  ] as const)('is the person replaced, in %s', (language, text) => {
    expect(persons(language, text)).toContainEqual(['Rui Costa', 'person:rui-costa']);
  });

  it('is a person in Russian too', () => {
    expect(persons('ru', 'Г-жа Лима сменяет Руя Кошту (Португалия), который завершил свою работу').map(([text]) => text)).toContain('Руя Кошту');
  });

  it('leaves a town and its State a place', () => {
    expect(persons('es', 'La ciudad de Kramatorsk (Ucrania) fue atacada')).toEqual([]);
  });
});

describe('an Arabic name after a form of address', () => {
  it('ends before a noun with a particle and a pronoun glued to it, and before a reporting verb', () => {
    expect(persons('ar', 'وأود أن أعرب عن تقديري للسيد روي كوستا لتفانيه وقيادته.')).toEqual([['روي كوستا', 'person:rwy-kwst']]);
    expect(persons('ar', 'السيدة آنا ليما وأكدت أن المجلس')).toEqual([['آنا ليما', 'person:an-lym']]);
  });

  it('keeps the definite words of an Arab name', () => {
    expect(persons('ar', 'السيد عبد الله أبو الغيط')).toEqual([['عبد الله أبو الغيط', 'person:bd-llh-bw-lghyt']]);
  });
});
