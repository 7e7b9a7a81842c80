/**
 * Names as UN documents print them in Spanish, Russian, Arabic and Chinese (issues 19 and 20): the UN short and
 * formal forms of States the country packages spell otherwise (`Kenya`, `Türkiye`, `Viet Nam`, `Reino de los Países
 * Bajos`, `Королевство Нидерландов`), Arabic functions in the construct before their owner (`رئيس وزراء <State>`,
 * `وزير دفاع <State>`), and the Chinese head of a mission or delegation (`…援助团团长`), whose body's name ends before
 * `团长`. Sentences written for the test in UN wording.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { EntityType, LanguageCode } from '../../pipeline/model/index.ts';

const ids = (language: LanguageCode, text: string, type: EntityType) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === type && mention.id)
    .map((mention) => mention.id);

describe('UN forms of State names', () => {
  it('reads the Spanish UN forms', () => {
    expect(ids('es', 'Kenya, Türkiye, Viet Nam, Belarús y Zimbabwe apoyan al Reino de los Países Bajos y a la República Unida de Tanzanía', 'state')).toEqual([
      'state:KEN', 'state:TUR', 'state:VNM', 'state:BLR', 'state:ZWE', 'state:NLD', 'state:TZA',
    ]);
    expect(ids('es', 'el Representante Permanente de Kenya ante las Naciones Unidas', 'role')).toEqual(['role:permanent-representative:KEN']);
  });

  it('reads the Russian UN forms in their cases', () => {
    expect(ids('ru', 'назначил Анну Лиму (Королевство Нидерландов) и поблагодарил Кыргызстан и Республику Молдова', 'state')).toEqual(['state:NLD', 'state:KGZ', 'state:MDA']);
  });
});

describe('Arabic functions in the construct before their owner', () => {
  it('reads the Prime Minister, the Minister of Defence and the Minister of the Interior of a State', () => {
    expect(ids('ar', 'وأكد رئيس وزراء إسرائيل ووزير دفاع الاتحاد الروسي ووزيرة داخلية أوكرانيا ذلك', 'role')).toEqual([
      'role:prime-minister:ISR', 'role:minister-of-defence:RUS', 'role:minister-of-interior:UKR',
    ]);
  });
});

describe('the Chinese head of a mission', () => {
  it('is a role whose mission ends before `团长`, and a delegation’s head is its State’s', () => {
    expect(ids('zh', '秘书长索马里问题特别代表兼联合国索马里援助团团长', 'role')).toContain('role:head:unsom');
    expect(ids('zh', '秘书长索马里问题特别代表兼联合国索马里援助团团长', 'organization')).toContain('org:unsom');
    expect(ids('zh', '乌克兰代表团团长发言', 'role')).toEqual(['role:head:UKR']);
    expect(ids('zh', '尼日利亚常驻联合国代表团空军上校发了言', 'role')).toEqual([]);
  });
});
