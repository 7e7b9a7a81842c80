import { describe, expect, it } from 'vitest';
import { newDocument } from './extract/index.ts';
import { languageRegistry, languageResources } from './lang/index.ts';
import type { UnDocument } from './model/index.ts';
import { runSteps } from './runner/index.ts';
import type { Stage, Step } from './stage.ts';

const text = 'Nous avons l’honneur de vous faire tenir ci-joint le texte de la déclaration adoptée à la réunion.\n';
const source = { name: 'note.txt', mediaType: 'text/plain' as const, sha256: '0'.repeat(64), bytes: text.length };

/** A first step with no document yet: it reports a problem and progress. */
const before: Step<string, string, object, 'before'> = {
  name: 'before',
  run(input, _options, context) {
    context.progress(1, 2);
    context.warn({ code: 'early', message: 'reported before the document exists' });
    return input;
  },
};

const create: Step<string, UnDocument, object, 'create'> = {
  name: 'create',
  run: (input, _options, context) => newDocument({ source, rawText: input }, new TextEncoder().encode(input), 'fr', context),
};

const check: Stage<object, 'check'> = {
  name: 'check',
  run(document, _options, context) {
    context.warn({ code: 'late', node: 'letter.title', message: `title of a ${context.languages.get(document.lang).code} letter is empty` });
    return document;
  },
};

describe('the stage contract', () => {
  it('puts every diagnostic on the document, tagged with its stage, in the order reported, and tags progress', async () => {
    const progress: string[] = [];
    const document = (await runSteps([before, create, check], text, {}, { onProgress: (stage, done, total) => progress.push(`${stage} ${done}/${total}`) })) as UnDocument;
    expect(document.warnings).toEqual([
      { stage: 'before', code: 'early', message: 'reported before the document exists' },
      { stage: 'check', code: 'late', node: 'letter.title', message: 'title of a fr letter is empty' },
    ]);
    expect(progress).toEqual(['before 1/2']);
  });

  it('gives stages the languages of the run, not a global table', async () => {
    const onlyEnglish = languageRegistry([languageResources('en')]);
    await expect(runSteps([create], text, {}, { languages: onlyEnglish })).rejects.toThrow(/not supported yet \(fr\)/);
  });
});
