/**
 * Role phrases in the six languages give the ids of the English phrase (issues 19 and 20): a deputy's function
 * in Russian running text (lower case), the Arabic construct `وزير خارجية <State>`, the Special Rapporteur and
 * the Minister of the Interior. Invented sentences, none of a fixture letter.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';

const roles = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' }).filter((mention) => mention.type === 'role').map((mention) => mention.id);

describe('role phrases with the English ids', () => {
  it.each([
    ['en', 'the Special Rapporteur on torture and the Minister of the Interior of Peru'],
    ['fr', 'le Rapporteur spécial sur la torture et le Ministre de l’intérieur du Pérou'],
    ['es', 'el Relator Especial sobre la tortura y el Ministro del Interior del Perú'],
    ['ru', 'Специальный докладчик по вопросу о пытках и министр внутренних дел Перу'],
    ['ar', 'المقرر الخاص المعني بالتعذيب ووزير الداخلية لبيرو'],
    ['zh', '酷刑问题特别报告员和秘鲁内政部长'],
  ] as const)('%s: the Special Rapporteur and a Minister of the Interior', (language, text) => {
    // English reads a mandate's lower-case subject into the function (`roleGrammar.mandates`, as the real-letter gold
    // writes it); the other languages read it as a complement of the function (`roleComplements`), with the same id.
    expect(roles(language, text)).toEqual(['role:special-rapporteur-on-torture', 'role:minister-of-interior:PER']);
  });

  it('reads a Russian deputy’s function written in lower case, in any case', () => {
    expect(roles('ru', 'заместитель Постоянного представителя Перу')).toEqual(['role:deputy-permanent-representative:PER']);
    expect(roles('ru', 'письмо заместителя Постоянного представителя Перу')).toEqual(['role:deputy-permanent-representative:PER']);
  });

  it('reads the Arabic construct of a minister and the State after it', () => {
    expect(roles('ar', 'وزير خارجية بيرو')).toEqual(roles('en', 'the Minister for Foreign Affairs of Peru'));
  });
});
