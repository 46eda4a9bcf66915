// Opens the campaign page (dispatch, tracking, replies and the CS-08 statistics tab, all computed
// on load) as SALES six times and prints each time until the page has loaded; the first is cold.
const { chromium } = require('playwright-core');
const B = process.env.QD_URL || 'http://127.0.0.1:18286';
const url = process.argv[2];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage();
  page.setDefaultTimeout(120000);
  await page.goto(B + '/login.xhtml');
  await page.fill('#loginForm\\:username', 'sales');
  await page.fill('#loginForm\\:password', process.env.QD_PASSWORD || 'demo-2026');
  await Promise.all([page.waitForURL(u => !u.toString().includes('login.xhtml')), page.click('#loginForm\\:submit')]);
  const times = [];
  for (let k = 0; k < 6; k++) {
    const t = Date.now();
    const response = await page.goto(url, { waitUntil: 'load' });
    times.push(Date.now() - t);
    if (response.status() !== 200) throw new Error('campaign page answered ' + response.status());
  }
  await page.click('a[href$="statsTab"]');
  const index = await page.evaluate(() => document.body.innerText.match(/Satisfaction index[^\n]*\n?[^\n]*/));
  console.log('statistics tab:', index ? index[0].replace(/\s+/g, ' ') : '(index not found)');
  console.log('campaign page load times (ms):', times.join(', '));
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log('cold', times[0], 'ms; warm median', warm[Math.floor(warm.length / 2)], 'ms; warm max', warm[warm.length - 1], 'ms');
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
