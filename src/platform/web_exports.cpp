// Everything the page calls in the app (web/glue.js): answers from storage,
// files, the formats module, words, the clipboard and the page's events. Each is
// named only here (the test bridge's in test_bridge.cpp): EMSCRIPTEN_KEEPALIVE
// exports it. Text of a user's size arrives as bytes
// with a length (see web/glue.js), never as a NUL-terminated string.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>

#include "io/map_json.h"
#include "platform/web_runtime.h"
#include "ui/i18n.h"
#include "ui/theme.h"

using jejak::platform::rt;
using jejak::platform::wake;

using jejak::platform::answered;
using Bytes = std::string_view;

namespace {
// "id" or "en" (not languageFromLocale: it reads the words, which may be only the other language's).
jejak::Language languageOfCode(std::string_view code) {
    return code == "id" ? jejak::Language::Indonesian : jejak::Language::English;
}
Bytes bytes(const char* data, int length) { return jejak::platform::bytesOf(data, length); }
}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE void jejak_wake() { wake(); }
// Answers from web/storage.js.
EMSCRIPTEN_KEEPALIVE void jejak_storage_started(int ok, const char* id, int idLength, const char* json, int jsonLength,
                                                const char* view, int viewLength, const char* error, int errorLength,
                                                int revision) {
    rt.app->session().onStorageStarted(ok != 0, bytes(id, idLength), bytes(json, jsonLength), bytes(view, viewLength), revision,
                             bytes(error, errorLength));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_saved(int ok, int revision, int conflict, const char* error, int length) {
    rt.app->session().onSaved(ok != 0, revision, conflict != 0, bytes(error, length));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_loaded(const char* id, int idLength, const char* json, int jsonLength,
                                               const char* view, int viewLength, int revision) {
    rt.app->session().onLoaded(bytes(id, idLength), bytes(json, jsonLength), bytes(view, viewLength), revision);
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_library(const char* json, int length) {
    rt.app->session().onLibrary(bytes(json, length));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_saved_elsewhere(const char* id, int length, int revision) {
    rt.app->session().onSavedElsewhere(bytes(id, length), revision);
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_file_opened(const char* name, int nameLength, const char* data, int length) {
    rt.app->session().onFileOpened(bytes(name, nameLength), bytes(data, length));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_file_rejected(const char*, int, double size) {
    rt.app->session().onFileRejected(size);
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_file_unreadable(const char*, int) {
    rt.app->session().onFileUnreadable();
    answered();
}
// The largest map file the app opens: the page refuses larger ones before reading them.
EMSCRIPTEN_KEEPALIVE double jejak_max_file_bytes() { return static_cast<double>(jejak::kMaxMapFileBytes); }
// A stored map file with a new title, written by the app's writer ("" if it does not load).
EMSCRIPTEN_KEEPALIVE const char* jejak_retitle_map(const char* json, int jsonLength, const char* title,
                                                   int titleLength) {
    rt.scratch = jejak::retitleMapJson(bytes(json, jsonLength), std::string(bytes(title, titleLength))).value_or("");
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE void jejak_page_hidden() { rt.app->session().onPageHidden(); }
// For the crash-safety test: fails the way a bug would (a wasm abort).
// jejak-offline.html could not be fetched for its download (offline, say).
EMSCRIPTEN_KEEPALIVE void jejak_offline_edition_failed() {
    rt.app->session().onOfflineEditionFailed();
    answered();
}
// The service worker has installed a new version (shell.js).
EMSCRIPTEN_KEEPALIVE void jejak_update_ready() {
    rt.app->onUpdateReady();
    wake();
}
// The browser left full screen by itself (its own Esc): the presentation ends.
EMSCRIPTEN_KEEPALIVE void jejak_fullscreen_left() {
    rt.app->session().onFullscreenLeft();
    answered();
}
// The formats module read an imported file (glue.js importAs): a map file, or why not.
EMSCRIPTEN_KEEPALIVE void jejak_imported(int ok, const char* name, int nameSize, const char* text, int textSize) {
    rt.app->session().onImported(ok != 0, std::string_view(name, static_cast<size_t>(nameSize)),
                       std::string_view(text, static_cast<size_t>(textSize)));
    answered();
}
// Another interface language's words arrived (glue.js loadWords), or could not.
EMSCRIPTEN_KEEPALIVE void jejak_words_loaded(const char* code, int codeLength, const char* words, int wordsLength,
                                             const char* example, int exampleLength) {
    rt.app->session().onWordsLoaded(languageOfCode(bytes(code, codeLength)), bytes(words, wordsLength),
                          bytes(example, exampleLength));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_words_failed(const char* code, int codeLength) {
    rt.app->session().onWordsFailed(languageOfCode(bytes(code, codeLength)));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_templates(int ok, const char* json, int size) {
    rt.app->session().onTemplates(ok != 0, std::string_view(json, static_cast<size_t>(size)));
    answered();
}
// Share links (glue.js): the link made of the open map, and a link's map as the
// formats module decoded it (or why there is none).
EMSCRIPTEN_KEEPALIVE void jejak_share_link_made(const char* url, int size) {
    rt.app->session().onShareLink(std::string_view(url, static_cast<size_t>(size)));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_shared_opened(int ok, const char* text, int size) {
    rt.app->session().onSharedMap(ok != 0, std::string_view(text, static_cast<size_t>(size)));
    answered();
}
EMSCRIPTEN_KEEPALIVE void jejak_formats_failed() {
    rt.app->session().onFormatsFailed();
    answered();
}
// The formats module has copied the pixels of the last image or print job.
EMSCRIPTEN_KEEPALIVE void jejak_pixels_taken() { rt.app->session().onPixelsTaken(); }
// It encoded the image export: its size, and the time it took.
EMSCRIPTEN_KEEPALIVE void jejak_png_made(double bytes, double ms) {
    rt.app->session().onPngMade(static_cast<std::size_t>(bytes), ms);
}
// The last image export's size and timings (README, "Test bridge").
// The page could not get heap memory to hand bytes over (glue.js withBytes).
EMSCRIPTEN_KEEPALIVE void jejak_out_of_memory() {
    rt.app->session().onOutOfMemory();
    answered();
}
// For input tests: every drawn frame takes at least `ms` milliseconds, as on a
// busy machine, so that input piles up between frames.
EMSCRIPTEN_KEEPALIVE const char* jejak_ui_language() { return jejak::languageCode(jejak::ui::uiLanguage()); }
// The page's copy and cut events ask for the selected cards ("" leaves the event alone).
EMSCRIPTEN_KEEPALIVE const char* jejak_clipboard_copy(int cut) {
    rt.scratch = rt.app->copySelection(ImGui::GetIO().WantTextInput, cut != 0);
    wake();
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE int jejak_clipboard_paste(const char* data, int length) {
    ImGuiIO& io = ImGui::GetIO();
    bool ok;
    if (io.WantTextInput) {
        io.AddInputCharactersUTF8(std::string(bytes(data, length)).c_str());  // into the text field being edited
        ok = true;
    } else {
        ok = rt.app->pasteText(bytes(data, length), false);
    }
    wake();
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int jejak_clipboard_can_copy() {
    return !ImGui::GetIO().WantTextInput && rt.app->hasSelection() ? 1 : 0;
}
// The period switch (web/tests/bench-analytics.mjs): each of the map's periods
// chosen in turn in the analytics panel, and the frame that shows it, timed.
// Draws `frames` frames back to back and returns their CPU times as JSON:
// {"median", "p95"} for whole frames, {"buildMedian", "buildP95"} for building
// them (layout, ImGui) without the WebGL calls, for the frame benchmark. With
// edits != 0 each frame follows an edit (the first card moved to another stage
// and back), so the times include the command, the relayout and the redraw.
}
