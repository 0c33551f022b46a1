// Big maps open, draw, take an edit and come back after a reload: 25,000 and
// 100,000 cards (N actions in 10 stages, each with 2 touchpoints and 2 thoughts),
// handed over as bytes, never on the wasm stack.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bigMap } from './big-map.mjs';
import { idle, launch, withApp } from './harness.mjs';

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
      // An edit: select the card and delete it.
      await page.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2);
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
