// Plans a campaign as SALES, dispatches it and times the batch job until COMPLETED.
const { chromium } = require('playwright-core');
const B = process.env.QD_URL || 'http://127.0.0.1:8181';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(B + '/login.xhtml');
  await page.fill('#loginForm\\:username', 'sales');
  await page.fill('#loginForm\\:password', process.env.QD_PASSWORD || 'demo-2026');
  await Promise.all([page.waitForURL(u => !u.toString().includes('login.xhtml'), { timeout: 120000 }), page.click('#loginForm\\:submit')]);
  await page.goto(B + '/survey/campaigns.xhtml');
  await page.click('#listForm\\:newCampaign'); await page.waitForTimeout(1500);
  await page.fill('#editForm\\:name', 'BENCH-' + Date.now());
  await page.click('#editForm\\:save'); await page.waitForTimeout(3000);
  const links = await page.$$('a[id$="open"]');
  await links[0].click(); await page.waitForLoadState('networkidle');
  const start = Date.now();
  await page.click('[id$="dispatch"]'); await page.waitForTimeout(500);
  await page.click('[id$="confirmYes"]');
  for (;;) {
    await page.waitForTimeout(2000);
    const text = await page.evaluate(() => document.body.innerText);
    if (/Dispatch job: (Completed|Failed|Stopped)/.test(text)) {
      console.log('dispatch', (Date.now() - start) / 1000, 's', text.match(/Dispatch job: \w+/)[0]);
      break;
    }
  }
  const t = Date.now();
  await page.click('a[href$="statsTab"]');
  await page.reload(); await page.waitForLoadState('networkidle');
  console.log('campaign page with statistics', (Date.now() - t) / 1000, 's');
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
