// Temporary: keystroke-to-results latency once search is loaded.
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './bench/chromium.mjs';
import { startStaticServer } from './bench/static-server.mjs';
const server = await startStaticServer({ root: '/tmp/h-search/dist', port: 4913 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
for (const [path, word] of [['/fi/haku/', 'verkostoituminen'], ['/en/search/', 'volunteering'], ['/fi/haku/', 'mentorointiohjelma'], ['/en/search/', 'informational']]) {
  const page = await browser.newPage();
  await page.goto(server.origin + path);
  const box = page.locator('main input[type=search]');
  await box.fill(word.slice(0, 3));
  await page.waitForFunction(() => document.querySelectorAll('main ol li').length > 0);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window; w.lat = []; let typed = 0;
    document.addEventListener('input', (e) => { typed = e.timeStamp; }, true);
    new MutationObserver(() => { if (typed) { w.lat.push(performance.now() - typed); typed = 0; } }).observe(document.querySelector('main ol'), { childList: true });
  });
  for (const ch of word.slice(3)) { await box.press(ch); await page.waitForTimeout(250); }
  const lat = await page.evaluate(() => window.lat);
  lat.sort((a, b) => a - b);
  console.log(path, word, 'n', lat.length, 'median', lat[Math.floor(lat.length / 2)].toFixed(1), 'max', lat.at(-1).toFixed(1), lat.map((x) => x.toFixed(0)).join(' '));
  await page.close();
}
await browser.close(); await server.close();
