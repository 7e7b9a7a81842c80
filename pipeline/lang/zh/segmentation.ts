/**
 * Chinese cues for the segmenter (shape: `SegmentationCues` in pipeline/segment/cues.ts), from the UN's
 * Chinese letter forms: `2016年3月14日…给秘书长的信`, the role lines first and `(签名)` after the name,
 * `…的信的附件`, `[原件：英文]`, `议程项目19`. Chinese has no capitals and no spaces: the cues are exact
 * characters, and the segmenter reads caseless lines by their punctuation and blank lines.
 */
import type { SegmentationCues } from '../../segment/cues.ts';
import { chineseNumber } from './numbers.ts';

const flags = 'u';
const any = (words: readonly string[]) => `(?:${words.join('|')})`;
const DATE = '\\p{Nd}{4}\\s*年\\s*\\p{Nd}{1,2}\\s*月\\s*\\p{Nd}{1,2}\\s*日';
const NUMERAL = '[一二三四五六七八九十]';

/** The last word of a role line: a function or the body that signs (the body is printed first). */
const ROLE_ENDS = ['代表', '主席', '副主席', '秘书长', '部长', '大使', '协调员', '特使', '观察员', '主任', '团长', '工作组', '委员会', '理事会', '总统', '总理', '国王'];

export const chineseSegmentation: SegmentationCues = {
  // The date, then the sender, `给`, the addressee, `的信`; a body paragraph opening on a date has a comma first.
  letterTitle: new RegExp(`^${DATE}[^，,。]*?(?:给|致)`, flags),
  identicalLetters: new RegExp('同文(?:信|普通照会)', flags),
  noteVerbale: new RegExp('普通照会\\s*$', flags),
  addresseeIntro: new RegExp('(?:给|致)', flags),
  addresseeJoiner: new RegExp('(?:和|及)', flags),
  // The sender stands between the date and `给`.
  senderIntro: new RegExp(`^${DATE}`, flags),
  titleEnd: new RegExp('的(?:同文)?(?:信|普通照会)\\s*$', flags),
  knownAddressees: ['秘书长', '安全理事会主席', '大会主席', '经济及社会理事会主席'],
  // A note verbale opens on its sender's compliments: `…常驻联合国代表团向秘书长致意，并谨…`.
  bodyOpening: new RegExp(`^(?:${any(['谨', '我谨', '兹', '我代表', '奉'])}|[^，,。]*代表团向[^，,。]*致意)`, flags),
  // `…借此机会向秘书长再次致以最崇高的敬意`.
  complimentaryClose: new RegExp(`(?:${any(['顺致', '致以'])}最崇高的敬意|借此机会[^。]*敬意)`, flags),
  masthead: new RegExp('^联合国(?=\\s|$)', flags),
  annexHeading: new RegExp(`^(?:${any(['附件', '附文', '附录'])}${NUMERAL}*\\s*$|${DATE}[^，,。]*?给[^，,。]*?(?:的|的信|的(?:信|普通照会)的${any(['附件', '附文'])}${NUMERAL}*)\\s*$)`, flags),
  signedMark: new RegExp('\\s*[(（]\\s*签名\\s*[)）]\\s*$', flags),
  originalLanguage: new RegExp('^\\[\\s*原件\\s*[:：]\\s*(.+?)\\s*\\]$', flags),
  listJoiner: new RegExp('\\s*(?:、|和|及)\\s*', flags),
  organs: ['大会', '安全理事会', '经济及社会理事会', '人权理事会', '托管理事会', '国际法院'].map((organ) => new RegExp(`^${organ}$`, flags)),
  session: new RegExp(`(第(${NUMERAL}+)届(?:特别|紧急特别)?会议)`, flags),
  year: new RegExp(`(第${NUMERAL}+年)`, flags),
  agendaItems: new RegExp('^(?:临时)?议程项目\\s*(\\p{Nd}.*?)\\s*$', flags),
  ordinalNumber: chineseNumber,
  // `一、背景`, `二.` (a numeral and the enumeration comma or a full stop).
  sectionMark: new RegExp(`^(${NUMERAL}+)\\s*[、.．]\\s*(?:(?=\\S)|$)`, flags),
  sectionNumber: chineseNumber,
  honorific: new RegExp(`^(${any(['大使', '临时代办'])})\\s*$`, flags),
  roleStart: new RegExp(`(?:${ROLE_ENDS.join('|')})\\s*$`, flags),
  closing: [new RegExp(`^${any(['通过于', '签署于', '于'])}\\p{Script=Han}*\\p{Nd}{4}年`, flags)],
  dateArticle: new RegExp('^于$', flags),
  abbreviations: [],
  compoundPrefixes: [],
  compoundSuffixes: [],
  // A caption's label over a table or a chart (`表 2`) and the notes under them (`资料来源：…`).
  contentsLabel: /^(?:目录|章次|页次|段次|项目)$/u,
  captionLabel: /^(表|图|地图)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[IVXL]{1,6})(?=[\s.:：]|$)/u,
  displayNote: /^(?:注|注释|资料来源|来源|缩略语)\s*[:：]/u,
  // The head of an attached letter or statement, in the forms the UN's Chinese texts print: a translator's note
  // (`[非正式译文]`, `译自俄文`), a reference line (`编号：…`, `第214/2025号`), a classification, `以讲话为准`.
  headLine: new RegExp(`^(?:[\\[［【（(]\\s*(?:非正式)?(?:译文|译自\\S{1,6})\\s*[\\]］】）)]|(?:非正式)?译文|译自\\S{1,6}|${any(['编号', '文号', '我方编号', '贵方编号'])}\\s*[:：].*|第\\s*[\\p{Nd}A-Za-z/.-]*\\p{Nd}[\\p{Nd}A-Za-z/.-]*\\s*号|${any(['机密', '绝密', '秘密', '内部文件'])}|(?:[\\[［(（]\\s*)?${any(['以讲话为准', '以宣读为准', '以实际发言为准'])}(?:\\s*[\\]］)）])?)\\s*$`, flags),
  // A mission's or ministry's name ends on what it is (`智利常驻联合国代表团`, `智利外交部`).
  letterhead: new RegExp(`(?:${any(['常驻联合国代表团', '常驻联合国观察员代表团', '大使馆', '总领事馆', '外交部'])})\\s*$`, flags),
  isWord: () => false,
};
