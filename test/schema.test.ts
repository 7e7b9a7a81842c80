import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { describe, expect, it } from 'vitest';
import { processSource } from '../pipeline/runner/index.ts';

const root = join(import.meta.dirname, '..');
const schemaPath = join(root, 'schemas/document.schema.json');

async function committedSchema() {
  return JSON.parse(await readFile(schemaPath, 'utf8'));
}

function compileValidator(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(schema);
}

describe('document schema', () => {
  it('is exactly what the TypeScript model generates (run `npm run schema` after changing the model)', async () => {
    const generated = createGenerator({
      path: join(root, 'pipeline/model/index.ts'),
      tsconfig: join(root, 'tsconfig.json'),
      type: 'UnDocument',
      schemaId: 'https://unletters.dev/schemas/document.schema.json',
    }).createSchema('UnDocument');
    expect(await committedSchema()).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('rejects a document that breaks the model', async () => {
    const validate = compileValidator(await committedSchema());
    const sample = JSON.parse(await readFile(join(root, 'fixtures/model/sample-letter.json'), 'utf8'));
    expect(validate(sample)).toBe(true);
    expect(validate({ ...sample, lang: 'xx' })).toBe(false);
    expect(validate({ ...sample, letter: { ...sample.letter, signatures: [{ id: 's', roles: [] }] } })).toBe(false);
    expect(validate({ ...sample, unknownField: 1 })).toBe(false);
  });

  it('validates every document the pipeline produces from the fixtures', async () => {
    const validate = compileValidator(await committedSchema());
    const folders = ['fixtures/seeds', 'fixtures/letters/fr', 'fixtures/letters/en'];
    let checked = 0;
    for (const folder of folders) {
      let names: string[];
      try {
        names = (await readdir(join(root, folder))).filter((name) => name.endsWith('.txt'));
      } catch {
        continue;
      }
      for (const name of names) {
        const bytes = new Uint8Array(await readFile(join(root, folder, name)));
        const document = await processSource({ name, bytes });
        const valid = validate(JSON.parse(JSON.stringify(document)));
        expect(valid ? [] : validate.errors, `${folder}/${name}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});
