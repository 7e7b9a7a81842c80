import { readFileSync } from 'node:fs';
import { diffChars } from 'diff';
import { comparableText } from './fixtures/error-rate.ts';
const lang = process.argv[2];
for (const page of JSON.parse(readFileSync(`/tmp/lang-ocr/texts/${lang}.json`, 'utf8'))) {
  console.log('==', page.name);
  const parts = diffChars(comparableText(page.truth), comparableText(page.ours));
  const out: string[] = [];
  parts.forEach((p: any, i: number) => { if (p.added || p.removed) { const ctx = parts[i-1] && !parts[i-1].added && !parts[i-1].removed ? parts[i-1].value.slice(-6) : ''; out.push(`${ctx}[${p.added ? '+' : '-'}${JSON.stringify(p.value)}]`); } });
  console.log(out.join('  '));
}
