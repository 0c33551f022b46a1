// The page's side of the app (platform/page.h); each EM_JS is a one-line call
// into web/glue.js.
#include <cstddef>
#include <cstdlib>
#include <string>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/page.h"

// clang-format off
EM_JS(char*, jejak_js_browser_locale, (), { return allocateUTF8(jejakGlue.browserLocale()); });
EM_JS(void, jejak_js_publish_bridge, (), { jejakGlue.publishBridge(); });
EM_JS(void, jejak_js_listen_to_clipboard, (), { jejakGlue.listenToClipboard(); });
EM_JS(void, jejak_js_write_clipboard, (const char* text), { jejakGlue.writeClipboard(text); });
EM_JS(void, jejak_js_listen_for_wake, (), { jejakGlue.listenForWake(); });
EM_JS(double, jejak_js_test_memory_ceiling, (), { return jejakGlue.testMemoryCeiling(); });
EM_JS(void, jejak_js_apply_update, (), { jejakGlue.applyUpdate(); });
EM_JS(void, jejak_js_shader_problem, (const char* log), { jejakGlue.shaderProblem(log); });
EM_JS(char*, jejak_js_words_part, (const char* code, const char* part), { return allocateUTF8(jejakGlue.wordsPart(code, part)); });
EM_JS(char*, jejak_js_ui_language, (), { return allocateUTF8(jejakGlue.uiLanguage()); });
// clang-format on

namespace jejak::platform {

void listenToClipboard() { jejak_js_listen_to_clipboard(); }
void writeClipboard(const char* text) { jejak_js_write_clipboard(text); }
void listenForWake() { jejak_js_listen_for_wake(); }

namespace {
std::string takeString(char* text, const char* otherwise = "") {
    std::string out = text ? text : otherwise;
    std::free(text);
    return out;
}
}  // namespace

std::string browserLocale() { return takeString(jejak_js_browser_locale(), "en"); }
std::string wordsPart(const std::string& code, const char* part) {
    return takeString(jejak_js_words_part(code.c_str(), part));
}
std::string pageLanguage() { return takeString(jejak_js_ui_language()); }

float devicePixelRatio() {
    double ratio = emscripten_get_device_pixel_ratio();
    return ratio >= 1.0 ? static_cast<float>(ratio) : 1.0f;
}

void publishTestBridge() { jejak_js_publish_bridge(); }
void applyUpdate() { jejak_js_apply_update(); }
void showShaderProblem(const std::string& log) { jejak_js_shader_problem(log.c_str()); }

bool memoryAvailable(std::size_t bytes) {
    // Browser tests pretend that the browser gives no more than a ceiling.
    double ceiling = jejak_js_test_memory_ceiling();
    if (ceiling > 0 && static_cast<double>(bytes) > ceiling) return false;
    // Growing the heap is the browser's to refuse: malloc then answers NULL
    // (ALLOW_MEMORY_GROWTH makes malloc return, not abort). What is grown stays
    // for the map that is read next.
    // The volatile store keeps the compiler from removing the malloc/free pair.
    static void* volatile trial;
    trial = std::malloc(bytes);
    if (!trial) return false;
    std::free(trial);
    trial = nullptr;
    return true;
}

}  // namespace jejak::platform
