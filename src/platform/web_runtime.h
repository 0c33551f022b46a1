// The running web app's state, shared by the frame loop (web_main.cpp) and the
// functions the page calls (web_exports.cpp).
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include <SDL.h>

#include "platform/gl_renderer.h"
#include "platform/browser_port_web.h"
#include "platform/page.h"
#include "ui/app.h"

namespace jejak::platform {

// ImGui settles layout (sizes, hover) over a couple of frames after an input.
constexpr int kFramesAfterInput = 3;
// Dear ImGui 1.86 gives a field the keyboard two or three frames after it asks.
constexpr int kFramesToOpenField = 4;

struct Runtime {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    GlRenderer renderer;
    std::unique_ptr<ui::App> app;
    float pixelRatio = 0;
    bool largeFonts = false;  // the atlas has presentation mode's faces
    int framesToDraw = kFramesAfterInput;
    int framesDrawn = 0;
    std::string scratch;  // backs strings returned to JavaScript
    WebBrowserPort port;
    bool typing = false;               // a text field had the keyboard at the end of the last frame
    int fieldOpening = 0;              // frames left to wait for a field that asked for the keyboard
    std::deque<SDL_Event> heldEvents;  // for the next frame (see takeEvents)
    double lastBuildMs = 0;            // of the last frame: ImGui's part, before the GL calls
    bool loopPaused = false;           // no animation frames are asked for until wake()
    double slowFrameMs = 0;            // tests: each drawn frame takes at least this long
    int leftClicks = 0;                // SDL's click count of a left press handed to ImGui this frame
    struct {
        bool down[3]{}, pressed[3]{};  // left, right, middle: held, and pressed since the last frame
        float x = 0, y = 0;            // where the last handed-over mouse event was
        bool known = false;
    } mouse;
    struct {
        bool ctrl[2], shift[2], alt[2], super[2];
    } mods{};
};
extern Runtime rt;

void wake();         // draw the next few frames, and resume the loop if it was paused
// The app has an answer from the page: the views show what it did, and frames follow.
inline void answered() {
    rt.app->applyEffects();
    wake();
}
// Bytes the page handed over, as text (none for a null pointer or no length).
inline std::string_view bytesOf(const char* data, int length) {
    return data && length > 0 ? std::string_view(data, static_cast<size_t>(length)) : std::string_view();
}
double drawFrame();  // builds and renders one frame; returns the CPU milliseconds it took

}  // namespace jejak::platform
