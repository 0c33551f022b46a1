// Share links in real Chromium: the map compressed into the URL's fragment
// (CompressionStream), opened read-only in a fresh browser, saved as a copy;
// long links warned about; damaged and cut links explained, opening nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactsDir, click, doc, idle, launch, state } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function newPage(locale = 'en-US') {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

async function ready(page, url = env.url) {
  await page.goto(url);
  await page.waitForFunction(() => window.jejak && window.jejak.ready === true, null, { timeout: 30000 });
  await idle(page);
}

// The link of the open map, as the dialog's Copy button puts it on the clipboard.
async function makeLink(page) {
  await click(page, 'button/export');
  await page.waitForFunction(() => window.jejak.itemRect('menu/share-link'));
  await click(page, 'menu/share-link');
  await page.waitForFunction(() => window.jejak.itemRect('button/share-copy'));
  await click(page, 'button/share-copy');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a link holds the map: another browser opens it read-only, then saves a copy of its own', async () => {
  const a = await newPage();
  const b = await newPage('id-ID');
  try {
    await ready(a.page);
    const map = await doc(a.page);
    const link = await makeLink(a.page);
    assert.ok(link.startsWith(`${env.url.replace(/\/$/, '')}/#map=`) || link.startsWith(`${env.url}#map=`), link.slice(0, 60));
    assert.match(link.split('#map=')[1], /^[A-Za-z0-9_-]+$/, 'base64url, nothing to escape');
    assert.ok(link.length < 8000, `the example map's link is ${link.length} characters`);
    await a.page.screenshot({ path: join(artifactsDir, 'share-dialog.png') });
    assert.equal(await a.page.evaluate(() => window.jejak.itemRect('text/share-too-long')), null);

    // Nothing of the map went to a server: only the page's own files are fetched for the link.
    const requests = [];
    b.page.on('request', (r) => requests.push(new URL(r.url())));
    await ready(b.page, link);
    await b.page.waitForFunction(() => window.jejak.state().shared);
    assert.deepEqual(await doc(b.page), map, 'the same map, to the byte');
    assert.ok(requests.every((u) => u.hash === '' && u.search === ''), 'no request carries the map');
    await b.page.screenshot({ path: join(artifactsDir, 'share-opened-id.png') });
    assert.ok(await b.page.evaluate(() => window.jejak.itemRect('text/shared-banner')));

    // Read-only: an edit is refused with a word, and the map stays.
    await b.page.keyboard.press('Escape');
    const card = await b.page.evaluate((id) => window.jejak.itemRect(`card/${id}`), map.cards[0].id);
    await b.page.mouse.dblclick(card.x + card.w / 2, card.y + card.h / 2);
    await b.page.waitForFunction(() => window.jejak.lastError() !== '');
    assert.match(await b.page.evaluate(() => window.jejak.lastError()), /hanya bisa dibaca/);
    assert.deepEqual(await doc(b.page), map);
    const before = (await b.page.evaluate(() => window.jejakStorage.list())).maps.length;

    await click(b.page, 'button/save-shared');
    await b.page.waitForFunction(() => !window.jejak.state().shared && window.jejak.state().save === 'saved');
    assert.equal(await b.page.evaluate(() => location.hash), '', 'the link is gone from the address');
    const after = (await b.page.evaluate(() => window.jejakStorage.list())).maps;
    assert.equal(after.length, before + 1, 'a map of its own in the library');
    const copyId = (await state(b.page)).mapId;
    assert.ok(after.some((m) => m.id === copyId), 'the copy is the open map');
    // Now it edits like any map.
    await b.page.mouse.dblclick(card.x + card.w / 2, card.y + card.h / 2);
    await b.page.waitForFunction(() => window.jejak.view().editing);
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('a damaged or cut link says so in the user language and opens nothing; the own map stays', async () => {
  const a = await newPage();
  const b = await newPage('id-ID');
  try {
    await ready(a.page);
    const link = await makeLink(a.page);
    await ready(b.page);
    const own = await doc(b.page);
    const ownId = (await state(b.page)).mapId;
    for (const [what, bad] of [['cut', link.slice(0, link.length - 40)], ['damaged', link.replace('#map=', '#map=!!')],
      ['not deflate', `${env.url}#map=bm90IGRlZmxhdGU`]]) {
      await b.page.goto(bad);
      await b.page.waitForFunction(() => window.jejak && window.jejak.ready === true);
      await b.page.waitForFunction(() => window.jejak.lastError() !== '', null, { timeout: 15000 });
      assert.match(await b.page.evaluate(() => window.jejak.lastError()), /rusak atau terpotong/, what);
      assert.equal((await state(b.page)).shared, false, what);
      assert.equal((await state(b.page)).mapId, ownId, `${what}: the own map is open`);
      assert.deepEqual(await doc(b.page), own, what);
    }
    await b.page.screenshot({ path: join(artifactsDir, 'share-damaged-id.png') });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('a link over 8,000 characters gets a warning and the offer to send the file instead', async () => {
  const { context, page } = await newPage();
  try {
    await ready(page);
    // Text that does not compress: random words, many cards.
    let seed = 11;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
    const word = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + (rand() % 26))).join('');
    const cards = Array.from({ length: 400 }, (_, i) => ({ id: 10 + i, lane: 2, stage: 1, text: `${word()} ${word()} ${word()}` }));
    await page.evaluate((text) => window.jejak.openMapJson(text), JSON.stringify({ format: 'jejak.journey-map',
      version: 2, title: 'Long', nextId: 1000, personas: [], stages: [{ id: 1, name: 'One' }],
      lanes: [{ id: 2, name: 'Actions', kind: 'actions' }], cards, emotions: [] }));
    await idle(page);
    const link = await makeLink(page);
    assert.ok(link.length > 8000, `${link.length} characters`);
    assert.ok(await page.evaluate(() => window.jejak.itemRect('text/share-too-long')));
    await page.screenshot({ path: join(artifactsDir, 'share-too-long.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button/share-file')]);
    assert.equal(download.suggestedFilename(), 'Long.json');
  } finally {
    await context.close();
  }
});
