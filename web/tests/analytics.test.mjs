// Journey analytics in real Chromium: measurements imported from a file (with
// its preview and one undo step) or pasted from a spreadsheet, the period
// selector, the opportunity matrix's drag and its undo, and "Add an opportunity".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, click, doc, idle, itemCentre, launch, repoRoot, view, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const checkoutMap = readFileSync(join(repoRoot, 'tests/corpus/measures/map.json'), 'utf8');
const template = (lang) => readFileSync(join(repoRoot, `assets/templates/ecommerce-abandoned-cart.${lang}.json`), 'utf8');

async function openWithAnalytics(page, text) {
  assert.ok(await page.evaluate((t) => window.jejak.openMapJson(t), text));
  await idle(page);
  await click(page, 'button/analytics');
  await idle(page);
}

async function importFile(page, file) {
  page.on('filechooser', () => {});
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'button/import-measures')]);
  await chooser.setFiles(file);
}

describe('measurements', () => {
  test('from a CSV file: a preview says what changes; Cancel changes nothing; Import is one undo step', async () => {
    await withApp(env, {}, async ({ page, record }) => {
      await openWithAnalytics(page, checkoutMap);
      assert.deepEqual((await view(page)).analytics.periods, ['2026-09']);
      const before = await doc(page);
      const file = join(repoRoot, 'tests/corpus/measures/good-indonesian-semicolons.csv');
      await importFile(page, file);
      await page.waitForFunction(() => window.jejak.view().measuresPreview);
      const preview = (await view(page)).measuresPreview;
      assert.equal(preview.summary, '7 rows: 2 periods (1 new), 9 counts change');
      assert.equal(preview.lines.length, 9);
      assert.ok(preview.lines.includes('2026-10 \u00b7 Checkout \u00b7 Shipping cost page: exits from \u2014 to 700'), preview.lines.join('\n'));
      assert.ok(preview.lines.includes('2026-09 \u00b7 Checkout \u00b7 Shipping cost page: exits from 120 to 110'));
      assert.deepEqual(await doc(page), before, 'nothing changes before Import');
      await page.waitForFunction(() => window.jejak.itemRect('button/measures-cancel'));
      await click(page, 'button/measures-cancel');
      await idle(page);
      assert.equal((await view(page)).measuresPreview, undefined);
      assert.deepEqual(await doc(page), before);

      await importFile(page, file);
      await page.waitForFunction(() => window.jejak.itemRect('button/measures-import'));
      await idle(page);
      await click(page, 'button/measures-import');
      await idle(page);
      const after = await doc(page);
      assert.equal(after.measures.length, 7);  // one was there; six new, and September's shipping page changed
      assert.deepEqual(after.measures.find((m) => m.period === '2026-10' && m.card === 13), { period: '2026-10', card: 13, reached: 2300, exits: 700 });
      assert.deepEqual((await view(page)).analytics.periods, ['2026-09', '2026-10']);
      assert.equal((await view(page)).analytics.period, '2026-10', 'the latest period is shown');
      await click(page, 'button/undo');
      await idle(page);
      assert.deepEqual(await doc(page), before, 'one undo step takes the whole import back');
      assert.deepEqual(record.errors, []);
    });
  });

  test('a bad file is refused with its line and reason, in Indonesian; the map stays as it was', async () => {
    await withApp(env, { locale: 'id-ID' }, async ({ page }) => {
      await openWithAnalytics(page, checkoutMap);
      const before = await doc(page);
      await importFile(page, join(repoRoot, 'tests/corpus/measures/bad/29-repeated-row.csv'));
      await page.waitForFunction(() => window.jejak.lastError() !== '');
      const message = await page.evaluate(() => window.jejak.lastError());
      assert.match(message, /^Angka pengukuran tidak diimpor\. Baris 4: baris ini mengulang baris 2/);
      assert.equal((await view(page)).measuresPreview, undefined);
      assert.deepEqual(await doc(page), before);
    });
  });

  test('cells pasted from a spreadsheet (tab-separated) while the panel is open import the same way', async () => {
    await withApp(env, {}, async ({ page }) => {
      await openWithAnalytics(page, checkoutMap);
      const cells = 'period\tstage\ttouchpoint\tentered\treached\texits\n2026-11\tBrowse\t\t900\t\t\n2026-11\tBrowse\tProduct page\t\t700\t210\n';
      await page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.setData('text/plain', t);
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
      }, cells);
      await page.waitForFunction(() => window.jejak.view().measuresPreview);
      assert.equal((await view(page)).measuresPreview.summary, '2 rows: 2 periods (1 new), 3 counts change');
      await page.waitForFunction(() => window.jejak.itemRect('button/measures-import'));
      await click(page, 'button/measures-import');
      await idle(page);
      assert.deepEqual((await view(page)).analytics.periods, ['2026-09', '2026-11']);
      assert.deepEqual((await doc(page)).measures.filter((m) => m.period === '2026-11').length, 2);
    });
  });
});

