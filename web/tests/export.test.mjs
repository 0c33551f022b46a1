// Export and import through the menus, in real Chromium: every downloaded file's
// bytes are checked, and imports open what the exports wrote.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, click, doc, idle, launch, repoRoot, state, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); mkdirSync(join(artifactsDir, 'exports'), { recursive: true }); });
after(async () => { await env.close(); });

// Opens the export menu and picks an item; resolves with the download it starts.
async function exportVia(page, item) {
  await click(page, 'button/export');
  await page.waitForFunction((id) => window.jejak.itemRect(id), `menu/${item}`);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, `menu/${item}`)]);
  const path = join(artifactsDir, 'exports', download.suggestedFilename());
  await download.saveAs(path);
  await idle(page);
  return { name: download.suggestedFilename(), bytes: readFileSync(path), path };
}

// Opens a file through the menu's import item and the page's real file picker.
async function importVia(page, file) {
  page.on('filechooser', () => {});
  await click(page, 'button/export');
  await page.waitForFunction(() => window.jejak.itemRect('menu/import'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'menu/import')]);
  await chooser.setFiles(file);
}

// The PNG's width and height (IHDR), its colour type and its pixel density (pHYs).
function pngInfo(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  const at = bytes.indexOf('pHYs');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25],
    perMetre: at > 0 ? bytes.readUInt32BE(at + 4) : 0, iend: bytes.toString('latin1', bytes.length - 8, bytes.length - 4) };
}

// Decodes the PNG in the browser: its size, and how many colours a sample of it has.
async function decoded(page, bytes) {
  return page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const image = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(image.width, Math.min(image.height, 400));
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: image.width, height: image.height, colours: colours.size };
  }, bytes.toString('base64'));
}

describe('image (PNG)', () => {
  test('the whole map at 1x and 2x, named after the map, with its pixel density', async () => {
    await withApp(env, {}, async ({ page, record }) => {
      const one = await exportVia(page, 'export-png-1');
      assert.equal(one.name, 'Maria-buys-skin-care-online.png');
      const info1 = pngInfo(one.bytes);
      const made = await page.evaluate(() => window.jejak.lastExport());
      assert.equal(made.error, '');
      assert.equal(info1.width, made.width);
      assert.equal(info1.height, made.height);
      assert.equal(info1.iend, 'IEND');
      assert.equal(info1.colourType, 2, 'opaque: RGB');
      assert.equal(info1.perMetre, 3780, '96 dpi');
      // The whole map, not the screen: the example's six stages are wider than 1280 px.
      assert.ok(info1.width > 1280, `width ${info1.width}`);
      const pixels = await decoded(page, one.bytes);
      assert.equal(pixels.width, info1.width);
      assert.ok(pixels.colours > 20, `a picture, not a blank: ${pixels.colours} colours in a sample`);

      const two = await exportVia(page, 'export-png-2');
      const info2 = pngInfo(two.bytes);
      assert.ok(Math.abs(info2.width - 2 * info1.width) <= 2, `${info2.width} is twice ${info1.width}`);
      assert.ok(Math.abs(info2.height - 2 * info1.height) <= 2);
      assert.equal(info2.perMetre, 7559, 'prints at the size of the 1x image');
      assert.deepEqual(record.errors, []);
    });
  });

  test('an image drawn in many small tiles (as a large one is) is the same image, pixel for pixel', async () => {
    await withApp(env, {}, async ({ page }) => {
      const whole = await exportVia(page, 'export-png-1');
      await page.evaluate(() => window.jejak.exportTile(200));  // odd sizes: 1808 x 929 is not a multiple of 200
      const tiled = await exportVia(page, 'export-png-1');
      await page.evaluate(() => window.jejak.exportTile(0));
      assert.deepEqual(pngInfo(tiled.bytes), pngInfo(whole.bytes));
      const differing = await page.evaluate(async ([a, b]) => {
        const pixels = async (b64) => {
          const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
          const image = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(image.width, image.height);
          const g = canvas.getContext('2d');
          g.drawImage(image, 0, 0);
          return g.getImageData(0, 0, image.width, image.height).data;
        };
        const [x, y] = [await pixels(a), await pixels(b)];
        let n = 0;
        for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 6) n++;
        return { n, of: x.length / 4 };
      }, [whole.bytes.toString('base64'), tiled.bytes.toString('base64')]);
      assert.ok(differing.of > 1e6);
      console.log(`# tiled: ${differing.n} of ${differing.of} pixels differ`);
      assert.ok(differing.n <= differing.of * 0.0005, `${differing.n} of ${differing.of} pixels differ`);
    });
  });

  test('a map too large for one image is refused with a message, in Indonesian too; the map is unchanged', async () => {
    const stages = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, name: `Tahap ${i + 1}` }));
    const cards = [];
    for (let i = 0; i < 3000; i++) cards.push({ id: 100 + i, lane: 99, stage: 1 + (i % 60), text: `Kartu ${i}` });
    const big = JSON.stringify({ format: 'jejak.journey-map', version: 2, title: 'Peta besar', nextId: 4000, personas: [],
      stages, lanes: [{ id: 99, name: 'Tindakan', kind: 'actions' }], cards, emotions: [] });
    await withApp(env, { locale: 'id-ID' }, async ({ page }) => {
      await page.evaluate((text) => window.jejak.openMapJson(text), big);
      await idle(page);
      const before = await doc(page);
      let downloads = 0;
      page.on('download', () => { downloads++; });
      await click(page, 'button/export');
      await page.waitForFunction(() => window.jejak.itemRect('menu/export-png-4'));
      await click(page, 'menu/export-png-4');
      await page.waitForFunction(() => window.jejak.lastError() !== '');
      assert.match(await page.evaluate(() => window.jejak.lastError()), /terlalu besar untuk satu gambar pada 4x/);
      assert.equal((await page.evaluate(() => window.jejak.lastExport())).error, 'export.too_large');
      assert.deepEqual(await doc(page), before);
      assert.equal(downloads, 0);
    });
  });
});

