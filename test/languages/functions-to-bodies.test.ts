/**
 * Functions of the Secretary-General's representatives and the bodies they are posted to, in the six languages
 * (issues 19 and 20): a translation must give the ids its English letter gives. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { EntityType, LanguageCode } from '../../pipeline/model/index.ts';

const ids = (language: LanguageCode, text: string, type: EntityType) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === type)
    .map((mention) => mention.id);

describe('the Palestinian bodies the UN names', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Talks between the Palestine Liberation Organization and the Palestinian Authority resumed.'],
    ['fr', 'Les pourparlers entre l’Organisation de libération de la Palestine et l’Autorité palestinienne ont repris.'],
    ['es', 'Se reanudaron las conversaciones entre la Organización de Liberación de Palestina y la Autoridad Palestina.'],
    ['ru', 'Возобновились переговоры между Организацией освобождения Палестины и Палестинской администрацией.'],
    ['ar', 'استؤنفت المحادثات بين منظمة التحرير الفلسطينية والسلطة الفلسطينية.'],
    ['zh', '巴勒斯坦解放组织和巴勒斯坦权力机构恢复了会谈。'],
  ])('%s: the Organization and the Authority by their table ids', (language, text) => {
    expect(ids(language, text, 'organization')).toEqual(['org:palestine-liberation-organization', 'org:pa']);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'The staff of the Office of the Special Coordinator for the Middle East Peace Process travelled.'],
    ['fr', 'Le personnel du Bureau du Coordonnateur spécial pour le processus de paix au Moyen-Orient s’est déplacé.'],
    ['es', 'El personal de la Oficina del Coordinador Especial para el Proceso de Paz del Oriente Medio viajó.'],
    ['ar', 'سافر موظفو مكتب المنسق الخاص لعملية السلام في الشرق الأوسط.'],
  ])('%s: the Special Coordinator’s Office named without “United Nations” is still that Office', (language, text) => {
    expect(ids(language, text, 'organization')).toContain('org:unsco');
  });
});

describe('a personal representative of the Secretary-General', () => {
  it.each<[LanguageCode, string]>([
    ['fr', 'La Représentante personnelle du Secrétaire général est arrivée hier.'],
    ['es', 'El Representante Personal del Secretario General llegó ayer.'],
    ['ru', 'Вчера прибыл Личный представитель Генерального секретаря.'],
    ['ar', 'وصل الممثل الشخصي للأمين العام أمس.'],
  ])('%s: is the English function’s id', (language, text) => {
    expect(ids(language, text, 'role')).toEqual(['role:personal-representative-of-secretary-general']);
  });

  it('ar: a body after لدى is where the function is posted, not its owner (English `to`)', () => {
    expect(ids('ar', 'التقى المبعوث الخاص للأمين العام لدى الاتحاد الأفريقي بالوزراء.', 'role')).toEqual(['role:special-envoy-of-secretary-general']);
  });
});

describe('a chargé d’affaires in Spanish', () => {
  it('es: `interino` in lower case, as UN Spanish prints it, is the chargé d’affaires a.i. of the mission’s State', () => {
    expect(ids('es', 'Carta del Encargado de Negocios interino de la Misión Permanente de Chile ante las Naciones Unidas.', 'role')).toEqual(['role:charge-d-affaires-a-i:CHL']);
  });
});

describe('a person appointed to a function, named with the State in brackets', () => {
  it.each<[LanguageCode, string, string]>([
    ['fr', 'J’ai nommé Ana Lima (Pérou) Envoyée spéciale pour la région.', 'person:ana-lima'],
    ['es', 'He nombrado a Ana Lima (Perú) Enviada Especial para la región.', 'person:ana-lima'],
    ['ru', 'Я назначил Анну Лиму (Перу) Специальным посланником.', 'person:annu-limu'],
  ])('%s: after a word of appointment, one `Name (State)` is a person', (language, text, id) => {
    expect(ids(language, text, 'person')).toEqual([id]);
  });

  it('fr: one `Name (State)` with no word of appointment before it is left to places', () => {
    expect(ids('fr', 'La réunion a eu lieu à Santa Rosa (Pérou) en mars.', 'person')).toEqual([]);
  });
});
