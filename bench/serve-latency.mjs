// brief serve in Chromium: first paint of a brief page, then from saving the brief to the
// changed page painted (SAVES saves, one per line), then the server's memory after MORE saves.
// Prints "first-paint MS", "save MS" per save, "rss-after N KB" lines.
// Usage: node serve-latency.mjs PROJECT_DIR BRIEF_KEY SAVES MORE   (run from the repository root;
// PROJECT_DIR holds content/, templates/ and fonts/, a copy: its brief is edited)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [dir, key, saves, more] = process.argv.slice(2);
const source = join(dir, 'content', `${key}.md`);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const server = spawn(join(process.cwd(), 'brief'), ['serve', '--port', '0', '--content', 'content'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
let log = '';
server.stdout.on('data', d => { log += d; });
while (!/http:\/\/\S+\//.test(log)) await sleep(10);
const url = log.match(/http:\/\/\S+\//)[0];
const rss = () => Number(readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);

const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  // First paint: navigation start to the pages painted, in fresh tabs.
  for (let i = 0; i < 5; i++) {
    const tab = await browser.newPage();
    await tab.goto(`${url}brief/${key}`);
    await tab.waitForFunction(() => window.briefPainted);
    console.log(`first-paint ${Math.round(await tab.evaluate(() => window.briefPainted.at - performance.timeOrigin))}`);
    await tab.close();
  }

  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(`${url}brief/${key}`);
  await page.waitForFunction(() => window.briefPainted);
  const text = readFileSync(source, 'utf8');
  // The edit: a sentence more at the end of the first body paragraph, different each time.
  const paragraph = text.indexOf('。\n', text.indexOf('---', 3) + 3);
  const save = async i => {
    const before = await page.evaluate(() => window.briefPainted.version);
    writeFileSync(source, text.slice(0, paragraph + 1) + `第${i}次修改。` + text.slice(paragraph + 1));
    const saved = Date.now();
    await page.waitForFunction(v => window.briefPainted.version !== v, { timeout: 60000 }, before);
    return (await page.evaluate(() => window.briefPainted.at)) - saved;
  };
  for (let i = 0; i < Number(saves); i++) {
    await sleep(300); // the editor types between saves
    console.log(`save ${Math.round(await save(i))}`);
  }
  console.log(`rss-after ${saves} ${rss()}`);
  for (let i = 0; i < Number(more); i++) await save(Number(saves) + i);
  await sleep(2000);
  console.log(`rss-after ${Number(saves) + Number(more)} ${rss()}`);
  writeFileSync(source, text);
} finally {
  await browser.close();
  server.kill('SIGINT');
}