describe('CSV', () => {
  test('export: a BOM, the header, one row per card; importing it opens the same cards as a new map', async () => {
    await withApp(env, {}, async ({ page }) => {
      const map = await doc(page);
      const csv = await exportVia(page, 'export-csv');
      assert.equal(csv.name, 'Maria-buys-skin-care-online.csv');
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
      const text = csv.bytes.toString('utf8').slice(1);
      const lines = text.split('\r\n').filter((l) => l !== '');
      assert.match(lines[0], /^stage,lane,lane_kind,text,notes,/);
      // Quoted fields may hold line breaks: count records by the parser's own reading, via the import below.
      assert.ok(lines.length >= map.cards.length + 1);

      const openId = (await state(page)).mapId;
      await importVia(page, csv.path);
      await page.waitForFunction(() => window.jejak.itemRect('text/import-counts'));
      const counts = await page.evaluate(() => window.jejak.itemRect('text/import-counts'));
      assert.ok(counts.w > 0);
      await page.screenshot({ path: join(artifactsDir, 'import-preview-csv.png') });
      assert.equal((await state(page)).mapId, openId, 'nothing opens before the preview is answered');
      await click(page, 'button/import-open');
      await page.waitForFunction((id) => window.jejak.state().mapId !== id, openId);
      const imported = await doc(page);
      assert.equal(imported.title, 'Maria-buys-skin-care-online');
      assert.equal(imported.cards.length, map.cards.length);
      assert.deepEqual(imported.stages.map((s) => s.name), map.stages.map((s) => s.name));
      const key = (m) => m.cards.map((c) => `${m.stages.find((s) => s.id === c.stage).name}|${m.lanes.find((l) => l.id === c.lane).name}|${c.text}`).sort();
      assert.deepEqual(key(imported), key(map));
    });
  });

  test('a bad CSV file is refused with its line, in Indonesian; the open map stays', async () => {
    await withApp(env, { locale: 'id-ID' }, async ({ page }) => {
      const before = await doc(page);
      const file = join(artifactsDir, 'bad-import.csv');
      writeFileSync(file, 'tahap,jalur,teks,dampak\nKesadaran,Tindakan,Melihat iklan,9\n');
      await importVia(page, file);
      await page.waitForFunction(() => window.jejak.lastError() !== '');
      const message = await page.evaluate(() => window.jejak.lastError());
      assert.match(message, /Baris 2/);
      assert.deepEqual(await doc(page), before);
      assert.equal(await page.evaluate(() => window.jejak.itemRect('window/import-preview')), null);
    });
  });
});

