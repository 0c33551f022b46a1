// Jejak's storage in the browser: a library of maps in IndexedDB, a synchronous
// journal in localStorage for the moment the page goes away, a trash kept for
// 30 days, and news of saves made by other tabs (BroadcastChannel).
// The app (src/platform/web_storage.cpp) calls window.jejakStorage; answers go
// back through the callbacks it passes in.
'use strict';
(function () {
  const DB_NAME = 'jejak';
  const JOURNAL_KEY = 'jejak.journal';
  const LAST_OPEN_KEY = 'jejak.lastOpen';
  const TRASH_DAYS = 30;
  const tab = Math.random().toString(36).slice(2);
  let dbPromise = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('jejak') : null;

  function request(req) {
    return new Promise((ok, fail) => {
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  }

  function db() {
    if (!dbPromise) {
      dbPromise = new Promise((ok, fail) => {
        const open = indexedDB.open(DB_NAME, 1);
        open.onupgradeneeded = () => {
          const d = open.result;
          d.createObjectStore('maps', { keyPath: 'id' });
          d.createObjectStore('trash', { keyPath: 'id' });
        };
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
        open.onblocked = () => fail(Object.assign(new Error('locked'), { name: 'JejakLocked' }));
      });
    }
    return dbPromise;
  }

  async function tx(stores, mode, work) {
    const d = await db();
    const t = d.transaction(stores, mode);
    const done = new Promise((ok, fail) => {
      t.oncomplete = () => ok();
      t.onabort = () => fail(t.error || new Error('the transaction was aborted'));
      t.onerror = () => fail(t.error);
    });
    const result = await work(t);
    await done;
    return result;
  }

  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    return 'map-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function summary(r) {
    return { id: r.id, title: r.title, updated: r.updated, size: r.size, revision: r.revision,
      downloadedRevision: r.downloadedRevision || 0, deleted: r.deleted || 0 };
  }

  // What went wrong, as a kind the app words in the user's language:
  // quota (storage full), locked (an older tab holds the library), blocked
  // (storage not allowed here: private window, settings), or failed.
  function errorKind(e) {
    const name = e && e.name;
    if (name === 'QuotaExceededError' || /quota/i.test(String(e && e.message))) return 'quota';
    if (name === 'JejakLocked' || name === 'VersionError') return 'locked';
    if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError' ||
        typeof indexedDB === 'undefined') return 'blocked';
    return 'failed';
  }

  function readJournal() {
    try {
      const text = localStorage.getItem(JOURNAL_KEY);
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  const api = {
    tab,
    errorKind,

    // Opens the library; answers with the map to show: the last one open, or
    // a newer copy from the journal, or null on a first visit.
    async start() {
      await db();
      // Empty the trash of maps deleted more than 30 days ago.
      const cutoff = Date.now() - TRASH_DAYS * 86400000;
      await tx(['trash'], 'readwrite', async (t) => {
        const all = await request(t.objectStore('trash').getAll());
        for (const r of all) if (r.deleted < cutoff) t.objectStore('trash').delete(r.id);
      });
      const journal = readJournal();
      let lastId = null;
      try { lastId = localStorage.getItem(LAST_OPEN_KEY); } catch (e) { /* storage off */ }
      if (journal && journal.id) {
        // The page went away before IndexedDB had its last edits: keep them now,
        // unless the library holds something newer (another tab saved since).
        const stored = await tx(['maps'], 'readonly', (t) => request(t.objectStore('maps').get(journal.id)));
        if (!stored || (journal.at > stored.updated && journal.json !== stored.json)) {
          const saved = await api.save({ id: journal.id, title: journal.title, json: journal.json, view: journal.view,
            baseRevision: stored ? stored.revision : 0, force: true });
          if (saved.ok) lastId = journal.id;
        } else {
          lastId = journal.id;
        }
        try { localStorage.removeItem(JOURNAL_KEY); } catch (e) { /* ignore */ }
      }
      if (!lastId) return null;
      const record = await tx(['maps'], 'readonly', (t) => request(t.objectStore('maps').get(lastId)));
      return record || null;
    },

    // Writes a map unless another tab saved it since baseRevision (then
    // {conflict: true}); force overwrites. Answers {ok, revision} or {ok: false, error}.
    async save({ id, title, json, view, baseRevision, force }) {
      try {
        const result = await tx(['maps'], 'readwrite', async (t) => {
          const store = t.objectStore('maps');
          const old = await request(store.get(id));
          if (old && !force && old.revision !== baseRevision) return { ok: false, conflict: true, revision: old.revision };
          const now = Date.now();
          const record = {
            id, title, json, view, size: json.length, updated: now, created: old ? old.created : now,
            revision: (old ? old.revision : 0) + 1, downloadedRevision: old ? old.downloadedRevision || 0 : 0,
          };
          store.put(record);
          return { ok: true, revision: record.revision };
        });
        if (result.ok) {
          try { localStorage.setItem(LAST_OPEN_KEY, id); } catch (e) { /* ignore */ }
          if (channel) channel.postMessage({ type: 'saved', id, revision: result.revision, tab });
        }
        return result;
      } catch (e) {
        return { ok: false, error: errorKind(e) };
      }
    },

    // Synchronous, for pagehide: IndexedDB may not finish before the page is gone.
    journal(entry) {
      try {
        localStorage.setItem(JOURNAL_KEY, JSON.stringify(entry));
        return true;
      } catch (e) {
        return false;
      }
    },
    async load(id) {
      return tx(['maps'], 'readonly', (t) => request(t.objectStore('maps').get(id)));
    },

    async list() {
      const [maps, trash] = await tx(['maps', 'trash'], 'readonly', (t) => Promise.all([
        request(t.objectStore('maps').getAll()), request(t.objectStore('trash').getAll())]));
      maps.sort((a, b) => b.updated - a.updated);
      trash.sort((a, b) => b.deleted - a.deleted);
      return { maps: maps.map(summary), trash: trash.map(summary) };
    },

    // retitle(json, title) gives the map file with the new title (the app's
    // own writer), or null when the stored text is not a readable map.
    async rename(id, title, retitle) {
      return tx(['maps'], 'readwrite', async (t) => {
        const r = await request(t.objectStore('maps').get(id));
        if (!r) return false;
        const json = retitle(r.json, title);
        if (json === null) return false;
        r.json = json;
        r.title = title;
        r.size = r.json.length;
        r.revision += 1;
        r.updated = Date.now();
        t.objectStore('maps').put(r);
        if (channel) channel.postMessage({ type: 'saved', id, revision: r.revision, tab });
        return true;
      });
    },

    async duplicate(id, copyTitle, retitle) {
      return tx(['maps'], 'readwrite', async (t) => {
        const r = await request(t.objectStore('maps').get(id));
        if (!r) return null;
        const json = retitle(r.json, copyTitle);
        if (json === null) return null;
        const now = Date.now();
        const copy = { id: newId(), title: copyTitle, json, view: r.view, size: json.length, updated: now,
          created: now, revision: 1, downloadedRevision: 0 };
        t.objectStore('maps').put(copy);
        return copy.id;
      });
    },

    async remove(id) {
      return tx(['maps', 'trash'], 'readwrite', async (t) => {
        const r = await request(t.objectStore('maps').get(id));
        if (!r) return false;
        r.deleted = Date.now();
        t.objectStore('trash').put(r);
        t.objectStore('maps').delete(id);
        return true;
      });
    },

    async restore(id) {
      return tx(['maps', 'trash'], 'readwrite', async (t) => {
        const r = await request(t.objectStore('trash').get(id));
        if (!r) return false;
        delete r.deleted;
        t.objectStore('maps').put(r);
        t.objectStore('trash').delete(id);
        return true;
      });
    },

    async markDownloaded(id, revision) {
      return tx(['maps'], 'readwrite', async (t) => {
        const r = await request(t.objectStore('maps').get(id));
        if (!r) return;
        r.downloadedRevision = revision;
        t.objectStore('maps').put(r);
      });
    },

    newId,

    // Asks the browser not to evict the library under storage pressure.
    async persist() {
      try {
        return navigator.storage && navigator.storage.persist ? await navigator.storage.persist() : false;
      } catch (e) {
        return false;
      }
    },

    onSavedElsewhere(callback) {
      if (channel) channel.onmessage = (e) => { if (e.data && e.data.tab !== tab && e.data.type === 'saved') callback(e.data); };
    },
    // start(), begun once as the page loads: reading the last map from IndexedDB
    // then runs while the browser fetches and compiles the app, not after it.
    early() {
      if (!early) {
        early = api.start();
        early.then(() => performance.mark('jejak-storage-read'), () => {});  // answered when the app asks (glue.js storageStart)
      }
      return early;
    },
  };
  let early = null;
  window.jejakStorage = api;
  if (typeof indexedDB !== 'undefined') api.early();

  // The file picker. Ctrl+O opens it straight from the key press (a browser
  // shows a picker only while handling the user's own input).
  window.jejakPickFile = () => {
    let input = document.getElementById('jejak-file');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'jejak-file';
      input.accept = '.json,.csv,.mmd,.mermaid,application/json,text/csv';
      input.hidden = true;
      input.addEventListener('change', () => {
        if (input.files && input.files[0]) window.jejakGlue.readFile(input.files[0]);
        input.value = '';
      });
      document.body.appendChild(input);
    }
    input.click();
  };
  // The installed app opened with a file (manifest file_handlers): the same
  // loader as Ctrl+O, once the app runs.
  if ('launchQueue' in window && window.launchQueue) {
    window.launchQueue.setConsumer((params) => {
      const open = () => {
        for (const handle of (params && params.files) || []) {
          handle.getFile().then((file) => window.jejakGlue.readFile(file), (e) => console.warn('launch file:', e));
        }
      };
      if (window.jejak && window.jejak.ready) open(); else window.addEventListener('jejak-ready', open, { once: true });
    });
  }
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'o') {
      e.preventDefault();
      e.stopImmediatePropagation();
      window.jejakPickFile();
    }
  }, true);

})();
