import type { LanguageResources } from '../types.ts';
import { arabicEditionWords } from './edition.ts';
import { arabicEntities } from './entities.ts';
import { arabicExtract } from './extract.ts';
import { arabicSegmentation } from './segmentation.ts';
import { arabicNameParts } from './names.ts';

/**
 * Arabic. Months are written as the UN's Arabic does, the Levant name and the Maghreb/Egypt name joined by a
 * slash (`آذار/مارس`); either name alone is read too, and the variants `يونيو`/`يوليو` of `يونيه`/`يوليه`.
 */
const LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MAGHREB = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيه', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const VARIANTS: Record<number, string[]> = { 3: ['إبريل', 'ابريل'], 5: ['يونيو'], 6: ['يوليو'] };

export const arabic: LanguageResources = {
  code: 'ar',
  months: LEVANT.map((levant, index) => `${levant}/${MAGHREB[index]}`),
  monthForms: LEVANT.map((levant, index) => [
    levant,
    MAGHREB[index]!,
    ...(VARIANTS[index] ?? []).flatMap((variant) => [variant, `${levant}/${variant}`]),
  ]),
  // `يومي 12 و 13 أيلول/سبتمبر 2016`: `و` joins the two days.
  dates: { daySuffixes: [], rangeJoiners: ['و', 'إلى'] },
  // No capitals: names, headings and acronyms are not told by case.
  script: { name: 'Arabic', cased: false, personNameParts: arabicNameParts },
  segmentation: arabicSegmentation,
  edition: arabicEditionWords,
  extract: arabicExtract,
  entities: arabicEntities,
};
