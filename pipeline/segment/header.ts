/**
 * The distribution header above the letter title: organs, session and year, agenda item numbers, then the
 * agenda item titles (a title goes on over lines that start in lower case; a capital or a blank line starts
 * the next one).
 */
import type { DistributionHeader } from '../model/index.ts';
import type { SegmentationCues } from './cues.ts';
import type { Line } from './lines.ts';
import type { Reflower } from './reflow.ts';
import { normalizeSpaces, startsCaseless, startsLower } from './reflow.ts';

/** Agenda item numbers with their sub-letter: `12`, `40 d)`, `72 (b)`. */
const AGENDA_ITEM = /\d+(?:\s*\(?[a-z]\))?/gu;

/** The asterisk that calls the footnote on the agenda line (`Item 116 (c) of the preliminary list*`). */
const FOOTNOTE_MARK = /\s*\*+$/u;

/** Lines made only of organ names (`Assemblée générale Conseil de sécurité`) give the organs, in order. */
function readOrgans(text: string, cues: SegmentationCues): string[] | undefined {
  const found: Array<{ index: number; text: string }> = [];
  let rest = text;
  for (const organ of cues.organs) {
    const pattern = new RegExp(organ.source, `${organ.flags.replace('g', '')}g`);
    for (const match of text.matchAll(pattern)) {
      found.push({ index: match.index, text: normalizeSpaces(match[0]) });
      rest = rest.replace(match[0], ' ');
    }
  }
  if (found.length === 0 || rest.trim() !== '') return undefined;
  return found.sort((left, right) => left.index - right.index).map((organ) => organ.text);
}

export function readHeader(lines: readonly Line[], cues: SegmentationCues, reflower: Reflower): DistributionHeader | undefined {
  if (lines.length === 0) return undefined;
  const header: DistributionHeader = { organs: [], agendaItems: [], agendaTitles: [] };
  const titles: string[][] = [];
  // A title's line that wraps goes on in the next line, whatever that line's first word (`… Agency for
  // Palestine ⏎ Refugees in the Near East`, `… item in the ⏎ agenda of the eightieth session`).
  let titleWraps = false;
  for (const line of lines) {
    const current = titles[titles.length - 1];
    if (current && titleWraps && line.blankBefore === 0) {
      current.push(line.text);
      titleWraps = line.wraps;
      continue;
    }
    titleWraps = false;
    const organs = readOrgans(line.text, cues);
    if (organs) {
      header.organs.push(...organs);
      continue;
    }
    const session = cues.session.exec(line.text);
    const year = cues.year.exec(line.text);
    if ((session || year) && line.text.split(/\s+/).length <= 6) {
      if (session) {
        header.session = normalizeSpaces(session[1]!);
        const number = cues.ordinalNumber(session[2]!);
        if (number !== undefined) header.sessionNumber = number;
      }
      if (year) header.year = normalizeSpaces(year[1]!);
      continue;
    }
    const agenda = cues.agendaItems.exec(line.text);
    if (agenda) {
      header.agendaItems.push(...(agenda[1]!.match(AGENDA_ITEM) ?? []).map((item) => item.replace(/\s+/gu, ' ')));
      const printed = normalizeSpaces(line.text).replace(FOOTNOTE_MARK, '');
      header.agendaLine = header.agendaLine ? `${header.agendaLine} ${printed}` : printed;
      continue;
    }
    if (current && line.blankBefore === 0 && (startsLower(line.text) || (startsCaseless(line.text) && !reflower.endsSentence(current.at(-1)!)))) current.push(line.text);
    else titles.push([line.text]);
    titleWraps = line.wraps;
  }
  header.agendaTitles = titles.map((title, index) => ({ id: `header.agenda_${index + 1}`, text: reflower.join(title) }));
  const empty = header.organs.length === 0 && !header.session && !header.year && header.agendaItems.length === 0 && titles.length === 0;
  return empty ? undefined : header;
}
