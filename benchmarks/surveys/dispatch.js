// Plans a campaign as SALES on the campaigns screen, dispatches it from the campaign screen and
// times the dispatch job from the confirming click until the page shows it completed (the page
// polls every 2 s, so the figure is up to 2 s late). Writes the campaign's address to argv[2].
const { chromium } = require('playwright-core');
const fs = require('fs');
const B = process.env.QD_URL || 'http://127.0.0.1:18286';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

async function login(page) {
  await page.goto(B + '/login.xhtml');
  await page.fill('#loginForm\\:username', 'sales');
  await page.fill('#loginForm\\:password', process.env.QD_PASSWORD || 'demo-2026');
  await Promise.all([page.waitForURL(u => !u.toString().includes('login.xhtml'), { timeout: 120000 }),
    page.click('#loginForm\\:submit')]);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage();
  page.setDefaultTimeout(300000);
  await login(page);
  await page.goto(B + '/survey/campaigns.xhtml');
  await page.click('#listForm\\:newCampaign');
  await page.waitForSelector('#editForm\\:name', { state: 'visible' });
  const name = 'BENCH-' + Date.now();
  await page.fill('#editForm\\:name', name);
  await page.click('#editForm\\:save');
  await page.waitForSelector(`a[id$="open"]:text("${name}")`);
  await page.click(`a[id$="open"]:text("${name}")`);
  await page.waitForLoadState('networkidle');
  const eligible = await page.textContent('#eligibleCount');
  console.log('campaign', name, 'eligible customers', eligible.trim());
  fs.writeFileSync(process.argv[2], page.url());
  await page.click('[id$="dispatch"]');
  await page.waitForSelector('[id$="confirmYes"]', { state: 'visible' });
  const start = Date.now();
  await page.click('[id$="confirmYes"]');
  for (;;) {
    await page.waitForTimeout(250);
    const text = await page.evaluate(() => document.body.innerText);
    const m = text.match(/Dispatch job: (Completed|Failed|Stopped|Abandoned)/);
    if (m) {
      console.log('dispatch job', m[1], 'after', (Date.now() - start) / 1000, 's; invited',
        (await page.textContent('#invitedCount')).trim());
      if (m[1] !== 'Completed') process.exitCode = 1;
      break;
    }
    if (Date.now() - start > 600000) throw new Error('dispatch not finished after 10 minutes');
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