describe('analytics panel', () => {
  test('the period selector: the funnel, exit points and touchpoint colours follow the chosen period', async () => {
    await withApp(env, {}, async ({ page }) => {
      await openWithAnalytics(page, template('en'));
      let analytics = (await view(page)).analytics;
      assert.deepEqual(analytics.periods, ['2026-09', '2026-10']);
      assert.equal(analytics.period, '2026-10');
      assert.ok(analytics.rates, 'touchpoints coloured by exit rate');
      assert.ok(await page.evaluate(() => window.jejak.itemRect('legend/exit-rates')), 'with a legend');
      await page.evaluate(() => window.jejak.slowFrames(150));  // a busy machine: the click still lands
      await click(page, 'input/analytics-period');
      await page.waitForFunction(() => window.jejak.itemRect('menu/period-2026-09'));
      await click(page, 'menu/period-2026-09');
      await idle(page);
      analytics = (await view(page)).analytics;
      assert.equal(analytics.period, '2026-09');
      await page.evaluate(() => window.jejak.slowFrames(0));
      await click(page, 'tab/exits');
      await idle(page);
      // The checkout's shipping-cost page is the top exit point: the first in the list.
      const first = await page.evaluate(() => window.jejak.itemRect('exit/32'));
      const second = await page.evaluate(() => window.jejak.itemRect('exit/17'));
      assert.ok(first && second && first.y < second.y, 'shipping-cost page above the product page');
      await click(page, 'check/exit-rates');
      await idle(page);
      assert.equal((await view(page)).analytics.rates, false);
      assert.equal(await page.evaluate(() => window.jejak.itemRect('legend/exit-rates')), null);
    });
  });

  test('the matrix: dragging a dot to another cell re-scores the card, one undo step', async () => {
    await withApp(env, {}, async ({ page }) => {
      await openWithAnalytics(page, template('en'));
      await click(page, 'tab/priorities');
      await idle(page);
      const card = (m) => m.cards.find((c) => c.id === 26);
      assert.deepEqual([card(await doc(page)).impact, card(await doc(page)).effort], [4, 1]);
      const from = await itemCentre(page, 'dot/26');
      const to = await itemCentre(page, 'matrix-cell/4-2');  // effort 4, impact 2: a money pit
      // A hand's drag: the press on the dot, then the way to the cell over several frames.
      await page.mouse.move(from.x, from.y);
      await idle(page);
      await page.mouse.down();
      await idle(page);
      for (let i = 1; i <= 4; i++) {
        await page.mouse.move(from.x + ((to.x - from.x) * i) / 4, from.y + ((to.y - from.y) * i) / 4);
        await idle(page);
      }
      await page.mouse.up();
      await idle(page);
      assert.deepEqual([card(await doc(page)).impact, card(await doc(page)).effort], [2, 4]);
      await click(page, 'button/undo');
      await idle(page);
      assert.deepEqual([card(await doc(page)).impact, card(await doc(page)).effort], [4, 1]);
    });
  });

  test('Add an opportunity: a card in the touchpoint\'s stage, linked to it, to type over; undo takes both back', async () => {
    await withApp(env, { locale: 'id-ID' }, async ({ page }) => {
      await openWithAnalytics(page, template('id'));
      await click(page, 'tab/exits');
      await idle(page);
      const before = await doc(page);
      await click(page, 'button/add-opportunity/32');
      await idle(page);
      const after = await doc(page);
      assert.equal(after.cards.length, before.cards.length + 1);
      const added = after.cards.find((c) => !before.cards.some((b) => b.id === c.id));
      const lane = after.lanes.find((l) => l.id === added.lane);
      assert.equal(lane.kind, 'opportunities');
      assert.equal(added.stage, before.cards.find((c) => c.id === 32).stage);
      assert.equal(added.text, 'Lebih sedikit pelanggan berhenti di \u201cHalaman ongkos kirim\u201d');
      assert.deepEqual(after.links.at(-1), { from: added.id, to: 32 });
      assert.equal((await view(page)).editing, true, 'its text is open for typing');
      await page.keyboard.press('Escape');
      await idle(page);
      await click(page, 'button/undo');
      await idle(page);
      const undone = await doc(page);
      assert.equal(undone.cards.length, before.cards.length);
      assert.deepEqual(undone.links, before.links);
    });
  });
});

describe('input on a slow machine', () => {
  test('a quick drag of a matrix dot within one slow frame still starts on the dot and lands on the cell', async () => {
    await withApp(env, {}, async ({ page }) => {
      await openWithAnalytics(page, template('en'));
      await click(page, 'tab/priorities');
      await idle(page);
      const from = await itemCentre(page, 'dot/26');
      const to = await itemCentre(page, 'matrix-cell/5-5');  // effort 5, impact 5: a big bet
      await page.mouse.move(from.x, from.y);
      await idle(page);
      await page.evaluate(() => window.jejak.slowFrames(200));
      // Press, drag and release in one burst: all of it arrives within one frame.
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 3 });
      await page.mouse.up();
      await idle(page);
      await page.evaluate(() => window.jejak.slowFrames(0));
      const card = (await doc(page)).cards.find((c) => c.id === 26);
      assert.deepEqual([card.impact, card.effort], [5, 5]);
    });
  });
});
