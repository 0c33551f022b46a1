// Screenshots of the editor's screens at devicePixelRatio 1 and 2, in English
// and Bahasa Indonesia, for a person to look at (not a test: it asserts
// nothing). Writes build/test-artifacts/screens/<screen>-<lang>-<ratio>x.png.
// Run: node web/tests/screens.mjs (SCREENS=library,help for some of them)
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, click, idle, itemCentre, launch, repoRoot, withApp } from './harness.mjs';

const out = join(artifactsDir, 'screens');
// The states corpus map, its names in English for the English screens.
const statesText = readFileSync(join(repoRoot, 'tests/corpus/good/v4-states.json'), 'utf8');
const english = {
  'Perjalanan Maria': "Maria's journey", Kesadaran: 'Awareness', Pertimbangan: 'Consideration', Keputusan: 'Decision',
  'Titik kontak': 'Touchpoints', Hambatan: 'Pain points', Peluang: 'Opportunities', Emosi: 'Emotions',
  'Iklan Instagram dengan ongkir gratis': 'Instagram ad with free shipping', 'Iklan Instagram': 'Instagram ad',
  'Ongkir tidak jelas': 'Unclear shipping cost', 'Rekomendasi teman': "A friend's recommendation",
  'Tampilkan ongkir sejak halaman produk': 'Show shipping cost on the product page',
  'Kalkulator ongkir di halaman produk': 'Shipping calculator on the product page',
  'Checkout tanpa kejutan ongkir': 'Checkout without shipping surprises',
  'Sebelum desain ulang checkout, 2026-11-24': 'Before the checkout redesign, 2026-11-24',
  Penasaran: 'Curious', 'Lega, ongkir jelas': 'Relieved, clear shipping cost',
};
const statesMap = (lang) => lang === 'id' ? statesText
  : statesText.replace(/"([^"\\]+)"/g, (m, s) => english[s] ? JSON.stringify(english[s]) : m);
mkdirSync(out, { recursive: true });
const env = await launch();
// SCREENS=library,help takes only those.
const only = process.env.SCREENS ? process.env.SCREENS.split(',') : null;

