// Image export benchmark (prints a table; not a test): the whole map as PNG at
// 1x, 2x and 4x, for the example map and for generated maps of 500 and 1,000
// cards (web/tests/big-map.mjs: 10 stages, 3 lanes), in headless Chromium on
// SwiftShader (the GPU of this machine is the CPU). "total" is the click on the
// menu item to the browser's download event; the app's own parts: drawing the
// map into a draw list (with the fonts rasterised for the scale), rendering it
// off screen and reading the pixels back, and PNG encoding (stb_image_write).
// Usage: node web/tests/bench-export.mjs   (RUNS=n changes the runs per row; median shown)
import { bigMap } from './big-map.mjs';
import { click, idle, launch, openApp } from './harness.mjs';

const RUNS = Number(process.env.RUNS || 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = await launch();
try {
  console.log('map              scale   pixels          PNG bytes   total ms   draw ms   render ms   encode ms');
  for (const [name, json] of [['example map', null], ['500 cards', bigMap(100)], ['1,000 cards', bigMap(200)]]) {
    const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
    try {
      await idle(page);
      if (json) {
        await page.evaluate((text) => window.jejak.openMapJson(text), json);
        await idle(page);
      }
      for (const scale of [1, 2, 4]) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          await click(page, 'button/export');
          await idle(page);
          await page.evaluate(() => { window.__exportBefore = window.jejak.lastExport(); });
          const start = Date.now();
          const downloaded = page.waitForEvent('download', { timeout: 120000 }).catch(() => null);
          await click(page, `menu/export-png-${scale}`);
          // A refused image (too large) downloads nothing: the app's record says so.
          await page.waitForFunction(() => JSON.stringify(window.jejak.lastExport()) !== JSON.stringify(window.__exportBefore)
            || false, null, { timeout: 120000 }).catch(() => {});
          const e = await page.evaluate(() => window.jejak.lastExport());
          const download = e && !e.error ? await downloaded : null;
          const total = Date.now() - start;
          if (download) await download.delete();
          runs.push({ total, ...e });
          await idle(page);
        }
        const m = (k) => median(runs.map((r) => r[k]));
        const r = runs[0];
        if (r.error) {
          console.log(`${name.padEnd(16)} ${String(scale).padStart(4)}x   ${`${r.width} x ${r.height}`.padEnd(14)} ` +
            `refused: ${r.error} (more than 100 million pixels)`);
          await page.keyboard.press('Escape');
          continue;
        }
        console.log(`${name.padEnd(16)} ${String(scale).padStart(4)}x   ${`${r.width} x ${r.height}`.padEnd(14)} ` +
          `${String(r.bytes).padStart(10)} ${String(m('total')).padStart(10)} ${m('drawMs').toFixed(0).padStart(9)} ` +
          `${m('renderMs').toFixed(0).padStart(11)} ${m('encodeMs').toFixed(0).padStart(11)}`);
      }
    } finally {
      await context.close();
    }
  }
} finally {
  await env.close();
}
