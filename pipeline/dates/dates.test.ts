import { describe, expect, it } from 'vitest';
import { arabic } from '../lang/ar/index.ts';
import { chinese } from '../lang/zh/index.ts';
import { english } from '../lang/en/index.ts';
import { foldDigits } from './digits.ts';
import { findDates, firstDay } from './index.ts';

const isos = (text: string, language = arabic) => findDates(text, language).map((date) => date.iso);

describe('Arabic dates', () => {
  it('reads the month pair of the Levant and the Maghreb/Egypt, and either name alone', () => {
    expect(isos('رسالة مؤرخة 14 آذار/مارس 2016 موجهة إلى الأمين العام')).toEqual(['2016-03-14']);
    expect(isos('في 9 كانون الثاني/يناير 2025 وفي 3 مارس 2024 وفي 5 تشرين الأول 2023')).toEqual(['2025-01-09', '2024-03-03', '2023-10-05']);
    expect(isos('في 2 حزيران / يونيو 2020')).toEqual(['2020-06-02']);
  });

  it('reads two days joined by و as one range', () => {
    expect(findDates('يومي 12 و 13 أيلول/سبتمبر 2016', arabic)).toMatchObject([{ iso: '2016-09-12/2016-09-13', precision: 'range', text: '12 و 13 أيلول/سبتمبر 2016' }]);
  });

  it('reads Arabic-Indic digits, offsets kept in the text as written', () => {
    const text = 'رسالة مؤرخة ١٨ حزيران/يونيه ٢٠٢٥ موجهة';
    const [date] = findDates(text, arabic);
    expect(date).toMatchObject({ iso: '2025-06-18', text: '١٨ حزيران/يونيه ٢٠٢٥' });
    expect(text.slice(date!.start, date!.end)).toBe(date!.text);
  });

  it('refuses a day the month does not have', () => {
    expect(isos('31 شباط/فبراير 2016')).toEqual([]);
  });
});

describe('Chinese dates', () => {
  it('reads year, month and day with their marks, with no space around them', () => {
    expect(findDates('2016年3月14日乌克兰常驻联合国代表给秘书长的信', chinese)).toMatchObject([{ iso: '2016-03-14', text: '2016年3月14日' }]);
    expect(firstDay('2025年1月8日，俄罗斯联邦', chinese)).toBe('2025-01-08');
  });

  it('reads two days of one month and a month alone', () => {
    expect(isos('2016年9月12日和13日举行', chinese)).toEqual(['2016-09-12/2016-09-13']);
    expect(isos('2024年12月的报告', chinese)).toEqual(['2024-12']);
  });

  it('does not read a longer number as a year', () => {
    expect(isos('12016年3月14日', chinese)).toEqual([]);
  });
});

describe('digits of other scripts', () => {
  it('are folded to ASCII one for one', () => {
    expect(foldDigits('١٢٣ ۴۵۶ 789')).toBe('123 456 789');
  });

  it('leave English dates as they were', () => {
    expect(isos('on 7 December 2011 and March 26 and 27, 2012', english)).toEqual(['2011-12-07', '2012-03-26/2012-03-27']);
  });
});
