// The test bridge's side in C++ (window.jejak, published by web/glue.js after
// the first frame): the map, what is on screen, the app's state as JSON, frames
// slowed on purpose, and the benchmarks' timed frames. In every build, since the
// benchmarks measure the release build through it.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <SDL.h>
#include <emscripten.h>

#include "io/map_json.h"
#include "platform/web_runtime.h"
#include "ui/theme.h"

using jejak::platform::answered;
using jejak::platform::bytesOf;
using jejak::platform::drawFrame;
using jejak::platform::rt;

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* jejak_document_json() {
    rt.scratch = jejak::saveMapToJson(rt.app->map());
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* jejak_last_error() { return rt.app->lastError().c_str(); }
EMSCRIPTEN_KEEPALIVE const char* jejak_item_rect(const char* id, int length) {
    rt.scratch = jejak::ui::rectToJson(rt.app->itemRects().find(std::string(bytesOf(id, length))));
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE int jejak_frame_count() { return rt.framesDrawn; }
EMSCRIPTEN_KEEPALIVE const char* jejak_state() {
    const jejak::Document& d = rt.app->session().document();
    // Idle: no input waiting, no frame owed, nothing animating (tests wait for it).
    bool idle = rt.framesToDraw == 0 && rt.heldEvents.empty() && rt.fieldOpening == 0 && !rt.app->animating() &&
                SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 0;
    char out[256];
    std::snprintf(out, sizeof out,
                  "{\"save\":\"%s\",\"mapId\":\"%s\",\"revision\":%d,\"undoSteps\":%d,\"dirty\":%s,\"errors\":%d,"
                  "\"idle\":%s,\"theme\":\"%s\",\"shared\":%s}",
                  jejak::saveStatusName(rt.app->session().autosave().status()), rt.app->session().autosave().mapId().c_str(),
                  rt.app->session().autosave().revision(),
                  static_cast<int>(d.undoSteps()), d.dirty() ? "true" : "false", rt.app->errorCount(),
                  idle ? "true" : "false", jejak::themeName(jejak::ui::currentTheme()),
                  rt.app->session().sharedView() ? "true" : "false");
    rt.scratch = out;
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* jejak_view_state() {
    rt.scratch = rt.app->viewStateJson();
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE void jejak_abort_for_test() { std::abort(); }
EMSCRIPTEN_KEEPALIVE const char* jejak_present_state() {
    rt.scratch = rt.app->presentStateJson();
    return rt.scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* jejak_last_export() { return rt.app->session().lastExportJson().c_str(); }
EMSCRIPTEN_KEEPALIVE void jejak_slow_frames_for_test(double ms) { rt.slowFrameMs = ms; }
EMSCRIPTEN_KEEPALIVE void jejak_export_tile_for_test(int size) { rt.renderer.setTileForTest(size); }
EMSCRIPTEN_KEEPALIVE int jejak_open_map_json(const char* data, int length) {
    bool ok = rt.app->session().openMapJson(bytesOf(data, length));
    answered();
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* jejak_bench_periods(int rounds) {
    jejak::ui::AnalyticsView& analytics = rt.app->analyticsView();
    const std::vector<std::string> periods = analytics.periods();
    std::vector<double> ms;
    for (int r = 0; r < std::max(rounds, 1); ++r)
        for (const std::string& period : periods) {
            const double start = emscripten_get_now();
            analytics.choosePeriod(period);
            drawFrame();
            ms.push_back(emscripten_get_now() - start);
            if (analytics.period() != period) ms.back() = -1;  // not shown: the benchmark says so
        }
    std::sort(ms.begin(), ms.end());
    char out[160];
    std::snprintf(out, sizeof out, "{\"switches\":%zu,\"median\":%.3f,\"max\":%.3f,\"min\":%.3f}", ms.size(),
                  ms.empty() ? 0.0 : ms[ms.size() / 2], ms.empty() ? 0.0 : ms.back(), ms.empty() ? 0.0 : ms.front());
    rt.scratch = out;
    return rt.scratch.c_str();
}
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
            rt.app->apply(jejak::intent::MoveCards{{card}, lane, i % 2 ? home : away, 0});
            rt.app->apply(jejak::intent::EndGesture{});
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
                  "{\"median\":%.3f,\"p95\":%.3f,\"buildMedian\":%.3f,\"buildP95\":%.3f,\"frames\":%d}", at(total, 0.5),
                  at(total, 0.95), at(build, 0.5), at(build, 0.95), frames);
    rt.scratch = out;
    return rt.scratch.c_str();
}
}
