// Workshop mode: presentation on a 1920x1080 projector with real keys and mouse,
// the timer, dot votes, the ranking, the projector theme, and a calm screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactsDir, click, doc, doubleClickAt, idle, itemCentre, launch, rect, settle, state, view, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
const present = async (page) => (await state(page)).present;

// Scrolls the map with the wheel until the item is on screen, above the controls.
async function scrollTo(page, id) {
  for (let i = 0; i < 12; i++) {
    const r = await rect(page, id);
    if (r && r.y + r.h < 1080 - 60) return r;
    await page.mouse.move(960, 520);
    await page.mouse.wheel(0, 240);
    await idle(page);
  }
  throw new Error(`${id} never came into view`);
}

// The Fullscreen API as the page sees it, played: a request is granted at once
// (headless Chromium has no screen to fill), and the test can leave full screen
// as the browser's own Esc would.
const playFullscreen = () => {
  let element = null;
  window.fullscreenCalls = [];
  Object.defineProperty(Document.prototype, 'fullscreenElement', { get: () => element, configurable: true });
  const change = () => document.dispatchEvent(new Event('fullscreenchange'));
  Element.prototype.requestFullscreen = function () {
    window.fullscreenCalls.push('request');
    element = this;
    setTimeout(change, 0);
    return Promise.resolve();
  };
  Document.prototype.exitFullscreen = function () {
    window.fullscreenCalls.push('exit');
    element = null;
    setTimeout(change, 0);
    return Promise.resolve();
  };
  window.browserLeavesFullscreen = () => { element = null; change(); };
};

test('enter from the toolbar, leave with Esc: full screen, no editing chrome, the editor as it was', async () => {
  await withApp(env, { ...PROJECTOR, initScript: playFullscreen }, async ({ page, record }) => {
    assert.equal(await present(page), null, 'the editor has no presentation state');
    await click(page, 'button/zoom-in');
    const map = await doc(page);
    await click(page, `card/${map.cards[3].id}`);
    const before = await view(page);
    const theme = (await state(page)).theme;
    const zoomed = await rect(page, 'stage/0');
    // The presentation starts at the first stage whose middle is in view in the editor.
    const laneEdge = (await rect(page, 'lane/0')).x + (await rect(page, 'lane/0')).w;
    let inView = 0;
    while (true) {
      const r = await rect(page, `stage/${inView}`);
      if (r && r.x + r.w / 2 >= laneEdge) break;
      inView++;
    }

    await click(page, 'button/present');
    let p = await present(page);
    assert.equal(p.view, 'spotlight');
    assert.equal(p.stage, inView);
    assert.equal(p.theme, 'projector', 'the projector theme is chosen by itself');
    assert.equal(p.blank, false);
    assert.deepEqual(p.timer, { seconds: 300, running: false, duration: 300, scope: 'stage' });
    assert.deepEqual(await page.evaluate(() => window.fullscreenCalls), ['request']);
    for (const chrome of ['button/undo', 'button/new', 'input/search', 'text/save-status'])
      assert.equal(await rect(page, chrome), null, `${chrome} is hidden`);
    assert.ok(await rect(page, 'present/next'), 'the small on-screen controls are there');

    await page.keyboard.press('Escape');
    await idle(page);
    assert.equal(await present(page), null);
    assert.deepEqual(await page.evaluate(() => window.fullscreenCalls), ['request', 'exit']);
    assert.deepEqual(await view(page), before, 'selection, search and lanes as they were');
    assert.equal((await state(page)).theme, theme, 'the editor\'s theme comes back');
    assert.deepEqual(await rect(page, 'stage/0'), zoomed, 'scroll and zoom as they were');
    assert.ok(await rect(page, 'button/undo'));
    await page.mouse.move(700, 400);
    await idle(page);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).cursor), 'none',
      'the system cursor is back in the editor');

    // The shortcut, and the browser leaving full screen by itself (its own Esc).
    await page.keyboard.press('Control+Shift+Enter');
    await idle(page);
    assert.ok(await present(page), 'Ctrl+Shift+Enter presents');
    await page.evaluate(() => window.browserLeavesFullscreen());
    await page.waitForFunction(() => window.jejak.state().present === null);
    assert.deepEqual(record.errors, []);
  });
});

