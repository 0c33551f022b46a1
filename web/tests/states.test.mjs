// States and versions in real Chromium: the switcher, "Start a future state",
// editing it without touching the current state, "Save a version", a version's
// read-only banner and Restore (with undo), rename and delete, and the compare
// view's counts (overlaid, only what changed, side by side), also presenting.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, doc, doubleClickAt, idle, itemCentre, launch, repoRoot, view, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const statesMap = readFileSync(join(repoRoot, 'tests/corpus/good/v4-states.json'), 'utf8');

async function openStates(page) {
  await click(page, 'button/states');
  await page.waitForFunction(() => window.jejak.itemRect('window/states'));
  await idle(page);
}

// Double-click a card, type over its text, Enter.
async function retype(page, id, text) {
  const at = await itemCentre(page, `card/${id}`);
  await doubleClickAt(page, at.x, at.y);
  await page.waitForFunction(() => window.jejak.view().editing);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await idle(page);
}

describe('states', () => {
  test('start a future state from the current one: same ids, edited on its own; switch back; undo', async () => {
    await withApp(env, {}, async ({ page, record }) => {
      await idle(page);
      const start = await doc(page);
      assert.equal(start.version, 4);
      assert.equal(start.state.kind, 'current');
      assert.deepEqual(start.states, []);
      await openStates(page);
      await click(page, 'button/start-future');
      await idle(page);
      let map = await doc(page);
      assert.equal(map.state.kind, 'future');
      assert.equal(map.state.name, 'Future state');
      assert.equal(map.state.from, start.state.id);
      assert.match(map.state.created, /^20\d\d-\d\d-\d\dT/);
      assert.deepEqual(map.cards, start.cards, 'a copy with the same ids');
      assert.equal(map.states.length, 1);
      assert.deepEqual(map.states[0].cards, start.cards);

      const card = start.cards[0];
      await page.evaluate(() => window.jejak.slowFrames(150));  // a busy machine: every key still lands
      await retype(page, card.id, 'Sees an ad with free shipping');
      await page.evaluate(() => window.jejak.slowFrames(0));
      map = await doc(page);
      assert.equal(map.cards.find((c) => c.id === card.id).text, 'Sees an ad with free shipping');
      assert.equal(map.states[0].cards.find((c) => c.id === card.id).text, card.text, 'the current state is untouched');

      // Back to the current state through the switcher.
      await openStates(page);
      await click(page, `state/${start.state.id}`);
      await idle(page);
      map = await doc(page);
      assert.equal(map.state.id, start.state.id);
      assert.equal(map.cards.find((c) => c.id === card.id).text, card.text);
      assert.equal(map.states[0].cards.find((c) => c.id === card.id).text, 'Sees an ad with free shipping');
      // Undo takes the switch back, then the edit, then the new state.
      for (let i = 0; i < 3; ++i) {
        await click(page, 'button/undo');
        await idle(page);
      }
      map = await doc(page);
      assert.deepEqual(map.states, []);
      assert.deepEqual(map.cards, start.cards);
      assert.deepEqual(record.errors, []);
    });
  });

  test('save a version: frozen and read-only; Restore makes it the current state in one undo step', async () => {
    await withApp(env, {}, async ({ page }) => {
      await idle(page);
      const start = await doc(page);
      await openStates(page);
      await click(page, 'button/save-version');
      await page.waitForFunction(() => window.jejak.itemRect('input/version-label'));
      await idle(page);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Before the checkout redesign');
      await page.keyboard.press('Enter');
      await idle(page);
      let map = await doc(page);
      assert.equal(map.state.id, start.state.id, 'the current state stays open');
      assert.equal(map.states.length, 1);
      const version = map.states[0];
      assert.equal(version.kind, 'version');
      assert.equal(version.name, 'Before the checkout redesign');
      assert.deepEqual(version.cards, start.cards);

      // The current state goes on; the version does not follow.
      const card = start.cards[1];
      await retype(page, card.id, 'Asks her sister first');
      map = await doc(page);
      assert.equal(map.states[0].cards.find((c) => c.id === card.id).text, card.text);

      // Open the version: a banner says it is read-only, and an edit is refused with a message.
      await openStates(page);
      await click(page, `state/${version.id}`);
      await page.waitForFunction(() => window.jejak.itemRect('text/version-banner'));
      map = await doc(page);
      assert.equal(map.state.kind, 'version');
      const before = JSON.stringify(map);
      await click(page, `card/${card.id}`);
      await page.keyboard.press('Delete');
      await idle(page);
      assert.equal(JSON.stringify(await doc(page)), before, 'nothing in a version changes');
      assert.match(await page.evaluate(() => window.jejak.lastError()), /saved version, which cannot be edited/);

      await click(page, 'button/banner-restore');
      await idle(page);
      map = await doc(page);
      assert.equal(map.state.kind, 'current');
      assert.equal(map.cards.find((c) => c.id === card.id).text, card.text, 'the version is the current state now');
      assert.equal(await page.evaluate(() => window.jejak.itemRect('text/version-banner')), null);
      await click(page, 'button/undo');
      await idle(page);
      map = await doc(page);
      assert.equal(map.state.kind, 'version', 'undo: the version is open again');
      const current = map.states.find((s) => s.kind === 'current');
      assert.equal(current.cards.find((c) => c.id === card.id).text, 'Asks her sister first');
    });
  });

  test('rename the open state as typed, delete it (the current state opens), undo brings it back', async () => {
    await withApp(env, { locale: 'id-ID' }, async ({ page }) => {
      await idle(page);
      await openStates(page);
      await click(page, 'button/start-future');
      await idle(page);
      let map = await doc(page);
      assert.equal(map.state.name, 'Kondisi masa depan', 'named in the interface language');
      const future = map.state.id;
      await openStates(page);
      await click(page, 'button/rename-state');
      await page.waitForFunction(() => window.jejak.itemRect('input/state-name'));
      await idle(page);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Checkout tanpa kejutan');
      await page.keyboard.press('Enter');
      await idle(page);
      map = await doc(page);
      assert.equal(map.state.name, 'Checkout tanpa kejutan');
      await page.keyboard.press('Escape');
      await idle(page);
      await click(page, 'button/undo');
      await idle(page);
      assert.equal((await doc(page)).state.name, 'Kondisi masa depan', 'the typing is one undo step');

      await openStates(page);
      await click(page, 'button/delete-state');
      await idle(page);
      map = await doc(page);
      assert.equal(map.state.kind, 'current');
      assert.deepEqual(map.states, []);
      await click(page, 'button/undo');
      await idle(page);
      map = await doc(page);
      assert.equal(map.state.id, future, 'one undo: the state is back, and open');
    });
  });
});

