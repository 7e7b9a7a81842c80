import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../test/helpers/entities.ts';
import { gazetteer, organizationById } from './gazetteer.ts';

describe('the gazetteer of UN bodies', () => {
  it('keeps a long name whole and gives it and its acronym the id of the acronym', () => {
    expect(mentionsIn('Troops of the United Nations Operation in Côte d’Ivoire (UNOCI) left in 2017, as did those of the United Nations Mission in Liberia.', 'organization')).toEqual([
      ['United Nations Operation in Côte d’Ivoire', 'org:unoci'],
      ['UNOCI', 'org:unoci'],
      ['United Nations Mission in Liberia', 'org:unmil'],
    ]);
  });

  it('knows missions that have ended, by their French names and acronyms too', () => {
    expect(mentionsIn('la Mission des Nations Unies pour l’assistance au Rwanda (MINUAR) et la FORPRONU', 'organization', 'fr')).toEqual([
      ['Mission des Nations Unies pour l’assistance au Rwanda', 'org:unamir'],
      ['MINUAR', 'org:unamir'],
      ['FORPRONU', 'org:unprofor'],
    ]);
  });

  it('holds Spanish, Russian, Arabic and Chinese names and acronyms where the UN gives them', () => {
    expect(gazetteer('es').entries.get('PNUD')?.id).toBe('org:undp');
    expect(gazetteer('es').entries.get('CEPE')?.id).toBe('org:ece');
    expect(gazetteer('ru').entries.get('ПРООН')?.id).toBe('org:undp');
    expect(gazetteer('ru').entries.get('ЕЭК')?.id).toBe('org:ece');
    expect(gazetteer('ar').entries.get('منظمة الصحة العالمية')?.id).toBe('org:who');
    expect(gazetteer('zh').entries.get('世界卫生组织')?.id).toBe('org:who');
  });

  it('merges a body known to both tables into one record with every form', () => {
    const unicef = organizationById.get('unicef')!;
    expect(unicef.acronyms.en).toContain('UNICEF');
    expect(unicef.names.ru).toBe('Детский фонд Организации Объединенных Наций');
  });

  it('tags regional organizations and regional missions', () => {
    expect(mentionsIn('The Economic Community of Central African States and the Southern African Development Community met with EULEX and AMISOM.', 'organization')).toEqual([
      ['Economic Community of Central African States', 'org:eccas'],
      ['Southern African Development Community', 'org:sadc'],
      ['EULEX', 'org:eulex'],
      ['AMISOM', 'org:amisom'],
    ]);
  });
});
