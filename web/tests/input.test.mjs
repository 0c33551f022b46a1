// Input on a busy machine: every frame is slowed on purpose (jejak.slowFrames),
// so clicks, keys and text pile up between frames. None of it may be lost,
// merged or sent to the wrong place.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { click as clickItem, doc, idle, itemCentre, launch, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const SLOW_MS = 150;
const slow = (page, ms) => page.evaluate((n) => window.jejak.slowFrames(n), ms);

// Starts a blank map (every cell empty) from the gallery.
async function blankMap(page) {
  await clickItem(page, 'button/new');
  await page.waitForFunction(() => window.jejak.itemRect('button/template-blank'));
  await clickItem(page, 'button/template-blank');
}

// A cell of a text lane with no cards, fully on screen.
async function emptyCell(page) {
  await blankMap(page);
  const map = await doc(page);
  const lanes = map.lanes.filter((l) => !l.hidden);
  for (let r = 0; r < lanes.length; r++) {
    if (lanes[r].kind === 'emotions') continue;
    for (let c = 0; c < map.stages.length; c++) {
      if (map.cards.some((k) => k.lane === lanes[r].id && k.stage === map.stages[c].id)) continue;
      const rect = await page.evaluate((id) => window.jejak.itemRect(id), `cell/${r}/${c}`);
      if (rect && rect.x > 0 && rect.y > 60 && rect.x + rect.w < 1280 && rect.y + rect.h < 860)
        return { lane: lanes[r].id, stage: map.stages[c].id, x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
    }
  }
  throw new Error('no empty cell on screen');
}

// Playwright waits until the page has handled each event before it sends the
// next, so a slow page would get one event per frame. A hand is faster than a
// busy machine: a burst sends real input events (DevTools protocol) all at
// once, in order, without waiting, and they pile up between two frames.
const SHIFT = 8, CTRL = 2;
const NAMED = { Enter: [13, 'Enter', '\r'], Escape: [27, 'Escape'], Delete: [46, 'Delete'], F2: [113, 'F2'],
  Control: [17, 'ControlLeft'], Shift: [16, 'ShiftLeft'], Backspace: [8, 'Backspace'] };
const PUNCT = { ' ': [32, 'Space'], ',': [188, 'Comma'], '.': [190, 'Period'], ';': [186, 'Semicolon'],
  '-': [189, 'Minus'] };
function keyOf(k) {
  if (NAMED[k]) return { vk: NAMED[k][0], code: NAMED[k][1], key: k, text: NAMED[k][2] };
  if (PUNCT[k]) return { vk: PUNCT[k][0], code: PUNCT[k][1], key: k, text: k };
  if (/^[a-zA-Z]$/.test(k)) return { vk: k.toUpperCase().charCodeAt(0), code: `Key${k.toUpperCase()}`, key: k, text: k,
    shift: k !== k.toLowerCase() };
  if (/^[0-9]$/.test(k)) return { vk: k.charCodeAt(0), code: `Digit${k}`, key: k, text: k };
  throw new Error(`no key for ${k}`);
}
function keyEvent(type, k, modifiers = 0) {
  const { vk, code, key, text, shift } = keyOf(k);
  const m = modifiers | (shift ? SHIFT : 0);
  const params = { type, key, code, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk, modifiers: m };
  if (type === 'keyDown' && text && !(m & CTRL)) Object.assign(params, { text, unmodifiedText: text });
  return ['Input.dispatchKeyEvent', params];
}
const press = (k, modifiers = 0) => [keyEvent('keyDown', k, modifiers), keyEvent('keyUp', k, modifiers)];
const keys = (text) => [...text].flatMap((c) => press(c));
const ctrl = (k) => [keyEvent('keyDown', 'Control', CTRL), ...press(k, CTRL), keyEvent('keyUp', 'Control')];
const mouse = (type, x, y, clickCount = 1, modifiers = 0) =>
  ['Input.dispatchMouseEvent', { type, x, y, button: type === 'mouseMoved' ? 'none' : 'left', clickCount, modifiers }];
const click = (x, y, clickCount = 1, modifiers = 0) =>
  [mouse('mousePressed', x, y, clickCount, modifiers), mouse('mouseReleased', x, y, clickCount, modifiers)];
const doubleClick = (x, y) => [...click(x, y, 1), ...click(x, y, 2)];
async function burst(page, events) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await Promise.all(events.map(([method, params]) => cdp.send(method, params)));
  } finally {
    await cdp.detach();
  }
}
// How many frames the app drew while fn ran.
async function framesDuring(page, fn) {
  const before = await page.evaluate(() => window.jejak.frameCount);
  await fn();
  await idle(page);
  return (await page.evaluate(() => window.jejak.frameCount)) - before;
}

test('slow frames: a double-click and the words typed straight after it make a card with those words', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    const cell = await emptyCell(page);
    const cardsBefore = (await doc(page)).cards.length;
    await page.mouse.move(cell.x, cell.y);
    await idle(page);
    await slow(page, SLOW_MS);
    // The two clicks and the words arrive together: the field is still opening.
    await burst(page, [...doubleClick(cell.x, cell.y), ...keys('Cek ongkir'), ...press('Enter')]);
    await idle(page);
    await slow(page, 0);
    const map = await doc(page);
    assert.equal(map.cards.length, cardsBefore + 1, 'one card, not two and not none');
    const added = map.cards.filter((c) => c.lane === cell.lane && c.stage === cell.stage);
    assert.deepEqual(added.map((c) => c.text), ['Cek ongkir']);
    assert.deepEqual(record.errors, []);
  });
});

