// What Jejak does not use of SDL2, kept out of the download.
//
// SDL entry points are reachable from SDL's Emscripten driver tables even
// though Jejak never calls them, and each drags a large part of the library in:
//   - SDL_ConvertSurface(Format): the colour-cursor path of the mouse driver; it
//     pulls SDL's whole software blitter (about 120 KB of wasm). Jejak uses only
//     system cursors (ImGui's SDL backend asks for SDL_CreateSystemCursor).
//   - eglGetProcAddress: SDL's EGL layer keeps it for optional extensions; it
//     makes Emscripten include a JS binding for every WebGL function (about
//     270 of them, 9 KB gzip). ImGui's OpenGL ES 3 backend links the GL
//     functions it calls directly and never asks for one by name.
//   - SDL_RLESurface / SDL_UnRLESurface: run-length encoding of surfaces for
//     colour-keyed blits (about 7 KB gzip), reachable from SDL's surface code.
//     Jejak never asks for it (no SDL_SetSurfaceRLE, no colour keys), so no
//     surface is ever RLE-encoded and there is nothing to decode.
//   - SDL_GameControllerOpen / GetButton / GetAxis: ImGui's SDL backend polls a
//     game controller for keyboard-less navigation, which Jejak does not turn
//     on (SDL is built without joysticks, so none would ever open); they pull
//     SDL's controller mapping parser in (about 4 KB gzip).
//   - Emscripten_Create/Update/DestroyWindowFramebuffer: the window surface for
//     software drawing (SDL_GetWindowSurface), with a JS blit of its pixels into
//     the canvas; Jejak draws with WebGL only (about 2 KB gzip).
//   - emscripten_request_fullscreen_strategy / emscripten_exit_fullscreen,
//     emscripten_set_pointerlockchange_callback_on_thread,
//     emscripten_request_pointerlock / emscripten_exit_pointerlock and
//     emscripten_set_fullscreenchange_callback_on_thread (reached once SDL is
//     linked with -flto too: the page tells the app when full screen ends) and
//     emscripten_set_beforeunload_callback_on_thread: SDL's full screen (the
//     page asks the browser itself: glue.js), relative mouse mode and quit on
//     unload, none of which Jejak uses; Emscripten's JS for them is about 3 KB
//     gzip of app.js. SDL's calls get "not supported", which it handles.
//   - sscanf: only ImGui's .ini settings reader calls it, and Jejak keeps no
//     .ini (io.IniFilename is null); it pulls musl's scanf in (about 2 KB gzip).
// The link wraps these names (cmake/web_app.cmake: -Wl,--wrap=...), so that SDL's
// calls land here and report "not available", which SDL handles as it does on
// platforms without them.
#include <cstddef>

extern "C" {

void* __wrap_SDL_ConvertSurface(void*, const void*, unsigned) { return nullptr; }
void* __wrap_SDL_ConvertSurfaceFormat(void*, unsigned, unsigned) { return nullptr; }
void* __wrap_eglGetProcAddress(const char*) { return nullptr; }
int __wrap_SDL_RLESurface(void*) { return -1; }
void __wrap_SDL_UnRLESurface(void*, int) {}
void* __wrap_SDL_GameControllerOpen(int) { return nullptr; }
unsigned char __wrap_SDL_GameControllerGetButton(void*, int) { return 0; }
short __wrap_SDL_GameControllerGetAxis(void*, int) { return 0; }
int __wrap_Emscripten_CreateWindowFramebuffer(void*, void*, unsigned*, void**, int*) { return -1; }
int __wrap_Emscripten_UpdateWindowFramebuffer(void*, void*, const void*, int) { return -1; }
void __wrap_Emscripten_DestroyWindowFramebuffer(void*, void*) {}
int __wrap_emscripten_request_fullscreen_strategy(const char*, int, const void*) { return -1; }
int __wrap_emscripten_exit_fullscreen() { return -1; }
int __wrap_emscripten_set_pointerlockchange_callback_on_thread(const char*, void*, int, void*, void*) { return -1; }
int __wrap_emscripten_set_beforeunload_callback_on_thread(void*, void*, void*) { return -1; }
int __wrap_emscripten_request_pointerlock(const char*, int) { return -1; }
int __wrap_emscripten_exit_pointerlock() { return -1; }
int __wrap_emscripten_set_fullscreenchange_callback_on_thread(const char*, void*, int, void*, void*) { return -1; }
int __wrap_sscanf(const char*, const char*, ...) { return -1; }  // EOF: nothing read

}  // extern "C"
