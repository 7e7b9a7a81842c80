/**
 * English repair: a clean English letter keeps every word (French elision, accent or glyph rules must not
 * fire on English, nor the English confusions on its names), and damaged English lines are repaired.
 */
import { describe, expect, it } from 'vitest';
import { loadRepairData, repairWith } from '../../pipeline/repair/index.ts';
import { ENGLISH_FIXTURES, runFixture } from './helpers.ts';

/** Letters and digits of a string: what a change to spacing or line ends leaves alone. */
function wordCharacters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

describe.each(ENGLISH_FIXTURES)('repair on the clean English letter %s', (path) => {
  it('changes no word', async () => {
    const document = await runFixture(path);
    const wordChanges = document.repairs.filter((repair) => wordCharacters(repair.before) !== wordCharacters(repair.after));
    expect(wordChanges.map((repair) => `${repair.line}:${repair.column} ${repair.ruleId} ${JSON.stringify(repair.before)} → ${JSON.stringify(repair.after)}`)).toEqual([]);
    expect(wordCharacters(document.text)).toBe(wordCharacters(document.rawText));
  });
});

describe('repair of damaged English lines', () => {
  const repairEnglish = async (line: string, typography = false): Promise<string> => {
    const data = await loadRepairData('en');
    if (!data) throw new Error('English has no repair data');
    return repairWith(data, line, { typography }).text;
  };

  it.each([
    ['I have the honour to address the Secre tary-General.', 'I have the honour to address the Secretary-General.'],
    ['the Perrnanent Representative of Kenya', 'the Permanent Representative of Kenya'],
    ['the purposes of the Organizatlon', 'the purposes of the Organization'],
    ['the Security Councii and the General Assembly', 'the Security Council and the General Assembly'],
    ['on behalf of theUnited Nations and ofthe Member States', 'on behalf of the United Nations and of the Member States'],
    ['the Govemment and the rnembers of the Cornmittee', 'the Government and the members of the Committee'],
    ['the vvorld and the lnternational comrnunity', 'the world and the international community'],
    ['Thc letter was sent tc thc Council cf the region.', 'The letter was sent to the Council of the region.'],
    ['the State \'s obligations and the State’ s territory', 'the State\'s obligations and the State’s territory'],
  ])('%s', async (damaged, repaired) => {
    expect(await repairEnglish(damaged)).toBe(repaired);
  });

  it.each([
    'Ambassador Askhat Orazbek of UNAMA, UNESCO and OHCHR wrote to Mr. Nkurunziza on 12 March 2024.',
    'See documents A/78/123 and S/2024/45, paragraphs 3 (a) and 7 bis; cf. resolution 2231 (2015).',
    'The programme of the Centre on labour, defence and the behaviour of Member State(s) & partners.',
    'I can\'t attend; the Government doesn\'t agree. We\'ll see: I\'m sure the NGO’s work is 100% done.',
    'The word ‘standing’ is quoted, and so is \'another\' in the report of the Secretary-General.',
  ])('leaves names, acronyms, symbols and contractions alone: %s', async (clean) => {
    expect(await repairEnglish(clean)).toBe(clean);
  });

  it('applies English typography only on request: curly apostrophes, no space before ; : ! ?', async () => {
    const line = 'the State\'s view : as follows ; see “ note ”';
    expect(await repairEnglish(line)).toBe(line);
    expect(await repairEnglish(line, true)).toBe('the State’s view: as follows; see “note”');
  });
});
