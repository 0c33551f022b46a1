import fs from 'node:fs';
import { click, idle, launch, openApp } from './harness.mjs';
const env = await launch();
const tpl = fs.readFileSync(new URL('../../assets/templates/ecommerce-abandoned-cart.' + (process.env.L || 'en') + '.json', import.meta.url), 'utf8');
for (const dpr of (process.env.DPR || '1').split(',').map(Number)) {
  const { context, page, record } = await openApp(env, { deviceScaleFactor: dpr, locale: process.env.L === 'id' ? 'id-ID' : 'en-US' });
  await idle(page);
  await page.evaluate((t) => window.jejak.openMapJson(t), tpl);
  await idle(page);
  await click(page, 'button/analytics');
  await idle(page);
  for (const tab of (process.env.TABS || 'funnel').split(',')) {
    await click(page, 'tab/' + tab); await idle(page); await idle(page);
    await page.screenshot({ path: `/tmp/an-${tab}-${process.env.L || 'en'}-${dpr}.png` });
  }
  console.log(JSON.stringify(await page.evaluate(() => window.jejak.view().analytics)), record.errors);
  await context.close();
}
await env.close();
