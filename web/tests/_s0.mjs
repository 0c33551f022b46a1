import { idle, launch, openApp } from './harness.mjs';
const env = await launch();
const { context, page } = await openApp(env, {});
await idle(page);
await page.screenshot({ path: '/tmp/s0.png' });
console.log(await page.evaluate(() => ['button/lanes','button/personas','button/analytics','button/properties'].map((id) => [id, window.jejak.itemRect(id)])));
await context.close(); await env.close();
