/**
 * Russian names after a form of address in an oblique case (`г-на`, `г-жой`) are the person of the nominative
 * (issue 19): one id in every case; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/entities/index.ts';
import { languageResources } from '../../pipeline/lang/index.ts';
import { russianNominativeName } from '../../pipeline/lang/ru/declension.ts';

const persons = (text: string) =>
  findMentions(text, languageResources('ru'), { field: 'text' })
    .filter((mention) => mention.type === 'person')
    .map((mention) => [mention.text, mention.id]);

describe('a name after an oblique form of address', () => {
  it.each([
    ['письмо г-на Сергея Лаврова, в котором', 'Сергея Лаврова'],
    ['передать г-ну Сергею Лаврову, что', 'Сергею Лаврову'],
    ['встреча с г-ном Сергеем Лавровым, на которой', 'Сергеем Лавровым'],
    ['г-н Сергей Лавров заявил, что', 'Сергей Лавров'],
  ])('`%s` keeps its print and takes the nominative’s id', (text, printed) => {
    expect(persons(text)).toEqual([[printed, 'person:sergey-lavrov']]);
  });

  it('reads feminine names and surnames in -ская, and keeps a foreign name that is not declined', () => {
    expect(russianNominativeName('Марией Захаровой', 'г-жой')).toBe('Мария Захарова');
    expect(russianNominativeName('Анны Вишневской', 'г-жи')).toBe('Анна Вишневская');
    expect(russianNominativeName('Ольгу Петрову', 'г-жу')).toBe('Ольга Петрова');
    expect(russianNominativeName('Кэролин Родригес-Биркетт', 'г-жи')).toBe('Кэролин Родригес-Биркетт');
    expect(russianNominativeName('Дмитрия Полянского', 'Его Превосходительства г-на')).toBe('Дмитрий Полянский');
    expect(russianNominativeName('Сергей Лавров', 'г-н')).toBe('Сергей Лавров');
  });
});

describe('a name printed with no word that gives its case', () => {
  it('takes the nominative that a form of address gives its surname elsewhere in the letter', async () => {
    const { tagEntities } = await import('../../pipeline/entities/index.ts');
    const { testLetter, taggedMentions } = await import('../helpers/entities.ts');
    const letter = testLetter({
      lang: 'ru',
      paragraphs: [
        'Г-жа Иванова сменяет Лейфа Хольма (Швеция), который завершил свою работу в декабре 2024 года.',
        'Я хотел бы выразить признательность г-ну Хольму за его руководство.',
      ],
    });
    const tagged = await tagEntities(letter);
    const ids = new Set(taggedMentions(tagged, 'person').filter(([text]) => /Хольм/u.test(text)).map(([, id]) => id));
    expect(ids).toEqual(new Set(['person:leyf-kholm']));
  });

  it('keeps a surname that is itself a known nominative (a wife beside her husband)', async () => {
    const { russianNominativeByKnownSurnames } = await import('../../pipeline/lang/ru/declension.ts');
    expect(russianNominativeByKnownSurnames('Лейфа Бергстрема', new Set(['Бергстрем']))).toBe('Лейф Бергстрем');
    expect(russianNominativeByKnownSurnames('Анна Иванова', new Set(['Иванов', 'Иванова']))).toBeUndefined();
    expect(russianNominativeByKnownSurnames('Лейфа Бергстрема', new Set(['Лавров']))).toBeUndefined();
  });
});
