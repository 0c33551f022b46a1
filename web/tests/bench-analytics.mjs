// Analytics benchmark (prints numbers; not a test): a 5,000-card map (1,000
// actions in 10 stages, web/tests/big-map.mjs, 2,000 of them touchpoints) with 12
// periods of measurements, in headless Chromium. With the analytics panel open
// and the touchpoints coloured by exit rate: the CPU time of a frame (idle and
// after an edit), and of switching the period (the refresh and the frame that
// shows it; the goal is within one frame).
// Usage: node web/tests/bench-analytics.mjs
import { bigMap } from './big-map.mjs';
import { click, idle, launch, openApp } from './harness.mjs';

const map = JSON.parse(bigMap(1000));
map.version = 3;
map.measures = [];
map.links = [];
const touchpoints = map.lanes.find((l) => l.kind === 'touchpoints').id;
for (let p = 1; p <= 12; p++) {
  const period = `2026-${String(p).padStart(2, '0')}`;
  let entered = 100000 + p * 1000;
  for (const s of map.stages) {
    map.measures.push({ period, stage: s.id, entered });
    entered = Math.floor(entered * 0.7);
  }
  for (const c of map.cards)
    if (c.lane === touchpoints) map.measures.push({ period, card: c.id, reached: 1000 + (c.id * 37) % 5000, exits: (c.id * 13 + p) % 900 });
}

const env = await launch();
try {
  const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await idle(page);
  if (!await page.evaluate((t) => window.jejak.openMapJson(t), JSON.stringify(map))) throw new Error('the map did not open');
  await idle(page);
  await click(page, 'button/analytics');
  await idle(page);
  const periods = await page.evaluate(() => window.jejak.view().analytics.periods.length);
  // The switches first: the edits below leave an autosave due, which a later frame would take.
  const switches = await page.evaluate(() => window.jejak.benchPeriods(5));
  const frames = await page.evaluate(() => window.jejak.benchFrames(200, false));
  const edits = await page.evaluate(() => window.jejak.benchFrames(100, true));
  console.log(`${map.cards.length} cards, ${map.measures.length} measures in ${periods} periods; analytics panel open, touchpoints coloured`);
  console.log('CPU ms, headless Chromium (SwiftShader)       median     p95/max');
  console.log(`frame                                        ${frames.median.toFixed(2).padStart(8)} ${frames.p95.toFixed(2).padStart(10)}`);
  console.log(`edit + frame (the analytics recomputed)      ${edits.median.toFixed(2).padStart(8)} ${edits.p95.toFixed(2).padStart(10)}`);
  console.log(`period switch + its frame (${String(switches.switches).padStart(2)} switches)    ${switches.median.toFixed(2).padStart(8)} ${switches.max.toFixed(2).padStart(10)}`);
  if (switches.min < 0) throw new Error('a period switch did not show its period');
  await context.close();
} finally {
  await env.close();
}
