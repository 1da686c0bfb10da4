// Dev tool: a full-page screenshot of a running Wayfinder page in the system Chromium.
// node scripts/screenshot.mjs <url> <out.png> [width] [light|dark]
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';
const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: 850 },
  colorScheme: scheme,
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
