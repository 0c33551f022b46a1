// The page shell and the app's first frame in real Chromium, at pixel ratios 1 and 2.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactsDir, click, idle, imageStats, isLocal, itemCentre, launch, openApp, settle, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

for (const ratio of [1, 2]) {
  describe(`at devicePixelRatio ${ratio}`, () => {
    test('starts to the example map with no errors and no outside requests', async () => {
      const { context, page, record } = await openApp(env, { deviceScaleFactor: ratio });
      try {
        const bridge = await page.evaluate(() => ({
          firstFrameMs: window.jejak.firstFrameMs,
          doc: window.jejak.documentJson(),
          lastError: window.jejak.lastError(),
          missing: window.jejak.itemRect('no/such-item'),
          loadingHidden: document.getElementById('loading').hidden,
        }));
        assert.ok(bridge.firstFrameMs > 0 && bridge.firstFrameMs < 30000, `firstFrameMs ${bridge.firstFrameMs}`);
        console.log(`# first frame at ${bridge.firstFrameMs.toFixed(0)} ms (ratio ${ratio})`);
        const doc = JSON.parse(bridge.doc);
        assert.equal(doc.format, 'jejak.journey-map');
        assert.equal(doc.version, 4);  // the current format, whatever the template's file says
        // A first visit lands on the example map in the browser's language.
        assert.equal(doc.title, 'Maria buys skin care online');
        assert.equal(doc.language, 'en');
        assert.equal(doc.stages.length, 6);
        assert.equal(bridge.lastError, '');
        assert.equal(bridge.missing, null);
        assert.equal(bridge.loadingHidden, true);

        const png = await page.screenshot({ path: join(artifactsDir, `first-visit-dpr${ratio}.png`) });
        const stats = await imageStats(env.browser, png);
        assert.equal(stats.width, 1280 * ratio);
        assert.ok(stats.variance > 100, `screenshot looks blank: variance ${stats.variance}`);
        assert.ok(stats.colours > 50, `screenshot has only ${stats.colours} colours`);

        assert.deepEqual(record.errors, []);
        const outside = record.requests.filter((u) => !isLocal(u, env.url));
        assert.deepEqual(outside, []);
        assert.ok(record.requests.some((u) => u.endsWith('/app.wasm')));
      } finally {
        await context.close();
      }
    });

    test('the canvas has one texel per device pixel and follows resizes', async () => {
      const { context, page } = await openApp(env, { deviceScaleFactor: ratio });
      try {
        const size = () => page.evaluate(() => {
          const c = document.getElementById('canvas');
          return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
        });
        assert.deepEqual(await size(), { w: 1280 * ratio, h: 800 * ratio, cssW: 1280, cssH: 800 });
        const before = await itemCentre(page, 'button/language-id');
        await page.setViewportSize({ width: 900, height: 640 });
        await page.waitForFunction((r) => document.getElementById('canvas').width === 900 * r, ratio);
        await settle(page);
        assert.deepEqual(await size(), { w: 900 * ratio, h: 640 * ratio, cssW: 900, cssH: 640 });
        const after = await itemCentre(page, 'button/language-id');
        assert.equal(Math.round(before.x - after.x), 380, 'the right-aligned language switch moved with the edge');
      } finally {
        await context.close();
      }
    });
  });
}

