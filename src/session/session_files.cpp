// Maps and files: new maps, the library, files picked or dropped, and the
// storage's answers (the library started, a save done, a map loaded).
#include "core/formatting.h"
#include "io/map_json.h"
#include "io/templates.h"
#include "session/session.h"
#include "ui/i18n.h"

namespace jejak {
namespace {
Outcome done(bool ok) { return {ok, 0}; }
}  // namespace

using ui::tr;
using ui::uiLanguage;

template <>
Outcome Session::on(const intent::NewMap& i) {
    if (!i.blank) return done(openTemplate(i.templateKey));
    if (!TranslationTable::builtIn().hasLanguage(*i.blank) && port_) {
        // Its stage and lane names are that language's words: made once they are here.
        blankPending_ = *i.blank;
        port_->loadWords(*i.blank);
        return done(true);
    }
    flushSave();  // the open map stays in the library as it is
    replaceMap(blankMap(*i.blank), port_ ? port_->newId() : std::string(), 0, "");
    return done(true);
}

template <>
Outcome Session::on(const intent::DownloadCopy&) {
    if (!port_) return {};
    port_->download(fileNameForTitle(map().title), saveMapToJson(map()), autosave_.mapId(), autosave_.revision());
    emit(effect::Downloaded{});
    return done(true);
}

template <>
Outcome Session::on(const intent::SaveOfflineEdition&) {
    if (!port_) return {};
    port_->downloadOfflineEdition();
    return done(true);
}

template <>
Outcome Session::on(const intent::PickFile&) {
    measuresPick_ = false;
    if (port_) port_->pickFile();
    return done(port_ != nullptr);
}

template <>
Outcome Session::on(const intent::KeepMine&) {
    autosave_.keepMine();
    return done(true);
}

template <>
Outcome Session::on(const intent::LoadTheirs&) {
    if (port_) port_->load(autosave_.mapId());
    return done(port_ != nullptr);
}

template <>
Outcome Session::on(const intent::OpenStored& i) {
    if (!port_) return {};
    flushSave();
    port_->load(i.id);
    return done(true);
}

// A map file picked or dropped: when a kept map has its title, the user is asked
// first (effect::AskSameFile) unless they said to open it as a new copy.
template <>
Outcome Session::on(const intent::OpenFile& i) {
    std::optional<MapLoadResult> loaded = readMapText(i.bytes, "error.open_failed");
    if (!loaded) return done(false);
    if (!i.asNewCopy)
        if (std::string known = library_.findByTitle(loaded->map.title); !known.empty()) {
            emit(effect::AskSameFile{loaded->map.title, known, i.bytes});
            return done(false);
        }
    openLoaded(std::move(*loaded), {});
    emit(effect::ClearMessage{});
    return done(true);
}

template <>
Outcome Session::on(const intent::RenameStored& i) {
    library_.rename(i.id, i.title);  // shown at once; the storage's list follows
    if (i.id == autosave_.mapId()) {  // the open map: an undoable edit, saved at once
        MapInfo info = mapInfo(map());
        info.title = i.title;
        bool ok = execute(setMapInfo(map(), info));
        flushSave();
        return done(ok);
    }
    if (port_) port_->changeStored(StoredChange::Rename, i.id, i.title);
    return done(port_ != nullptr);
}

template <>
Outcome Session::on(const intent::DownloadStored& i) {
    if (!port_) return {};
    port_->changeStored(StoredChange::Download, i.id, fileNameForTitle(i.title));
    return done(true);
}

template <>
Outcome Session::on(const intent::DuplicateStored& i) {
    if (!port_) return {};
    flushSave();
    port_->changeStored(StoredChange::Duplicate, i.id, i.title);
    return done(true);
}

template <>
Outcome Session::on(const intent::TrashStored& i) {
    if (port_) port_->changeStored(StoredChange::Remove, i.id, "");
    return done(port_ != nullptr);
}

template <>
Outcome Session::on(const intent::RestoreStored& i) {
    if (port_) port_->changeStored(StoredChange::Restore, i.id, "");
    return done(port_ != nullptr);
}

template <>
Outcome Session::on(const intent::ListStored&) {
    if (port_) port_->list();
    return done(port_ != nullptr);
}

// --- the storage's answers -----------------------------------------------------------

void Session::onStorageStarted(bool ok, std::string_view id, std::string_view json, std::string_view view,
                               int revision, std::string_view error) {
    autosave_.started(ok, std::string(error));
    if (!ok) return;
    port_->list();  // the library's titles: a file opened with a known title asks first
    // The single-file edition says once where its maps are kept.
    if (port_->singleFile() && port_->preference("single-file-note").empty()) {
        message("offline.single_file_note");
        port_->setPreference("single-file-note", "1");
    }
    if (!id.empty() && error == "restore_failed") {
        // The last start never got this map on screen: start without it, say so,
        // and show the library, where it can be downloaded or opened again.
        message("storage.restore_failed");
        emit(effect::OpenDialog{Dialog::Library});
    } else if (!id.empty() && !roomToRead(json.size(), "storage.restore_no_memory")) {
        emit(effect::OpenDialog{Dialog::Library});  // said why; the map stays, to download
    } else if (!id.empty()) {
        // A damaged record is left as it is, for the library's Download.
        if (loadMapText(json, "storage.damaged", {std::string(id), revision, view})) return;
    }
    // First visit (or nothing usable): the example map becomes a new library entry.
    autosave_.opened(port_->newId(), 0);
}

void Session::onSaved(bool ok, int revision, bool conflict, std::string_view error) {
    autosave_.saved(ok, revision, conflict, std::string(error));
    if (ok) library_.noteSaved(autosave_.mapId(), map().title);
}

void Session::onLoaded(std::string_view id, std::string_view json, std::string_view view, int revision) {
    const bool same = id == autosave_.mapId();
    std::vector<Id> hidden = view_.hiddenLanes;
    if (!loadMapText(json, "storage.damaged", {std::string(id), revision, view})) return;
    if (auto* opened = std::get_if<effect::MapOpened>(&effects_.back()); opened && same) {
        opened->keepPlace = true;  // an update from another tab keeps this tab's view
        opened->view.hiddenLanes = view_.hiddenLanes = hidden;
    }
    autosave_.loadedTheirs();
    emit(effect::CloseLibrary{});
}

void Session::onFileOpened(std::string_view name, std::string_view bytes) {
    if (measuresPick_) {
        measuresPick_ = false;
        importMeasures(name, bytes);
        return;
    }
    importFile(name, bytes);
}

void Session::onFileRejected(double bytes) {
    message(std::string(tr("error.open_failed")) + " " + describeProblem(tooLargeProblem(bytes), uiLanguage()));
}

void Session::onFileUnreadable() {
    message(std::string(tr("error.open_failed")) + " " + tr("error.unreadable") + ".");
}

}  // namespace jejak
