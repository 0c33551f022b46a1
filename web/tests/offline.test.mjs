// Offline: the service worker keeps every file, the page starts with the network
// off and keeps working; a new build installs in the background and takes over
// only when the user chooses Reload, with the map saved; a file handed to the
// installed app (launchQueue) goes through the same loader as Ctrl+O.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { artifactsDir, click, doc, idle, isLocal, launch, openApp, repoRoot, state, webDir } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null,
  { timeout: 30000 });
const ready = (page) => page.waitForFunction(() => window.jejak && window.jejak.ready === true, null, { timeout: 30000 });

// A blank map, then a card typed into its first cell.
async function addCard(page, text) {
  await click(page, 'button/new');
  await page.waitForFunction(() => window.jejak.itemRect('button/template-blank'));
  await click(page, 'button/template-blank');
  const cell = await page.evaluate(() => window.jejak.itemRect('cell/0/0'));
  await page.mouse.move(cell.x + cell.w / 2, cell.y + cell.h / 2);
  await idle(page);
  await page.mouse.dblclick(cell.x + cell.w / 2, cell.y + cell.h / 2);
  await page.waitForFunction(() => window.jejak.view().editing);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await idle(page);
}

test('after one visit the page starts with the network off; a card added offline is saved and comes back', async () => {
  const { context, page, record } = await openApp(env, {});
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await idle(page);
    await addCard(page, 'Checks the timetable offline');
    await page.waitForFunction(() => window.jejak.state().save === 'saved' && !window.jejak.state().dirty);
    const mapId = (await state(page)).mapId;
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    assert.equal((await state(page)).mapId, mapId, 'the same map is open');
    assert.ok((await doc(page)).cards.some((c) => c.text === 'Checks the timetable offline'));
    await page.screenshot({ path: join(artifactsDir, 'offline-reload.png') });
    // Offline, the formats module (never fetched by this page yet) comes from the cache: a Mermaid export works.
    await click(page, 'button/export');
    await page.waitForFunction(() => window.jejak.itemRect('menu/export-mermaid'));
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'menu/export-mermaid')]);
    const mmdPath = join(artifactsDir, 'offline-export.mmd');
    await download.saveAs(mmdPath);
    assert.match(readFileSync(mmdPath, 'utf8'), /^journey\n/);
    // Offline, the other language's words (never fetched by this page yet) come from the cache too.
    await click(page, 'button/language-id');
    await page.waitForFunction(() => window.jejak.uiLanguage() === 'id');
    const outside = [...record.requests, ...requests].filter((u) => !isLocal(u, env.url));
    assert.deepEqual(outside, [], 'no request leaves 127.0.0.1');
    assert.deepEqual(record.errors, []);
  } finally {
    await context.close();
  }
});

test('a new build installs in the background; Reload brings it, after the map is saved, and the map stays', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'jejak-web-'));
  cpSync(webDir, folder, { recursive: true });
  const served = await launch({ folder });
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(served.url);
    await ready(page);
    await controlled(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    assert.equal(oldCaches.length, 1);
    // A deploy: a changed file and so a new sw.js (its build hash and bytes differ).
    const sw = readFileSync(join(folder, 'sw.js'), 'utf8');
    const build = sw.match(/const BUILD = "([0-9a-f]+)"/)[1];
    writeFileSync(join(folder, 'sw.js'), sw.replace(build, `${build.slice(0, 8)}deadbeef`));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => window.jejak.itemRect('button/update-reload'), null, { timeout: 30000 });
    const words = await page.evaluate(() => window.jejak.itemRect('text/update'));
    assert.ok(words, 'the offer is shown');
    await page.screenshot({ path: join(artifactsDir, 'update-ready-id.png') });
    const before = await doc(page);
    // Nothing reloads by itself: this page (and what it holds) is still the one shown.
    await page.evaluate(() => { window.testSamePage = true; });
    await idle(page);
    assert.equal(await page.evaluate(() => window.testSamePage), true, 'no reload without the user');
    // An edit made just before Reload (autosave waits 0.6 s): Reload saves it first.
    const card = before.cards[0];
    await click(page, `card/${card.id}`);
    const reload = await page.evaluate(() => window.jejak.itemRect('button/update-reload'));
    await page.mouse.move(reload.x + reload.w / 2, reload.y + reload.h / 2);
    await idle(page);
    const loaded = page.waitForEvent('load', { timeout: 30000 });
    await page.keyboard.press('Delete');
    await page.mouse.click(reload.x + reload.w / 2, reload.y + reload.h / 2);
    await loaded;
    before.cards = before.cards.filter((c) => c.id !== card.id);
    await ready(page);
    assert.equal(await page.evaluate(() => window.testSamePage), undefined, 'the page was reloaded');
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    assert.deepEqual(await doc(page), before, 'the open map came back as it was, its last edit included');
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, 'the old cache is gone');
    assert.notDeepEqual(caches, oldCaches, 'the new version is in charge');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await served.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a file given to the installed app (launchQueue) opens like Ctrl+O; a bad one is explained and changes nothing', async () => {
  const { context, page, record } = await openApp(env, {
    // Chromium fills the installed app's launchQueue; this one (over the page's
    // own, which stays empty in a tab) plays it.
    initScript: () => {
      Object.defineProperty(window, 'launchQueue', { configurable: true,
        value: { setConsumer(fn) { window.testLaunch = fn; } } });
    },
  });
  try {
    await idle(page);
    const give = (name, text) => page.evaluate(([n, t]) => window.testLaunch({
      files: [{ getFile: async () => new File([t], n, { type: 'application/json' }) }],
    }), [name, text]);
    const good = readFileSync(join(repoRoot, 'assets/templates/b2b-software-anton.en.json'), 'utf8');
    await give('anton.json', good);
    await page.waitForFunction(() => JSON.parse(window.jejak.documentJson()).title.includes('communication'), null,
      { timeout: 10000 });
    const opened = await page.evaluate(() => window.jejak.documentJson());
    const errors = (await state(page)).errors;
    await give('bad.json', readFileSync(join(repoRoot, 'tests/corpus/bad/49-card-dangling-stage.json'), 'utf8'));
    await page.waitForFunction((n) => window.jejak.state().errors > n, errors);
    assert.match(await page.evaluate(() => window.jejak.lastError()), /not in the map/);
    assert.equal(await page.evaluate(() => window.jejak.documentJson()), opened, 'the open map is unchanged');
    assert.deepEqual(record.errors, []);
  } finally {
    await context.close();
  }
});