test('every key: stages, overview, lanes one by one, persona, blank, timer, ranking', async () => {
  await withApp(env, PROJECTOR, async ({ page, record }) => {
    const map = await doc(page);
    const stages = map.stages.length;
    await click(page, 'button/present');
    const press = async (key) => { await page.keyboard.press(key); await idle(page); return present(page); };
    assert.equal((await press('ArrowRight')).stage, 1);
    assert.equal((await press('PageDown')).stage, 2);
    assert.equal((await press('Space')).stage, 3);
    assert.equal((await press('ArrowLeft')).stage, 2);
    assert.equal((await press('PageUp')).stage, 1);
    assert.equal((await press('End')).stage, stages - 1);
    assert.equal((await press('PageDown')).stage, stages - 1, 'the last stays the last');
    assert.equal((await press('Home')).stage, 0);
    assert.equal((await press('ArrowRight')).stage, 1);

    // In the spotlight, the stage on screen is the one the stage header shows
    // (once the frame that shows it is drawn: a busy machine may draw it late).
    const centred = () => page.evaluate(() => {
      const h = window.jejak.itemRect('stage/1');
      return !!h && h.x > 250 && h.x + h.w < 1920;
    });
    await page.waitForFunction(() => {
      const h = window.jejak.itemRect('stage/1');
      return !!h && h.x > 250 && h.x + h.w < 1920;
    }, null, { timeout: 5000 }).catch(() => {});
    assert.ok(await centred(), `stage 2 fills the middle: ${JSON.stringify(await rect(page, 'stage/1'))}`);

    assert.equal((await press('o')).view, 'overview');
    for (let i = 0; i < stages; i++) assert.ok(await rect(page, `stage/${i}`), `stage ${i + 1} in the overview`);

    // Lanes (in the overview, where all of them fit): hidden one at a time from
    // the last, revealed again in order.
    const lanes = map.lanes.length;
    let p = await present(page);
    assert.equal(p.lanesShown, lanes);
    assert.ok(await rect(page, `lane/${lanes - 1}`));
    assert.equal((await press('ArrowUp')).lanesShown, lanes - 1);
    assert.equal(await rect(page, `lane/${lanes - 1}`), null, 'the last lane is out of view');
    for (let i = lanes - 1; i > 1; i--) await press('ArrowUp');
    assert.equal((await present(page)).lanesShown, 1);
    assert.ok(await rect(page, 'lane/0'));
    assert.equal(await rect(page, 'lane/1'), null);
    await page.screenshot({ path: join(artifactsDir, 'present-3-one-lane.png') });
    await click(page, 'present/lane-more');
    assert.equal((await present(page)).lanesShown, 2, 'the on-screen control reveals the next lane');
    assert.ok(await rect(page, 'lane/1'));
    for (let i = 2; i < lanes; i++) await press('ArrowDown');
    assert.equal((await present(page)).lanesShown, lanes);
    assert.ok(await rect(page, `lane/${lanes - 1}`));

    // A click on a stage in the overview puts it in the spotlight.
    await click(page, 'stage/3');
    p = await present(page);
    assert.equal(p.view, 'spotlight');
    assert.equal(p.stage, 3);

    // One persona in focus, then all again.
    assert.equal((await press('p')).persona, 0);
    assert.equal((await press('p')).persona, map.personas.length > 1 ? 1 : null);

    // B blanks the screen, and the picture is black.
    assert.equal((await press('b')).blank, true);
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 400, height: 300 } });
    const { imageStats } = await import('./harness.mjs');
    const stats = await imageStats(env.browser, shot);
    assert.ok(stats.mean < 2, `blank is black (mean ${stats.mean})`);
    assert.equal((await press('b')).blank, false);

    // The timer starts with T, counts down, pauses and resumes.
    assert.equal((await press('t')).timer.running, true);
    await page.waitForFunction(() => window.jejak.state().present.timer.seconds < 300, null, { timeout: 5000 });
    p = await press('t');
    assert.equal(p.timer.running, false);
    const pausedAt = p.timer.seconds;
    await page.waitForTimeout(1300);  // a paused timer does not move
    assert.equal((await present(page)).timer.seconds, pausedAt);
    await click(page, 'present/timer-toggle');
    assert.equal((await present(page)).timer.running, true, 'the on-screen button resumes it');
    await page.waitForFunction((s) => window.jejak.state().present.timer.seconds < s, pausedAt, { timeout: 5000 });
    await click(page, 'present/timer-plus');
    assert.equal((await present(page)).timer.duration, 360);
    await press('r');
    assert.ok((await present(page)).timer.seconds > 355, 'R starts the countdown again');
    await press('t');

    // V shows the ranking, Esc closes it first, then the presentation.
    assert.equal((await press('v')).ranking, true);
    assert.ok(await rect(page, 'window/ranking'));
    assert.equal((await press('Escape')).ranking, false);
    assert.equal(await press('Escape'), null);
    assert.deepEqual(record.errors, []);
  });
});

