// The page's side of the formats module's work (appended to formats.js with
// --post-js, so it downloads with the module, not at startup). `page` is
// web/glue.js: it hands over bytes already copied out of the app's heap, and
// takes the answers back to the app.
'use strict';
Module['glue'] = {
  // fn(heap pointers and lengths of `inputs`..., okAt, sizeAt) -> an answer buffer; returns [ok, bytes].
  call(inputs, fn) {
    const m = Module;
    const ptrs = inputs.map((bytes) => { const p = m._malloc(Math.max(bytes.length, 1)); m.HEAPU8.set(bytes, p); return p; });
    const out = m._malloc(8);
    try {
      const result = fn(...ptrs.flatMap((p, i) => [p, inputs[i].length]), out, out + 4);
      const ok = m.HEAP32[out >> 2], size = m.HEAP32[(out >> 2) + 1];
      const bytes = result ? m.HEAPU8.slice(result, result + size) : new Uint8Array(0);
      if (result) m._free(result);
      return [ok === 1 && !!result, bytes];
    } finally {
      ptrs.forEach((p) => m._free(p));
      m._free(out);
    }
  },
  exportAs(page, kind, map, language, name, mime) {
    const which = { csv: 0, md: 1, mmd: 2 }[kind];
    const [ok, bytes] = this.call([map], (p, n, okAt, sizeAt) => Module._jf_export(which, p, n, language, okAt, sizeAt));
    if (ok) page.saveBlob(name, new Blob([bytes], { type: mime }));
  },
  importAs(page, kind, data, heading, name, ui) {
    const which = { csv: 0, mmd: 2, measures: 3 }[kind];  // measures: `heading` is the open map's file
    const [ok, out] = this.call([data, heading], (p, n, t, tn, okAt, sizeAt) => Module._jf_import(which, p, n, t, tn, ui, okAt, sizeAt));
    const app = page.app();
    page.withText(name, (np, nn) => page.withBytes(out, (tp, tn) => app._jejak_imported(ok ? 1 : 0, np, nn, tp, tn)));
  },
  templates(page) {
    const [ok, bytes] = this.call([], (okAt, sizeAt) => Module._jf_templates(okAt, sizeAt));
    page.withBytes(bytes, (p, n) => page.app()._jejak_templates(ok ? 1 : 0, p, n));
  },
  shareDecode(page, fragment, ui) {
    const [ok, out] = this.call([fragment], (p, n, okAt, sizeAt) => Module._jf_share_decode(p, n, ui, okAt, sizeAt));
    page.withBytes(out, (p, n) => page.app()._jejak_shared_opened(ok ? 1 : 0, p, n));
  },
  // The app's pixels (RGBA, in its heap) as PNG bytes: copied into this module's
  // heap, which encodes them (stb_image_write) and frees its copy.
  encodePng(page, rgba, width, height, perMetre) {
    const size = width * height * 4;
    const p = Module._malloc(size);
    if (!p) throw new Error('no memory for the image');
    Module.HEAPU8.set(page.app().HEAPU8.subarray(rgba, rgba + size), p);
    const [ok, bytes] = this.call([], (okAt, sizeAt) => Module._jf_encode_png(p, width, height, perMetre, okAt, sizeAt));
    if (!ok) throw new Error('the image could not be encoded');
    return bytes;
  },
  downloadPng(page, rgba, width, height, perMetre, name) {
    const start = performance.now();
    let bytes;
    try { bytes = this.encodePng(page, rgba, width, height, perMetre); } finally { page.app()._jejak_pixels_taken(); }
    page.app()._jejak_png_made(bytes.length, performance.now() - start);
    page.saveBlob(name, new Blob([bytes], { type: 'image/png' }));
  },
  // Printed pages: each encoded, shown in #print-pages (for print media only), then the print dialog.
  print(page, pages) {
    let files;
    try { files = pages.map((p) => this.encodePng(page, ...p)); } finally { page.app()._jejak_pixels_taken(); }
    const box = document.getElementById('print-pages');
    const images = files.map((bytes) => {
      const img = document.createElement('img');
      img.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      img.alt = '';
      box.appendChild(img);
      return img;
    });
    return Promise.all(images.map((i) => i.decode().catch(() => {}))).then(() => {
      window.addEventListener('afterprint', page.printDone, { once: true });
      window.print();
    });
  },
};
