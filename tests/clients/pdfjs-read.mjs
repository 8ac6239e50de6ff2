// Reads a PDF the way Firefox's viewer does (pdf.js, legacy build for node) and prints as JSON
// what the tests check: every warning pdf.js gave, the title from the XMP metadata, the outline,
// and per page the text, the structure tree's roles and the alternative texts. Usage: node pdfjs-read.mjs FILE.pdf
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

const warnings = [];
for (const level of ["log", "warn", "error"]) console[level] = (...args) => warnings.push(args.join(" "));

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({
  data,
  verbosity: pdfjs.VerbosityLevel.WARNINGS,
  standardFontDataUrl: fileURLToPath(new URL("./node_modules/pdfjs-dist/standard_fonts/", import.meta.url)),
  cMapUrl: fileURLToPath(new URL("./node_modules/pdfjs-dist/cmaps/", import.meta.url)),
}).promise;
const meta = await doc.getMetadata();
const outline = [];
const walk = (items, level) => { for (const i of items ?? []) { outline.push({ level, title: i.title }); walk(i.items, level + 1); } };
walk(await doc.getOutline(), 1);
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  await page.getOperatorList();
  const text = (await page.getTextContent()).items.map(i => i.str).join("");
  const tree = await page.getStructTree();
  pages.push({ text, roles: roles(tree), alts: alts(tree) });
}
process.stdout.write(JSON.stringify({
  warnings,
  title: meta.metadata?.get("dc:title") ?? null,
  infoTitle: meta.info?.Title ?? null,
  markInfo: await doc.getMarkInfo(),
  outline,
  pages,
}) + "\n");

// The alternative text of each element that has one (a Figure's /Alt), as [role, alt].
function alts(node) {
  if (!node) return [];
  const own = node.alt !== undefined ? [[node.role, node.alt]] : [];
  return own.concat((node.children ?? []).flatMap(alts));
}

function roles(node) {
  if (!node) return [];
  const own = node.role && node.role !== "Root" ? [node.role] : [];
  return own.concat((node.children ?? []).flatMap(roles));
}