test('readable from the back of the room: spotlight at 1920x1080 makes cards and stage names large', async () => {
  await withApp(env, PROJECTOR, async ({ page, record }) => {
    // A one-line card: "Instagram ad" in the example map.
    const map = await doc(page);
    const short = map.cards.find((c) => c.text === 'Instagram ad');
    await click(page, 'button/present');
    const card = await rect(page, `card/${short.id}`);
    const text = await rect(page, `card-text/${short.id}`);
    const name = await rect(page, 'stage-name/0');
    assert.ok(card.h >= 48, `card ${card.h} px tall`);
    assert.ok(text.h >= 28, `card text ${text.h} px`);
    assert.ok(name.h > text.h, `stage name ${name.h} px, larger than the cards' ${text.h}`);
    // Long text wraps inside its card, never past it.
    const long = map.cards.filter((c) => c.stage === map.stages[0].id).sort((a, b) => b.text.length - a.text.length)[0];
    const longRect = await rect(page, `card/${long.id}`);
    const longText = await rect(page, `card-text/${long.id}`);
    assert.ok(longText.x + longText.w <= longRect.x + longRect.w, 'text within its card');
    await page.screenshot({ path: join(artifactsDir, 'present-1-spotlight.png') });
    assert.deepEqual(record.errors, []);
  });
});

test('presenting, the image export is the view on the screen (2x), not the whole map', async () => {
  await withApp(env, { viewport: { width: 1280, height: 720 } }, async ({ page, record }) => {
    await click(page, 'button/present');
    await page.waitForFunction(() => window.jejak.itemRect('present/image'));
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'present/image')]);
    assert.equal(download.suggestedFilename(), 'Maria-buys-skin-care-online.png');
    const made = await page.evaluate(() => window.jejak.lastExport());
    const canvas = await rect(page, 'canvas');
    assert.equal(made.error, '');
    assert.equal(made.width, Math.ceil(canvas.w * 2));
    assert.equal(made.height, Math.ceil(canvas.h * 2));
    const path = join(artifactsDir, 'present-view.png');
    await download.saveAs(path);
    assert.ok((await present(page)).view === 'spotlight', 'still presenting');
    assert.deepEqual(record.errors, []);
  });
});

