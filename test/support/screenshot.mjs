import { chromium } from '@playwright/test';
const [url, out, width = '1200', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await (
  await browser.newContext({ viewport: { width: +width, height: +height } })
).newPage();
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
