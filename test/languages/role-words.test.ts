/**
 * Functions a reader meets in every UN language, with the English title's id (issues 19 and 20): the force
 * commander, the spokesperson, the head of mission, deputies and acting holders (a modifier before or after the
 * function: `adjoint`, `interino`, `заместитель`, `نائب`, `副`, `par intérim`, `исполняющий обязанности`, `بالنيابة`,
 * `代理`), and the mandates of special rapporteurs read with their subject (`on-torture`). Sentences written for the
 * test, none of a fixture letter.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';

const roles = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === 'role')
    .map((mention) => mention.id);

describe('a deputy and an acting holder of a function', () => {
  it.each([
    ['en', 'The Deputy Special Representative of the Secretary-General for Haiti met the Acting Permanent Representative of Peru.'],
    ['fr', 'Le Représentant spécial adjoint du Secrétaire général pour Haïti a reçu le Représentant permanent par intérim du Pérou.'],
    ['es', 'La Representante Especial Adjunta del Secretario General para Haití recibió al Representante Permanente interino del Perú.'],
    ['ru', 'Заместитель Специального представителя Генерального секретаря по Гаити встретился с исполняющим обязанности Постоянного представителя Перу.'],
    ['ar', 'واستقبل نائب الممثل الخاص للأمين العام لهايتي الممثل الدائم بالنيابة لبيرو.'],
    ['zh', '秘书长海地问题副特别代表会见了秘鲁代理常驻代表。'],
  ] as const)('take the English ids in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:deputy-special-representative-of-secretary-general:HTI', 'role:acting-permanent-representative:PER']);
  });

  it('leaves a function without the modifier as it is, and `временно исполняющий обязанности` (ad interim) to the office', () => {
    expect(roles('es', 'el Representante Especial del Secretario General para Haití')).toEqual(['role:special-representative-of-secretary-general:HTI']);
    expect(roles('ru', 'назначил её временно исполняющей обязанности Специального координатора по ближневосточному мирному процессу')).toEqual([
      'role:special-coordinator-for-middle-east-peace-process',
    ]);
  });
});

describe('the force commander, the head of mission and the spokesperson', () => {
  it.each([
    ['fr', 'Le Chef de mission de la FINUL et le Commandant de la force de la MINUSCA ont rencontré le Porte-parole du Secrétaire général.'],
    ['es', 'El Jefe de Misión de la FPNUL y el Comandante de la Fuerza de la MINUSCA se reunieron con el Portavoz del Secretario General.'],
    ['ru', 'Глава миссии ВСООНЛ и Командующий Силами МИНУСКА встретились с Официальным представителем Генерального секретаря.'],
  ] as const)('in %s, each function with its mission', (language, text) => {
    expect(roles(language, text)).toEqual(['role:head-of-mission:unifil', 'role:force-commander:minusca', 'role:spokesperson-for-secretary-general']);
  });

  it('reads the Arabic force commander and head of mission of a mission named by its Arabic short name', () => {
    expect(roles('ar', 'التقى رئيس بعثة اليونيفيل وقائد قوة اليونيفيل بالمتحدث باسم الأمين العام')).toEqual([
      'role:head-of-mission:unifil',
      'role:force-commander:unifil',
      'role:spokesperson-for-secretary-general',
    ]);
  });

  it('reads a mission whose name opens with the function’s last word as its owner (Arabic `قوة`, French `Force`)', () => {
    expect(roles('ar', 'وقال قائد قوة الأمم المتحدة المؤقتة في لبنان')).toEqual(['role:force-commander:unifil']);
    expect(roles('fr', 'le Commandant de la Force intérimaire des Nations Unies au Liban a dit')).toEqual(['role:force-commander:unifil']);
  });

  it('reads a Chinese mission whose name ends with the function’s first word (`联黎部队` + `部队指挥官`)', () => {
    expect(roles('zh', '联黎部队指挥官和秘书长发言人')).toEqual(['role:force-commander:unifil', 'role:spokesperson-for-secretary-general']);
  });

  it('reads the head of a mission in Russian running text, in lower case', () => {
    expect(roles('ru', 'по словам руководителя МИНУСКА')).toEqual(['role:head:minusca']);
  });

  it('reads a Russian permanent observer `от` its State', () => {
    expect(roles('ru', 'Постоянный наблюдатель от Государства Палестина при Организации Объединенных Наций')).toEqual(['role:permanent-observer:PSE']);
  });
});

describe('a personal envoy and an independent expert', () => {
  it.each([
    ['en', 'the Personal Envoy of the Secretary-General for Western Sahara and the Independent Expert on the situation of human rights in Haiti'],
    ['fr', 'l’Envoyé personnel du Secrétaire général pour le Sahara occidental et l’Expert indépendant sur la situation des droits de l’homme en Haïti'],
    ['es', 'el Enviado Personal del Secretario General para el Sáhara Occidental y el Experto Independiente sobre la situación de los derechos humanos en Haití'],
    ['ru', 'Личный посланник Генерального секретаря по Западной Сахаре и Независимый эксперт по вопросу о положении в области прав человека в Гаити'],
    ['ar', 'المبعوث الشخصي للأمين العام للصحراء الغربية والخبير المستقل المعني بحالة حقوق الإنسان في هايتي'],
    ['zh', '秘书长西撒哈拉问题个人特使和海地人权状况独立专家'],
  ] as const)('take the English ids in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:personal-envoy-of-secretary-general-for-western-sahara', 'role:independent-expert-on-situation-of-human-rights']);
  });
});

describe('a function posted to bodies (Chinese `驻`)', () => {
  it.each([
    ['en', 'the Personal Representative of the Secretary-General to the Palestine Liberation Organization and the Palestinian Authority'],
    ['zh', '秘书长驻巴勒斯坦解放组织和巴勒斯坦权力机构个人代表'],
  ] as const)('is no function of the bodies it is posted to, in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:personal-representative-of-secretary-general']);
  });
});

describe('a special rapporteur’s mandate', () => {
  it.each([
    ['en', 'the Special Rapporteur on torture, the Special Rapporteur on the situation of human rights defenders and the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression'],
    ['fr', 'le Rapporteur spécial sur la torture, la Rapporteuse spéciale sur la situation des défenseurs des droits de l’homme et la Rapporteuse spéciale sur la promotion et la protection du droit à la liberté d’opinion et d’expression'],
    ['es', 'el Relator Especial sobre la tortura, la Relatora Especial sobre la situación de los defensores de los derechos humanos y la Relatora Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión'],
    ['ru', 'Специальный докладчик по вопросу о пытках, Специальный докладчик по вопросу о положении правозащитников и Специальный докладчик по вопросу о поощрении и защите права на свободу мнений и их свободное выражение'],
    ['ar', 'المقرر الخاص المعني بالتعذيب، والمقررة الخاصة المعنية بحالة المدافعين عن حقوق الإنسان، والمقررة الخاصة المعنية بتعزيز وحماية الحق في حرية الرأي والتعبير'],
    ['zh', '酷刑问题特别报告员、人权维护者处境问题特别报告员和促进和保护意见和言论自由权问题特别报告员'],
  ] as const)('is part of the function’s id in %s', (language, text) => {
    expect(roles(language, text)).toEqual([
      'role:special-rapporteur-on-torture',
      'role:special-rapporteur-on-situation-of-human-rights-defenders',
      'role:special-rapporteur-on-promotion-and-protection-of-right-to-freedom-of-opinion-and-expression',
    ]);
  });

  it.each([
    ['en', 'the Special Rapporteur on the situation of human rights in Myanmar said'],
    ['fr', 'le Rapporteur spécial sur la situation des droits de l’homme au Myanmar a dit'],
    ['es', 'el Relator Especial sobre la situación de los derechos humanos en Myanmar dijo'],
    ['ru', 'Специальный докладчик по вопросу о положении в области прав человека в Мьянме заявил'],
    ['ar', 'وقال المقرر الخاص المعني بحالة حقوق الإنسان في ميانمار'],
    ['zh', '缅甸人权状况特别报告员说'],
  ] as const)('of a country leaves the country to the subject, as English does, in %s', (language, text) => {
    expect(roles(language, text)).toEqual(['role:special-rapporteur-on-situation-of-human-rights']);
  });
});
