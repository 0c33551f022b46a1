// Big maps open, draw, take an edit and come back after a reload: 25,000 and
// 100,000 cards (N actions in 10 stages, each with 2 touchpoints and 2 thoughts),
// handed over as bytes, never on the wasm stack.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bigMap } from './big-map.mjs';
import { join } from 'node:path';
import { artifactsDir, idle, launch, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

for (const actions of [5000, 20000]) {
  test(`a map of ${actions * 5} cards opens, draws, takes an edit and is there after a reload`, async () => {
    await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page, record }) => {
      const text = bigMap(actions);
      assert.ok(await page.evaluate((t) => window.jejak.openMapBytes(new TextEncoder().encode(t)), text));
      await idle(page);
      let map = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
      assert.equal(map.cards.length, actions * 5);
      const first = map.cards[0];
      const rect = await page.evaluate((id) => window.jejak.itemRect(`card/${id}`), first.id);
      assert.ok(rect, 'the first card is drawn');
      // A click answers at once: the frame that selects the card shows it in the
      // inspector, at most two frames after the press (down, then up, one per frame).
      await page.mouse.move(rect.x + rect.w / 2, rect.y + rect.h / 2);
      await idle(page);
      const pressed = await page.evaluate(() => {
        // Every frame is looked at from now on: the first with the card selected.
        window.testShown = new Promise((ok) => {
          const look = () => {
            const selected = window.jejak.view().selection.length > 0;
            if (selected) ok({ frame: window.jejak.frameCount, panel: !!window.jejak.itemRect('panel/side') });
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
        return window.jejak.frameCount;
      });
      await page.mouse.down();
      await page.mouse.up();
      const answer = await page.evaluate(() => window.testShown);
      assert.ok(answer.panel, 'the inspector is drawn in the frame that selects the card');
      assert.ok(answer.frame - pressed <= 2, `selected ${answer.frame - pressed} frames after the press`);
      // An edit: delete the selected card.
      await page.keyboard.press('Delete');
      await idle(page);
      map = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
      assert.equal(map.cards.length, actions * 5 - 1);
      await page.waitForFunction(() => window.jejak.state().save === 'saved' && !window.jejak.state().dirty, null,
        { timeout: 60000 });
      await page.reload();
      await page.waitForFunction(() => window.jejak && window.jejak.ready === true, null, { timeout: 60000 });
      await page.waitForFunction(() => window.jejak.state().save === 'saved', null, { timeout: 60000 });
      const back = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
      assert.equal(back.title, map.title);
      assert.equal(back.cards.length, actions * 5 - 1, 'the stored map came back, edit included');
      assert.deepEqual(record.errors, []);
    });
  });
}

test('a map file near the loader\'s 20 MB limit opens', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page, record }) => {
    // 100,000 cards with longer texts: about 19 MB.
    let text = bigMap(20000);
    text = text.replace(/about it"/g, `about it, ${'and more words to read on the card '.repeat(9).trim()}"`);
    const mb = text.length / (1024 * 1024);
    assert.ok(mb > 15 && mb < 20, `the file is ${mb.toFixed(1)} MB`);
    assert.ok(await page.evaluate((t) => window.jejak.openMapBytes(new TextEncoder().encode(t)), text));
    await idle(page);
    assert.equal(await page.evaluate(() => JSON.parse(window.jejak.documentJson()).cards.length), 100000);
    assert.deepEqual(record.errors, []);
  });
});

// The browser may refuse memory (a small device, many tabs). Tests play such a
// browser with window.jejakTestMemoryCeiling: the app's trial allocation before
// reading a map then fails, as a real refusal does.
test('a map too large for the memory the browser gives: the user is told in their language, the open map stays', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page, record }) => {
    page.on('filechooser', () => {});  // Playwright catches choosers only once it listens: from the start
    await page.evaluate(() => { window.jejakTestMemoryCeiling = 20e6; });  // a 1.7 MB map asks for 28 MB
    const file = { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(bigMap(5000)) };
    const before = await page.evaluate(() => window.jejak.documentJson());
    const openFile = async () => {
      const errors = (await page.evaluate(() => window.jejak.state())).errors;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
      await chooser.setFiles(file);
      await page.waitForFunction((n) => window.jejak.state().errors > n, errors);
      await idle(page);
      return page.evaluate(() => window.jejak.lastError());
    };
    assert.match(await openFile(), /cannot get the memory to open a map this large.*The open map is unchanged/);
    assert.equal(await page.evaluate(() => window.jejak.documentJson()), before, 'the open map is as it was');
    const language = await page.evaluate(() => window.jejak.itemRect('button/language-id'));
    await page.mouse.click(language.x + language.w / 2, language.y + language.h / 2);
    await idle(page);
    assert.match(await openFile(), /tidak mendapat cukup memori.*Peta yang terbuka tidak berubah/);
    assert.equal(await page.evaluate(() => window.jejak.documentJson()), before);
    // With the memory there, the same file opens.
    await page.evaluate(() => { window.jejakTestMemoryCeiling = 0; });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles(file);
    await page.waitForFunction(() => JSON.parse(window.jejak.documentJson()).cards.length === 25000, null,
      { timeout: 30000 });
    assert.deepEqual(record.errors, []);
  });
});

test('a stored map too large for the memory at the next start: the app starts without it, says so, lists it', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page, context, record }) => {
    assert.ok(await page.evaluate((t) => window.jejak.openMapBytes(new TextEncoder().encode(t)), bigMap(5000)));
    await page.waitForFunction(() => window.jejak.state().save === 'saved' && !window.jejak.state().dirty, null,
      { timeout: 60000 });
    const big = (await page.evaluate(() => window.jejak.state())).mapId;
    await context.addInitScript(() => { window.jejakTestMemoryCeiling = 20e6; });
    await page.reload();
    await page.waitForFunction(() => window.jejak && window.jejak.ready === true, null, { timeout: 30000 });
    await page.waitForFunction(() => window.jejak.itemRect('button/library-close'), null, { timeout: 30000 });
    assert.match(await page.evaluate(() => window.jejak.lastError()), /too large for the memory.*still kept in your maps/);
    assert.notEqual((await page.evaluate(() => window.jejak.state())).mapId, big, 'it started without that map');
    assert.ok(JSON.parse(await page.evaluate(() => window.jejak.documentJson())).cards.length < 1000);
    const kept = await page.evaluate(() => window.jejakStorage.list());
    assert.ok(kept.maps.some((m) => m.id === big), 'the map is still kept, to download or open');
    await page.screenshot({ path: join(artifactsDir, 'restore-no-memory.png') });
    assert.deepEqual(record.errors, []);
  });
});
