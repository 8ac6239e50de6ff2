// Typst's side of the benchmark: the body of one brief, in the house fonts, compiled to PDF in
// one node process, as a user of @myriaddreamin/typst-ts-node-compiler would run it.
// Usage: node typst.mjs BRIEF.md FONT_DIR OUT.pdf
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [brief, fontDir, out] = process.argv.slice(2);

// Markdown of the house format → Typst markup: front matter dropped, # headings to =, **bold** to
// *bold*; everything else escaped, so the text set is the same as ours.
const escape = s => s.replace(/[\\#*_`$<>@=\[\]~/]/g, c => '\\' + c);
const body = readFileSync(brief, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const title = (readFileSync(brief, 'utf8').match(/^title:\s*(.+)$/m) || [, ''])[1];
const markup = body.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean).map(p => {
  const h = p.match(/^(#{1,4})\s+(.*)$/);
  const inline = t => t.split('**').map((part, i) => (i % 2 ? `*${escape(part)}*` : escape(part))).join('');
  if (h) return `${'='.repeat(h[1].length)} ${inline(h[2])}`;
  if (p.startsWith('>')) return `#quote(block: true)[${inline(p.replace(/^>\s?/gm, ''))}]`;
  return inline(p);
}).join('\n\n');

const source = `#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer: context align(center)[— #counter(page).display() —])
// FandolFang has one face, and Typst finds it only by its legacy family name, "FandolFang R".
#set text(font: ("FandolFang R", "Noto Serif CJK SC"), size: 16pt, lang: "zh")
#set par(first-line-indent: (amount: 2em, all: true), justify: true, leading: 12.9pt, spacing: 12.9pt)
#show heading: set text(font: ("FandolHei", "Noto Sans CJK SC"), size: 16pt, weight: "regular")
#show heading: set block(above: 12.9pt, below: 12.9pt)
#show strong: set text(font: ("FandolHei", "Noto Sans CJK SC"), weight: "regular")
#align(center, text(font: ("FandolSong", "Noto Serif CJK SC"), size: 22pt)[${escape(title)}])

${markup}
`;

const compiler = NodeCompiler.create({ workspace: process.cwd(), fontArgs: [{ fontPaths: [fontDir, '/usr/share/fonts'] }] });
const pdf = compiler.pdf({ mainFileContent: source });
writeFileSync(out, pdf);
