// How long `brief watch` takes from saving a brief to both its outputs rewritten, RUNS times.
// Prints one latency in milliseconds per line.
// Usage: node watch-latency.mjs ARCHIVE_DIR BRIEF RUNS   (run from the repository root)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [dir, brief, runs] = process.argv.slice(2);
const source = join(dir, 'content', brief);
const outputs = ['.docx', '.pdf'].map(ext => join(dir, 'out', brief.replace(/\.md$/, ext)));
const mtimes = () => outputs.map(o => { try { return statSync(o).mtimeMs; } catch { return 0; } });
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const watch = spawn('./brief', ['watch', source, '-o', join(dir, 'out')], { stdio: ['ignore', 'pipe', 'inherit'] });
let log = '';
watch.stdout.on('data', d => { log += d; });
while (!/^built /m.test(log)) await sleep(10); // the first build
const text = readFileSync(source, 'utf8');
for (let i = 0; i < Number(runs); i++) {
  await sleep(300); // let the previous rebuild settle
  const before = mtimes();
  writeFileSync(source, text + `\n第${i}次修改。\n`);
  const saved = performance.now();
  while (mtimes().some((m, k) => m === before[k])) await sleep(1);
  console.log(Math.round(performance.now() - saved));
}
writeFileSync(source, text);
watch.kill('SIGTERM');
