// Times, as SALES, six times each: the campaign page (its first tab: customers and dispatch) until
// loaded, and the statistics tab (CS-08, loaded when opened) from the click until the server's
// answer is in and until its item table is shown. The first of each is cold.
const { chromium } = require('playwright-core');
const B = process.env.QD_URL || 'http://127.0.0.1:18286';
const url = process.argv[2];

function report(label, times) {
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(`${label} (ms): ${times.join(', ')}; cold ${times[0]}, warm median ${warm[Math.floor(warm.length / 2)]},`
    + ` warm max ${warm[warm.length - 1]}`);
}

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
  const pageTimes = [];
  const statsTimes = [];
  const serverTimes = [];
  let summary = '';
  for (let k = 0; k < 6; k++) {
    let t = Date.now();
    const response = await page.goto(url, { waitUntil: 'load' });
    pageTimes.push(Date.now() - t);
    if (response.status() !== 200) throw new Error('campaign page answered ' + response.status());
    t = Date.now();
    const answered = page.waitForResponse(r => r.request().method() === 'POST' && r.url().includes('campaign.xhtml'));
    await page.click('a[href$="statsTab"]');
    const tabAnswer = await answered;
    await tabAnswer.finished();
    serverTimes.push(Date.now() - t);
    await page.waitForSelector('[id$="itemTable"] tbody tr', { state: 'visible' });
    statsTimes.push(Date.now() - t);
    summary = await page.evaluate(() => document.querySelector('[id$="statsTab"]').innerText.split('\n').slice(0, 6).join(' | '));
  }
  console.log('statistics tab:', summary);
  report('campaign page', pageTimes);
  report('statistics tab, its answer received', serverTimes);
  report('statistics tab, shown', statsTimes);
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
