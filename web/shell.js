// The page shell: checks the browser can run Jejak, downloads the app with
// progress, and shows a clear message when something is missing or fails.
'use strict';
(function () {
  let chosen = null;  // the interface language picked in the app, if any
  try { chosen = localStorage.getItem('jejak.pref.language'); } catch (e) { /* storage off */ }
  // The same rule as the app's: the locales of each language come from its
  // translation file, through shell-words.js.
  const primary = (navigator.language || '').split(/[-_]/)[0].toLowerCase();
  const locales = window.jejakLocales || {};
  const lang = chosen === 'id' || chosen === 'en' ? chosen : ((locales.id || []).includes(primary) ? 'id' : 'en');
  // The shell's words come from the app's translation files (assets/translations,
  // keys "shell.*"), written into shell-words.js by the build.
  const table = (window.jejakShellWords || {})[lang] || {};
  // The app's words and the first visit's example map come in the interface
  // language only (words-LANG.json), beside app.wasm; another language's when
  // the user chooses it (the single-file edition carries both inline).
  window.jejakUiLanguage = lang;
  window.jejakWords = {};
  window.jejakLoadWords = (code) => {
    const inline = document.getElementById(`jejak-words-${code}`);
    const got = inline ? Promise.resolve().then(() => JSON.parse(inline.textContent))
      : fetch(`words-${code}.json`, { credentials: 'same-origin' }).then((r) => {
        if (!r.ok) throw new Error(`words-${code}.json: HTTP ${r.status}`);
        return r.json();
      });
    return got.then((w) => { window.jejakWords[code] = w; return w; });
  };
  const wordsReady = window.jejakLoadWords(lang);
  const say = (key) => table[key] || key;

  document.documentElement.lang = lang;
  const loading = document.getElementById('loading');
  const loadingFill = document.getElementById('loading-fill');
  const loadingText = document.getElementById('loading-text');
  loadingText.textContent = say('loading');

  // Browser tests and the app share this object; the app fills it after its first frame.
  window.jejak = { ready: false };

  function showProblem(title, body) {
    loading.hidden = true;
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-body').textContent = body;
    document.getElementById('problem').hidden = false;
    window.jejak.problem = title;
  }

  function supportsWebAssembly() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }

  function supportsWebGL2() {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2');
    if (!gl) return false;
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    return true;
  }

  // After a crash: the last saved map, to copy or download (from the journal
  // the page keeps when hidden, else from the library).
  async function showRecovery(what) {
    showProblem(say('crash_title'), say('crash_body'));
    document.getElementById('problem-body').title = String(what);
    let json = '';
    let title = 'journey-map';
    try {
      const journal = JSON.parse(localStorage.getItem('jejak.journal') || 'null');
      if (journal && journal.json) ({ json, title } = journal);
      if (!json && window.jejakStorage) {
        const id = localStorage.getItem('jejak.lastOpen');
        const record = id ? await window.jejakStorage.load(id) : null;
        if (record) ({ json, title } = record);
      }
    } catch (e) {
      console.warn('recovery:', e);
    }
    if (!json) return;
    const panel = document.getElementById('problem');
    const text = document.createElement('textarea');
    text.id = 'recovery-json';
    text.readOnly = true;
    text.value = json;
    const download = document.createElement('button');
    download.id = 'recovery-download';
    download.textContent = say('download');
    download.onclick = () => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      a.download = (title || 'journey-map').replace(/[^\p{L}\p{N}]+/gu, '-') + '.json';
      a.click();
    };
    const copy = document.createElement('button');
    copy.id = 'recovery-copy';
    copy.textContent = say('copy');
    copy.onclick = () => {
      text.select();
      navigator.clipboard.writeText(json).then(() => { copy.textContent = say('copied'); }, () => {});
    };
    const row = document.createElement('div');
    row.className = 'recovery-actions';
    row.append(download, copy);
    panel.append(text, row);
  }
  // The app's renderer could not compile a shader on this GPU: what to do, and
  // the driver's own words for a bug report.
  window.jejakShowShaderProblem = (log) => {
    showProblem(say('shader_title'), say('shader_body'));
    const details = document.createElement('pre');
    details.id = 'problem-details';
    details.textContent = log;
    document.getElementById('problem').append(details);
  };

  if (!supportsWebAssembly()) return showProblem(say('no_wasm_title'), say('no_wasm_body'));
  if (!supportsWebGL2()) return showProblem(say('no_gl_title'), say('no_gl_body'));

  // The single-file edition (jejak-offline.html) carries app.wasm as base64 and
  // app.js inline after this script: nothing to download.
  const embedded = document.getElementById('jejak-wasm');
  window.jejakSingleFile = !!embedded;
  function embeddedWasm(imports) {
    const text = atob(embedded.textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    embedded.textContent = '';  // the page keeps one copy, not two
    return WebAssembly.instantiate(bytes, imports);
  }

  // Downloads app.wasm, reporting progress, and compiles it while it streams in.
  async function downloadWasm(imports) {
    const response = await fetch('app.wasm', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`app.wasm: HTTP ${response.status}`);
    const total = Number(response.headers.get('Content-Length')) || 0;
    let done = 0;
    const counted = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        done += chunk.byteLength;
        if (total) {
          loadingFill.style.width = `${Math.min(100, (100 * done) / total)}%`;
          loadingText.textContent = say('loading_bytes').replace('{0}', String(Math.round((100 * done) / total)));
        }
        controller.enqueue(chunk);
      },
    }));
    const streamed = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
    return WebAssembly.instantiateStreaming(streamed, imports);
  }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    showProblem(say('lost_title'), say('lost_body'));
  });
  window.addEventListener('jejak-ready', () => { loading.hidden = true; canvas.focus(); });

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, receive) {
      Promise.all([embedded ? embeddedWasm(imports) : downloadWasm(imports), wordsReady])
        .then(([result]) => receive(result.instance, result.module))
        .catch((error) => {
          console.error(error);
          showProblem(say('fail_title'), say('fail_body'));
        });
      return {};
    },
    onAbort: (what) => { showRecovery(what); },
  };

  // Offline: the service worker (sw.js) keeps every file the page needs. Where
  // there is none (file://, some private windows) the page works as before, online.
  // A new version installs in the background; the app offers Reload, and only
  // then, after the map is saved, does the new version take over.
  function offline() {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:' || embedded) return;
    let waiting = null;
    let reloading = false;
    const tell = () => window.Module._jejak_update_ready();
    const offer = (worker) => {
      waiting = worker;
      if (window.jejak.ready) tell(); else window.addEventListener('jejak-ready', tell, { once: true });
    };
    window.jejakActivateUpdate = () => {
      if (!waiting) return;
      reloading = true;
      waiting.postMessage('activate');
    };
    navigator.serviceWorker.addEventListener('controllerchange', () => { if (reloading) location.reload(); });
    navigator.serviceWorker.register('sw.js').then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
      setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);  // a long session looks now and then
    }).catch((e) => console.warn('Jejak works online only here:', e));
  }
  window.addEventListener('load', offline);

  if (!embedded) {
    const script = document.createElement('script');
    script.src = 'app.js';
    script.onerror = () => showProblem(say('fail_title'), say('fail_body'));
    document.body.appendChild(script);
  }
})();
