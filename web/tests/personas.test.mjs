// Several personas, everywhere: the panel, the emotion lane's legend, points
// scored, labelled and cleared on the canvas, labels that never overlap.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactsDir, click, doc, doubleClickAt, idle, itemCentre, launch, rect, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('a second persona: its name typed fast, its curve started from the legend, labelled and cleared on the canvas', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    // The personas panel: add one and type its name; the section stays open.
    await click(page, 'button/personas');
    await click(page, 'button/add-persona');
    let map = await doc(page);
    assert.equal(map.personas.length, 2);
    assert.ok(await rect(page, 'persona/1'), 'the new persona is in view');
    await click(page, 'input/persona-name/1');
    await page.evaluate(() => window.jejak.slowFrames(120));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Budi Santoso', { delay: 0 });
    await idle(page);
    await page.evaluate(() => window.jejak.slowFrames(0));
    map = await doc(page);
    assert.equal(map.personas[1].name, 'Budi Santoso', 'no key lost while the name (the old widget id) changed');
    assert.ok(await rect(page, 'input/persona-name/1'), 'the section stayed open');
    await click(page, 'button/close-panel');

    // The legend lists both; Maria is active. A click on Budi makes him active.
    const emotionRow = map.lanes.filter((l) => !l.hidden).findIndex((l) => l.kind === 'emotions');
    assert.ok(await rect(page, 'legend/1'));
    assert.equal((await page.evaluate(() => window.jejak.view())).activePersona, 0);
    await page.screenshot({ path: join(artifactsDir, 'personas-1-legend-maria.png') });
    await click(page, 'legend/1');
    assert.equal((await page.evaluate(() => window.jejak.view())).activePersona, 1);
    await page.screenshot({ path: join(artifactsDir, 'personas-2-legend-budi.png') });

    // A click in the lane at the first stage, on Maria's score line but away
    // from her point, scores Budi there, with Maria's score.
    const maria = await itemCentre(page, 'emotion/0/0');
    await page.mouse.click(maria.x + 80, maria.y);
    await idle(page);
    map = await doc(page);
    const budi = map.personas[1].id, first = map.stages[0].id;
    const scoreOf = (m, persona, stage) => m.emotions.find((e) => e.persona === persona && e.stage === stage);
    assert.ok(scoreOf(map, budi, first), 'Budi has a point in the first stage');
    assert.equal(scoreOf(map, budi, first).score, scoreOf(map, map.personas[0].id, first).score);
    assert.equal(map.emotions.filter((e) => e.persona === map.personas[0].id).length, 6, "Maria's curve is unchanged");

    // Double-click Budi's point: a field in place labels it.
    const point = await itemCentre(page, 'emotion/1/0');
    await doubleClickAt(page, point.x, point.y);
    await page.waitForFunction(() => window.jejak.itemRect('input/rename'));
    await page.keyboard.type('Curious too, but careful');
    await page.keyboard.press('Enter');
    await idle(page);
    map = await doc(page);
    assert.equal(scoreOf(map, budi, first).label, 'Curious too, but careful');
    // Two labels at the same score in one stage: both shown, apart.
    const a = await rect(page, 'emotion-label/0/0'), b = await rect(page, 'emotion-label/1/0');
    assert.ok(a && b, 'both labels are drawn');
    assert.ok(!overlap(a, b), `labels apart: ${JSON.stringify([a, b])}`);
    const curveBottom = Math.max((await rect(page, 'emotion/0/0')).y + 20, (await rect(page, 'emotion/1/0')).y + 20);
    assert.ok(a.y >= curveBottom && b.y >= curveBottom, 'labels sit under the curve');
    await page.screenshot({ path: join(artifactsDir, 'personas-3-labels.png') });

    // Right-click the point: clear it. Undo brings it back with its label.
    const again = await itemCentre(page, 'emotion/1/0');
    await page.mouse.click(again.x, again.y, { button: 'right' });
    await idle(page);
    await click(page, 'menu/clear-point');
    assert.equal(scoreOf(await doc(page), budi, first), undefined);
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal(scoreOf(await doc(page), budi, first).label, 'Curious too, but careful');
    assert.deepEqual(record.errors, []);
  });
});

test('double-click a stage or lane header renames it in place; Esc takes it back', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    const stage = await itemCentre(page, 'stage/1');
    await doubleClickAt(page, stage.x, stage.y);
    await page.waitForFunction(() => window.jejak.itemRect('input/rename'));
    const field = await rect(page, 'input/rename');
    assert.ok(overlap(field, stage.rect), 'the field is on the header, not in a dialog');
    await page.screenshot({ path: join(artifactsDir, 'rename-in-place.png') });
    await page.keyboard.type('Compare');
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal((await doc(page)).stages[1].name, 'Compare');

    const lane = await itemCentre(page, 'lane/1');
    await doubleClickAt(page, lane.x, lane.rect.y + 14);
    await page.waitForFunction(() => window.jejak.itemRect('input/rename'));
    await page.keyboard.type('Channels');
    await page.keyboard.press('Escape');
    await idle(page);
    const map = await doc(page);
    assert.equal(map.lanes[1].name, 'Touchpoints', 'Esc keeps the old name');
    assert.equal(await rect(page, 'input/rename'), null);

    // A click elsewhere keeps what was typed.
    await doubleClickAt(page, lane.x, lane.rect.y + 14);
    await page.waitForFunction(() => window.jejak.itemRect('input/rename'));
    await page.keyboard.type('Channels');
    await page.mouse.click(900, 860);
    await idle(page);
    assert.equal((await doc(page)).lanes[1].name, 'Channels');
    assert.deepEqual(record.errors, []);
  });
});
