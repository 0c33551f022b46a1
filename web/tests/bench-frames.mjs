// Frame benchmark: CPU time to build and render one frame (median and p95 over
// 300 frames) in headless Chromium for generated maps of 100, 1,000 and 10,000
// cards, at the view a map opens with, zoomed out to fit the screen, and for
// frames that each follow an edit (a card moved to another stage: command,
// relayout and redraw).
// Usage: node web/tests/bench-frames.mjs   (prints a table; exits 1 if a map fails to open)
import { itemCentre, launch, openApp } from './harness.mjs';

function generateMap(cards) {
  let next = 1;
  const words = ['Customer', 'reads', 'reviews', 'on', 'the', 'marketplace', 'and', 'asks', 'via', 'WhatsApp',
    'pembayaran', 'ongkir', 'tidak', 'jelas', 'checkout', 'promo', 'email', 'kurir'];
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const text = () => Array.from({ length: 3 + rand(12) }, () => words[rand(words.length)]).join(' ');
  const personas = [0, 1, 2].map((i) => ({ id: next++, name: `Persona ${i + 1}`, color: ['#e07a5f', '#3d8bbe', '#81b29a'][i] }));
  const stages = Array.from({ length: 8 }, (_, i) => ({ id: next++, name: `Stage ${i + 1}` }));
  const kinds = ['actions', 'touchpoints', 'thoughts', 'emotions', 'pain-points', 'opportunities', 'backstage', 'metrics', 'channels', 'text'];
  const lanes = kinds.map((kind) => ({ id: next++, name: kind, kind }));
  const cardList = [];
  for (let i = 0; i < cards; i++) {
    const lane = lanes[rand(lanes.length)];
    const card = { id: next++, lane: lane.id, stage: stages[rand(stages.length)].id, text: text() };
    if (lane.kind === 'touchpoints') { card.channel = 'whatsapp'; card.online = true; }
    if (lane.kind === 'pain-points') card.severity = 1 + rand(5);
    cardList.push(card);
  }
  const emotions = [];
  for (const p of personas) for (const s of stages) emotions.push({ persona: p.id, stage: s.id, score: rand(5) - 2 });
  return JSON.stringify({ format: 'jejak.journey-map', version: 1, title: `Benchmark ${cards}`, language: 'en',
    nextId: next, personas, stages, lanes, cards: cardList, emotions });
}

const env = await launch();
let failed = false;
try {
  const { context, page } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  console.log('CPU ms per frame over 300 frames, headless Chromium (SwiftShader); "build" is layout and ImGui without the WebGL calls');
  console.log('cards    view           frame median   frame p95   build median   build p95');
  for (const cards of [100, 1000, 10000]) {
    const opened = await page.evaluate((json) => window.jejak.openMapJson(json), generateMap(cards));
    if (!opened) { failed = true; console.log(`${cards}: the map did not open`); continue; }
    await page.waitForTimeout(200);
    for (const view of ['as opened', 'fit to screen', 'edit + frame']) {
      if (view === 'fit to screen') {
        const fit = await itemCentre(page, 'button/fit');
        await page.mouse.click(fit.x, fit.y);
        await page.waitForTimeout(200);
      }
      const edits = view === 'edit + frame';  // a card moved between stages, then the frame
      await page.evaluate((e) => window.jejak.benchFrames(100, e), edits);  // warm up (wasm tiers up)
      const r = await page.evaluate((e) => window.jejak.benchFrames(300, e), edits);
      const f = (v, w) => v.toFixed(2).padStart(w);
      console.log(`${String(cards).padStart(5)}    ${view.padEnd(13)} ${f(r.median, 13)} ${f(r.p95, 11)} ${f(r.buildMedian, 14)} ${f(r.buildP95, 11)}`);
    }
  }
  await context.close();
} finally {
  await env.close();
}
process.exit(failed ? 1 : 0);
