// The web app's entry point: SDL window with a WebGL2 context, and a calm frame loop
// that only draws when something changed.
#include <algorithm>
#include <deque>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include "io/map_json.h"
#include "platform/web.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"

namespace {

// ImGui settles layout (sizes, hover) over a couple of frames after an input.
constexpr int kFramesAfterInput = 3;

// The app's storage, in the browser.
class WebStorage final : public jejak::ui::StoragePort {
public:
    void start() override { jejak::platform::storageStart(); }
    void save(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
              int baseRevision, bool force) override {
        jejak::platform::storageSave(id, title, json, view, baseRevision, force);
    }
    void journal(const std::string& id, const std::string& title, const std::string& json,
                 const std::string& view) override {
        jejak::platform::storageJournal(id, title, json, view);
    }
    void load(const std::string& id) override { jejak::platform::storageLoad(id); }
    void list() override { jejak::platform::storageList(); }
    void rename(const std::string& id, const std::string& title) override {
        jejak::platform::storageChange(jejak::platform::StorageChange::Rename, id, title);
    }
    void duplicate(const std::string& id, const std::string& title) override {
        jejak::platform::storageChange(jejak::platform::StorageChange::Duplicate, id, title);
    }
    void remove(const std::string& id) override {
        jejak::platform::storageChange(jejak::platform::StorageChange::Remove, id, "");
    }
    void restore(const std::string& id) override {
        jejak::platform::storageChange(jejak::platform::StorageChange::Restore, id, "");
    }
    std::string newId() override { return jejak::platform::storageNewId(); }
    void download(const std::string& fileName, const std::string& text, const std::string& id, int revision) override {
        jejak::platform::download(fileName, text, id, revision);
    }
    void pickFile() override { jejak::platform::pickFile(); }
    std::string preference(const std::string& key) override { return jejak::platform::preference(key); }
    void setPreference(const std::string& key, const std::string& value) override {
        jejak::platform::setPreference(key, value);
    }
};

struct Runtime {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    std::unique_ptr<jejak::ui::App> app;
    float pixelRatio = 0;
    int framesToDraw = kFramesAfterInput;
    int framesDrawn = 0;
    std::string scratch;  // backs strings returned to JavaScript
    WebStorage storage;
    std::deque<SDL_Event> heldEvents;  // for the next frame (see takeEvents)
    double lastBuildMs = 0;            // of the last frame: ImGui's part, before the GL calls
    bool loopPaused = false;           // no animation frames are asked for until wake()
    struct {
        bool ctrl[2], shift[2], alt[2], super[2];
    } mods{};
};
Runtime rt;

void refreshFontsIfRatioChanged() {
    float ratio = jejak::platform::devicePixelRatio();
    if (ratio == rt.pixelRatio) return;
    rt.pixelRatio = ratio;
    rt.app->setFonts(jejak::ui::loadFonts(ratio));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    rt.framesToDraw = std::max(rt.framesToDraw, kFramesAfterInput);
}

void resumeLoop() {
    if (!rt.loopPaused) return;
    rt.loopPaused = false;
    emscripten_resume_main_loop();
}

void wake() {
    rt.framesToDraw = std::max(rt.framesToDraw, kFramesAfterInput);
    resumeLoop();
}

// When idle the loop stops asking the browser for animation frames at all, so an
// idle page costs no CPU. Any input to the page, a resize or a change of pixel
// ratio wakes it (SDL's own listeners queue the event; this only restarts frames).
EM_JS(void, jejak_js_listen_for_wake, (), {
    const wakeUp = () => _jejak_wake();
    const opts = { capture: true, passive: true };
    for (const type of ["pointerdown", "pointerup", "pointermove", "mousedown", "mouseup", "mousemove", "wheel",
                        "keydown", "keyup", "touchstart", "touchmove", "touchend", "focus", "blur", "resize",
                        "visibilitychange", "compositionstart", "compositionupdate", "compositionend", "dragover",
                        "drop", "contextmenu"])
        window.addEventListener(type, wakeUp, opts);
    const watchRatio = () => {
        const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
        query.addEventListener("change", () => { wakeUp(); watchRatio(); }, { once: true });
    };
    watchRatio();
});

// Builds and renders one frame; returns the CPU milliseconds it took.
double drawFrame() {
    double start = emscripten_get_now();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = rt.mods.ctrl[0] || rt.mods.ctrl[1];
    io.KeyShift = rt.mods.shift[0] || rt.mods.shift[1];
    io.KeyAlt = rt.mods.alt[0] || rt.mods.alt[1];
    io.KeySuper = rt.mods.super[0] || rt.mods.super[1];
    ImGui::NewFrame();
    rt.app->drawFrame();
    ImGui::Render();
    rt.lastBuildMs = emscripten_get_now() - start;

    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.969f, 0.961f, 0.945f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(rt.window);
    ++rt.framesDrawn;
    return emscripten_get_now() - start;
}

// ImGui 1.86 reads keys as "down this frame": a key pressed and released
// between two frames would be missed, and so would a second press of a key
// released in the same frame. So a key's release (or next press) waits for the
// next frame when its press (or release) came in this one, with everything
// after it, in order; and the modifiers ImGui sees follow the events it was
// given, not SDL's current state.
void trackModifiers(const SDL_Event& e) {
    if (e.type != SDL_KEYDOWN && e.type != SDL_KEYUP) return;
    bool down = e.type == SDL_KEYDOWN;
    switch (e.key.keysym.scancode) {
        case SDL_SCANCODE_LCTRL: rt.mods.ctrl[0] = down; break;
        case SDL_SCANCODE_RCTRL: rt.mods.ctrl[1] = down; break;
        case SDL_SCANCODE_LSHIFT: rt.mods.shift[0] = down; break;
        case SDL_SCANCODE_RSHIFT: rt.mods.shift[1] = down; break;
        case SDL_SCANCODE_LALT: rt.mods.alt[0] = down; break;
        case SDL_SCANCODE_RALT: rt.mods.alt[1] = down; break;
        case SDL_SCANCODE_LGUI: rt.mods.super[0] = down; break;
        case SDL_SCANCODE_RGUI: rt.mods.super[1] = down; break;
        default: break;
    }
}

void takeEvents() {
    std::vector<SDL_Event> batch(rt.heldEvents.begin(), rt.heldEvents.end());
    rt.heldEvents.clear();
    SDL_Event event;
    while (SDL_PollEvent(&event)) batch.push_back(event);
    std::vector<SDL_Scancode> pressedNow, releasedNow;
    auto in = [](const std::vector<SDL_Scancode>& keys, SDL_Scancode key) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    for (const SDL_Event& e : batch) {
        // A release right after its press, or a press right after its release
        // (the same key typed twice quickly), would be invisible to ImGui.
        bool tooSoon = (e.type == SDL_KEYUP && in(pressedNow, e.key.keysym.scancode)) ||
                       (e.type == SDL_KEYDOWN && !e.key.repeat && in(releasedNow, e.key.keysym.scancode));
        if (!rt.heldEvents.empty() || tooSoon) {
            rt.heldEvents.push_back(e);
            continue;
        }
        if (e.type == SDL_KEYDOWN) pressedNow.push_back(e.key.keysym.scancode);
        if (e.type == SDL_KEYUP) releasedNow.push_back(e.key.keysym.scancode);
        ImGui_ImplSDL2_ProcessEvent(&e);
        trackModifiers(e);
        wake();
    }
    if (!rt.heldEvents.empty()) wake();
}

void frame() {
    takeEvents();
    if (rt.app->tick(emscripten_get_now() / 1000.0)) wake();
    refreshFontsIfRatioChanged();
    if (rt.app->animating()) rt.framesToDraw = std::max(rt.framesToDraw, 1);
    if (rt.framesToDraw == 0) {  // nothing changed: leave the last picture on screen
        double untilSave = rt.app->secondsUntilSave(emscripten_get_now() / 1000.0);
        if (rt.heldEvents.empty() && (untilSave < 0 || untilSave > 0.05)) {
            rt.loopPaused = true;
            emscripten_pause_main_loop();
            // A due autosave wakes the loop by timer, not by running every frame until then.
            if (untilSave > 0)
                emscripten_async_call([](void*) { resumeLoop(); }, nullptr, static_cast<int>(untilSave * 1000) + 5);
        }
        return;
    }
    --rt.framesToDraw;
    drawFrame();
    if (rt.framesDrawn == 1) jejak::platform::publishTestBridge();
}

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* jejak_document_json() {
    rt.scratch = jejak::saveMapToJson(rt.app->map());
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* jejak_last_error() { return rt.app->lastError().c_str(); }
EMSCRIPTEN_KEEPALIVE const char* jejak_item_rect(const char* id) {
    rt.scratch = jejak::ui::rectToJson(rt.app->itemRects().find(id ? id : ""));
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE int jejak_frame_count() { return rt.framesDrawn; }
EMSCRIPTEN_KEEPALIVE void jejak_wake() { wake(); }
EMSCRIPTEN_KEEPALIVE const char* jejak_state() {
    const jejak::Document& d = rt.app->document();
    // Idle: no input waiting, no frame owed, nothing animating (tests wait for it).
    bool idle = rt.framesToDraw == 0 && rt.heldEvents.empty() && !rt.app->animating() &&
                SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 0;
    char out[256];
    std::snprintf(out, sizeof out,
                  "{\"save\":\"%s\",\"mapId\":\"%s\",\"revision\":%d,\"undoSteps\":%d,\"dirty\":%s,\"errors\":%d,"
                  "\"idle\":%s}",
                  rt.app->saveStatusName(), rt.app->mapId().c_str(), rt.app->revision(),
                  static_cast<int>(d.undoSteps()), d.dirty() ? "true" : "false", rt.app->errorCount(),
                  idle ? "true" : "false");
    rt.scratch = out;
    return rt.scratch.c_str();
}
// Answers from web/storage.js.
EMSCRIPTEN_KEEPALIVE void jejak_storage_started(int ok, const char* id, const char* json, const char* view,
                                                int revision, const char* error) {
    rt.app->onStorageStarted(ok != 0, id, json, view, revision, error);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_saved(int ok, int revision, int conflict, const char* error) {
    rt.app->onSaved(ok != 0, revision, conflict != 0, error);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_loaded(const char* id, const char* json, const char* view, int revision) {
    rt.app->onLoaded(id, json, view, revision);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_library(const char* json) {
    rt.app->onLibrary(json);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_storage_saved_elsewhere(const char* id, int revision) {
    rt.app->onSavedElsewhere(id, revision);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_file_opened(const char* name, const char* text) {
    rt.app->onFileOpened(name, text);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_file_rejected(const char* name, double bytes) {
    rt.app->onFileRejected(name, bytes);
    wake();
}
EMSCRIPTEN_KEEPALIVE void jejak_page_hidden() { rt.app->onPageHidden(); }
// For the crash-safety test: fails the way a bug would (a wasm abort).
EMSCRIPTEN_KEEPALIVE void jejak_abort_for_test() { std::abort(); }
EMSCRIPTEN_KEEPALIVE int jejak_open_map_json(const char* text) {
    bool ok = rt.app->openMapJson(text ? text : "");
    wake();
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* jejak_ui_language() {
    return jejak::languageCode(jejak::ui::uiLanguage());
}
// The page's copy and cut events ask for the selected cards ("" leaves the event alone).
EMSCRIPTEN_KEEPALIVE const char* jejak_clipboard_copy(int cut) {
    rt.scratch = rt.app->copySelection(cut != 0);
    wake();
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE int jejak_clipboard_paste(const char* text) {
    ImGuiIO& io = ImGui::GetIO();
    bool ok;
    if (io.WantTextInput) {
        io.AddInputCharactersUTF8(text ? text : "");  // into the text field being edited
        ok = true;
    } else {
        ok = rt.app->pasteText(text ? text : "");
    }
    wake();
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int jejak_clipboard_can_copy() {
    return !ImGui::GetIO().WantTextInput && rt.app->hasSelection() ? 1 : 0;
}
// Draws `frames` frames back to back and returns their CPU times as JSON:
// {"median", "p95"} for whole frames, {"buildMedian", "buildP95"} for building
// them (layout, ImGui) without the WebGL calls, for the frame benchmark. With
// edits != 0 each frame follows an edit (the first card moved to another stage
// and back), so the times include the command, the relayout and the redraw.
EMSCRIPTEN_KEEPALIVE const char* jejak_bench_frames(int frames, int edits) {
    std::vector<double> total, build;
    const jejak::JourneyMap& map = rt.app->map();
    const bool canEdit = edits && !map.cards.empty() && map.stages.size() > 1;
    const jejak::Id card = canEdit ? map.cards[0].id : 0, lane = canEdit ? map.cards[0].lane : 0;
    const jejak::Id home = canEdit ? map.cards[0].stage : 0;
    const jejak::Id away = canEdit ? (map.stages[0].id == home ? map.stages[1].id : map.stages[0].id) : 0;
    for (int i = 0; i < std::max(frames, 1); ++i) {
        double start = emscripten_get_now();
        if (canEdit) {
            rt.app->moveCards({card}, lane, i % 2 ? home : away, 0);
            rt.app->endGesture();
        }
        double editMs = emscripten_get_now() - start;
        total.push_back(editMs + drawFrame());
        build.push_back(editMs + rt.lastBuildMs);
    }
    auto at = [](std::vector<double>& v, double q) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(static_cast<double>(v.size()) * q))];
    };
    char out[200];
    std::snprintf(out, sizeof out,
                  "{\"median\":%.3f,\"p95\":%.3f,\"buildMedian\":%.3f,\"buildP95\":%.3f,\"frames\":%d}",
                  at(total, 0.5), at(total, 0.95), at(build, 0.5), at(build, 0.95), frames);
    rt.scratch = out;
    return rt.scratch.c_str();
}
}

int main() {
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    // The page's CSS sizes the canvas; SDL follows it and the pixel ratio.
    rt.window = SDL_CreateWindow("Jejak", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 720,
                                 SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!rt.window) {
        std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
        return 1;
    }
    rt.gl = SDL_GL_CreateContext(rt.window);
    if (!rt.gl) {
        std::fprintf(stderr, "WebGL2 context failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(rt.window, rt.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;              // no files; layout is the app's
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would redraw forever
    io.MouseDoubleClickTime = 0.5f;         // the desktops' usual, not ImGui's 0.3 s: kinder on a slow machine
    jejak::ui::applyTheme();
    ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    jejak::platform::listenToClipboard();
    // Text fields copy to the system clipboard; pasting reaches them through the
    // page's paste event, so ImGui's own paste has nothing to read.
    io.SetClipboardTextFn = [](void*, const char* text) { jejak::platform::writeClipboard(text); };
    io.GetClipboardTextFn = [](void*) -> const char* { return ""; };

    rt.app = std::make_unique<jejak::ui::App>(jejak::languageFromLocale(jejak::platform::browserLocale()));
    refreshFontsIfRatioChanged();
    rt.app->setStorage(&rt.storage);
    jejak_js_listen_for_wake();
    emscripten_set_main_loop(frame, 0, 1);
    return 0;
}
