// The browser side of Jejak: locale, pixel ratio and window.jejak for browser tests.
#include <cstdlib>
#include <string>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/web.h"

// The bridge's functions read from the running app (web_main.cpp).
extern "C" {
const char* jejak_document_json();
const char* jejak_last_error();
const char* jejak_item_rect(const char* id);
int jejak_frame_count();
int jejak_open_map_json(const char* text);
const char* jejak_ui_language();
const char* jejak_clipboard_copy(int cut);
int jejak_clipboard_paste(const char* text);
int jejak_clipboard_can_copy();
const char* jejak_state();
void jejak_abort_for_test();
const char* jejak_bench_frames(int frames, int edits);
}

EM_JS(char*, jejak_js_browser_locale, (), {
    return stringToNewUTF8(navigator.language || "en");
});

EM_JS(void, jejak_js_publish_bridge, (), {
    const bridge = window.jejak || {};
    bridge.firstFrameMs = performance.now();
    bridge.documentJson = () => UTF8ToString(_jejak_document_json());
    bridge.lastError = () => UTF8ToString(_jejak_last_error());
    bridge.itemRect = (id) => {
        const json = ccall("jejak_item_rect", "string", ["string"], [String(id)]);
        return json ? JSON.parse(json) : null;
    };
    Object.defineProperty(bridge, "frameCount", { get: () => _jejak_frame_count(), configurable: true });
    bridge.openMapJson = (text) => ccall("jejak_open_map_json", "number", ["string"], [String(text)]) === 1;
    bridge.uiLanguage = () => UTF8ToString(_jejak_ui_language());
    bridge.state = () => JSON.parse(UTF8ToString(_jejak_state()));
    bridge.crashForTest = () => _jejak_abort_for_test();
    bridge.benchFrames = (n, edits) => JSON.parse(UTF8ToString(_jejak_bench_frames(n | 0, edits ? 1 : 0)));
    bridge.ready = true;
    window.jejak = bridge;
    window.dispatchEvent(new Event("jejak-ready"));
});

// Copy and cut put the selected cards on the system clipboard as JSON; paste
// hands the clipboard's text to the app. Text fields keep the events to themselves.
EM_JS(void, jejak_js_listen_to_clipboard, (), {
    const copy = (event, cut) => {
        const json = ccall("jejak_clipboard_copy", "string", ["number"], [cut ? 1 : 0]);
        if (!json) return;
        event.clipboardData.setData("text/plain", json);
        event.preventDefault();
    };
    // Blink runs Copy, Cut and Paste on a page without a text selection only when
    // the "before" events are cancelled.
    const canCopy = (e) => { if (_jejak_clipboard_can_copy()) e.preventDefault(); };
    document.addEventListener("beforecopy", canCopy);
    document.addEventListener("beforecut", canCopy);
    document.addEventListener("beforepaste", (e) => e.preventDefault());
    // SDL cancels every Ctrl+key press, which stops the browser's own Copy, Cut
    // and Paste. Let those through, so the page gets its clipboard events: always
    // for paste, and for copy and cut when the app has cards to give.
    window.addEventListener("keydown", (e) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
        const key = e.key.toLowerCase();
        if (key === "v" || ((key === "c" || key === "x") && _jejak_clipboard_can_copy())) e.stopImmediatePropagation();
    }, true);
    document.addEventListener("copy", (e) => copy(e, false));
    document.addEventListener("cut", (e) => copy(e, true));
    document.addEventListener("paste", (e) => {
        const text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
        if (text && ccall("jejak_clipboard_paste", "number", ["string"], [text]) === 1) e.preventDefault();
    });
});

// ImGui's text fields copy into the system clipboard.
EM_JS(void, jejak_js_write_clipboard, (const char* text), {
    const value = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

namespace jejak::platform {

void listenToClipboard() { jejak_js_listen_to_clipboard(); }
void writeClipboard(const char* text) { jejak_js_write_clipboard(text); }


std::string browserLocale() {
    char* locale = jejak_js_browser_locale();
    std::string out = locale ? locale : "en";
    std::free(locale);
    return out;
}

float devicePixelRatio() {
    double ratio = emscripten_get_device_pixel_ratio();
    return ratio >= 1.0 ? static_cast<float>(ratio) : 1.0f;
}

void publishTestBridge() { jejak_js_publish_bridge(); }

}  // namespace jejak::platform