test("a first visit downloads one language's words; the other comes when chosen, and a failure says so", async () => {
  // No service worker: it would fetch every file for the offline copy, and serve them.
  await withApp(env, { serviceWorkers: 'block' }, async ({ page, record }) => {
    const words = [];
    page.on('request', (r) => { const m = /words-(\w+)\.json$/.exec(r.url()); if (m) words.push(m[1]); });
    await page.reload();
    await page.waitForFunction(() => window.jejak && window.jejak.ready);
    assert.deepEqual(words, ['en'], 'only the interface language is downloaded');
    assert.equal((await page.evaluate(() => JSON.parse(window.jejak.documentJson()))).title, 'Maria buys skin care online');
    // The other language, unreachable: a message in this one, and the interface stays.
    await page.route('**/words-id.json', (route) => route.fulfill({ status: 404, body: '' }));
    await click(page, 'button/language-id');
    await page.waitForFunction(() => window.jejak.lastError() !== '');
    assert.match(await page.evaluate(() => window.jejak.lastError()), /could not be loaded/);
    assert.equal(await page.evaluate(() => window.jejak.uiLanguage()), 'en');
    await page.unroute('**/words-id.json');
    await click(page, 'button/language-id');
    await page.waitForFunction(() => window.jejak.uiLanguage() === 'id');
    assert.deepEqual(words, ['en', 'id', 'id']);
    await click(page, 'button/language-en');
    await idle(page);
    assert.equal(await page.evaluate(() => window.jejak.uiLanguage()), 'en');
    assert.deepEqual(words, ['en', 'id', 'id'], 'a language once loaded is not asked for again');
    assert.deepEqual(record.errors.filter((e) => !/404|words/.test(e)), []);
  });
});

test('clicking the ID button switches the interface to Bahasa Indonesia', async () => {
  await withApp(env, {}, async ({ context, page, record }) => {
    assert.equal(await page.evaluate(() => window.jejak.uiLanguage()), 'en');
    const button = await itemCentre(page, 'button/language-id');
    await page.mouse.click(button.x, button.y);
    await page.waitForFunction(() => window.jejak.uiLanguage() === 'id');
    await settle(page);
    await page.screenshot({ path: join(artifactsDir, 'interface-id.png') });
    // The choice and the theme are remembered in this browser: a reload keeps both.
    const topBarLuma = async () => {
      const png = await page.screenshot({ clip: { x: 2, y: 2, width: 8, height: 8 } });
      return (await imageStats(env.browser, png)).mean;
    };
    const lightLuma = await topBarLuma();
    const theme = await itemCentre(page, 'button/theme');
    await page.mouse.click(theme.x, theme.y);  // light -> dark
    await settle(page);
    assert.ok(await topBarLuma() < lightLuma - 100, 'the dark theme darkens the top bar');
    await page.reload();
    await page.waitForFunction(() => window.jejak && window.jejak.ready);
    assert.equal(await page.evaluate(() => window.jejak.uiLanguage()), 'id');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
    await settle(page);
    assert.ok(await topBarLuma() < lightLuma - 100, 'still dark after a reload');
    const en = await itemCentre(page, 'button/language-en');
    await page.mouse.click(en.x, en.y);
    await page.waitForFunction(() => window.jejak.uiLanguage() === 'en');
    assert.deepEqual(record.errors, []);
  });
});

test('an Indonesian browser starts in Bahasa Indonesia', async () => {
  await withApp(env, { locale: 'id-ID' }, async ({ context, page }) => {
    const doc = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
    assert.equal(doc.title, 'Maria membeli produk perawatan kulit secara online');
    assert.equal(doc.language, 'id');
    assert.equal(doc.stages[0].name, 'Kesadaran');
    assert.equal(await page.evaluate(() => window.jejak.uiLanguage()), 'id');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  });
});

test('the app stops drawing when nothing changes and draws again on input', async () => {
  // Counts the animation frames the page asks for: an idle app asks for none.
  const countFrames = () => {
    const original = window.requestAnimationFrame.bind(window);
    window.rafRequests = 0;
    window.requestAnimationFrame = (callback) => { window.rafRequests++; return original(callback); };
  };
  await withApp(env, { initScript: countFrames }, async ({ context, page }) => {
    // The first visit saves the example map; the status change is drawn, then all is still.
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    const idle = await settle(page);
    const requests = await page.evaluate(() => window.rafRequests);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.jejak.frameCount), idle, 'drew frames while idle');
    assert.ok(await page.evaluate(() => window.rafRequests) - requests <= 1, 'asked for animation frames while idle');
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 310);
    await page.waitForFunction((n) => window.jejak.frameCount > n, idle);
    // A key press alone wakes it too, and after it the app is still again.
    const afterMove = await settle(page);
    await page.keyboard.press('F1');  // the shortcut list opens
    await page.waitForFunction(() => window.jejak.itemRect('window/help'));
    assert.ok(await page.evaluate(() => window.jejak.frameCount) > afterMove);
    await settle(page);
    const requestsAfter = await page.evaluate(() => window.rafRequests);
    await page.waitForTimeout(500);
    assert.ok(await page.evaluate(() => window.rafRequests) - requestsAfter <= 1);
  });
});

