/**
 * The letter title (`Lettre datée du …, adressée au Secrétaire général par …`) and what it states: kind,
 * date, addressees, senders. The title may wrap over lines and blank lines, and may be cut short (000).
 */
import { firstDayTolerant } from '../dates/index.ts';
import type { LanguageResources } from '../lang/types.ts';
import type { Letter } from '../model/index.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';
import { normalizeSpaces, startsLower } from './reflow.ts';
import { readMarker } from './units.ts';

/**
 * Number of lines the heading starting at `start` takes (letter title, annex heading): it goes on over lines
 * that start in lower case (even after one blank line, as in 004), and over lines that follow with no blank
 * line and no indent, but never over the opening words of the body (`bodyOpening`).
 */
export function headingLength(lines: readonly Line[], start: number, bodyOpening?: RegExp, knownEnds: readonly string[] = [], senderIntro?: RegExp): number {
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end]!;
    const lower = startsLower(line.text);
    // In capitals only: a title may wrap onto `au nom du Groupe des 77`, a body opens with `Au nom de`.
    if (!lower && bodyOpening?.test(line.text)) break;
    // A title that has reached its last addressee ends there, whatever the body's first words, unless its senders
    // follow (`… الموجهة إلى رئيس مجلس الأمن` ⏎ `من الممثل الدائم …`).
    if (!lower && endsWithAny(lines.slice(start, end), knownEnds) && senderIntro?.exec(` ${line.text}`)?.index !== 0) break;
    const goesOn = (line.blankBefore <= 1 && lower) || (line.blankBefore === 0 && line.indent === 0 && !readMarker(line.text));
    if (!goesOn) break;
    end += 1;
  }
  return end - start;
}

function endsWithAny(lines: readonly Line[], ends: readonly string[]): boolean {
  const text = normalizeSpaces(lines.map((line) => line.text).join(' ')).toLowerCase();
  return ends.some((end) => text.endsWith(end.toLowerCase()));
}

export interface TitleFacts {
  kind: Letter['kind'];
  /** `note-verbale` when the title names a note verbale; absent for a letter. */
  form?: Letter['form'];
  date?: string;
  addressees: string[];
  senders: string[];
  /** The title lacks its senders or addressees, or ended inside an addressee: the extraction cut it short. */
  cutShort: boolean;
}

export function readTitle(fullTitle: string, language: LanguageResources): TitleFacts {
  const cues = language.segmentation;
  const closing = cues.titleEnd?.exec(fullTitle);
  const title = closing ? fullTitle.slice(0, closing.index) : fullTitle;
  const kind = cues.identicalLetters.test(title.slice(0, 40)) ? 'identical' : 'single';
  const noteVerbale = cues.noteVerbale?.test(fullTitle) === true;
  const date = firstDayTolerant(title, language);
  const sender = cues.senderIntro.exec(title);
  const addressee = cues.addresseeIntro.exec(title) ?? bareAddressee(title, sender ? sender.index + sender[0].length : undefined, language);
  const senderStart = sender ? sender.index + sender[0].length : undefined;
  let addressees: string[] = [];
  if (addressee) {
    const from = addressee.index + addressee[0].length;
    const to = sender && sender.index > from ? sender.index : title.length;
    addressees = title.slice(from, to).split(cues.addresseeJoiner).map((part) => normalizeSpaces(part).replace(/[,.]$/u, '')).filter(Boolean);
  }
  let senders: string[] = [];
  if (senderStart !== undefined) {
    let end = addressee && addressee.index > senderStart ? addressee.index : title.length;
    const senderEnd = cues.senderEnd?.exec(title.slice(senderStart, end));
    if (senderEnd) end = senderStart + senderEnd.index;
    const text = normalizeSpaces(title.slice(senderStart, end)).replace(/[,.]$/u, '');
    if (text) senders = [text];
  }
  // A title ends on its addressees in English (`… addressed to the Secretary-General`) and on its senders
  // in French (`adressée au Secrétaire général par …`); cut inside its last addressee (`… to the
  // Secretary`, `adressée au Secrétaire`), the addressee is completed from the usual forms.
  let completed = false;
  const endsOnAddressees = addressee !== null && (senderStart === undefined || senderStart < addressee.index);
  if (endsOnAddressees && addressees.length > 0) {
    const last = addressees[addressees.length - 1]!.toLowerCase();
    const completions = cues.knownAddressees.filter((known) => {
      const lower = known.toLowerCase();
      return lower.length > last.length && lower.startsWith(last) && /[\s-]/u.test(lower[last.length]!);
    });
    if (completions.length === 1) {
      addressees[addressees.length - 1] = completions[0]!;
      completed = true;
    }
  }
  const cutShort = senderStart === undefined || addressee === null || completed;
  return { kind, ...(noteVerbale ? { form: 'note-verbale' as const } : {}), ...(date ? { date } : {}), addressees, senders, cutShort };
}

/**
 * A title with no word for `addressed` (`… from the representative of Lebanon to the Secretary-General`): the
 * addressees are the known ones that end it, after the language's bare intro (` to the `) that follows the senders.
 */
function bareAddressee(title: string, senderStart: number | undefined, language: LanguageResources): RegExpExecArray | null {
  const cues = language.segmentation;
  if (!cues.bareAddresseeIntro || senderStart === undefined) return null;
  const known = new Set(cues.knownAddressees.map((addressee) => addressee.toLowerCase()));
  const intro = new RegExp(cues.bareAddresseeIntro.source, `${cues.bareAddresseeIntro.flags.replace('g', '')}g`);
  intro.lastIndex = senderStart;
  for (let match = intro.exec(title); match; match = intro.exec(title)) {
    const parts = title.slice(match.index + match[0].length).split(cues.addresseeJoiner).map((part) => normalizeSpaces(part).replace(/[,.]$/u, '').toLowerCase());
    if (parts.every((part) => known.has(part))) return match;
  }
  return null;
}

export function titleText(lines: readonly Line[], reflower: Reflower): string {
  return reflower.join(lines.map((line) => line.text));
}
