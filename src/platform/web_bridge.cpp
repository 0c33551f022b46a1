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
    bridge.ready = true;
    window.jejak = bridge;
    window.dispatchEvent(new Event("jejak-ready"));
});

namespace jejak::platform {

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