const screens = {
  // The top bar with a long title, and a search stepped to its first match.
  async search(page) {
    await click(page, 'input/search');
    await page.keyboard.type(page.lang === 'id' ? 'ulasan' : 'review');
    await page.keyboard.press('Enter');
    await idle(page);
  },
  // Two personas: the legend with the active one, labels stacked under the curve.
  async personas(page) {
    await click(page, 'button/personas');
    await click(page, 'button/add-persona');
    await click(page, 'input/persona-name/1');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Budi');
    await click(page, 'button/close-panel');
    await click(page, 'legend/1');
    const maria = await itemCentre(page, 'emotion/0/0');
    await page.mouse.click(maria.x + 80, maria.y);
    await idle(page);
    const budi = await itemCentre(page, 'emotion/1/0');
    await page.mouse.click(budi.x, budi.y);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.waitForFunction(() => window.jejak.itemRect('input/rename'));
    await page.keyboard.type(page.lang === 'id' ? 'Penasaran, tapi hati-hati' : 'Curious, but careful');
    await page.keyboard.press('Enter');
    await idle(page);
    const lane = await itemCentre(page, 'lane/3');
    await page.mouse.wheel(0, lane.rect.y - 200);
    await idle(page);
  },
  // A refused file: the message in the interface language, with Copy and close.
  async message(page) {
    await page.evaluate(() => window.jejak.openMapJson('{"format": "jejak.journey-map", "version": 1}'));
    await idle(page);
  },
  // A stage renamed in place.
  async rename(page) {
    const stage = await itemCentre(page, 'stage/1');
    await page.mouse.move(stage.x, stage.y);
    await page.mouse.click(stage.x, stage.y);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.waitForFunction(() => window.jejak.itemRect('input/rename'));
    await idle(page);
  },
  // The library with two maps, and the message for a map too large for the memory.
  async library(page) {
    await page.evaluate(() => window.jejak.openMapJson(window.jejak.documentJson().replace('"title": "', '"title": "Copy of ')));
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    await page.evaluate(() => { window.jejakTestMemoryCeiling = 1; });
    await page.evaluate(() => window.jejak.openMapJson(window.jejak.documentJson()));
    await click(page, 'button/library');
    await page.mouse.move(5, 300);
    await idle(page);
  },
  // States and versions: the switcher over a map with a future state open.
  async states(page) {
    await page.evaluate((t) => window.jejak.openMapJson(t), statesMap(page.lang));
    await click(page, 'button/states');
    await idle(page);
  },
  // The future state compared with the current one, overlaid: marks, counts, the dashed curve.
  async compare(page) {
    await page.evaluate((t) => window.jejak.openMapJson(t), statesMap(page.lang));
    await click(page, 'button/states');
    await click(page, 'button/compare');
    await idle(page);
  },
  async 'compare-side'(page) {
    await screens.compare(page);
    await click(page, 'button/compare-side');
    await idle(page);
  },
  // The comparison in the dark theme and in high contrast.
  async 'compare-dark'(page) {
    await screens.compare(page);
    await click(page, 'button/theme');
    await idle(page);
  },
  async 'compare-contrast'(page) {
    await screens.compare(page);
    await click(page, 'button/theme');
    await click(page, 'button/theme');
    await idle(page);
  },
  // A saved version open: read-only, with its banner.
  async version(page) {
    await page.evaluate((t) => window.jejak.openMapJson(t), statesMap(page.lang));
    await click(page, 'button/states');
    await click(page, 'state/3');
    await idle(page);
  },
  // Every shortcut (F1).
  async help(page) {
    await page.keyboard.press('F1');
    await idle(page);
  },
  // Presentation mode on a 1080p projector: the second stage in the spotlight,
  // two cards voted for, the timer in its last minute, the pointer over a card.
  async present(page) {
    await click(page, 'button/present');
    await page.keyboard.press('ArrowRight');
    await idle(page);
    const map = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
    const stage = map.stages[1].id;
    for (const card of map.cards.filter((c) => c.stage === stage).slice(0, 2)) {
      const times = card === map.cards.find((c) => c.stage === stage) ? 3 : 7;
      for (let i = 0; i < times; i++) await click(page, `votes/${card.id}`);
    }
    for (let i = 0; i < 4; i++) await page.keyboard.press('BracketLeft');  // down to a minute
    await page.keyboard.press('t');
    await page.waitForFunction(() => window.jejak.state().present.timer.seconds < 60, null, { timeout: 5000 });
    await page.keyboard.press('t');
    const first = await itemCentre(page, `card/${map.cards.find((c) => c.stage === stage).id}`);
    await page.mouse.move(first.x + 120, first.y);
    await idle(page);
  },
  // The whole map with its lanes revealed down to the touchpoints, and the ranking.
  async overview(page) {
    const map = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
    const pain = map.cards.find((c) => map.lanes.find((l) => l.id === c.lane).kind === 'pain-points');
    await page.evaluate((id) => {
      const doc = JSON.parse(window.jejak.documentJson());
      doc.cards.find((c) => c.id === id).votes = 4;
      window.jejak.openMapJson(JSON.stringify(doc));
    }, pain.id);
    await idle(page);
    await click(page, 'button/present');
    await page.keyboard.press('o');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('v');
    await page.mouse.move(10, 10);
    await idle(page);
  },
};

for (const ratio of [1, 2]) {
  for (const [lang, locale] of [['en', 'en-US'], ['id', 'id-ID']]) {
    for (const [name, act] of Object.entries(screens)) {
      if (only && !only.includes(name)) continue;
      const viewport = name === 'search' || name === 'library' || name === 'states' ? { width: 1280, height: 800 }
        : name === 'present' || name === 'overview' ? { width: 1920, height: 1080 } : { width: 1440, height: 900 };
      await withApp(env, { viewport, locale, deviceScaleFactor: ratio }, async ({ page }) => {
        page.lang = lang;
        await act(page);
        await page.screenshot({ path: join(out, `${name}-${lang}-${ratio}x.png`) });
      });
    }
  }
}
await env.close();
console.log(`screens written to ${out}`);
