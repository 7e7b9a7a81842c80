import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditData, auditSource, auditTree, formatFinding, languageWords } from '../../scripts/audit-literals.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function wordsIn(source: string): string[][] {
  return auditSource('pipeline/stage/example.ts', source).map((finding) => finding.words);
}

describe('audit of language literals in stages', () => {
  it('finds French and English letter cues in strings, templates and regular expressions', () => {
    const findings = auditSource(
      'pipeline/stage/example.ts',
      [
        "const title = 'Lettre datée du';",
        'const annex = /^Annex\\s+to\\s+the\\s+letter/i;',
        'const signed = /^\\(\\s*Sign[ée]\\s*\\)/u;',
        'const month = `${day} juillet ${year}`;',
        "const original = '[Original: Russian]';",
      ].join('\n'),
    );
    expect(findings.map((finding) => finding.line)).toEqual([1, 2, 3, 4, 5]);
    expect(findings[0]!.words).toEqual(['Lettre', 'datée', 'du']);
    expect(findings[1]!.words).toEqual(expect.arrayContaining(['Annex', 'letter']));
    expect(findings[2]!.words).toEqual(['Signé']);
    expect(findings[3]!.words).toEqual(['juillet']);
    expect(formatFinding(findings[0]!)).toMatch(/^pipeline\/stage\/example\.ts:1:15 {2}'Lettre datée du'/);
  });

  it('finds elided French words and accented words', () => {
    expect(languageWords('auprès de l’Organisation')).toEqual(['auprès', 'l’Organisation']);
    expect(languageWords('Sécurité')).toEqual(['Sécurité']);
  });

  it('leaves comments, program messages, type literals, import paths and model ids alone', () => {
    const source = [
      "import { french } from '../lang/fr/index.ts';",
      '// Lettre datée du … : the French title (a comment, not a literal)',
      "type Kind = 'single' | 'identical';",
      "throw new InputError(name, 'the letter has no annex');",
      "document.warnings.push('annex heading not found; the letter was kept whole');",
      "const id = `letter.signature_${index + 1}`;",
      "const kind = title.identical ? 'identical' : 'single';",
      'const eid = /^annex_(\\d+)$/;',
      "const folding = { a: 'àâäáã', c: 'ç' };",
    ].join('\n');
    expect(wordsIn(source)).toEqual([]);
  });

  it('reads data files line by line', () => {
    const findings = auditData('pipeline/stage/data.json', '{\n  "GHA": "Ghana",\n  "title": "Représentant permanent"\n}\n');
    expect(findings.map((finding) => [finding.line, finding.words])).toEqual([[3, ['Représentant', 'permanent']]]);
  });

  it('finds Spanish and Russian letter cues, month names and any Cyrillic word', () => {
    const findings = auditSource(
      'pipeline/stage/example.ts',
      [
        "const title = /^Carta\\s+de\\s+fecha/iu;",
        "const month = `${day} de marzo de ${year}`;",
        "const signed = '(Подпись)';",
        "const annex = /^Приложение\\s+к\\s+письму/u;",
        "const year = `${value} года`;",
      ].join('\n'),
    );
    expect(findings.map((finding) => [finding.line, finding.words])).toEqual([
      [1, ['Carta', 'fecha']],
      [2, ['marzo']],
      [3, ['Подпись']],
      [4, ['Приложение', 'письму']],
      [5, ['года']],
    ]);
  });

  it('finds no literal of any of the four languages in any stage outside pipeline/lang', async () => {
    const findings = await auditTree(projectRoot, ['pipeline']);
    expect(findings.map(formatFinding)).toEqual([]);
  });
});