test('slow frames: a 200-character Indonesian sentence typed fast arrives whole and in order', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    const sentence = ('Pelanggan membandingkan harga di tiga marketplace, lalu bertanya lewat WhatsApp ' +
      'apakah ongkos kirim ke Surabaya gratis; jawabannya lambat sekali, jadi dia akhirnya memesan di toko lain ' +
      'yang menjawab lebih cepat.').slice(0, 200);
    assert.equal(sentence.length, 200);
    const cell = await emptyCell(page);
    await page.mouse.move(cell.x, cell.y);
    await idle(page);
    await slow(page, SLOW_MS);
    await burst(page, doubleClick(cell.x, cell.y));
    // Many keys per frame, the same letter twice in a row ("ss", "mm", "pp").
    const frames = await framesDuring(page, () => burst(page, [...keys(sentence), ...press('Enter')]));
    await slow(page, 0);
    assert.ok(frames < 100, `the keys piled up between frames (${frames} frames for 201 keys)`);
    const added = (await doc(page)).cards.filter((c) => c.lane === cell.lane && c.stage === cell.stage);
    assert.deepEqual(added.map((c) => c.text), [sentence]);
    assert.deepEqual(record.errors, []);
  });
});

test('slow frames: a click, a shift-click and Delete each act, in order', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    const map = await doc(page);
    const [a, b] = map.cards.filter((c) => c.text).slice(0, 2);
    const pa = await itemCentre(page, `card/${a.id}`), pb = await itemCentre(page, `card/${b.id}`);
    await slow(page, SLOW_MS);
    await burst(page, [
      mouse('mouseMoved', pa.x, pa.y), ...click(pa.x, pa.y),
      keyEvent('keyDown', 'Shift', SHIFT),  // Shift-click adds to the selection
      mouse('mouseMoved', pb.x, pb.y, 0, SHIFT), ...click(pb.x, pb.y, 1, SHIFT),
      keyEvent('keyUp', 'Shift'), ...press('Delete'),
    ]);
    await idle(page);
    await slow(page, 0);
    const left = (await doc(page)).cards.map((c) => c.id);
    assert.ok(!left.includes(a.id) && !left.includes(b.id), 'both cards were selected, then deleted');
    assert.equal(left.length, map.cards.length - 2);
    assert.deepEqual(record.errors, []);
  });
});

test('a tap with no pointer movement before it acts where it lands (touch)', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 }, hasTouch: true }, async ({ page, record }) => {
    const map = await doc(page);
    const card = map.cards.find((c) => c.text);
    const at = await itemCentre(page, `card/${card.id}`);
    await slow(page, SLOW_MS);
    // No mouse move at all before it (Playwright sends a tap after keys sent
    // with it, so Delete waits for the tap to be handled).
    await page.touchscreen.tap(at.x, at.y);
    await page.keyboard.press('Delete');
    await idle(page);
    await slow(page, 0);
    const after = await doc(page);
    assert.ok(!after.cards.some((c) => c.id === card.id), 'the tapped card was selected and deleted');
    assert.equal(after.cards.length, map.cards.length - 1);
    assert.deepEqual(record.errors, []);
  });
});

test('slow frames: words typed right after Ctrl+F or F2 go into the field that opens', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    await slow(page, SLOW_MS);
    await burst(page, [...ctrl('f'), ...keys('ongkir')]);
    await idle(page);
    assert.equal((await page.evaluate(() => window.jejak.view())).search, 'ongkir');
    await burst(page, press('Escape'));
    await idle(page);

    // A stage header selected, F2, a new name and Enter, all at once.
    const stage = await itemCentre(page, 'stage/1');
    await burst(page, [mouse('mouseMoved', stage.x, stage.y), ...click(stage.x, stage.y)]);
    await idle(page);
    await burst(page, [...press('F2'), ...keys('Bandingkan'), ...press('Enter')]);
    await idle(page);
    await slow(page, 0);
    assert.equal((await doc(page)).stages[1].name, 'Bandingkan');
    assert.deepEqual(record.errors, []);
  });
});

test('slow frames: letters typed right before Ctrl+Enter stay, and the line break comes after them', async () => {
  await withApp(env, { viewport: { width: 1280, height: 900 } }, async ({ page, record }) => {
    const cell = await emptyCell(page);
    await page.mouse.move(cell.x, cell.y);
    await idle(page);
    await slow(page, SLOW_MS);
    await burst(page, doubleClick(cell.x, cell.y));
    // The letters and the Ctrl press land in one frame: ImGui's field drops
    // characters that arrive while Ctrl is down, so Ctrl must wait for a frame.
    await burst(page, [...keys('deciding'), ...ctrl('Enter'), ...keys('Second'), ...press('Enter')]);
    await idle(page);
    await slow(page, 0);
    const added = (await doc(page)).cards.filter((c) => c.lane === cell.lane && c.stage === cell.stage);
    assert.deepEqual(added.map((c) => c.text), ['deciding\nSecond']);
    assert.deepEqual(record.errors, []);
  });
});
