/**
 * Bodies of the UN system the name tables give in the six languages (issues 19 and 20): a subsidiary body, a
 * regional organization's mission and a Secretariat department, each in a sentence written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';

const organizations = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === 'organization' && mention.id)
    .map((mention) => mention.id);

describe('bodies named in every language', () => {
  it.each([
    ['en', 'the report of the Joint Inspection Unit on the African Union Mission in Somalia and the Department of Operational Support'],
    ['fr', 'le rapport du Corps commun d’inspection sur la Mission de l’Union africaine en Somalie et le Département de l’appui opérationnel'],
    ['es', 'el informe de la Dependencia Común de Inspección sobre la Misión de la Unión Africana en Somalia y el Departamento de Apoyo Operacional'],
    ['ru', 'доклад Объединенной инспекционной группы о Миссии Африканского союза в Сомали и Департамента оперативной поддержки'],
    ['ar', 'تقرير وحدة التفتيش المشتركة عن بعثة الاتحاد الأفريقي في الصومال وإدارة الدعم العملياتي'],
    ['zh', '联合检查组关于非洲联盟驻索马里特派团和行动支助部的报告'],
  ] as const)('in %s', (language, text) => {
    expect(organizations(language, text)).toEqual(['org:jiu', 'org:amisom', 'org:dos']);
  });
});
