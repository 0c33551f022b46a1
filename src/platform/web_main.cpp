// The web app's entry point: SDL window with a WebGL2 context, and a calm frame loop
// that only draws when something changed.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>

#include "io/map_json.h"
#include "platform/page.h"
#include "platform/web_runtime.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"

namespace jejak::platform {
Runtime rt;
}  // namespace jejak::platform

using jejak::platform::kFramesAfterInput;
using jejak::platform::rt;

namespace {

void refreshFontsIfRatioChanged() {
    float ratio = jejak::platform::devicePixelRatio();
    // Presentation mode's large faces join the atlas when it is first entered, not at startup.
    bool large = rt.app->wantsLargeFonts();
    if (ratio == rt.pixelRatio && large == rt.largeFonts) return;
    rt.pixelRatio = ratio;
    rt.largeFonts = large;
    rt.app->setFonts(jejak::ui::loadFonts(ratio, large));
    rt.renderer.uploadAtlas(*ImGui::GetIO().Fonts);
    rt.framesToDraw = std::max(rt.framesToDraw, kFramesAfterInput);
}

void resumeLoop() {
    if (!rt.loopPaused) return;
    rt.loopPaused = false;
    emscripten_resume_main_loop();
}

}  // namespace

void jejak::platform::wake() {
    rt.framesToDraw = std::max(rt.framesToDraw, kFramesAfterInput);
    resumeLoop();
}

namespace {
using jejak::platform::wake;

}  // namespace

