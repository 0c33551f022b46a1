// Opening benchmark (prints a table; not a test): for maps of 1,000, 5,000 and
// 20,000 actions (5, 25 and 100 thousand cards, web/tests/big-map.mjs), median
// of 5 cold runs in headless Chromium:
// - first frame: navigation start to the first frame drawn (empty cold start);
// - open: the file's bytes handed to the app to the next animation frame after
//   the map is drawn (jejak.openMapBytes, as the file picker does);
// - reload: navigation start to the stored map restored and drawn;
// - click: pointer down on a card to the frame whose side panel shows it;
// - memory: JS heap used plus the wasm memory, after the map is open.
// Usage: node web/tests/bench-open.mjs   (RUNS=n and ACTIONS=1000,5000 change what it runs)
import { bigMap } from './big-map.mjs';
import { idle, launch, openApp } from './harness.mjs';

const RUNS = Number(process.env.RUNS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = await launch();
try {
  console.log(`ms (median of ${RUNS} cold runs), MiB; headless Chromium, SwiftShader`);
  console.log('actions  cards    first frame   open     reload   click    memory');
  for (const actions of (process.env.ACTIONS || '1000,5000,20000').split(',').map(Number)) {
    const text = bigMap(actions);
    const rows = { first: [], open: [], reload: [], click: [], memory: [] };
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
      try {
        await idle(page);
        rows.first.push(await page.evaluate(() => window.jejak.firstFrameMs));
        rows.open.push(await page.evaluate(async (t) => {
          const bytes = new TextEncoder().encode(t);
          const start = performance.now();
          window.jejak.openMapBytes(bytes);
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          return performance.now() - start;
        }, text));
        await idle(page);
        const card = JSON.parse(await page.evaluate(() => window.jejak.documentJson())).cards[0];
        const r = await page.evaluate((id) => window.jejak.itemRect(`card/${id}`), card.id);
        await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
        await idle(page);
        const clicked = page.evaluate(() => new Promise((ok) => {
          const canvas = document.getElementById('canvas');
          canvas.addEventListener('mousedown', () => {
            const start = performance.now();
            const look = () => (window.jejak.itemRect('panel/side') ? ok(performance.now() - start) : requestAnimationFrame(look));
            requestAnimationFrame(look);
          }, { once: true, capture: true });
        }));
        await page.mouse.down();
        await page.mouse.up();
        rows.click.push(await clicked);
        rows.memory.push(await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0) +
          (window.Module && window.Module.HEAPU8 ? window.Module.HEAPU8.length : 0)) / (1024 * 1024));
        await page.waitForFunction(() => window.jejak.state().save === 'saved' && !window.jejak.state().dirty, null,
          { timeout: 60000 });
        await page.reload();
        await page.waitForFunction(() => window.jejak && window.jejak.ready && window.jejak.state().save === 'saved' &&
          window.jejak.state().idle, null, { timeout: 60000, polling: 'raf' });
        rows.reload.push(await page.evaluate(() => performance.now()));
      } finally {
        await context.close();
      }
    }
    const f = (x) => x.toFixed(0).padStart(6);
    console.log(`${String(actions).padEnd(8)} ${String(actions * 5).padEnd(8)} ${f(median(rows.first))}        ` +
      `${f(median(rows.open))}   ${f(median(rows.reload))}   ${f(median(rows.click))}   ${median(rows.memory).toFixed(1).padStart(6)}`);
  }
} finally {
  await env.close();
}
