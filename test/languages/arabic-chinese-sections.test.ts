/**
 * Sections of Arabic and Chinese letters (issue 20): opened by an ordinal word and a dash in Arabic
 * (`أولا - الخلفية`, `ثانياً -` with its heading on the next line), by a numeral and `、` in Chinese (`一、背景`),
 * and numbered as the roman sections of the other versions (`I`, `II`), so that parallel versions have one
 * structure. Letters written for these tests, in the layout of the UN's Arabic and Chinese letters.
 */
import { describe, expect, it } from 'vitest';
import type { Block, UnDocument } from '../../pipeline/model/index.ts';
import { processSource } from '../../pipeline/runner/index.ts';

/** A paragraph's text by its start. */
const starting = (start: string) => expect.stringMatching(new RegExp(`^${start}`, 'u'));

const run = (name: string, text: string): Promise<UnDocument> => processSource({ name, bytes: new TextEncoder().encode(text) }, {});

/** Sections of a body: number, heading, and the start of each paragraph under it. */
const sections = (blocks: readonly Block[]) =>
  blocks.filter((block) => block.type === 'section').map((section) => ({
    num: section.num,
    heading: section.heading?.text,
    paragraphs: section.children.map((child) => (child.type === 'paragraph' ? child.text : child.type)),
  }));

const ARABIC = `رسالة مؤرخة 14 آذار/مارس 2016 موجهة إلى الأمين العام من الممثل الدائم لأوكرانيا لدى الأمم المتحدة

أتشرف بأن أحيل إليكم تقرير الحكومة عن الحالة في المنطقة.

أولا - الخلفية

عقدت اللجنة اجتماعها الأول في جنيف وناقشت المسائل المعروضة عليها.

ثانياً -

النتائج الرئيسية

خلصت اللجنة إلى أن الحالة ما زالت تتطلب الاهتمام.

ثالثا - التوصيات

أولا، توصي اللجنة بمواصلة الحوار بين الأطراف.

(توقيع) سيرغي كيسليتسيا
الممثل الدائم
`;

const CHINESE = `2016年3月14日乌克兰常驻联合国代表给秘书长的信

谨随函转递政府关于该地区局势的报告。

一、背景

委员会在日内瓦举行了第一次会议，讨论了提交给它的问题。

二、主要结论

委员会认为，局势仍需关注。

三、建议

一次会议不足以解决这些问题，委员会建议各方继续对话。

常驻代表
谢尔盖·基斯利齐亚(签名)
`;

describe('Arabic sections', () => {
  it('opens a section at each ordinal word and dash, the heading on the same line or the next, the text under it apart', async () => {
    const document = await run('sections-ar.txt', ARABIC);
    expect(document.lang).toBe('ar');
    expect(sections(document.letter.body)).toEqual([
      { num: 'I', heading: 'الخلفية', paragraphs: [starting('عقدت اللجنة')] },
      { num: 'II', heading: 'النتائج الرئيسية', paragraphs: [starting('خلصت اللجنة')] },
      // `أولا،` opening a sentence is no section mark.
      { num: 'III', heading: 'التوصيات', paragraphs: [starting('أولا، توصي ا')] },
    ]);
    expect(document.letter.body[0]).toMatchObject({ type: 'paragraph' });
  });
});

describe('Chinese sections', () => {
  it('opens a section at each numeral and `、`, the text under it apart', async () => {
    const document = await run('sections-zh.txt', CHINESE);
    expect(document.lang).toBe('zh');
    expect(sections(document.letter.body)).toEqual([
      { num: 'I', heading: '背景', paragraphs: [starting('委员会在日内瓦举行了第一次')] },
      { num: 'II', heading: '主要结论', paragraphs: [starting('委员会认为，局势仍需关注。')] },
      // `一次` opening a sentence is no section mark.
      { num: 'III', heading: '建议', paragraphs: [starting('一次会议不足以解决这些问题')] },
    ]);
  });
});
