/** A range of days written `between <day month> and <day month year>`: the first day takes the last one's year. Made-up sentences. */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import type { LanguageCode } from '../../pipeline/model/index.ts';

const dates = (language: LanguageCode, text: string) =>
  findMentions(text, languageResources(language), { field: 'text' })
    .filter((mention) => mention.type === 'date')
    .map((mention) => mention.id);

describe('a range of days after the word that opens a range', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'The mission reported on the period between 3 February and 17 May 2024.'],
    ['es', 'La misión informó sobre el período comprendido entre el 3 de febrero y el 17 de mayo de 2024.'],
  ])('%s: is one range whose first day has the last day’s year', (language, text) => {
    expect(dates(language, text)).toEqual(['date:2024-02-03/2024-05-17']);
  });

  it('es: two days joined by `y` without the opening word stay two dates', () => {
    expect(dates('es', 'Se reunieron el 3 de febrero y el 17 de mayo de 2024.')).not.toContain('date:2024-02-03/2024-05-17');
  });
});
