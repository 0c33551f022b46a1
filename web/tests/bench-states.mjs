// States benchmark (prints numbers; not a test): a 5,000-card map (1,000 actions
// in 10 stages, web/tests/big-map.mjs) whose open future state differs from its
// current state in a fifth of its cards (edited, moved, removed, added), in
// headless Chromium. The CPU time of a frame and of an edit plus its frame, in
// the editor and in the compare view (overlaid, then side by side), where every
// edit compares the two states again: the compare view's goal is the editor's
// frame budget.
// Usage: node web/tests/bench-states.mjs
import { bigMap } from './big-map.mjs';
import { click, idle, launch, openApp } from './harness.mjs';

const current = JSON.parse(bigMap(1000));
const content = (m) => ({ stages: m.stages, lanes: m.lanes, cards: m.cards, emotions: m.emotions, measures: [], links: [] });
const future = structuredClone(content(current));
let next = current.nextId;
future.cards.forEach((c, i) => {
  if (i % 10 === 0) c.text += ' (new)';
  if (i % 10 === 5) c.stage = future.stages[(i / 10 | 0) % future.stages.length].id;
});
const removed = future.cards.splice(100, 100);
for (const c of removed) future.cards.push({ ...c, id: next++, text: `New: ${c.text}` });
const map = {
  ...current, version: 4, nextId: next,
  state: { id: 2, name: 'Future', kind: 'future', from: 1 }, ...future,
  states: [{ id: 1, kind: 'current', ...content(current) }],
};

const env = await launch();
try {
  const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await idle(page);
  if (!await page.evaluate((t) => window.jejak.openMapJson(t), JSON.stringify(map))) throw new Error('the map did not open');
  await idle(page);
  const row = (name, r) => console.log(`${name.padEnd(50)}${r.median.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(10)}`);
  const measure = async () => [await page.evaluate(() => window.jejak.benchFrames(150, false)),
    await page.evaluate(() => window.jejak.benchFrames(60, true))];
  const [editorFrame, editorEdit] = await measure();
  await click(page, 'button/states');
  await click(page, 'button/compare');
  await page.waitForFunction(() => window.jejak.view().compare);
  await idle(page);
  const c = await page.evaluate(() => window.jejak.view().compare);
  const [overlayFrame, overlayEdit] = await measure();
  await click(page, 'button/compare-side');
  await idle(page);
  const [sideFrame, sideEdit] = await measure();
  console.log(`${future.cards.length} cards against ${current.cards.length}: ${c.added} added, ${c.removed} removed, ${c.moved} moved, ${c.changed} changed`);
  console.log('CPU ms, headless Chromium (SwiftShader)'.padEnd(50) + '  median        p95');
  row('editor: frame', editorFrame);
  row('editor: edit + frame', editorEdit);
  row('compare, overlaid: frame', overlayFrame);
  row('compare, overlaid: edit + frame (compared again)', overlayEdit);
  row('compare, side by side: frame', sideFrame);
  row('compare, side by side: edit + frame', sideEdit);
  await context.close();
} finally {
  await env.close();
}
