// Keeping maps: the storage's answers (the library started, a save done, a map
// loaded), and files opened, refused or unreadable.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "io/map_json.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/theme.h"

namespace jejak::ui {

// What is kept with the map in this browser but is not its content: scroll,
// zoom, the lanes hidden and the search (never in a downloaded file, never an
// undo step).
std::string App::viewJson() const {
    const CanvasView& v = canvas_.view();
    nlohmann::json out;
    out["x"] = std::round(v.scrollX * 10) / 10;
    out["y"] = std::round(v.scrollY * 10) / 10;
    out["zoom"] = std::round(v.zoom * 1000) / 1000;
    out["hiddenLanes"] = v.hiddenLanes;
    const CardFilter& filter = topBar_.filter();
    if (filter.active() || topBar_.persona() >= 0)
        out["filter"] = {{"text", filter.text}, {"channel", filter.channel}, {"persona", topBar_.persona()}};
    return out.dump();
}

std::string App::viewStateJson() const {
    nlohmann::json v;
    v["search"] = topBar_.filter().text;
    v["matches"] = searchMatches_.size();
    v["currentMatch"] = searchCurrent_;
    // Presenting: the presentation's canvas (the editor's waits as it was).
    v["selection"] = editCanvas().selection();
    v["activePersona"] = editCanvas().activePersona();
    v["editing"] = editCanvas().editing();
    v["hiddenLanes"] = canvas_.view().hiddenLanes;
    const AnalyticsView& a = side_.analytics();
    v["analytics"] = {{"open", side_.panel() == Panel::Analytics},
                      {"period", a.period()},
                      {"periods", a.periods()},
                      {"tab", a.tabName()},
                      {"rates", side_.panel() == Panel::Analytics && a.showsRates()}};
    compare_.describe(v["compare"]);
    v["statesOpen"] = states_.isOpen();
    if (measures_) v["measuresPreview"] = {{"summary", measures_->summary}, {"lines", measures_->lines}};
    return v.dump();
}

// The shared map's read-only state ends: kept from now on, its link gone from the address.
void App::leaveShared() {
    if (!shared_) return;
    shared_ = false;
    autosave_.hold(false);
    if (storage_) storage_->clearShareLink();
}

void App::replaceMap(JourneyMap map, std::string id, int revision, std::string_view view,
                     std::vector<Id> hiddenInFile) {
    leaveShared();  // another map takes a shared one's place: it was never kept
    document_.reset(std::move(map));
    canvas_ = MapCanvas();
    edit_ = {};
    autosave_.opened(std::move(id), revision);
    saveStatus_.noteOpened(document_.changeCount());
    topBar_.setFilter({}, -1);
    nlohmann::json v = nlohmann::json::parse(view.begin(), view.end(), nullptr, false);
    if (!v.is_object()) v = nlohmann::json::object();
    CanvasView restored;
    restored.hiddenLanes = std::move(hiddenInFile);  // a file of an earlier build may say which
    if (v.contains("hiddenLanes") && v["hiddenLanes"].is_array()) {
        restored.hiddenLanes.clear();
        for (const auto& lane : v["hiddenLanes"])
            if (lane.is_number_unsigned() && document_.map().lane(lane.get<Id>()))
                restored.hiddenLanes.push_back(lane.get<Id>());
    }
    if (v.contains("zoom") && v["zoom"].is_number() && v.contains("x") && v["x"].is_number() && v.contains("y") &&
        v["y"].is_number()) {
        restored.scrollX = v["x"].get<float>();
        restored.scrollY = v["y"].get<float>();
        restored.zoom = v["zoom"].get<float>();
        canvas_.restoreView(restored);
    } else {
        canvas_.view().hiddenLanes = restored.hiddenLanes;  // and the map fits the screen
    }
    if (v.contains("filter") && v["filter"].is_object()) {
        const auto& f = v["filter"];
        CardFilter filter;
        if (f.contains("text") && f["text"].is_string()) filter.text = f["text"].get<std::string>();
        if (f.contains("channel") && f["channel"].is_number_integer())
            filter.channel = std::clamp(f["channel"].get<int>(), -1, kChannelCount - 1);
        int persona = f.contains("persona") && f["persona"].is_number_integer() ? f["persona"].get<int>() : -1;
        topBar_.setFilter(filter, persona);
    }
    searchApplied_ = topBar_.filter();  // the view as it was kept: nothing new to save
    searchPersona_ = topBar_.persona();
    searchVersion_ = UINT64_MAX;
}

void App::setStorage(StoragePort* storage) {
    storage_ = storage;
    // The interface language and theme this browser chose last time.
    if (storage_) {
        std::string language = storage_->preference("language");
        if (language == "en" || language == "id")
            useLanguage(language == "id" ? Language::Indonesian : Language::English);
        std::string theme = storage_->preference("theme");
        for (int t = 0; t < kThemeCount; ++t)
            if (theme == themeName(static_cast<Theme>(t))) applyTheme(static_cast<Theme>(t));
    }
    help_.setSingleFile(storage_ && storage_->singleFile());
    autosave_.setTarget(storage_);
    autosave_.setViewSource([this] { return viewJson(); });
    if (storage_) storage_->start();
}

void App::onStorageStarted(bool ok, std::string_view id, std::string_view json, std::string_view view, int revision,
                           std::string_view error) {
    autosave_.started(ok, std::string(error));
    if (!ok) return;
    storage_->list();  // the library's titles: a file opened with a known title asks first
    // The single-file edition says once where its maps are kept.
    if (storage_->singleFile() && storage_->preference("single-file-note").empty()) {
        showError(tr("offline.single_file_note"));
        storage_->setPreference("single-file-note", "1");
    }
    if (!id.empty() && error == "restore_failed") {
        // The last start never got this map on screen: start without it, say so,
        // and show the library, where it can be downloaded or opened again.
        showError(tr("storage.restore_failed"));
        library_.open();
    } else if (!id.empty() && !roomToRead(json.size(), "storage.restore_no_memory")) {
        library_.open();  // said why; the map stays in the library, to download
    } else if (!id.empty()) {
        MapLoadResult loaded = loadMapFromJson(json);
        if (loaded.ok) {
            replaceMap(std::move(loaded.map), std::string(id), revision, view, std::move(loaded.hiddenLanes));
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
    if (ok) library_.noteSaved(autosave_.mapId(), map().title);
}

void App::onLoaded(std::string_view id, std::string_view json, std::string_view view, int revision) {
    if (!roomToRead(json.size())) return;
    MapLoadResult loaded = loadMapFromJson(json);
    if (!loaded.ok) {
        showError(std::string(tr("storage.damaged")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return;
    }
    CanvasView keep = canvas_.view();
    bool same = id == autosave_.mapId();
    replaceMap(std::move(loaded.map), std::string(id), revision, view, std::move(loaded.hiddenLanes));
    if (same) canvas_.restoreView(keep);  // an update from another tab keeps this tab's view
    autosave_.loadedTheirs();
    library_.close();
}

void App::onFileOpened(std::string_view name, std::string_view bytes) {
    if (measuresPick_) {
        measuresPick_ = false;
        importMeasures(name, bytes);
        return;
    }
    importFile(name, bytes);
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
