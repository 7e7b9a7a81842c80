/**
 * What a version in another language must name by the same ids as the English letter (issues 19 and 20),
 * each rule on sentences of its own: Russian reference words in every case, a range written `between … and
 * …`, a State's own mission that is no organization, bodies the name tables give in the six languages, a
 * Chinese name that does not end inside a longer word.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { EntityType, LanguageCode } from '../../pipeline/model/index.ts';

/** Ids of the mentions of one type; an anaphor (`la Mission`) has none until the document resolves it. */
const ids = (language: LanguageCode, text: string, type: EntityType) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === type && mention.id)
    .map((mention) => mention.id);

describe('Russian references in every case', () => {
  it('reads a resolution after the instrumental `резолюцией` and an agenda item after `пунктом`, and no bare year inside', () => {
    const text = 'в соответствии с резолюцией 1612 (2005) Совета Безопасности и решением 49/426, согласно пунктом 19 повестки дня';
    expect(ids('ru', text, 'reference')).toEqual(['ref:S-RES-1612(2005)', 'ref:A-DEC-49-426', 'ref:agenda-item-19']);
    expect(ids('ru', text, 'date')).toEqual([]);
  });
});

describe('a range between two whole dates', () => {
  it.each([
    ['en', 'covering the period between 1 January 2022 and 31 December 2023, which'],
    ['es', 'que abarca el período comprendido entre el 1 de enero de 2022 y el 31 de diciembre de 2023 y que'],
    ['fr', 'pour la période comprise entre le 1er janvier 2022 et le 31 décembre 2023, qui'],
    ['ru', 'за период между 1 января 2022 года и 31 декабря 2023 года, который'],
  ] as const)('is one range in %s', (language, text) => {
    expect(ids(language, text, 'date')).toEqual(['date:2022-01-01/2023-12-31']);
  });

  it('leaves two dates joined by `and` without `between` two dates', () => {
    expect(ids('es', 'las reuniones del 1 de enero de 2022 y el 31 de diciembre de 2023', 'date')).toEqual(['date:2022-01-01', 'date:2023-12-31']);
    expect(ids('en', 'on 1 January 2022 and 31 December 2023', 'date')).toEqual(['date:2022-01-01', 'date:2023-12-31']);
  });
});

describe('a State’s own mission', () => {
  it('is no organization in French and Spanish, as in English', () => {
    expect(ids('fr', 'la Mission permanente de la République argentine tient à déclarer', 'organization')).toEqual([]);
    expect(ids('es', 'el Coronel Ameh, de la Misión Permanente de Nigeria ante las Naciones Unidas, tomó la palabra', 'organization')).toEqual(['org:un']);
    expect(ids('en', 'the Permanent Mission of Argentina wishes to state', 'organization')).toEqual([]);
  });
});

describe('bodies the name tables give in the six languages', () => {
  it.each([
    ['en', 'recognizing the roles of the African Union Peace and Security Council'],
    ['fr', 'reconnaître le rôle du Conseil de paix et de sécurité de l’Union africaine'],
    ['es', 'reconocer el papel del Consejo de Paz y Seguridad de la Unión Africana'],
    ['ru', 'признать роль Совета мира и безопасности Африканского союза'],
    ['ar', 'الاعتراف بدور مجلس السلام والأمن التابع للاتحاد الأفريقي'],
    ['zh', '承认非洲联盟和平与安全理事会的作用'],
  ] as const)('the Peace and Security Council and the African Union apart, in %s', (language, text) => {
    expect(new Set(ids(language, text, 'organization'))).toEqual(new Set(['org:au-psc', 'org:au']));
  });

  it.each([
    ['en', 'to engage with the Civilian Joint Task Force to fully implement its action plan'],
    ['fr', 'poursuivre le dialogue avec la Force civile d’intervention conjointe afin qu’elle'],
    ['es', 'que siga colaborando con la Fuerza Especial Conjunta Civil para que aplique'],
    ['ru', 'продолжала взаимодействие с Гражданской объединенной оперативной группой в целях'],
  ] as const)('the Civilian Joint Task Force of Nigeria, in %s', (language, text) => {
    expect(ids(language, text, 'organization')).toEqual(['org:civilian-joint-task-force']);
  });
});

describe('Chinese names inside a longer word', () => {
  it('reads no role in a delegation (`代表团`), and still the role where the word ends', () => {
    expect(ids('zh', '尼日利亚常驻联合国代表团空军上校阿根森·阿梅也在工作组发了言', 'role')).toEqual([]);
    expect(ids('zh', '尼日利亚常驻联合国代表在工作组发了言', 'role')).toEqual(['role:permanent-representative:NGA']);
  });
});