// Builds and renders one frame; returns the CPU milliseconds it took.
double jejak::platform::drawFrame() {
    double start = emscripten_get_now();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = rt.mods.ctrl[0] || rt.mods.ctrl[1];
    io.KeyShift = rt.mods.shift[0] || rt.mods.shift[1];
    io.KeyAlt = rt.mods.alt[0] || rt.mods.alt[1];
    io.KeySuper = rt.mods.super[0] || rt.mods.super[1];
    for (int i = 0; i < 3; ++i) {  // buttons and position as the handed-over events left them
        io.MouseDown[i] = rt.mouse.pressed[i] || rt.mouse.down[i];
        rt.mouse.pressed[i] = false;
    }
    if (rt.mouse.known && io.MousePos.x > -FLT_MAX) io.MousePos = ImVec2(rt.mouse.x, rt.mouse.y);
    if (rt.leftClicks > 0) {  // a left press this frame: its click count is SDL's, by real time
        if (rt.leftClicks >= 2) {
            io.MouseClickedTime[0] = ImGui::GetTime() + io.DeltaTime;  // NewFrame's time: "just now"
            io.MouseClickedLastCount[0] = static_cast<ImU16>(rt.leftClicks - 1);
        } else {
            io.MouseClickedTime[0] = -1e9;  // long ago: a first click
        }
        rt.leftClicks = 0;
    }
    ImGui::NewFrame();
    rt.app->drawFrame();
    // A field that asked for the keyboard (Ctrl+F, F2, a new card) takes it a
    // few frames later; until then keys wait for it (see takeEvents).
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    rt.typing = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
    if (rt.typing)
        rt.fieldOpening = 0;
    else if (rt.app->fieldOpening())
        rt.fieldOpening = kFramesToOpenField;
    else if (rt.fieldOpening > 0)
        --rt.fieldOpening;
    ImGui::Render();
    rt.lastBuildMs = emscripten_get_now() - start;

    rt.renderer.renderFrame(*ImGui::GetDrawData(), static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
                            static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    SDL_GL_SwapWindow(rt.window);
    ++rt.framesDrawn;
    while (emscripten_get_now() - start < rt.slowFrameMs) {  // a busy machine, for input tests
    }
    return emscripten_get_now() - start;
}

namespace {
using jejak::platform::drawFrame;

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

// The mouse as the events handed to ImGui left it. ImGui 1.86's SDL backend
// reads SDL's current state instead, which already holds presses and moves that
// are still waiting for a later frame: a release between two clicks would vanish.
void trackMouse(const SDL_Event& e) {
    auto index = [](Uint8 button) {
        return button == SDL_BUTTON_LEFT ? 0 : button == SDL_BUTTON_RIGHT ? 1 : button == SDL_BUTTON_MIDDLE ? 2 : -1;
    };
    if (e.type == SDL_MOUSEMOTION) {
        rt.mouse.x = static_cast<float>(e.motion.x);
        rt.mouse.y = static_cast<float>(e.motion.y);
        rt.mouse.known = true;
    } else if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) {
        rt.mouse.x = static_cast<float>(e.button.x);  // a tap acts where it lands
        rt.mouse.y = static_cast<float>(e.button.y);
        rt.mouse.known = true;
        int i = index(e.button.button);
        if (i < 0) return;
        rt.mouse.down[i] = e.type == SDL_MOUSEBUTTONDOWN;
        if (rt.mouse.down[i]) rt.mouse.pressed[i] = true;
    }
}

// Ctrl, Alt and Super: ImGui 1.86's text field drops the characters of a frame
// in which Ctrl (or Super) is down, as they would be shortcuts.
bool isCommandModifier(SDL_Scancode key) {
    return key == SDL_SCANCODE_LCTRL || key == SDL_SCANCODE_RCTRL || key == SDL_SCANCODE_LGUI ||
           key == SDL_SCANCODE_RGUI || key == SDL_SCANCODE_LALT || key == SDL_SCANCODE_RALT;
}

bool isKeyboard(const SDL_Event& e) {
    return e.type == SDL_KEYDOWN || e.type == SDL_KEYUP || e.type == SDL_TEXTINPUT || e.type == SDL_TEXTEDITING;
}

void takeEvents() {
    std::vector<SDL_Event> batch(rt.heldEvents.begin(), rt.heldEvents.end());
    rt.heldEvents.clear();
    SDL_Event event;
    while (SDL_PollEvent(&event)) batch.push_back(event);
    std::vector<SDL_Scancode> pressedNow, releasedNow, typedNow;
    std::vector<Uint8> buttonsDownNow, buttonsUpNow;
    bool textNow = false;  // characters were handed over in this frame
    auto in = [](const auto& list, auto item) { return std::find(list.begin(), list.end(), item) != list.end(); };
    for (size_t i = 0; i < batch.size(); ++i) {
        const SDL_Event& e = batch[i];
        // A key that types a character (its press is followed by the text) in a
        // field that has the keyboard: the field needs the text, not the key.
        const bool typesText =
            rt.typing && e.type == SDL_KEYDOWN && i + 1 < batch.size() && batch[i + 1].type == SDL_TEXTINPUT;
        // A release right after its press, or a press right after its release
        // (the same key typed twice quickly, the two clicks of a double-click),
        // would be invisible to ImGui.
        bool tooSoon =
            (e.type == SDL_KEYUP && in(pressedNow, e.key.keysym.scancode) && !in(typedNow, e.key.keysym.scancode)) ||
            (e.type == SDL_KEYDOWN && !e.key.repeat && !typesText && in(releasedNow, e.key.keysym.scancode)) ||
            (e.type == SDL_MOUSEBUTTONUP && in(buttonsDownNow, e.button.button)) ||
            (e.type == SDL_MOUSEBUTTONDOWN && in(buttonsUpNow, e.button.button)) ||
            // A press must land where it was made: the moves after it (a quick
            // drag in one slow frame) wait for the next frame, or ImGui would see
            // the press where the drag ended.
            (e.type == SDL_MOUSEMOTION && !buttonsDownNow.empty()) ||
            // Letters typed just before Ctrl+Enter must reach the field before Ctrl is down.
            (e.type == SDL_KEYDOWN && textNow && isCommandModifier(e.key.keysym.scancode));
        // Keys typed while a field is opening are for that field: they wait for it.
        const bool forOpeningField = rt.fieldOpening > 0 && isKeyboard(e);
        if (!rt.heldEvents.empty() || tooSoon || forOpeningField) {
            rt.heldEvents.push_back(e);
            continue;
        }
        if (e.type == SDL_KEYDOWN) {
            pressedNow.push_back(e.key.keysym.scancode);
            if (typesText) typedNow.push_back(e.key.keysym.scancode);
        }
        if (e.type == SDL_KEYUP) releasedNow.push_back(e.key.keysym.scancode);
        if (e.type == SDL_TEXTINPUT) textNow = true;
        if (e.type == SDL_MOUSEBUTTONDOWN) buttonsDownNow.push_back(e.button.button);
        if (e.type == SDL_MOUSEBUTTONUP) buttonsUpNow.push_back(e.button.button);
        // SDL counts clicks by the real time between them; ImGui by frames, which
        // a slow or just-woken frame stretches. The press's own count decides.
        if (e.type == SDL_MOUSEBUTTONDOWN && e.button.button == SDL_BUTTON_LEFT) rt.leftClicks = e.button.clicks;
        trackMouse(e);
        ImGui_ImplSDL2_ProcessEvent(&e);
        trackModifiers(e);
        wake();
    }
    if (!rt.heldEvents.empty()) wake();
}

void frame() {
    takeEvents();
    if (rt.app->session().tick(emscripten_get_now() / 1000.0)) wake();
    refreshFontsIfRatioChanged();
    if (rt.app->animating() || rt.fieldOpening > 0) rt.framesToDraw = std::max(rt.framesToDraw, 1);
    if (rt.framesToDraw == 0) {  // nothing changed: leave the last picture on screen
        double untilDue = rt.app->secondsUntilDue(emscripten_get_now() / 1000.0);
        if (rt.heldEvents.empty() && (untilDue < 0 || untilDue > 0.05)) {
            rt.loopPaused = true;
            emscripten_pause_main_loop();
            // A due autosave, a message that goes or the workshop timer's next second
            // wakes the loop by timer, not by running every frame until then; and
            // draws one frame, as nothing but time changed (the timer: once a second).
            if (untilDue > 0)
                emscripten_async_call(
                    [](void*) {
                        rt.framesToDraw = std::max(rt.framesToDraw, 1);
                        resumeLoop();
                    },
                    nullptr, static_cast<int>(untilDue * 1000) + 5);
        }
        return;
    }
    --rt.framesToDraw;
    drawFrame();
    if (rt.framesDrawn == 1) jejak::platform::publishTestBridge();
}

}  // namespace

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
    io.IniFilename = nullptr;               // no files; layout is the app's
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would redraw forever
    io.MouseDoubleClickTime = 0.5f;         // the desktops' usual, not ImGui's 0.3 s: kinder on a slow machine
    jejak::ui::applyTheme();
    ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.gl);
    std::string shaderLog;
    if (!rt.renderer.init(shaderLog)) {  // this GPU's driver refused a shader: say so, in the page
        jejak::platform::showShaderProblem(shaderLog);
        return 1;
    }
    jejak::platform::listenToClipboard();
    // Text fields copy to the system clipboard; pasting reaches them through the
    // page's paste event, so ImGui's own paste has nothing to read.
    io.SetClipboardTextFn = [](void*, const char* text) { jejak::platform::writeClipboard(text); };
    io.GetClipboardTextFn = [](void*) -> const char* { return ""; };

    // The page loaded the interface language's words and example map (words-LANG.json) before this ran.
    // (Its code, "en" or "id": languageFromLocale reads the words, which are not here yet.)
    const std::string code = jejak::platform::pageLanguage() == "id" ? "id" : "en";
    const jejak::Language language = code == "id" ? jejak::Language::Indonesian : jejak::Language::English;
    std::string error;
    if (!jejak::TranslationTable::addBuiltIn(language, jejak::platform::wordsPart(code, "words"), &error))
        std::fprintf(stderr, "jejak: the words of \"%s\" did not load: %s\n", code.c_str(), error.c_str());
    std::vector<std::pair<std::string, std::string>> examples;
    if (std::string example = jejak::platform::wordsPart(code, "example"); !example.empty())
        examples.emplace_back("b2c-retail-maria." + code, std::move(example));
    rt.app = std::make_unique<jejak::ui::App>(language, std::move(examples));
    refreshFontsIfRatioChanged();
    rt.app->session().setMemoryCheck(jejak::platform::memoryAvailable);
    rt.app->setRenderPort(&rt.renderer, [] { return emscripten_get_now(); });
    rt.app->setUpdateAction(jejak::platform::applyUpdate);
    rt.app->setPort(&rt.port);
    jejak::platform::listenForWake();
    emscripten_set_main_loop(frame, 0, 1);
    return 0;
}
