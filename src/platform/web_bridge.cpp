// The page's side of the app: locale, pixel ratio, clipboard, wake-up events and
// window.jejak for browser tests; each EM_JS is a one-line call into web/glue.js.
#include <cstdlib>
#include <string>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/web.h"

// clang-format off
EM_JS(char*, jejak_js_browser_locale, (), { return allocateUTF8(jejakGlue.browserLocale()); });
EM_JS(void, jejak_js_publish_bridge, (), { jejakGlue.publishBridge(); });
EM_JS(void, jejak_js_listen_to_clipboard, (), { jejakGlue.listenToClipboard(); });
EM_JS(void, jejak_js_write_clipboard, (const char* text), { jejakGlue.writeClipboard(text); });
EM_JS(void, jejak_js_listen_for_wake, (), { jejakGlue.listenForWake(); });
// clang-format on

namespace jejak::platform {

void listenToClipboard() { jejak_js_listen_to_clipboard(); }
void writeClipboard(const char* text) { jejak_js_write_clipboard(text); }
void listenForWake() { jejak_js_listen_for_wake(); }

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
