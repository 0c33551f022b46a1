// Keeping maps: the storage's answers (the library started, a save done, a map
// loaded), and files opened, refused or unreadable.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "io/map_json.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/theme.h"

namespace jejak::ui {

std::string App::viewJson() const {
    const CanvasView& v = canvas_.view();
    char buf[128];
    std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"zoom\":%.3f}", static_cast<double>(v.scrollX),
                  static_cast<double>(v.scrollY), static_cast<double>(v.zoom));
    return buf;
}

std::string App::viewStateJson() const {
    nlohmann::json v;
    v["search"] = topBar_.filter().text;
    v["matches"] = searchMatches_.size();
    v["currentMatch"] = searchCurrent_;
    v["selection"] = canvas_.selection();
    v["activePersona"] = canvas_.activePersona();
    v["editing"] = canvas_.editing();
    return v.dump();
}

void App::replaceMap(JourneyMap map, std::string id, int revision, std::string_view view) {
    document_.reset(std::move(map));
    canvas_ = MapCanvas();
    edit_ = {};
    autosave_.opened(std::move(id), revision);
    saveStatus_.noteOpened(document_.changeCount());
    nlohmann::json v = nlohmann::json::parse(view.begin(), view.end(), nullptr, false);
    if (v.is_object() && v.contains("zoom") && v["zoom"].is_number() && v["x"].is_number() && v["y"].is_number())
        canvas_.restoreView({v["x"].get<float>(), v["y"].get<float>(), v["zoom"].get<float>()});
}

void App::setStorage(StoragePort* storage) {
    storage_ = storage;
    // The interface language and theme this browser chose last time.
    if (storage_) {
        std::string language = storage_->preference("language");
        if (language == "en" || language == "id") setUiLanguage(languageFromLocale(language));
        std::string theme = storage_->preference("theme");
        for (int t = 0; t < kThemeCount; ++t)
            if (theme == themeName(static_cast<Theme>(t))) applyTheme(static_cast<Theme>(t));
    }
    autosave_.setTarget(storage_);
    autosave_.setViewSource([this] { return viewJson(); });
    if (storage_) storage_->start();
}

void App::onStorageStarted(bool ok, std::string_view id, std::string_view json, std::string_view view, int revision,
                           std::string_view error) {
    autosave_.started(ok, std::string(error));
    if (!ok) return;
    if (!id.empty()) {
        MapLoadResult loaded = loadMapFromJson(json);
        if (loaded.ok) {
            replaceMap(std::move(loaded.map), std::string(id), revision, view);
            return;
        }
        // A damaged record is left as it is, for the library's Download.
        showError(std::string(tr("storage.damaged")) + " " + describeProblem(loaded.problem, uiLanguage()));
    }
    // First visit (or nothing usable): the example map becomes a new library entry.
    autosave_.opened(storage_->newId(), 0);
}

void App::onSaved(bool ok, int revision, bool conflict, std::string_view error) {
    autosave_.saved(ok, revision, conflict, std::string(error));
}

void App::onLoaded(std::string_view id, std::string_view json, std::string_view view, int revision) {
    MapLoadResult loaded = loadMapFromJson(json);
    if (!loaded.ok) {
        showError(std::string(tr("storage.damaged")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return;
    }
    CanvasView keep = canvas_.view();
    bool same = id == autosave_.mapId();
    replaceMap(std::move(loaded.map), std::string(id), revision, view);
    if (same) canvas_.restoreView(keep);  // an update from another tab keeps this tab's view
    autosave_.loadedTheirs();
    library_.close();
}

void App::onFileOpened(std::string_view name, std::string_view bytes) {
    (void)name;
    openMapJson(bytes);  // the same as any map file's text: all or nothing, the open map kept
}

void App::onFileRejected(std::string_view name, double bytes) {
    (void)name;
    showError(std::string(tr("error.open_failed")) + " " + describeProblem(tooLargeProblem(bytes), uiLanguage()));
}

void App::onFileUnreadable(std::string_view name) {
    (void)name;
    showError(std::string(tr("error.open_failed")) + " " + tr("error.unreadable") + ".");
}

}  // namespace jejak::ui
