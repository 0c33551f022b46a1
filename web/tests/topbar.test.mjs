// The top bar at every width and the search: a long title never pushes the
// search field out; Ctrl+F always gives a visible field; matches are counted,
// cleared, and stepped through with Enter and Shift+Enter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactsDir, click, idle, itemCentre, launch, rect, view, withApp } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

for (const [locale, width, template] of [['id-ID', 1280, null], ['en-US', 1280, 'b2b-software-anton'],
  ['en-US', 1024, 'b2b-software-anton'], ['id-ID', 1024, null]]) {
  test(`a long title leaves the search field in view (${locale}, ${width} px${template ? `, ${template}` : ''})`, async () => {
    await withApp(env, { viewport: { width, height: 800 }, locale }, async ({ page, record }) => {
      if (template) {
        await click(page, 'button/new');
        await page.waitForFunction((t) => window.jejak.itemRect(`button/template-${t}`), template);
        await click(page, `button/template-${template}`);
      }
      const title = await rect(page, 'text/map-title');
      const search = await rect(page, 'input/search');
      assert.ok(search, 'the search field is drawn');
      assert.ok(search.w >= 130 && search.x + search.w <= width, `the field is usable: ${JSON.stringify(search)}`);
      assert.ok(title && title.x + title.w < (await rect(page, 'button/new')).x, 'the title ends before the tools');
      await page.screenshot({ path: join(artifactsDir, `topbar-${locale}-${width}${template ? '-b2b' : ''}.png`) });
      await page.keyboard.press('Control+f');
      await idle(page);
      await page.keyboard.type('chat');
      await idle(page);
      assert.equal((await view(page)).search, 'chat');
      assert.deepEqual(record.errors, []);
    });
  });
}

test('a window too narrow for the field: Ctrl+F opens a visible search field under the bar', async () => {
  await withApp(env, { viewport: { width: 760, height: 700 } }, async ({ page, record }) => {
    await page.keyboard.press('Control+f');
    await idle(page);
    const field = await rect(page, 'input/search');
    assert.ok(field && field.x >= 0 && field.x + field.w <= 760 && field.y > 50, JSON.stringify(field));
    await page.keyboard.type('review');
    await idle(page);
    assert.equal((await view(page)).search, 'review');
    await page.screenshot({ path: join(artifactsDir, 'topbar-narrow-search.png') });
    assert.deepEqual(record.errors, []);
  });
});

test('search counts matches; Enter and Shift+Enter step through them; the clear button empties it', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page, record }) => {
    const map = JSON.parse(await page.evaluate(() => window.jejak.documentJson()));
    const wanted = map.cards.filter((c) => /review/i.test(c.text) || /review/i.test(c.notes || ''));
    assert.ok(wanted.length >= 2, 'the sample map has several matches');
    await click(page, 'input/search');
    await page.keyboard.type('review');
    await idle(page);
    let v = await view(page);
    assert.equal(v.matches, wanted.length);
    assert.equal(v.currentMatch, -1);
    assert.ok(await rect(page, 'text/search-count'));
    await page.keyboard.press('Enter');
    await idle(page);
    v = await view(page);
    assert.equal(v.currentMatch, 0);
    const first = v.selection[0];
    assert.ok(wanted.some((c) => c.id === first));
    assert.ok(await rect(page, `card/${first}`), 'the match is scrolled into view');
    await page.keyboard.press('Enter');  // the field kept the keyboard
    await idle(page);
    v = await view(page);
    assert.equal(v.currentMatch, 1);
    assert.notEqual(v.selection[0], first);
    assert.ok(await rect(page, `card/${v.selection[0]}`));
    await page.keyboard.press('Shift+Enter');
    await idle(page);
    v = await view(page);
    assert.equal(v.currentMatch, 0);
    assert.equal(v.selection[0], first);
    await page.screenshot({ path: join(artifactsDir, 'search-matches.png') });
    await page.keyboard.type('zzz');
    await idle(page);
    assert.equal((await view(page)).matches, 0);
    await click(page, 'button/search-clear');
    assert.equal((await view(page)).search, '');
    assert.equal(await rect(page, 'text/search-count'), null);
    assert.deepEqual(record.errors, []);
  });
});

