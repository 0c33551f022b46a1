// The running web app's state, shared by the frame loop (web_main.cpp) and the
// functions the page calls (web_exports.cpp).
#pragma once

#include <deque>
#include <memory>
#include <string>

#include <SDL.h>

#include "platform/gl_renderer.h"
#include "platform/web.h"
#include "ui/app.h"

namespace jejak::platform {

// ImGui settles layout (sizes, hover) over a couple of frames after an input.
constexpr int kFramesAfterInput = 3;
// Dear ImGui 1.86 gives a field the keyboard two or three frames after it asks.
constexpr int kFramesToOpenField = 4;

// The app's storage, in the browser.
class WebStorage final : public ui::StoragePort {
public:
    void start() override { platform::storageStart(); }
    void save(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
              int baseRevision, bool force) override {
        platform::storageSave(id, title, json, view, baseRevision, force);
    }
    void journal(const std::string& id, const std::string& title, const std::string& json,
                 const std::string& view) override {
        platform::storageJournal(id, title, json, view);
    }
    void load(const std::string& id) override { platform::storageLoad(id); }
    void list() override { platform::storageList(); }
    void rename(const std::string& id, const std::string& title) override {
        platform::storageChange(StorageChange::Rename, id, title);
    }
    void duplicate(const std::string& id, const std::string& title) override {
        platform::storageChange(StorageChange::Duplicate, id, title);
    }
    void remove(const std::string& id) override { platform::storageChange(StorageChange::Remove, id, ""); }
    void restore(const std::string& id) override { platform::storageChange(StorageChange::Restore, id, ""); }
    void downloadStored(const std::string& id, const std::string& fileName) override {
        platform::storageChange(StorageChange::Download, id, fileName);
    }
    std::string newId() override { return platform::storageNewId(); }
    void download(const std::string& fileName, const std::string& text, const std::string& id, int revision) override {
        platform::download(fileName, text, id, revision);
    }
    void pickFile() override { platform::pickFile(); }
    bool singleFile() override { return platform::singleFile(); }
    void exportAs(const std::string& kind, const std::string& mapJson, Language language, const std::string& fileName,
                  const std::string& mimeType) override {
        platform::exportAs(kind, mapJson, language == Language::Indonesian ? 1 : 0, fileName, mimeType);
    }
    void importAs(const std::string& kind, const std::string& fileName, std::string_view bytes,
                  const std::string& title, Language content, Language ui) override {
        platform::importAs(kind, fileName, bytes, title, content == Language::Indonesian ? 1 : 0,
                           ui == Language::Indonesian ? 1 : 0);
    }
    void loadTemplates() override { platform::loadTemplates(); }
    void loadWords(Language language) override { platform::loadWords(languageCode(language)); }
    void downloadPng(const Pixels& image, const std::string& fileName) override {
        platform::downloadPng(image.data, image.width, image.height, image.pixelsPerMetre, fileName);
    }
    void printPages(const std::vector<Pixels>& pages, const std::string& paper, const std::string& title) override {
        platform::printBegin(paper, title);
        for (const Pixels& p : pages) platform::printPage(p.data, p.width, p.height, p.pixelsPerMetre);
        platform::printEnd();
    }
    void makeShareLink(const std::string& mapJson) override { platform::makeShareLink(mapJson); }
    void clearShareLink() override { platform::clearShareLink(); }
    void downloadOfflineEdition() override { platform::downloadOfflineEdition(); }
    void setFullscreen(bool on) override { platform::setFullscreen(on); }
    std::string preference(const std::string& key) override { return platform::preference(key); }
    void setPreference(const std::string& key, const std::string& value) override {
        platform::setPreference(key, value);
    }
};

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
    WebStorage storage;
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
double drawFrame();  // builds and renders one frame; returns the CPU milliseconds it took

}  // namespace jejak::platform
