/**
 * Date ranges as each language writes them (issues 19 and 20), with the ids of the English range: a Chinese range
 * whose second bound takes the year (and the month) of the first, `2025年4月1日至6月30日`, `2025年4月至6月`; a French
 * range of months, `d’avril à juin 2025`. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';

const dates = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === 'date')
    .map((mention) => mention.id);

describe('a range of days across two months, the year written once', () => {
  it.each([
    ['en', 'The report covers the period from 1 April to 30 June 2025.'],
    ['fr', 'Le rapport porte sur la période du 1er avril au 30 juin 2025.'],
    ['es', 'El informe abarca el período del 1 de abril al 30 de junio de 2025.'],
    ['ru', 'Доклад охватывает период с 1 апреля по 30 июня 2025 года.'],
    ['ar', 'ويغطي التقرير الفترة من 1 نيسان/أبريل إلى 30 حزيران/يونيه 2025.'],
    ['zh', '本报告所述期间为2025年4月1日至6月30日。'],
  ] as const)('is one range in %s', (language, text) => {
    expect(dates(language, text)).toEqual(['date:2025-04-01/2025-06-30']);
  });

  it('reads a Chinese range within one month and a list of two days as before, and two whole dates as one range', () => {
    expect(dates('zh', '会议于2016年9月12日至14日举行，2016年9月12日和13日进行了磋商。')).toEqual(['date:2016-09-12/2016-09-14', 'date:2016-09-12/2016-09-13']);
    expect(dates('zh', '2016年12月20日至2017年1月5日期间')).toContain('date:2016-12-20/2017-01-05');
  });

  it('gives no range whose end comes before its start', () => {
    expect(dates('zh', '2025年6月30日至4月1日')).not.toContain('date:2025-06-30/2025-04-01');
  });
});

describe('a range of months, the year written once', () => {
  it.each([
    ['en', 'from April to June 2025, the Mission'],
    ['fr', 'd’avril à juin 2025, la Mission'],
    ['es', 'de abril a junio de 2025, la Misión'],
    ['ru', 'с апреля по июнь 2025 года миссия'],
    ['ar', 'من نيسان/أبريل إلى حزيران/يونيه 2025، قامت البعثة'],
    ['zh', '2025年4月至6月，特派团'],
  ] as const)('is one range in %s', (language, text) => {
    expect(dates(language, text)).toEqual(['date:2025-04/2025-06']);
  });
});