test('the single-file edition opens from file:// with the network off, keeps an edit across a reload, opens a file', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.setOffline(true);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const page = await context.newPage();
    // Playwright catches file choosers only once it listens: listen from the start,
    // so that the one Ctrl+O opens cannot come before (it would open unseen).
    page.on('filechooser', () => {});
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(webDir, 'jejak-offline.html')).href);
    await ready(page);
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    // It says once where its maps are kept.
    assert.match(await page.evaluate(() => window.jejak.lastError()), /Jejak in one file.*stay in this browser/);
    await page.screenshot({ path: join(artifactsDir, 'single-file.png') });
    await addCard(page, 'Works from a USB stick');
    await page.waitForFunction(() => window.jejak.state().save === 'saved' && !window.jejak.state().dirty);
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    assert.ok((await doc(page)).cards.some((c) => c.text === 'Works from a USB stick'), 'the edit is kept');
    assert.equal((await state(page)).errors, 0, 'said once, not at every start');
    // Help has nothing to offer: this is already the offline file.
    await page.keyboard.press('F1');
    await page.waitForFunction(() => window.jejak.itemRect('window/help'));
    assert.equal(await page.evaluate(() => window.jejak.itemRect('button/save-offline')), null);
    await page.keyboard.press('Escape');
    await idle(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles(join(repoRoot, 'assets/templates/b2b-software-anton.en.json'));
    await page.waitForFunction(() => JSON.parse(window.jejak.documentJson()).title.includes('communication'));
    // The formats module is inside the file too: a CSV export works with no network.
    await click(page, 'button/export');
    await page.waitForFunction(() => window.jejak.itemRect('menu/export-csv'));
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'menu/export-csv')]);
    const csvPath = join(artifactsDir, 'single-file-export.csv');
    await download.saveAs(csvPath);
    assert.match(readFileSync(csvPath, 'utf8'), /^\ufeffstage,lane,lane_kind,text,/);
    assert.deepEqual(requests.filter((u) => !/^(file|data|blob):/.test(u)), [], 'no network request');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Help offers Jejak as one file: the download is jejak-offline.html', async () => {
  const { context, page, record } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  try {
    await idle(page);
    await page.keyboard.press('F1');
    await page.waitForFunction(() => window.jejak.itemRect('button/save-offline'));
    const button = await page.evaluate(() => window.jejak.itemRect('button/save-offline'));
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.mouse.click(button.x + button.w / 2, button.y + button.h / 2)]);
    assert.equal(download.suggestedFilename(), 'jejak-offline.html');
    const saved = join(artifactsDir, 'jejak-offline-download.html');
    await download.saveAs(saved);
    assert.equal(readFileSync(saved, 'utf8'), readFileSync(join(webDir, 'jejak-offline.html'), 'utf8'));
    assert.deepEqual(record.errors, []);
  } finally {
    await context.close();
  }
});
