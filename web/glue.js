// The JavaScript half of the boundary between the page and the app: every EM_JS
// in src/platform/ is a one-line call into window.jejakGlue. Anything of a
// user's size (files, maps, pasted text) goes into the app as bytes in a heap
// buffer with a length, never as a ccall string (those are copied onto the
// 5 MB wasm stack) and never decoded by the browser first (TextDecoder would
// turn a Windows-1252 file into U+FFFD without a word).
'use strict';
(function () {
  const M = () => window.Module;
  const encoder = new TextEncoder();

  // Copies bytes into the wasm heap, calls fn(pointer, length), frees them.
  // When the heap cannot grow, the app says so and fn is not called.
  function withBytes(bytes, fn) {
    const m = M();
    const ptr = m._malloc(Math.max(bytes.length, 1));
    if (!ptr) {
      m._jejak_out_of_memory();
      return undefined;
    }
    try {
      m.HEAPU8.set(bytes, ptr);
      return fn(ptr, bytes.length);
    } finally {
      m._free(ptr);
    }
  }
  function withText(text, fn) { return withBytes(encoder.encode(String(text == null ? '' : text)), fn); }
  // Several texts at once: fn(p0, n0, p1, n1, ...).
  function withTexts(texts, fn) {
    const go = (i, args) => (i === texts.length ? fn(...args)
      : withText(texts[i], (p, n) => go(i + 1, args.concat([p, n]))));
    return go(0, []);
  }
  const str = (ptr) => M().UTF8ToString(ptr);
  const viewText = (view) => JSON.stringify(view || {});
  const parseView = (ptr) => { try { return JSON.parse(str(ptr)); } catch (e) { return {}; } };

  const glue = {
    withBytes, withText, withTexts,

    // --- keeping maps (web/storage.js) ---
    storageStart() {
      const s = window.jejakStorage, m = M();
      s.onSavedElsewhere((e) => withText(e.id, (p, n) => m._jejak_storage_saved_elsewhere(p, n, e.revision)));
      s.persist();
      // A start that is opening a stored map marks it until two frames with it
      // are drawn. A marked map at the next start means that start crashed or
      // hung there: the app then starts without it and says so, instead of
      // failing the same way at every start.
      const RESTORING = 'jejak.restoring';
      const mark = (id) => { try { if (id) localStorage.setItem(RESTORING, id); else localStorage.removeItem(RESTORING); } catch (e) { /* storage off */ } };
      performance.mark('jejak-storage-asked');
      s.early().then((r) => {
        let unfinished = '';
        try { unfinished = localStorage.getItem(RESTORING) || ''; } catch (e) { /* storage off */ }
        if (r && unfinished === r.id) {
          mark('');
          withTexts([r.id, '', '', 'restore_failed'], (...a) => m._jejak_storage_started(1, ...a, 0));
          return;
        }
        mark(r ? r.id : '');
        const from = m._jejak_frame_count();
        withTexts([r ? r.id : '', r ? r.json : '', r ? viewText(r.view) : '', ''],
          (...a) => m._jejak_storage_started(1, ...a, r ? r.revision : 0));
        performance.mark('jejak-map-restored');
        let shown = false;
        const drawn = () => {
          try {
            const frames = m._jejak_frame_count();
            // The first frame that has the map on screen (opening benchmark).
            if (frames > from && !shown) { shown = true; performance.mark('jejak-map-drawn'); }
            if (frames >= from + 2) { mark(''); return; }
          } catch (e) { return; }  // the app died: the mark stays for the next start
          requestAnimationFrame(drawn);
        };
        if (r) requestAnimationFrame(drawn);
      }).catch((e) => {
        withTexts(['', '', '', window.jejakStorage.errorKind(e)], (...a) => m._jejak_storage_started(0, ...a, 0));
      }).then(() => glue.openSharedLink());  // a shared map shows after the app has its own
      window.addEventListener('hashchange', () => glue.openSharedLink());
      // The page may go away at any moment after it is hidden: copy now.
      const hidden = () => m._jejak_page_hidden();
      window.addEventListener('pagehide', hidden);
      document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') hidden(); });
      // Files dropped on the page open as new maps.
      window.addEventListener('dragover', (e) => { e.preventDefault(); });
      window.addEventListener('drop', (e) => {
        e.preventDefault();
        const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
        if (file) glue.readFile(file);
      });
    },
    storageSave(id, title, json, view, baseRevision, force) {
      const m = M();
      window.jejakStorage.save({ id: str(id), title: str(title), json: str(json), view: parseView(view),
        baseRevision, force: !!force })
        .then((r) => withText(r.error || '', (p, n) => m._jejak_storage_saved(r.ok ? 1 : 0, r.revision || 0,
          r.conflict ? 1 : 0, p, n)));
    },
    storageJournal(id, title, json, view) {
      window.jejakStorage.journal({ id: str(id), title: str(title), json: str(json), view: parseView(view),
        at: Date.now() });
    },
    storageLoad(id) {
      window.jejakStorage.load(str(id)).then((r) => {
        if (r) withTexts([r.id, r.json, viewText(r.view)], (...a) => M()._jejak_storage_loaded(...a, r.revision));
      });
    },
    storageList() {
      window.jejakStorage.list().then((l) => withText(JSON.stringify(l), (p, n) => M()._jejak_storage_library(p, n)));
    },
    // what: a StoredChange's name (src/session/browser_port.h). A new title is
    // written into the stored map file by the app's own writer (retitle).
    storageChange(what, id, title) {
      const s = window.jejakStorage, key = str(id), name = str(title);
      const change = {
        rename: () => s.rename(key, name, glue.retitle), duplicate: () => s.duplicate(key, name, glue.retitle),
        remove: () => s.remove(key), restore: () => s.restore(key),
        download: () => s.load(key).then((r) => { if (r) glue.downloadText(name, r.json, key, r.revision); }) }[str(what)];
      change().then(() => glue.storageList());
    },
    newId() { return window.jejakStorage.newId(); },
    preference(key) {
      let value = '';
      try { value = localStorage.getItem('jejak.pref.' + str(key)) || ''; } catch (e) { /* storage off */ }
      return value;
    },
    setPreference(key, value) {
      try { localStorage.setItem('jejak.pref.' + str(key), str(value)); } catch (e) { /* storage off */ }
    },

    // --- files ---
    download(fileName, text, id, revision) { glue.downloadText(str(fileName), str(text), str(id), revision); },
    downloadText(fileName, text, id, revision) {
      glue.saveBlob(fileName, new Blob([text], { type: 'application/json' }));
      if (revision > 0) window.jejakStorage.markDownloaded(id, revision);
    },
    // Every download of the app goes through here: a link to the blob, clicked.
    saveBlob(fileName, blob) {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    // --- the formats module (formats.js + formats.wasm: CSV, Markdown, Mermaid) ---
    // Loaded the first time it is needed, never at startup. The single-file
    // edition carries it inline (single_file.py).
    loadFormats() {
      if (!glue.formatsLoading) {
        glue.formatsLoading = new Promise((resolve, reject) => {
          const start = () => {
            const inline = document.getElementById('jejak-formats-wasm');
            const options = { locateFile: (file) => file };
            if (inline) {
              const text = atob(inline.textContent.trim());
              const bytes = new Uint8Array(text.length);
              for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
              options.wasmBinary = bytes;
            }
            window.JejakFormats(options).then(resolve, reject);
          };
          if (window.JejakFormats) { start(); return; }
          const script = document.createElement('script');
          script.src = 'formats.js';
          script.onload = start;
          script.onerror = () => reject(new Error('formats.js could not be loaded'));
          document.head.appendChild(script);
        });
        glue.formatsLoading.catch(() => { glue.formatsLoading = null; });  // a later try may work (back online)
      }
      return glue.formatsLoading;
    },
    // Runs fn(the module's side of the work, web/formats-glue.js) once the module is there.
    formats(fn) {
      glue.loadFormats().then((f) => fn(f.glue)).catch((e) => { console.warn('formats:', e); M()._jejak_formats_failed(); });
    },
    app: M,
    // kind: a format's code in src/io/file_formats.h; language: "en" or "id" (the
    // formats module counts them 0 and 1).
    exportAs(kind, json, size, language, fileName, type) {
      const map = M().HEAPU8.slice(json, json + size);  // now: the app's buffer is gone after this call
      const k = str(kind), name = str(fileName), mime = str(type), words = str(language) === 'id' ? 1 : 0;
      glue.formats((g) => g.exportAs(glue, k, map, words, name, mime));
    },
    importAs(kind, fileName, bytes, size, title, content, ui) {  // a new map's content is in the user's language: ui
      const data = M().HEAPU8.slice(bytes, bytes + size);
      const k = str(kind), name = str(fileName), heading = encoder.encode(str(title)), words = str(ui) === 'id' ? 1 : 0;
      glue.formats((g) => g.importAs(glue, k, data, heading, name, words));
    },
    // The words of another interface language (words-LANG.json, shell.js), when chosen.
    loadWords(code) {
      const c = str(code);
      window.jejakLoadWords(c).then((w) => withTexts([c, JSON.stringify(w.words), JSON.stringify(w.example)],
        (...a) => M()._jejak_words_loaded(...a)))
        .catch((e) => { console.warn('words:', e); withText(c, (p, n) => M()._jejak_words_failed(p, n)); });
    },
    // A language's words or example as JSON text ('' when not loaded), for the app's start.
    wordsPart(code, part) {
      const w = (window.jejakWords || {})[str(code)];
      return w && w[str(part)] ? JSON.stringify(w[str(part)]) : '';
    },
    uiLanguage() { return window.jejakUiLanguage || ''; },
    loadTemplates() {
      glue.loadFormats().then((f) => f.glue.templates(glue))
        .catch((e) => { console.warn('formats:', e); withBytes(new Uint8Array(0), (p, n) => M()._jejak_templates(0, p, n)); });
    },
    // --- share links: the map in the URL's fragment, never sent to a server ---
    makeShareLink(json, size) {
      const bytes = M().HEAPU8.slice(json, json + size);
      const packed = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      new Response(packed).arrayBuffer().then((buffer) => {
        const b = new Uint8Array(buffer);
        let binary = '';
        for (let i = 0; i < b.length; i += 0x8000) binary += String.fromCharCode(...b.subarray(i, i + 0x8000));
        const data = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        const url = location.href.split('#')[0] + '#map=' + data;
        withText(url, (p, n) => M()._jejak_share_link_made(p, n));
      }).catch((e) => { console.warn('share link:', e); M()._jejak_formats_failed(); });
    },
    // The page was opened with a shared map: the formats module decodes it.
    openSharedLink() {
      const fragment = location.hash;
      if (!fragment.startsWith('#map=')) return;
      const ui = str(M()._jejak_ui_language()) === 'id' ? 1 : 0;
      glue.formats((g) => g.shareDecode(glue, encoder.encode(fragment), ui));
    },
    clearShareLink() { history.replaceState(null, '', location.pathname + location.search); },
    // --- printing: the app's page images in the document, for the print dialog only ---
    printBegin(paper, title) {
      glue.printDone();
      glue.printQueue = [];
      const box = document.createElement('div');
      box.id = 'print-pages';
      box.dataset.paper = str(paper);
      document.body.appendChild(box);
      // shell.css has the rules: a named @page per paper (no inline style: the CSP allows none).
      glue.printTitle = document.title;
      document.title = str(title) || document.title;  // "Save as PDF" names the file after the map
    },
    printPage(rgba, width, height, perMetre) { glue.printQueue.push([rgba, width, height, perMetre]); },
    printEnd() {
      const pages = glue.printQueue;
      glue.printQueue = [];
      glue.formats((g) => g.print(glue, pages));
    },
    downloadPng(rgba, width, height, perMetre, fileName) {
      const name = str(fileName);
      glue.formats((g) => g.downloadPng(glue, rgba, width, height, perMetre, name));
    },
    printDone() {
      const box = document.getElementById('print-pages');
      if (box) { box.querySelectorAll('img').forEach((i) => URL.revokeObjectURL(i.src)); box.remove(); }
      if (glue.printTitle) { document.title = glue.printTitle; glue.printTitle = ''; }
    },
    pickFile() { window.jejakPickFile(); },
    // A picked or dropped file: too large ones are refused before they are read;
    // the rest go to the app as the file's own bytes.
    readFile(file) {
      const m = M();
      const name = (fn) => withText(file.name, fn);
      if (file.size > glue.maxFileBytes()) {
        name((p, n) => m._jejak_file_rejected(p, n, file.size));
        return;
      }
      file.arrayBuffer().then(
        (buffer) => name((p, n) => withBytes(new Uint8Array(buffer), (b, len) => m._jejak_file_opened(p, n, b, len))),
        () => name((p, n) => m._jejak_file_unreadable(p, n)));
    },
    // The map file's text with a new title, written by the app; null if the
    // stored text is not a map the app can read.
    retitle(json, title) {
      const out = withTexts([json, title], (...a) => str(M()._jejak_retitle_map(...a)));
      return out || null;
    },
    maxFileBytes() { return M()._jejak_max_file_bytes(); },

    // --- the page ---
    browserLocale() { return navigator.language || 'en'; },
    // When idle the loop stops asking for animation frames; any input to the
    // page, a resize or a change of pixel ratio wakes it.
    listenForWake() {
      const wakeUp = () => M()._jejak_wake();
      const opts = { capture: true, passive: true };
      for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel',
        'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend', 'focus', 'blur', 'resize',
        'visibilitychange', 'compositionstart', 'compositionupdate', 'compositionend', 'dragover',
        'drop', 'contextmenu']) window.addEventListener(type, wakeUp, opts);
      const watchRatio = () => {
        const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
        query.addEventListener('change', () => { wakeUp(); watchRatio(); }, { once: true });
      };
      watchRatio();
    },

    // Copy and cut put the selected cards on the system clipboard as JSON; paste
    // hands the clipboard's text to the app. Text fields keep the events to themselves.
    listenToClipboard() {
      const m = M();
      const copy = (event, cut) => {
        const json = str(m._jejak_clipboard_copy(cut ? 1 : 0));
        if (!json) return;
        event.clipboardData.setData('text/plain', json);
        event.preventDefault();
      };
      // Blink runs Copy, Cut and Paste on a page without a text selection only when
      // the "before" events are cancelled.
      const canCopy = (e) => { if (m._jejak_clipboard_can_copy()) e.preventDefault(); };
      document.addEventListener('beforecopy', canCopy);
      document.addEventListener('beforecut', canCopy);
      document.addEventListener('beforepaste', (e) => e.preventDefault());
      // SDL cancels every Ctrl+key press, which stops the browser's own Copy, Cut
      // and Paste. Let those through, so the page gets its clipboard events: always
      // for paste, and for copy and cut when the app has cards to give.
      window.addEventListener('keydown', (e) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
        const key = e.key.toLowerCase();
        if (key === 'v' || ((key === 'c' || key === 'x') && m._jejak_clipboard_can_copy())) e.stopImmediatePropagation();
      }, true);
      document.addEventListener('copy', (e) => copy(e, false));
      document.addEventListener('cut', (e) => copy(e, true));
      document.addEventListener('paste', (e) => {
        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        if (text && withText(text, (p, n) => m._jejak_clipboard_paste(p, n)) === 1) e.preventDefault();
      });
    },
    writeClipboard(text) {
      const value = str(text);
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
    },

    // Tests set window.jejakTestMemoryCeiling (bytes) to play a browser that
    // gives no more memory than that; 0 or unset: no ceiling.
    testMemoryCeiling() { return Number(window.jejakTestMemoryCeiling) || 0; },
    // Help's "Save Jejak for offline use": the single-file edition served beside the page.
    downloadOfflineEdition() {
      fetch('jejak-offline.html').then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.blob();
      }).then((blob) => {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
        a.download = 'jejak-offline.html';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 60000);
      }).catch((e) => {
        console.warn('jejak-offline.html:', e);
        M()._jejak_offline_edition_failed();
      });
    },
    // The GPU's driver refused one of the renderer's shaders (src/platform/gl_renderer.cpp).
    shaderProblem(log) { window.jejakShowShaderProblem(str(log)); },
    // Presentation mode: full screen where the browser allows it (a refusal
    // leaves the page as it is, in the window); the browser's own Esc leaves
    // full screen without a key event reaching the app, so the app is told.
    setFullscreen(on) {
      const d = document;
      if (on && !d.fullscreenElement && d.documentElement.requestFullscreen) {
        if (!glue.fullscreenWatched) {
          glue.fullscreenWatched = true;
          d.addEventListener('fullscreenchange', () => { if (!d.fullscreenElement) M()._jejak_fullscreen_left(); });
        }
        d.documentElement.requestFullscreen().catch((e) => console.info('full screen refused:', e.message));
      } else if (!on && d.fullscreenElement) {
        d.exitFullscreen().catch(() => {});
      }
    },
    // The user chose Reload for a new version and the map is saved (shell.js).
    applyUpdate() { if (window.jejakActivateUpdate) window.jejakActivateUpdate(); },

    // window.jejak, for browser tests (README, "Test bridge").
    publishBridge() {
      const m = M();
      const bridge = window.jejak || {};
      bridge.firstFrameMs = performance.now();
      bridge.documentJson = () => str(m._jejak_document_json());
      bridge.lastError = () => str(m._jejak_last_error());
      bridge.itemRect = (id) => {
        const json = withText(String(id), (p, n) => str(m._jejak_item_rect(p, n)));
        return json ? JSON.parse(json) : null;
      };
      Object.defineProperty(bridge, 'frameCount', { get: () => m._jejak_frame_count(), configurable: true });
      bridge.openMapJson = (text) => withText(text, (p, n) => m._jejak_open_map_json(p, n)) === 1;
      bridge.openMapBytes = (bytes) => withBytes(bytes, (p, n) => m._jejak_open_map_json(p, n)) === 1;
      bridge.uiLanguage = () => str(m._jejak_ui_language());
      bridge.state = () => Object.assign(JSON.parse(str(m._jejak_state())),
        { present: JSON.parse(str(m._jejak_present_state())) });
      bridge.view = () => JSON.parse(str(m._jejak_view_state()));
      bridge.lastExport = () => JSON.parse(str(m._jejak_last_export()));
      bridge.crashForTest = () => m._jejak_abort_for_test();
      bridge.slowFrames = (ms) => m._jejak_slow_frames_for_test(Number(ms) || 0);
      bridge.exportTile = (px) => m._jejak_export_tile_for_test(px | 0);
      bridge.benchFrames = (n, edits) => JSON.parse(str(m._jejak_bench_frames(n | 0, edits ? 1 : 0)));
      bridge.benchPeriods = (rounds) => JSON.parse(str(m._jejak_bench_periods(rounds | 0)));
      bridge.ready = true;
      window.jejak = bridge;
      window.dispatchEvent(new Event('jejak-ready'));
    },
  };
  window.jejakGlue = glue;
})();