test('votes: a click on the dots, + and -, undo, the ranking, clear votes, saved and reloaded', async () => {
  await withApp(env, PROJECTOR, async ({ context, page, record }) => {
    const map = await doc(page);
    const painLane = map.lanes.find((l) => l.kind === 'pain-points');
    const pain = map.cards.find((c) => c.lane === painLane.id);
    const stage = map.stages.findIndex((s) => s.id === pain.stage);
    await click(page, 'button/present');
    for (let i = 0; i < stage; i++) await page.keyboard.press('ArrowRight');
    await idle(page);
    const undoBefore = (await state(page)).undoSteps;

    await scrollTo(page, `votes/${pain.id}`);
    await click(page, `votes/${pain.id}`);
    await click(page, `votes/${pain.id}`);
    await click(page, `votes/${pain.id}`);
    const votesOf = async () => (await doc(page)).cards.find((c) => c.id === pain.id).votes || 0;
    assert.equal(await votesOf(), 3);
    const dots = await itemCentre(page, `votes/${pain.id}`);
    await page.mouse.click(dots.x, dots.y, { button: 'right' });  // takes one away
    await idle(page);
    assert.equal(await votesOf(), 2);
    assert.deepEqual((await view(page)).selection, [pain.id], 'the voted card is selected');
    await page.keyboard.press('+');
    await idle(page);
    assert.equal(await votesOf(), 3, '+ on the selected card');
    await page.keyboard.press('-');
    await idle(page);
    assert.equal(await votesOf(), 2, '- on the selected card');
    assert.equal((await state(page)).undoSteps, undoBefore + 6, 'each vote is an undo step');
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal(await votesOf(), 3, 'Ctrl+Z takes the last vote change back');

    // The ranking lists it; a click on its row spotlights its stage.
    await page.keyboard.press('Home');
    await page.keyboard.press('v');
    await idle(page);
    assert.ok(await rect(page, `ranking/${pain.id}`));
    await page.screenshot({ path: join(artifactsDir, 'present-2-ranking.png') });
    await click(page, `ranking/${pain.id}`);
    assert.equal((await present(page)).stage, stage);

    // Clear votes: one step, and undone in one step.
    await click(page, 'button/clear-votes');
    assert.equal(await votesOf(), 0);
    await page.keyboard.press('Escape');  // the ranking
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal(await votesOf(), 3, 'clear votes was one undo step');

    // Saved, in the file, and back after a reload.
    await page.waitForFunction(() => window.jejak.state().save === 'saved', null, { timeout: 10000 });
    const file = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
    assert.equal(file.version, 4);
    assert.equal(file.cards.find((c) => c.id === pain.id).votes, 3);
    assert.ok(file.cards.filter((c) => c.id !== pain.id).every((c) => !('votes' in c)), 'no votes field at 0');
    await page.reload();
    await page.waitForFunction(() => window.jejak && window.jejak.ready === true);
    await idle(page);
    assert.equal(await votesOf(), 3, 'votes kept across a reload');
    assert.equal(await present(page), null, 'a reload opens the editor');
    assert.ok(await scrollTo(page, `votes/${pain.id}`), 'the editor shows the dots of a voted card');
    await click(page, `card/${pain.id}`);
    assert.match(await page.evaluate(() => window.jejak.itemRect('text/votes') && 'shown'), /shown/);
    await click(page, 'button/vote-more');
    assert.equal(await votesOf(), 4, 'the inspector adds a vote in the editor too');
    await click(page, 'button/vote-less');
    assert.equal(await votesOf(), 3);
    assert.deepEqual(record.errors, []);
  });
});