test('the Content-Security-Policy blocks requests to other hosts', async () => {
  await withApp(env, {}, async ({ context, page, record }) => {
    const blocked = await page.evaluate(() => new Promise((done) => {
      document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective));
      fetch('https://jejak-csp-test.invalid/x').catch(() => {});
    }));
    assert.equal(blocked, 'connect-src');
    assert.deepEqual(record.requests.filter((u) => !isLocal(u, env.url)), []);
  });
});

test('a browser without WebGL2 gets a clear message instead of a blank page', async () => {
  const { context, page, record } = await openApp(env, {
    waitReady: false,
    initScript: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    },
  });
  try {
    await page.waitForSelector('#problem:not([hidden])');
    assert.match(await page.textContent('#problem-title'), /cannot draw Jejak/);
    assert.match(await page.textContent('#problem-body'), /WebGL 2/);
    assert.ok(!record.requests.some((u) => u.endsWith('/app.wasm')), 'downloaded the app anyway');
    await page.screenshot({ path: join(artifactsDir, 'no-webgl2.png') });
  } finally {
    await context.close();
  }
});

test('a browser without WebAssembly gets a clear message', async () => {
  const { context, page } = await openApp(env, {
    waitReady: false, locale: 'id-ID', initScript: () => { delete window.WebAssembly; },
  });
  try {
    await page.waitForSelector('#problem:not([hidden])');
    assert.match(await page.textContent('#problem-title'), /tidak dapat menjalankan Jejak/);
  } finally {
    await context.close();
  }
});

test('the loading indicator reports download progress', async () => {
  const { context, page } = await openApp(env, {
    waitReady: false,
    initScript: () => {
      window.__progress = [];
      new MutationObserver(() => {
        const t = document.getElementById('loading-text');
        if (t) window.__progress.push(t.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    },
  });
  try {
    await page.waitForFunction(() => window.jejak && window.jejak.ready);
    const progress = await page.evaluate(() => window.__progress);
    assert.ok(progress.some((t) => /Loading… 100%/.test(t)), `progress seen: ${progress.join(' | ')}`);
  } finally {
    await context.close();
  }
});

// A GPU whose driver refuses a shader of Jejak's renderer: the page says so in
// the user's language, with the driver's words, instead of a blank canvas.
for (const [locale, title] of [['en-US', /cannot draw on this graphics card/], ['id-ID', /tidak dapat menggambar di kartu grafis/]]) {
  test(`a shader the GPU refuses gets a clear message (${locale})`, async () => {
    const { context, page, record } = await openApp(env, {
      waitReady: false, locale,
      initScript: () => {
        const proto = WebGL2RenderingContext.prototype;
        const status = proto.getShaderParameter;
        proto.getShaderParameter = function (shader, name) {
          return name === this.COMPILE_STATUS && this.getShaderSource(shader).includes('o_color') ? false
            : status.call(this, shader, name);
        };
        const log = proto.getShaderInfoLog;
        proto.getShaderInfoLog = function (shader) {
          return this.getShaderSource(shader).includes('o_color') ? 'ERROR: 0:9: precision not supported (test)' : log.call(this, shader);
        };
      },
    });
    try {
      await page.waitForSelector('#problem:not([hidden])');
      assert.match(await page.textContent('#problem-title'), title);
      assert.match(await page.textContent('#problem-details'), /imgui\.frag: ERROR: 0:9: precision not supported \(test\)/);
      assert.equal(await page.evaluate(() => window.jejak.ready), false, 'the app did not start on a broken renderer');
      assert.ok(!record.errors.some((e) => /Aborted|RuntimeError/.test(e)), record.errors.join('\n'));
    } finally {
      await context.close();
    }
  });
}
