// Error messages: in the user's language, long enough to read, copyable, and
// the app stays calm (no redrawing) while one is shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, idle, itemCentre, launch, repoRoot, settle, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const bad = readFileSync(join(repoRoot, 'tests/corpus/bad/49-card-dangling-stage.json'), 'utf8');

for (const [locale, words, foreign] of [['id-ID', 'tidak ada di peta', 'not in the map'], ['en-US', 'not in the map', 'tidak ada']]) {
  test(`a refused file is explained in the interface language (${locale}), stays, can be copied and closed`, async () => {
    await withApp(env, { viewport: { width: 1280, height: 900 }, locale }, async ({ context, page, record }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
      const before = await page.evaluate(() => window.jejak.documentJson());
      assert.equal(await page.evaluate((t) => window.jejak.openMapJson(t), bad), false);
      await idle(page);
      const message = await page.evaluate(() => window.jejak.lastError());
      assert.ok(message.includes(words), message);
      assert.ok(!message.includes(foreign), `no words of the other language: ${message}`);
      assert.equal(await page.evaluate(() => window.jejak.documentJson()), before, 'the open map is unchanged');
      await page.screenshot({ path: join(artifactsDir, `message-${locale}.png`) });

      // Calm while it is shown: no frames drawn while nothing changes, yet it is still there.
      const frames = await settle(page);
      await page.waitForTimeout(1500);
      assert.equal(await page.evaluate(() => window.jejak.frameCount), frames, 'no redraw while the message waits');
      assert.ok(await page.evaluate(() => window.jejak.itemRect('text/error')), 'still shown after a few seconds');

      await page.mouse.click(...Object.values(await itemCentre(page, 'button/toast-copy')).slice(0, 2));
      await idle(page);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), message);
      await page.mouse.click(...Object.values(await itemCentre(page, 'button/toast-close')).slice(0, 2));
      await idle(page);
      assert.equal(await page.evaluate(() => window.jejak.itemRect('text/error')), null, 'closed');
      assert.deepEqual(record.errors, []);
    });
  });
}

test('a message goes by itself after its time, without redrawing meanwhile', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    await page.evaluate((t) => window.jejak.openMapJson(t), bad);
    await idle(page);
    await page.mouse.move(5, 400);  // the pointer away from the message
    await idle(page);
    assert.ok(await page.evaluate(() => window.jejak.itemRect('text/error')));
    const start = Date.now();
    await page.waitForFunction(() => !window.jejak.itemRect('text/error'), null, { timeout: 20000, polling: 200 });
    const shown = (Date.now() - start) / 1000;
    assert.ok(shown > 5, `shown long enough to read (${shown.toFixed(1)} s after the check)`);
  });
});
