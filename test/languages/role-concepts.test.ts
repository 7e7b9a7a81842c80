/**
 * Roles as language-independent concepts (issues 19 and 20): the function and the complements that name its
 * office (`of the Secretary-General`, `for Humanitarian Affairs`, `for Children and Armed Conflict`) give the
 * English title's id in every language, the owner read on the function's side of the language; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, tagEntities } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';
import { testLetter } from '../helpers/entities.ts';

const roles = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === 'role')
    .map((mention) => mention.id);

describe('an Under-Secretary-General with a portfolio, and the Emergency Relief Coordinator', () => {
  it.each([
    ['en', 'a letter to the Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, who'],
    ['fr', 'une lettre au Secrétaire général adjoint aux affaires humanitaires et Coordonnateur des secours d’urgence, qui'],
    ['es', 'una carta al Secretario General Adjunto de Asuntos Humanitarios y Coordinador del Socorro de Emergencia, que'],
    ['ru', 'письмо на имя заместителя Генерального секретаря по гуманитарным вопросам и Координатора чрезвычайной помощи, который'],
    ['ar', 'رسالة إلى وكيل الأمين العام للشؤون الإنسانية ومنسق الإغاثة في حالات الطوارئ، الذي'],
    ['zh', '给主管人道主义事务副秘书长兼紧急救济协调员的信，他'],
  ] as const)('meet in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:under-secretary-general-for-humanitarian-affairs', 'role:emergency-relief-coordinator']);
  });
});

describe('a Special Representative of the Secretary-General for a mandate', () => {
  it.each([
    ['en', 'introduced by the Special Representative of the Secretary-General for Children and Armed Conflict.'],
    ['fr', 'présenté par la Représentante spéciale du Secrétaire général pour le sort des enfants en temps de conflit armé.'],
    ['es', 'presentado por la Representante Especial del Secretario General para la Cuestión de los Niños y los Conflictos Armados.'],
    ['ru', 'который был представлен Специальным представителем Генерального секретаря по вопросу о детях и вооруженных конфликтах.'],
    ['ar', 'الذي عرضته الممثلة الخاصة للأمين العام المعنية بالأطفال والنزاع المسلح.'],
    ['zh', '由秘书长儿童与武装冲突问题特别代表介绍。'],
  ] as const)('is one office, not the Secretary-General, in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:special-representative-of-secretary-general-for-children-and-armed-conflict']);
  });
});

describe('a function of the United Nations that serves a State', () => {
  it.each([
    ['en', 'the Special Envoy of the Secretary-General for Yemen said'],
    ['fr', 'l’Envoyé spécial du Secrétaire général pour le Yémen a dit'],
    ['es', 'el Enviado Especial del Secretario General para el Yemen dijo'],
    ['ru', 'Специальный посланник Генерального секретаря по Йемену заявил'],
    ['ar', 'وقال المبعوث الخاص للأمين العام إلى اليمن'],
    ['zh', '秘书长也门问题特使说'],
  ] as const)('is owned by the State in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:special-envoy-of-secretary-general:YEM']);
  });

  it.each([
    ['fr', 'le Haut-Commissaire des Nations Unies aux droits de l’homme a dit'],
    ['es', 'el Alto Comisionado de las Naciones Unidas para los Derechos Humanos dijo'],
    ['ru', 'Верховный комиссар Организации Объединенных Наций по правам человека заявил'],
    ['ar', 'وقال مفوض الأمم المتحدة السامي لحقوق الإنسان'],
    ['zh', '联合国人权事务高级专员说'],
  ] as const)('takes no owner from the United Nations named in its title, in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:high-commissioner-for-human-rights']);
  });
});

describe('the chargé d’affaires a.i. and the Permanent Observer', () => {
  it.each([
    ['fr', 'le Chargé d’affaires par intérim du Pérou'],
    ['es', 'el Encargado de Negocios Interino del Perú'],
    ['ru', 'Временного поверенного в делах Перу'],
    ['ar', 'القائم بالأعمال بالنيابة لبيرو'],
    ['zh', '秘鲁临时代办'],
  ] as const)('an interim chargé is `charge-d-affaires-a-i` as in English, in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:charge-d-affaires-a-i:PER']);
  });

  it.each([
    ['fr', 'le Chargé d’affaires par intérim de la Mission permanente du Pérou auprès de l’Organisation des Nations Unies'],
    ['es', 'el Encargado de Negocios Interino de la Misión Permanente del Perú ante las Naciones Unidas'],
    ['ru', 'Временного поверенного в делах Постоянного представительства Перу при Организации Объединенных Наций'],
    ['ar', 'القائم بالأعمال بالنيابة للبعثة الدائمة لبيرو لدى الأمم المتحدة'],
    ['zh', '秘鲁常驻联合国代表团临时代办'],
  ] as const)('the State owns a function of its mission, in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:charge-d-affaires-a-i:PER']);
  });

  it('reads `de l’` before the State after a mission (`Mission permanente de l’Angola`), which is no body', () => {
    expect(roles('fr', 'la Représentante permanente adjointe de la Mission permanente de l’Angola')).toEqual(['role:deputy-permanent-representative:AGO']);
  });

  it.each([
    ['fr', 'l’Observateur permanent de l’État de Palestine'],
    ['es', 'el Observador Permanente del Estado de Palestina'],
    ['ru', 'Постоянного наблюдателя Государства Палестина'],
  ] as const)('a Permanent Observer in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:permanent-observer:PSE']);
  });
});

describe('a bare function over a signature block', () => {
  it('takes the owner the block names and the body’s function (`Presidente` of a working group is its chair)', () => {
    const document = tagEntities(
      testLetter({
        lang: 'es',
        paragraphs: ['Tengo el honor de transmitirle la carta adjunta.'],
        signatures: [{ roles: ['Presidente', 'Grupo de Trabajo sobre los Niños y los Conflictos Armados'], name: 'Ana Pérez' }],
      }),
    );
    const ids = document.entities.filter((entity) => entity.type === 'role').map((entity) => entity.id);
    expect(ids).toEqual(['role:chair:working-group-on-children-and-armed-conflict']);
  });

  it('reads `Ambassador` over the function as a form of address, in every language as in English', () => {
    expect(roles('fr', 'Ambassadeur')).toEqual([]);
    expect(roles('ru', 'Посол')).toEqual([]);
  });
});

describe('Russian feminine adjectives after ж, ч, ш, щ', () => {
  it('finds `Рабочей группы` (the table writes `Рабочая группа`) and its chair', () => {
    expect(roles('ru', 'письмо Председателя Рабочей группы по вопросу о детях и вооруженных конфликтах, учрежденной')).toEqual([
      'role:chair:working-group-on-children-and-armed-conflict',
    ]);
  });
});

describe('a committee named by the resolution that set it up', () => {
  it.each([
    ['en', 'the Chair of the Security Council Committee established pursuant to resolution 1267 (1999) concerning', ['role:chair:unsc-committee-1267']],
    ['fr', 'le Président du Comité du Conseil de sécurité créé par la résolution 1267 (1999) concernant', ['role:chair:unsc-committee-1267']],
    ['es', 'la Presidencia del Comité del Consejo de Seguridad establecido en virtud de la resolución 1267 (1999) relativa', ['role:chair:unsc-committee-1267']],
    ['ru', 'Комитет Совета Безопасности, учрежденный резолюцией 1267 (1999), рассмотрел', []],
  ] as const)('is the organ’s committee of that number in %s', (language, text, roleIds) => {
    const mentions = findMentions(text, languageResources(language), { field: 'text' });
    expect(mentions.filter((mention) => mention.type === 'organization').map((mention) => mention.id)).toEqual(['org:unsc-committee-1267']);
    expect(roles(language, text)).toEqual(roleIds);
  });
});

describe('Chinese foreign names in running text', () => {
  const persons = (text: string) =>
    findMentions(text, languageResources('zh'), { field: 'text' })
      .filter((mention) => mention.type === 'person')
      .map((mention) => mention.text);

  it('reads the transliteration on both sides of the middle dot, bounded by the characters no name is written with', () => {
    expect(persons('随函附上我给紧急救济协调员汤姆·弗莱彻的复函')).toEqual(['汤姆·弗莱彻']);
    expect(persons('秘书长安东尼奥·古特雷斯先生和丹尼·达农大使')).toEqual(['安东尼奥·古特雷斯', '丹尼·达农']);
  });

  it('finds no name where no dot parts one', () => {
    expect(persons('叙利亚阿拉伯共和国常驻联合国代表')).toEqual([]);
  });
});

describe('a minister’s second portfolio', () => {
  it.each([
    ['en', 'the Minister for Foreign Affairs and International Cooperation of Italy'],
    ['fr', 'le Ministre des affaires étrangères et de la coopération internationale de l’Italie'],
    ['es', 'el Ministro de Relaciones Exteriores y Cooperación Internacional de Italia'],
    ['ru', 'Министр иностранных дел и международного сотрудничества Италии'],
    ['ar', 'وزير الخارجية والتعاون الدولي لإيطاليا'],
  ] as const)('is part of the function in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:minister-for-foreign-affairs-and-international-cooperation:ITA']);
  });
});
