// Opening benchmark (prints a table; not a test): for maps of 1,000, 5,000 and
// 20,000 actions (5, 25 and 100 thousand cards, web/tests/big-map.mjs), median
// of 5 cold runs in headless Chromium:
// - first frame: navigation start to the first frame drawn (empty cold start);
// - open: the file's bytes handed to the app to the next animation frame after
//   the map is drawn (jejak.openMapBytes, as the file picker does);
// - reload: navigation start to the first frame that shows the stored map;
// - click: pointer down on a card to the frame whose side panel shows it;
// - memory: JS heap used plus the wasm memory, after the map is open;
// - present: Ctrl+Shift+Enter to the first frame of presentation mode.
// Before that, with no map: the startup download (every file the page fetches,
// each compressed with gzip -9) and the first frame of a cold start and of a
// repeat visit (files and compiled code in the browser's cache).
// Usage: node web/tests/bench-open.mjs   (RUNS=n and ACTIONS=1000,5000 change what it runs)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bigMap } from './big-map.mjs';
import { idle, launch, openApp, repoRoot } from './harness.mjs';

const RUNS = Number(process.env.RUNS || 5);
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const env = await launch();
const step = (what) => { if (process.env.DEBUG) console.log(`  ${what}`); };

// A run that fails (a renderer that dies on a busy machine) is said and tried again, once.
async function attempt(what, fn) {
  for (let tries = 1; ; tries++) {
    try {
      return await fn();
    } catch (e) {
      console.log(`  (${what}: ${String(e.message || e).split('\n')[0]}${tries < 2 ? '; trying again' : ''})`);
      if (tries >= 2) return null;
    }
  }
}