describe('Markdown and Mermaid', () => {
  test('Markdown: an outline with the title and every stage', async () => {
    await withApp(env, {}, async ({ page }) => {
      const map = await doc(page);
      const md = await exportVia(page, 'export-markdown');
      assert.equal(md.name, 'Maria-buys-skin-care-online.md');
      const text = md.bytes.toString('utf8');
      assert.ok(text.startsWith(`# ${map.title}\n`), text.slice(0, 80));
      for (const s of map.stages) assert.ok(text.includes(s.name), `stage ${s.name}`);
      for (const c of map.cards.slice(0, 5)) assert.ok(text.includes(c.text.slice(0, 20)), `card ${c.text}`);
    });
  });

  test('Mermaid: the real mermaid package parses the export, and the import opens it back', async () => {
    await withApp(env, {}, async ({ page, context }) => {
      const map = await doc(page);
      const mmd = await exportVia(page, 'export-mermaid');
      assert.equal(mmd.name, 'Maria-buys-skin-care-online.mmd');
      const text = mmd.bytes.toString('utf8');
      assert.match(text, /^journey\n/);
      // Mermaid itself, from npm, in a page of its own.
      const other = await context.newPage();
      await other.setContent('<!doctype html><body></body>');
      await other.addScriptTag({ path: join(repoRoot, 'web/node_modules/mermaid/dist/mermaid.min.js') });
      const parsed = await other.evaluate(async (t) => {
        window.mermaid.initialize({ startOnLoad: false });
        try { return { ok: !!(await window.mermaid.parse(t)), type: (await window.mermaid.parse(t)).diagramType }; }
        catch (e) { return { ok: false, error: String(e.message || e) }; }
      }, text);
      assert.deepEqual(parsed, { ok: true, type: 'journey' });
      const svg = await other.evaluate(async (t) => (await window.mermaid.render('j', t)).svg, text);
      for (const s of map.stages) assert.ok(svg.includes(s.name), `Mermaid draws stage ${s.name}`);
      await other.close();

      const openId = (await state(page)).mapId;
      await importVia(page, mmd.path);
      await page.waitForFunction(() => window.jejak.itemRect('button/import-open'));
      await click(page, 'button/import-open');
      await page.waitForFunction((id) => window.jejak.state().mapId !== id, openId);
      const back = await doc(page);
      assert.deepEqual(back.stages.map((s) => s.name), map.stages.map((s) => s.name));
    });
  });

  test("Mermaid's own journey examples (its README in the npm package) import as maps", async () => {
    const readme = readFileSync(join(repoRoot, 'web/node_modules/mermaid/README.md'), 'utf8');
    const examples = [...readme.matchAll(/```(?:mermaid|mmd)?\n(\s*journey\n[\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(examples.length >= 1, 'the README has a journey example');
    await withApp(env, {}, async ({ page }) => {
      const file = join(artifactsDir, 'mermaid-readme-journey.mmd');
      writeFileSync(file, examples[0]);
      const openId = (await state(page)).mapId;
      await importVia(page, file);
      await page.waitForFunction(() => window.jejak.itemRect('button/import-open'));
      await click(page, 'button/import-open');
      await page.waitForFunction((id) => window.jejak.state().mapId !== id, openId);
      const map = await doc(page);
      const sections = [...examples[0].matchAll(/^\s*section (.+)$/gm)].map((m) => m[1].trim());
      assert.deepEqual(map.stages.map((s) => s.name), sections);
      const tasks = [...examples[0].matchAll(/^\s*([^:\n]+):\s*\d\s*:/gm)].map((m) => m[1].trim());
      assert.deepEqual(map.cards.map((c) => c.text).sort(), tasks.sort());
      assert.ok(map.personas.length >= 1);
    });
  });
});

describe('print and PDF', () => {
  for (const [paper, item, width] of [['A4', 'print-a4', 297], ['A3', 'print-a3', 420]]) {
    test(`${paper} landscape: the map on pages, stages split, sent to the print dialog; the PDF has one sheet per page`, async () => {
      await withApp(env, { initScript: () => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; } },
        async ({ page, record }) => {
          await click(page, 'button/export');
          await page.waitForFunction((id) => window.jejak.itemRect(id), `menu/${item}`);
          await click(page, `menu/${item}`);
          await page.waitForFunction(() => window.__printed === 1);
          const pages = await page.evaluate(() => [...document.querySelectorAll('#print-pages img')]
            .map((i) => ({ w: i.naturalWidth, h: i.naturalHeight })));
          assert.ok(pages.length >= (paper === 'A4' ? 2 : 1), `${pages.length} pages`);
          const px = Math.ceil((width / 25.4) * 96 * 2);  // 2 image pixels per CSS pixel
          for (const p of pages) assert.ok(Math.abs(p.w - px) <= 1 && p.h < p.w, JSON.stringify(p));
          assert.equal(await page.evaluate(() => document.title), 'Maria buys skin care online', 'the PDF is named after the map');
          // What the print dialog gets: the browser's own PDF of the page, in print media.
          const pdf = await page.pdf({ preferCSSPageSize: true });
          const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
          assert.equal(sheets, pages.length, 'one sheet per page image');
          const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
          assert.ok(box && Math.abs(Number(box[1]) - (width / 25.4) * 72) < 2, `landscape ${paper}: ${box && box[0]}`);
          await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
          assert.equal(await page.evaluate(() => document.getElementById('print-pages')), null, 'gone after printing');
          assert.deepEqual(record.errors, []);
        });
    });
  }
});
