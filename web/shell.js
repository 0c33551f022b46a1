// The page shell: checks the browser can run Jejak, downloads the app with
// progress, and shows a clear message when something is missing or fails.
'use strict';
(function () {
  let chosen = null;  // the interface language picked in the app, if any
  try { chosen = localStorage.getItem('jejak.pref.language'); } catch (e) { /* storage off */ }
  const lang = chosen === 'id' || chosen === 'en' ? chosen
    : (/^(id|in)\b/i.test(navigator.language || '') ? 'id' : 'en');
  const words = {
    en: {
      loading: 'Loading…',
      loadingBytes: (done, total) => `Loading… ${Math.round((100 * done) / total)}%`,
      noWasmTitle: 'This browser cannot run Jejak',
      noWasmBody: 'Jejak needs WebAssembly. Please open this page in a current version of Chrome, Edge, Firefox or Safari.',
      noGlTitle: 'This browser cannot draw Jejak',
      noGlBody: 'Jejak needs WebGL 2, which is turned off or not supported here. Turn on hardware acceleration in the browser settings, or use a current version of Chrome, Edge, Firefox or Safari.',
      failTitle: 'Jejak could not start',
      failBody: 'The app files could not be loaded. Reload the page; if it keeps happening, the files on this site may be incomplete.',
      crashTitle: 'Jejak stopped unexpectedly',
      crashBody: 'Reload the page to continue. Your map as last saved is below: download or copy it to be safe.',
      download: 'Download the map',
      copy: 'Copy',
      copied: 'Copied',
      lostTitle: 'The display was reset',
      lostBody: 'The graphics context was lost. Reload the page to continue.',
    },
    id: {
      loading: 'Memuat…',
      loadingBytes: (done, total) => `Memuat… ${Math.round((100 * done) / total)}%`,
      noWasmTitle: 'Peramban ini tidak dapat menjalankan Jejak',
      noWasmBody: 'Jejak memerlukan WebAssembly. Buka halaman ini di versi terbaru Chrome, Edge, Firefox, atau Safari.',
      noGlTitle: 'Peramban ini tidak dapat menampilkan Jejak',
      noGlBody: 'Jejak memerlukan WebGL 2, yang dimatikan atau tidak didukung di sini. Aktifkan akselerasi perangkat keras di pengaturan peramban, atau gunakan versi terbaru Chrome, Edge, Firefox, atau Safari.',
      failTitle: 'Jejak gagal dimulai',
      failBody: 'Berkas aplikasi tidak dapat dimuat. Muat ulang halaman; jika terus terjadi, berkas di situs ini mungkin tidak lengkap.',
      crashTitle: 'Jejak berhenti secara tak terduga',
      crashBody: 'Muat ulang halaman untuk melanjutkan. Peta Anda yang terakhir tersimpan ada di bawah: unduh atau salin agar aman.',
      download: 'Unduh peta',
      copy: 'Salin',
      copied: 'Tersalin',
      lostTitle: 'Tampilan diatur ulang',
      lostBody: 'Konteks grafis hilang. Muat ulang halaman untuk melanjutkan.',
    },
  }[lang];

  document.documentElement.lang = lang;
  const loading = document.getElementById('loading');
  const loadingFill = document.getElementById('loading-fill');
  const loadingText = document.getElementById('loading-text');
  loadingText.textContent = words.loading;

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
    showProblem(words.crashTitle, words.crashBody);
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
    download.textContent = words.download;
    download.onclick = () => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      a.download = (title || 'journey-map').replace(/[^\p{L}\p{N}]+/gu, '-') + '.json';
      a.click();
    };
    const copy = document.createElement('button');
    copy.id = 'recovery-copy';
    copy.textContent = words.copy;
    copy.onclick = () => {
      text.select();
      navigator.clipboard.writeText(json).then(() => { copy.textContent = words.copied; }, () => {});
    };
    const row = document.createElement('div');
    row.className = 'recovery-actions';
    row.append(download, copy);
    panel.append(text, row);
  }
  window.jejakShowRecovery = showRecovery;

  if (!supportsWebAssembly()) return showProblem(words.noWasmTitle, words.noWasmBody);
  if (!supportsWebGL2()) return showProblem(words.noGlTitle, words.noGlBody);

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
          loadingText.textContent = words.loadingBytes(done, total);
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
    showProblem(words.lostTitle, words.lostBody);
  });
  window.addEventListener('jejak-ready', () => { loading.hidden = true; canvas.focus(); });

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, receive) {
      downloadWasm(imports)
        .then((result) => receive(result.instance, result.module))
        .catch((error) => {
          console.error(error);
          showProblem(words.failTitle, words.failBody);
        });
      return {};
    },
    onAbort: (what) => { showRecovery(what); },
  };

  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = () => showProblem(words.failTitle, words.failBody);
  document.body.appendChild(script);
})();