try {
  // --- with no map --------------------------------------------------------------
  const files = new Set();
  const cold = [], repeat = [];
  for (let run = 0; run < RUNS; run++) {
    await attempt('start', async () => {
      const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
      try {
        page.on('request', (r) => files.add(new URL(r.url()).pathname));
        await idle(page);
        cold.push(await page.evaluate(() => window.jejak.firstFrameMs));
        await page.goto(env.url);
        await page.waitForFunction(() => window.jejak && window.jejak.ready, null, { timeout: 30000 });
        await idle(page);
        repeat.push(await page.evaluate(() => window.jejak.firstFrameMs));
      } finally {
        await context.close();
      }
    });
  }
  let download = 0;
  console.log('file fetched at startup   raw bytes   gzip -9 bytes');
  for (const f of [...files].sort()) {
    const data = readFileSync(join(resolve(repoRoot, process.env.JEJAK_WEB_DIR || 'build/web'), f === '/' ? 'index.html' : f));
    const gz = gzipSync(data, { level: 9 }).length;
    download += gz;
    console.log(`${(f === '/' ? '/ (index.html)' : f).padEnd(22)} ${String(data.length).padStart(11)} ${String(gz).padStart(15)}`);
  }
  console.log(`startup download: ${download.toLocaleString('en')} B gzip -9 in ${files.size} files`);
  console.log(`first frame, no map: cold ${median(cold).toFixed(0)} ms, repeat visit ${median(repeat).toFixed(0)} ms ` +
    `(median of ${cold.length})`);
  // A repeat visit served by the service worker's cache against one served by
  // the network (HTTP cache, 304s), median of 7 each.
  const fromWorker = [], fromNetwork = [];
  for (const [list, serviceWorkers] of [[fromWorker, 'allow'], [fromNetwork, 'block']]) {
    for (let run = 0; run < 7; run++) {
      await attempt('repeat visit', async () => {
        const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers });
        try {
          const page = await context.newPage();
          await page.goto(env.url);
          await page.waitForFunction(() => window.jejak && window.jejak.ready, null, { timeout: 30000 });
          if (serviceWorkers === 'allow') {
            await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
          }
          await idle(page);
          await page.goto(env.url);
          await page.waitForFunction(() => window.jejak && window.jejak.ready, null, { timeout: 30000 });
          list.push(await page.evaluate(() => window.jejak.firstFrameMs));
        } finally {
          await context.close();
        }
      });
    }
  }
  console.log(`first frame, repeat visit: from the service worker's cache ${median(fromWorker).toFixed(0)} ms, ` +
    `from the network ${median(fromNetwork).toFixed(0)} ms (median of 7)`);
  const single = readFileSync(join(resolve(repoRoot, process.env.JEJAK_WEB_DIR || 'build/web'), 'jejak-offline.html'));
  console.log(`single-file edition jejak-offline.html: ${single.length.toLocaleString('en')} B, ` +
    `${gzipSync(single, { level: 9 }).length.toLocaleString('en')} B gzip -9`);

  // --- with a map ---------------------------------------------------------------
  console.log(`ms (median of ${RUNS} cold runs), MiB; headless Chromium, SwiftShader`);
  // Times an input (`type`, seen first, at the window) to the first animation
  // frame in which the UI item `id` is drawn; window.benchProbe gives it. The
  // probe is in place before the input (an evaluate not awaited could run after
  // the browser has delivered it).
  const armProbe = (page, type, id) => page.evaluate(([t, item]) => {
    window.benchProbe = new Promise((ok, fail) => {
      setTimeout(() => fail(new Error(`no ${item} 20 s after the ${t}`)), 20000);
      window.addEventListener(t, () => {
        const start = performance.now();
        const look = () => (window.jejak.itemRect(item) ? ok(performance.now() - start) : requestAnimationFrame(look));
        requestAnimationFrame(look);
      }, { once: true, capture: true });
    });
  }, [type, id]);
  console.log('actions  cards    first frame   open     reload   click    memory   present');
  for (const actions of (process.env.ACTIONS || '1000,5000,20000').split(',').map(Number)) {
    const text = bigMap(actions);
    const rows = { first: [], open: [], reload: [], click: [], memory: [], present: [] };
    for (let run = 0; run < RUNS; run++) {
      await attempt(`${actions} actions`, async () => {
        const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
        try {
          await idle(page);
          rows.first.push(await page.evaluate(() => window.jejak.firstFrameMs));
          step('open');
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
          step('click');
          await armProbe(page, 'mousedown', 'panel/side');
          await page.mouse.down();
          await page.mouse.up();
          rows.click.push(await page.evaluate(() => window.benchProbe));
          // JS heap after a garbage collection, plus the wasm memory.
          const cdp = await context.newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          const wasm = await page.evaluate(() => window.Module.HEAPU8.length);
          rows.memory.push((usedSize + wasm) / (1024 * 1024));
          // Presentation mode: Ctrl+Shift+Enter to the first frame of the spotlight
          // (its own layout of every card at the large size, the large fonts).
          step('present');
          await armProbe(page, 'keydown', 'present/next');
          await page.keyboard.press('Control+Shift+Enter');
          rows.present.push(await page.evaluate(() => window.benchProbe));
          await page.keyboard.press('Escape');
          await idle(page);
          step('saved');
          await page.waitForFunction(() => window.jejak.state().save === 'saved' && !window.jejak.state().dirty, null,
            { timeout: 60000 });
          step('reload');
          await page.reload();
          await page.waitForFunction(() => window.jejak && window.jejak.ready && window.jejak.state().save === 'saved' &&
            window.jejak.state().idle, null, { timeout: 60000, polling: 'raf' });
          // Navigation start to the first frame that shows the restored map (glue.js marks it).
          rows.reload.push(await page.evaluate(() => performance.getEntriesByName('jejak-map-drawn')[0].startTime));
        } finally {
          await context.close();
        }
      });
    }
    const f = (x) => x.toFixed(0).padStart(6);
    console.log(`${String(actions).padEnd(8)} ${String(actions * 5).padEnd(8)} ${f(median(rows.first))}        ` +
      `${f(median(rows.open))}   ${f(median(rows.reload))}   ${f(median(rows.click))}   ${median(rows.memory).toFixed(1).padStart(6)}   ${f(median(rows.present))}`);
  }
} finally {
  await env.close();
}
