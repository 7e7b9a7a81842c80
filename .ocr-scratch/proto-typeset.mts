import { PDFDocument, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import * as mupdf from 'mupdf';
const text = readFileSync('fixtures/seeds/002_4204fe919a018fb2.txt', 'utf8');
const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 42);
const pdf = await PDFDocument.create();
pdf.registerFontkit(fontkit);
const font = await pdf.embedFont(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'), { subset: true });
const page = pdf.addPage([595, 842]);
let y = 780;
for (const line of lines) { page.drawText(line, { x: 72, y, size: 10.5, font, color: rgb(0,0,0) }); y -= 16; }
const bytes = await pdf.save();
writeFileSync('/tmp/ocrh/clean.pdf', bytes);
const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
const pm = doc.loadPage(0).toPixmap(mupdf.Matrix.scale(200/72, 200/72), mupdf.ColorSpace.DeviceGray, false);
writeFileSync('/tmp/ocrh/p200.png', pm.asPNG());
writeFileSync('/tmp/ocrh/gt.txt', lines.join('\n'));