test('a map larger than the screen shows where it goes on: bars sized to the part in view', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page }) => {
    const x = await rect(page, 'scroll/x'), y = await rect(page, 'scroll/y');
    assert.ok(x && x.w > 50 && x.w < 1000, `a horizontal bar shorter than its track: ${JSON.stringify(x)}`);
    assert.ok(y && y.h > 50 && y.h < 600, `a vertical bar: ${JSON.stringify(y)}`);
    await page.mouse.move(700, 400);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 400);  // Shift+wheel scrolls sideways
    await page.keyboard.up('Shift');
    await idle(page);
    const moved = await rect(page, 'scroll/x');
    assert.ok(moved.x > x.x, 'the bar follows the view');
  });
});

test('a disabled button looks disabled in every theme (undo with nothing to undo)', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page }) => {
    const { imageStats } = await import('./harness.mjs');
    for (const theme of ['light', 'dark', 'high-contrast']) {
      await page.mouse.move(640, 500);  // no button hovered
      await idle(page);
      assert.equal((await page.evaluate(() => window.jejak.state())).theme, theme);
      const shot = async (id) => {
        const r = await rect(page, id);
        return imageStats(env.browser, await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } }));
      };
      const undo = await shot('button/undo'), zoom = await shot('button/zoom-in');
      assert.ok(undo.variance < zoom.variance * 0.5,
        `${theme}: the disabled icon is much fainter (${undo.variance.toFixed(0)} vs ${zoom.variance.toFixed(0)})`);
      await page.screenshot({ path: join(artifactsDir, `disabled-${theme}.png`), clip: { x: 0, y: 0, width: 700, height: 60 } });
      await click(page, 'button/theme');
    }
  });
});

test('the backup reminder sits beside "Saved", on the toolbar\'s line, and leaves it readable', async () => {
  await withApp(env, { viewport: { width: 1280, height: 800 } }, async ({ page, record }) => {
    const card = JSON.parse(await page.evaluate(() => window.jejak.documentJson())).cards[0];
    const at = await itemCentre(page, `card/${card.id}`);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    // Undo and redo with nothing to take back are no edits: no reminder comes of them.
    for (let i = 0; i < 26; i++) {
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+y');
    }
    await idle(page);
    assert.equal((await page.evaluate(() => window.jejak.state())).undoSteps, 0);
    assert.equal(await page.evaluate(() => window.jejak.itemRect('button/backup')), null, 'no reminder yet');
    // 26 real edits, each typed into the card.
    for (let i = 0; i < 26; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(String(i % 10));
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    await page.waitForFunction(() => window.jejak.itemRect('button/backup'));
    await idle(page);
    const button = await rect(page, 'button/backup'), status = await rect(page, 'text/save-status');
    const theme = await rect(page, 'button/theme');
    assert.ok(status, '"Saved" is still shown');
    assert.ok(status.x + status.w <= button.x, 'the button is beside it, not over it');
    assert.ok(Math.abs((button.y + button.h / 2) - (theme.y + theme.h / 2)) <= 2, 'on the toolbar\'s line');
    assert.ok(button.x + button.w <= theme.x, 'before the theme button');
    await page.screenshot({ path: join(artifactsDir, 'backup-reminder.png'), clip: { x: 600, y: 0, width: 680, height: 60 } });
    // The next edit's autosave does not take the button away, nor move it.
    await page.keyboard.press('Enter');
    await page.keyboard.type('x');
    await page.keyboard.press('Enter');
    // Times out if the button leaves while the map is saved again.
    await page.waitForFunction(() => window.jejak.state().save !== 'saved' && window.jejak.itemRect('button/backup'));
    const during = await rect(page, 'button/backup');
    assert.equal(during.x, button.x, 'in the same place');
    await page.waitForFunction(() => window.jejak.state().save === 'saved');
    assert.ok(await rect(page, 'button/backup'), 'and after');
    assert.deepEqual(record.errors, []);
  });
});
