/**
 * Entities in Arabic and Chinese (issue 20): names found without capitals, in Arabic behind the letters glued
 * before a word, in Chinese with no space around them; on the tuning parallel sets of fixtures/real/parallel
 * (the held-out sets A-79-945 and S-2025-395 are not read here), the same state, organization and reference
 * ids as the French version. The share of the English letter's ids per type is `npm run bench:parallel`.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, tagEntities } from '../../pipeline/entities/index.ts';
import { testLetter } from '../helpers/entities.ts';
import { personSoundKey } from '../../pipeline/entities/person-id.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { EntityType, UnDocument } from '../../pipeline/model/index.ts';
import { entityIds, runFixture } from './helpers.ts';

const TUNING = ['A-79-718', 'A-79-757', 'S-2025-180', 'S-2025-313', 'S-2025-394'];
const LANGUAGES = ['ar', 'zh'] as const;

const letter = (id: string, language: string): Promise<UnDocument> => runFixture(`fixtures/real/parallel/${id}/${language}.txt`);
const ids = (language: 'ar' | 'zh', text: string, type: EntityType, field: 'text' | 'role' = 'text') =>
  findMentions(text, languageResources(language), { field }).filter((mention) => mention.type === type).map((mention) => mention.id);

describe('Arabic names behind the letters glued before them', () => {
  it('finds a state and an organization after `و`, `ب`, `ل`, and after `ل` that takes the article’s alif', () => {
    expect(ids('ar', 'وأوكرانيا وبالاتحاد الروسي', 'state')).toEqual(['state:UKR', 'state:RUS']);
    expect(ids('ar', 'بعثة أوكرانيا للأمم المتحدة ولمجلس الأمن', 'organization')).toEqual(['org:un', 'org:unsc']);
  });

  it('reads a person after `ل` + `السيد` (`للسيد`), and a name appointed with its State in brackets', () => {
    // Made-up persons, not of the fixtures' letters.
    const persons = (text: string) => findMentions(text, languageResources('ar'), { field: 'text' }).filter((mention) => mention.type === 'person');
    expect(persons('أعرب عن تقديري للسيد بيتر هولمبرغ.').map((mention) => mention.text)).toEqual(['بيتر هولمبرغ']);
    const appointed = persons('وقد عينت مارتا كارلسون (السويد) منسقة خاصة.');
    expect(appointed.map((mention) => [mention.text, mention.affiliation])).toEqual([['مارتا كارلسون', 'state:SWE']]);
    expect(personSoundKey(appointed[0]!.text)).toBe(personSoundKey('Marta Karlson'));
  });

  it('reads a person named again by the surname after a form of address as the person named in full', () => {
    // Made-up persons; `ستضطلع السيدة كارلسون بمهام …`: nothing but the known surname ends the name.
    const document = tagEntities(
      testLetter({ lang: 'ar', paragraphs: ['وقد عينت مارتا كارلسون (السويد) منسقة خاصة.', 'وستضطلع السيدة كارلسون بمهام المنسقة الخاصة.'] }),
    );
    const people = document.entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => [person.text, person.mentions.map((mention) => mention.text)])).toEqual([['مارتا كارلسون', ['مارتا كارلسون', 'كارلسون']]]);
  });

  it('does not read a name inside a longer word', () => {
    expect(ids('ar', 'الأوكرانيانية', 'state')).toEqual([]);
  });

  it('reads a role and its owner in a construct and after `ل`', () => {
    expect(ids('ar', 'موجهة إلى رئيسة مجلس الأمن من الممثل الدائم لأوكرانيا لدى الأمم المتحدة', 'role')).toEqual(['role:president:unsc', 'role:permanent-representative:UKR']);
  });

  it('reads resolutions in Arabic-Indic digits, with the organ between the word and the number, and lettered agenda items', () => {
    expect(ids('ar', 'عملا بقرار مجلس الأمن ١٦١٢ (٢٠٠٥) والقرارات ١٨٨٢ (٢٠٠٩) و ٢٦٠١ (٢٠٢١)', 'reference')).toEqual(['ref:S-RES-1612(2005)', 'ref:S-RES-1882(2009)', 'ref:S-RES-2601(2021)']);
    expect(ids('ar', 'في إطار البند 65 (ب) من جدول الأعمال', 'reference')).toEqual(['ref:agenda-item-65b']);
  });

  it('reads a range of two whole dates', () => {
    expect(ids('ar', 'الفترة من ١ كانون الثاني/يناير ٢٠٢٢ إلى ٣١ كانون الأول/ديسمبر ٢٠٢٣', 'date')).toEqual(['date:2022-01-01/2023-12-31']);
  });
});

describe('Chinese names without spaces', () => {
  it('finds states and organizations between other characters', () => {
    expect(ids('zh', '尼日利亚常驻联合国代表团', 'state')).toEqual(['state:NGA']);
    expect(ids('zh', '请安理会和非洲联盟', 'organization')).toEqual(['org:unsc', 'org:au']);
  });

  it('reads the owner written before its function', () => {
    expect(ids('zh', '安全理事会主席', 'role', 'role')).toEqual(['role:president:unsc']);
    expect(ids('zh', '乌克兰常驻联合国代表', 'role')).toEqual(['role:permanent-representative:UKR']);
  });

  it('reads resolution numbers inside `第…号决议`, a list of them, and the organ before', () => {
    expect(ids('zh', '安理会第1612(2005)、1882(2009)和2601(2021)号决议', 'reference')).toEqual(['ref:S-RES-1612(2005)', 'ref:S-RES-1882(2009)', 'ref:S-RES-2601(2021)']);
    expect(ids('zh', '大会第79/262号决议', 'reference')).toEqual(['ref:A-RES-79-262']);
    expect(ids('zh', '议程项目62、80和110', 'reference')).toEqual(['ref:agenda-item-62', 'ref:agenda-item-80', 'ref:agenda-item-110']);
  });

  it('reads a date range and a year glued to `年`', () => {
    expect(ids('zh', '涵盖2022年1月1日至2023年12月31日期间', 'date')).toEqual(['date:2022-01-01/2023-12-31']);
    expect(ids('zh', '《2030年议程》', 'date')).toEqual(['date:2030']);
  });
});

describe.each(LANGUAGES)('%s parallel versions give the ids of the French version', (language) => {
  it.each(TUNING)('%s: the same states and references; every organization and date one the French version gives too', async (id) => {
    const [french, version] = await Promise.all([letter(id, 'fr'), letter(id, language)]);
    expect(entityIds(version!, ['state'])).toEqual(entityIds(french!, ['state']));
    expect(entityIds(version!, ['reference'])).toEqual(entityIds(french!, ['reference']));
    for (const type of ['organization', 'date'] as const) {
      const known = entityIds(french!, [type]);
      expect([type, entityIds(version!, [type]).filter((other) => !known.includes(other))]).toEqual([type, []]);
    }
    expect(entityIds(version!, ['organization']).length).toBeGreaterThan(1);
  });

  it('gives every signatory the person of the French version, linked by the sound key made from the name alone', async () => {
    let total = 0;
    let met = 0;
    for (const id of TUNING) {
      const [french, version] = await Promise.all([letter(id, 'fr'), letter(id, language)]);
      const signatoryIds = (document: UnDocument) =>
        [...document.letter.signatures, ...document.annexes.flatMap((annex) => annex.signatures)]
          .map((signature) => document.entities.find((entity) => entity.id === signature.personId)?.soundKey)
          .filter(Boolean);
      const own = signatoryIds(version!);
      total += signatoryIds(french!).length;
      met += signatoryIds(french!).filter((personId) => own.includes(personId)).length;
    }
    expect(total).toBeGreaterThanOrEqual(7);
    // Measured: Arabic all; Chinese all but one (`埃万耶洛斯`, Evangelos: Chinese writes v as w and leaves out the g).
    expect(total - met).toBeLessThanOrEqual(language === 'ar' ? 0 : 1);
  });

  it('links every signatory to a person', async () => {
    for (const id of TUNING) {
      const document = await letter(id, language);
      const signatures = [...document.letter.signatures, ...document.annexes.flatMap((annex) => annex.signatures)].filter((signature) => signature.name);
      expect([id, signatures.filter((signature) => !signature.personId).map((signature) => signature.name)]).toEqual([id, []]);
    }
  });
});

describe('Arabic persons in running text', () => {
  it('reads the name after a title or rank up to the comma or a function word, and gives it the id of its Latin spelling', () => {
    const persons = (text: string) => findMentions(text, languageResources('ar'), { field: 'text' }).filter((mention) => mention.type === 'person').map((mention) => [mention.text, personSoundKey(mention.text)]);
    expect(persons('وتكلم السيد أنطونيو غوتيريش، الأمين العام')).toEqual([['أنطونيو غوتيريش', personSoundKey('António Guterres')]]);
    expect(persons('وأدلى العقيد الطيار سيرغي لافروف من البعثة الدائمة ببيان')).toEqual([['سيرغي لافروف', personSoundKey('Sergey Lavrov')]]);
    expect(persons('السيد الرئيس')).toEqual([]);
  });
});