test('live editing at the large size: double-click, type, Enter; undoable and saved', async () => {
  await withApp(env, PROJECTOR, async ({ page, record }) => {
    const map = await doc(page);
    const card = map.cards.find((c) => c.text === 'Instagram ad');
    await click(page, 'button/present');
    const at = await itemCentre(page, `card-text/${card.id}`);
    await doubleClickAt(page, at.x, at.rect.y + at.rect.h / 2);
    await page.waitForFunction(() => window.jejak.view().editing);
    await page.keyboard.press('End');
    await page.keyboard.type(' di Reels');
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal((await doc(page)).cards.find((c) => c.id === card.id).text, 'Instagram ad di Reels');
    assert.ok(await present(page), 'Enter kept the text and stayed in the presentation');
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal((await doc(page)).cards.find((c) => c.id === card.id).text, 'Instagram ad');
    await page.keyboard.press('Control+Shift+z');
    await idle(page);
    await page.waitForFunction(() => window.jejak.state().save === 'saved', null, { timeout: 10000 });
    assert.equal((await doc(page)).cards.find((c) => c.id === card.id).text, 'Instagram ad di Reels');
    assert.deepEqual(record.errors, []);
  });
});

test('calm: no redraw while nothing moves; a running timer redraws about once a second', async () => {
  await withApp(env, PROJECTOR, async ({ page, record }) => {
    await click(page, 'button/present');
    // Over the map the pointer is the dot, not the system cursor.
    await page.mouse.move(900, 500);
    await page.mouse.move(910, 505);
    await idle(page);
    assert.equal((await present(page)).pointer, true, 'the dot shows where the mouse moved');
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).cursor), 'none');
    // The pointer dot hides two seconds after the mouse last moved; then all is still.
    await page.waitForFunction(() => window.jejak.state().present.pointer === false, null, { timeout: 5000 });
    const still = await settle(page);
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => window.jejak.frameCount), still, 'drew frames while nothing moved');

    await page.keyboard.press('t');
    await page.waitForFunction(() => window.jejak.state().present.timer.running);
    await page.waitForFunction(() => window.jejak.state().present.pointer === false, null, { timeout: 5000 });
    await settle(page, 400);  // the frames owed to the key press are drawn
    const from = await page.evaluate(() => [window.jejak.frameCount, performance.now()]);
    await page.waitForTimeout(3200);
    const to = await page.evaluate(() => [window.jejak.frameCount, performance.now()]);
    const seconds = (to[1] - from[1]) / 1000;
    const frames = to[0] - from[0];
    assert.ok(frames >= 2, `the clock moved (${frames} frames)`);
    assert.ok(frames <= Math.ceil(seconds) + 1, `${frames} frames in ${seconds.toFixed(1)} s: at most one a second`);
    assert.deepEqual(record.errors, []);
  });
});

test('focus on one persona: only that persona\'s curve is on the projector, then all again', async () => {
  await withApp(env, PROJECTOR, async ({ page, record }) => {
    await click(page, 'button/new');
    await page.waitForFunction(() => window.jejak.itemRect('button/template-b2b-software-anton'));
    await click(page, 'button/template-b2b-software-anton');
    const map = await doc(page);
    assert.ok(map.personas.length >= 3);
    const scored = (p) => map.stages.findIndex((s) => map.emotions.some((e) => e.persona === map.personas[p].id && e.stage === s.id));
    await click(page, 'button/present');
    await page.keyboard.press('o');
    await idle(page);
    const points = async () => {
      const shown = [];
      for (let p = 0; p < map.personas.length; p++) shown.push(!!(await rect(page, `emotion/${p}/${scored(p)}`)));
      return shown;
    };
    assert.deepEqual(await points(), map.personas.map(() => true), 'all curves at first');
    await page.keyboard.press('p');
    await idle(page);
    assert.equal((await present(page)).persona, 0);
    assert.deepEqual(await points(), map.personas.map((_, i) => i === 0), 'only the first persona');
    await page.screenshot({ path: join(artifactsDir, 'present-4-one-persona.png') });
    await click(page, 'present/persona');
    assert.deepEqual(await points(), map.personas.map((_, i) => i === 1), 'the button steps to the next');
    for (let i = 1; i < map.personas.length; i++) await page.keyboard.press('p');
    await idle(page);
    assert.equal((await present(page)).persona, null);
    assert.deepEqual(await points(), map.personas.map(() => true), 'all again');
    assert.deepEqual(record.errors, []);
  });
});