test('a narrow window: the states are in the map properties, as the top bar has no room for their button', async () => {
  await withApp(env, { viewport: { width: 1024, height: 760 } }, async ({ page }) => {
    await idle(page);
    assert.equal(await page.evaluate(() => window.jejak.itemRect('button/states')), null);
    await click(page, 'text/map-title');
    await page.waitForFunction(() => window.jejak.itemRect('button/states-panel'));
    await click(page, 'button/states-panel');
    await page.waitForFunction(() => window.jejak.itemRect('window/states'));
    await idle(page);
    await click(page, 'button/start-future');
    await idle(page);
    assert.equal((await doc(page)).state.kind, 'future');
  });
});

describe('compare', () => {
  test('two states: counts per stage, only what changed, side by side, and presenting', async () => {
    await withApp(env, { viewport: { width: 1440, height: 900 } }, async ({ page, record }) => {
      assert.ok(await page.evaluate((t) => window.jejak.openMapJson(t), statesMap));
      await idle(page);
      await openStates(page);
      await click(page, 'button/compare');
      await page.waitForFunction(() => window.jejak.view().compare);
      await idle(page);
      let c = (await view(page)).compare;
      assert.equal(c.from, 1, 'from the state this one started from');
      assert.equal(c.to, 2);
      assert.deepEqual([c.added, c.removed, c.moved, c.changed, c.emotions], [1, 1, 1, 1, 1]);
      assert.deepEqual(c.stages, {
        2: { added: 0, removed: 0, moved: 0, changed: 1 },
        3: { added: 1, removed: 0, moved: 1, changed: 0 },
        4: { added: 0, removed: 1, moved: 0, changed: 0 },
      });
      assert.deepEqual(c.cards, { 7: 8, 9: 4, 12: 1, 8: 2 });
      assert.equal(c.shownCards, 5, "the future state's four cards and the removed one's ghost");
      for (const id of ['change/7', 'change/9', 'change/12', 'change/8', 'stage-changes/0', 'emotion-change/0/2'])
        assert.ok(await page.evaluate((i) => window.jejak.itemRect(i), id), `${id} is drawn`);

      // Nothing the canvas shows can be edited while comparing.
      const before = await doc(page);
      await click(page, 'card/7');
      await page.keyboard.press('Delete');
      await idle(page);
      assert.deepEqual(await doc(page), before);

      await click(page, 'button/compare-only');
      await idle(page);
      c = (await view(page)).compare;
      assert.equal(c.only, true);
      assert.equal(c.shownCards, 4, 'the unchanged card is left out');

      // Pick another pair: the version against the current state: the same cards.
      await click(page, 'combo/compare-to');
      await page.waitForFunction(() => window.jejak.itemRect('menu/compare-to-3'));
      await click(page, 'menu/compare-to-3');
      await idle(page);
      c = (await view(page)).compare;
      assert.equal(c.to, 3);
      assert.deepEqual([c.added, c.removed, c.moved, c.changed, c.emotions], [0, 0, 0, 0, 0]);

      await click(page, 'combo/compare-to');
      await page.waitForFunction(() => window.jejak.itemRect('menu/compare-to-2'));
      await click(page, 'menu/compare-to-2');
      await click(page, 'button/compare-side');
      await idle(page);
      c = (await view(page)).compare;
      assert.equal(c.side, true);
      assert.equal(c.shownCards, 3, 'side by side, the removed card is on the left, not a ghost');

      // Presenting: the room sees the future state with its changes marked.
      await click(page, 'button/present');
      await page.waitForFunction(() => window.jejak.state().present);
      await idle(page);
      assert.ok(await page.evaluate(() => window.jejak.itemRect('stage-changes/0')), 'the counts are on the projector');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !window.jejak.state().present);
      await idle(page);
      await page.keyboard.press('Escape');
      await idle(page);
      assert.equal((await view(page)).compare, null, 'Esc closes the comparison');
      assert.deepEqual(await doc(page), before);
      assert.deepEqual(record.errors, []);
    });
  });
});
