// Shared set-up for browser tests: Debian's Chromium through playwright-core,
// build/web (or JEJAK_WEB_DIR) served on 127.0.0.1, and a record of console errors and requests.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const artifactsDir = join(repoRoot, 'build/test-artifacts');
// The build under test: build/web, or JEJAK_WEB_DIR (tests/run.sh: build/web-checked).
export const webDir = resolve(repoRoot, process.env.JEJAK_WEB_DIR || 'build/web');
mkdirSync(artifactsDir, { recursive: true });

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// folder: serve another build folder (a copy a test changes); default build/web,
// or JEJAK_WEB_DIR.
export async function launch({ folder = null } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // JEJAK_WEB_DIR picks the build to test (tests/run.sh: build/web-checked).
  const { server, url } = await startStaticServer(folder || webDir, 0);
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

// Opens the app in a fresh context and records what the page says and asks for.
export async function openApp(env, { deviceScaleFactor = 1, viewport = { width: 1280, height: 800 },
  locale = 'en-US', initScript = null, waitReady = true, hasTouch = false, serviceWorkers = 'allow' } = {}) {
  const context = await env.browser.newContext({ deviceScaleFactor, viewport, locale, hasTouch, serviceWorkers });
  const page = await context.newPage();
  const record = { errors: [], requests: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') record.errors.push(msg.text()); });
  page.on('pageerror', (err) => record.errors.push(String(err)));
  page.on('request', (req) => record.requests.push(req.url()));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(env.url);
  if (waitReady) await page.waitForFunction(() => window.jejak && window.jejak.ready === true, null, { timeout: 30000 });
  return { context, page, record };
}

// Opens the app, waits until it is idle, runs fn({ context, page, record }) and
// closes the page whatever happens: the one way a test gets an app.
export async function withApp(env, options, fn) {
  const app = await openApp(env, options);
  try {
    if (options.waitReady !== false) await idle(app.page);
    return await fn(app);
  } finally {
    await app.context.close();
  }
}

// Waits until the app has handled all input and drawn what it owes: no event
// waiting, no frame to draw, nothing animating (jejak.state().idle), twice in a row.
export async function idle(page) {
  for (let calm = 0; calm < 2;) {
    await page.waitForFunction(() => window.jejak.state().idle, null, { timeout: 15000 });
    await page.waitForTimeout(30);
    calm = (await page.evaluate(() => window.jejak.state().idle)) ? calm + 1 : 0;
  }
}

// Waits until the app has stopped drawing (it only draws when something changed).
export async function settle(page, quietMs = 300) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = await page.evaluate(() => window.jejak.frameCount);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(quietMs);
  }
  throw new Error('the app never stopped drawing');
}

// Luminance statistics of a PNG, decoded by the browser itself.
export async function imageStats(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let sum = 0, sumSq = 0;
      const colours = new Set();
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
        sum += y; sumSq += y * y;
        if (colours.size < 5000) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
      const mean = sum / n;
      return { width: bitmap.width, height: bitmap.height, mean, variance: sumSq / n - mean * mean, colours: colours.size };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

// Centre of a named UI item, in CSS pixels, from the test bridge.
export async function itemCentre(page, id) {
  const rect = await page.evaluate((name) => window.jejak.itemRect(name), id);
  if (!rect) throw new Error(`no UI item ${id}`);
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2, rect };
}

// --- the app through the test bridge: one copy for every test file -----------------
export const doc = (page) => page.evaluate(() => JSON.parse(window.jejak.documentJson()));
export const rect = (page, id) => page.evaluate((i) => window.jejak.itemRect(i), id);
export const view = (page) => page.evaluate(() => window.jejak.view());
export const state = (page) => page.evaluate(() => window.jejak.state());

// Points at a named item, lets the app see the pointer arrive, clicks it and
// waits until the app has handled the click. The page comes to the front first:
// headless Chromium runs animation frames only in the page in front.
export async function click(page, id, options = {}) {
  await page.bringToFront();
  const { x, y } = await itemCentre(page, id);
  await page.mouse.move(x, y);
  await idle(page);
  await page.mouse.click(x, y, options);
  await idle(page);
}

// A double-click as a hand makes it: the pointer arrives, then a click and the
// second press (Playwright's click({clickCount: 2}) would press twice more).
export async function doubleClickAt(page, x, y) {
  await page.mouse.move(x, y);
  await idle(page);
  await page.mouse.click(x, y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await idle(page);
}

export function isLocal(url, base) {
  return url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:');
}
