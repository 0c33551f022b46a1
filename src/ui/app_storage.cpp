// Keeping maps: autosave to the browser's library, the save status, conflicts
// with other tabs, storage faults, files, and the library dialog.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "core/formatting.h"
#include "io/map_json.h"
#include "ui/app_ui.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace jejak::ui {
namespace {

double nowMs() { return static_cast<double>(std::time(nullptr)) * 1000.0; }

}  // namespace

std::string App::viewJson() const {
    const CanvasView& v = canvas_.view();
    char buf[128];
    std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"zoom\":%.3f}", static_cast<double>(v.scrollX),
                  static_cast<double>(v.scrollY), static_cast<double>(v.zoom));
    return buf;
}

void App::replaceMap(JourneyMap map, std::string id, int revision, std::string_view view) {
    document_.reset(std::move(map));
    canvas_ = MapCanvas();
    editingCard_ = addedForEdit_ = 0;
    autosave_.opened(std::move(id), revision);
    backupBase_ = document_.changeCount();
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

bool App::tick(double now) { return autosave_.tick(now); }

double App::secondsUntilSave(double now) const { return autosave_.secondsUntilSave(now); }

void App::onPageHidden() { autosave_.pageHidden(); }

void App::onSavedElsewhere(std::string_view id, int revision) { autosave_.savedElsewhere(id, revision); }

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
    libraryOpen_ = false;
}

void App::onLibrary(std::string_view json) {
    nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    library_.clear();
    trash_.clear();
    if (!doc.is_object()) return;
    for (const char* list : {"maps", "trash"}) {
        if (!doc.contains(list) || !doc[list].is_array()) continue;
        for (const auto& r : doc[list]) {
            if (!r.is_object()) continue;
            LibraryEntry e;
            e.id = r.value("id", "");
            e.title = r.value("title", "");
            e.time = r.value(std::string(list) == "maps" ? "updated" : "deleted", 0.0);
            e.size = r.value("size", 0.0);
            e.backedUp = r.value("downloadedRevision", 0) > 0;
            (std::string(list) == "maps" ? library_ : trash_).push_back(std::move(e));
        }
    }
}

void App::onFileOpened(std::string_view name, std::string_view text) {
    (void)name;
    MapLoadResult loaded = loadMapFromJson(text);
    if (!loaded.ok) {
        showError(std::string(tr("error.open_failed")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return;
    }
    flushSave();  // the open map is kept in the library as it is
    replaceMap(std::move(loaded.map), storage_ ? storage_->newId() : std::string(), 0, "");
    lastError_.clear();
}

void App::onFileRejected(std::string_view name, double bytes) {
    (void)name;
    showError(std::string(tr("error.open_failed")) + " " + describeProblem(tooLargeProblem(bytes), uiLanguage()));
}

void App::onFileUnreadable(std::string_view name) {
    (void)name;
    showError(std::string(tr("error.open_failed")) + " " + tr("error.unreadable") + ".");
}

void App::downloadCopy() {
    if (!storage_) return;
    storage_->download(fileNameForTitle(map().title), saveMapToJson(map()), autosave_.mapId(), autosave_.revision());
    downloadedChange_ = backupBase_ = document_.changeCount();
}

// What the banner says when the browser does not keep the map, in the user's language.
std::string App::saveProblem() const {
    if (autosave_.status() == SaveStatus::Unavailable)
        return std::string(tr("storage.unavailable")) + " (" + autosave_.error() + ")";
    if (autosave_.quotaFull()) return tr("storage.full");
    return std::string(tr("storage.failed")) + " (" + autosave_.error() + ")";
}

void App::drawSaveStatus(float x, float y) {
    const Palette& p = palette();
    const char* key = "status.saved";
    ImU32 colour = p.inkMuted;
    switch (autosave_.status()) {
        case SaveStatus::Loading: key = "status.loading"; break;
        case SaveStatus::Saved: key = "status.saved"; break;
        case SaveStatus::Pending:
        case SaveStatus::Saving: key = "status.saving"; break;
        case SaveStatus::Failed:
            key = "status.failed";
            colour = p.laneAccent[5];
            break;
        case SaveStatus::Conflict:
            key = "status.conflict";
            colour = p.laneAccent[5];
            break;
        case SaveStatus::Unavailable:
            key = "status.unavailable";
            colour = p.laneAccent[5];
            break;
    }
    // After many edits that exist only in this browser, remind once to download a copy.
    bool remind =
        autosave_.status() == SaveStatus::Saved && document_.changeCount() >= backupBase_ + kBackupReminderEdits;
    if (remind) {
        ImGui::SetCursorScreenPos(ImVec2(x, y - 6));
        if (ImGui::SmallButton(tr("status.backup"))) downloadCopy();
        rects_.recordLastItem("button/backup");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("status.not_backed_up"));
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::TextUnformatted(tr(key));
    ImGui::PopStyleColor();
    rects_.recordLastItem("text/save-status");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s", tr(downloadedChange_ == document_.changeCount() ? "status.backed_up" : "status.not_backed_up"));
}

const char* App::saveStatusName() const { return jejak::saveStatusName(autosave_.status()); }

// A strip under the toolbar when the map is at risk: storage full or failing,
// or another tab saved newer edits.
float App::drawBanner(float top) {
    bool failing = autosave_.status() == SaveStatus::Failed || autosave_.status() == SaveStatus::Unavailable;
    bool conflict = autosave_.status() == SaveStatus::Conflict;
    if (!failing && !conflict) return 0;
    const Palette& p = palette();
    const float height = 52;
    const float width = ImGui::GetIO().DisplaySize.x;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(253, 236, 234, 255)));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(IM_COL32(90, 20, 24, 255)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##banner", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    (void)dl;
    (void)p;
    ImGui::SetCursorPos(ImVec2(20, (height - ImGui::GetFrameHeight()) * 0.5f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(icon::kWarning);
    ImGui::SameLine();
    ImGui::TextUnformatted(conflict ? tr("storage.conflict") : saveProblem().c_str());
    rects_.recordLastItem("text/banner");
    ImGui::SameLine(0, 16);
    ImGui::PopStyleColor();  // buttons in the normal text colour
    if (conflict) {
        if (ImGui::Button(tr("storage.load_theirs")) && storage_) storage_->load(autosave_.mapId());
        rects_.recordLastItem("button/load-theirs");
        ImGui::SameLine();
        if (ImGui::Button(tr("storage.keep_mine"))) autosave_.keepMine();
        rects_.recordLastItem("button/keep-mine");
        ImGui::SameLine();
    }
    if (ImGui::Button((std::string(icon::kCopy) + "  " + tr("storage.download_copy")).c_str())) downloadCopy();
    rects_.recordLastItem("button/download-copy");
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return height;
}

void App::drawLibrary() {
    if (libraryOpen_ && !ImGui::IsPopupOpen("##library")) {
        ImGui::OpenPopup("##library");
        if (storage_) storage_->list();
    }
    if (!beginDialog("##library", ImVec2(860, 600), "library.title", "library.subtitle")) return;

    const ImGuiStyle& style = ImGui::GetStyle();
    auto textWidth = [](const char* s) { return ImGui::CalcTextSize(s).x; };
    const float openW =
        std::max(textWidth(tr("library.open")) + style.FramePadding.x * 2, textWidth(tr("library.open_now")));
    const float buttonsW = openW + textWidth(tr("menu.rename")) + textWidth(tr("library.duplicate")) +
                           textWidth(tr("library.delete")) + 3 * style.FramePadding.x * 2 + 3 * style.ItemSpacing.x + 8;
    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2 + 4;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    auto row = [&](const LibraryEntry& e, size_t i, bool inTrash) {
        const std::string name = (inTrash ? "trash/" : "library/") + std::to_string(i);
        const bool current = !inTrash && e.id == autosave_.mapId();
        ImGui::PushID(name.c_str());
        ImGui::TableNextRow(0, ImGui::GetFrameHeight() + 12);
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
        if (!inTrash && renamingEntry_ == static_cast<int>(i)) {
            ImGui::SetNextItemWidth(-1);
            if (renameFocus_) {
                ImGui::SetKeyboardFocusHere();
                renameFocus_ = false;
            }
            if (inputText("##title", renameBuffer_, ImGuiInputTextFlags_EnterReturnsTrue)) {
                if (current) {
                    MapInfo info = mapInfo(map());
                    info.title = renameBuffer_;
                    execute(setMapInfo(map(), info));
                    flushSave();
                } else if (storage_) {
                    storage_->rename(e.id, renameBuffer_);
                }
                library_[i].title = renameBuffer_;
                renamingEntry_ = -1;
            }
            rects_.recordLastItem(name + "/title-input");
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::PushFont(current ? fonts_.strong : fonts_.body);
            ImGui::TextUnformatted(e.title.empty() ? tr("map.untitled") : e.title.c_str());
            ImGui::PopFont();
            if (!inTrash) rects_.recordLastItem(name + "/title");
        }
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", formatWhen(e.time, nowMs(), uiLanguage()).c_str());
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", inTrash ? "" : formatSize(e.size).c_str());
        if (!inTrash && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(e.backedUp ? "status.backed_up" : "status.not_backed_up"));
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
        if (inTrash) {
            if (ImGui::Button(tr("library.restore")) && storage_) storage_->restore(e.id);
            rects_.recordLastItem(name + "/restore");
        } else {
            if (current) {  // in the Open button's place
                const char* now = tr("library.open_now");
                ImGui::AlignTextToFramePadding();
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (openW - textWidth(now)) * 0.5f);
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s", now);
                rects_.recordLastItem(name + "/open");
                ImGui::SameLine(0, 0);
                ImGui::Dummy(ImVec2(std::max(0.0f, openW - textWidth(now)) * 0.5f, 0));
            } else {
                if (ImGui::Button(tr("library.open"), ImVec2(openW, 0)) && storage_) {
                    flushSave();
                    storage_->load(e.id);
                }
                rects_.recordLastItem(name + "/open");
            }
            ImGui::SameLine();
            if (ImGui::Button(tr("menu.rename"))) {
                renamingEntry_ = static_cast<int>(i);
                renameBuffer_ = e.title;
                renameFocus_ = true;
            }
            rects_.recordLastItem(name + "/rename");
            ImGui::SameLine();
            if (ImGui::Button(tr("library.duplicate")) && storage_) {
                flushSave();
                storage_->duplicate(e.id, e.title + " " + tr("library.copy_suffix"));
            }
            rects_.recordLastItem(name + "/duplicate");
            ImGui::SameLine();
            // The open map cannot go to the trash under the user's hands: open another first.
            ImGui::BeginDisabled(current);
            if (ImGui::Button(tr("library.delete")) && storage_) storage_->remove(e.id);
            ImGui::EndDisabled();
            rects_.recordLastItem(name + "/delete");
            if (current && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("%s", tr("library.delete_open"));
        }
        ImGui::PopID();
    };
    if (ImGui::BeginTable("##maps", 4, flags, ImVec2(0, -footer))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("library.column_title"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("library.column_updated"), ImGuiTableColumnFlags_WidthFixed, 150);
        ImGui::TableSetupColumn(tr("library.column_size"), ImGuiTableColumnFlags_WidthFixed, 70);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, buttonsW);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < library_.size(); ++i) row(library_[i], i, false);
        if (!trash_.empty()) {
            ImGui::TableNextRow(0, ImGui::GetFrameHeight() + 16);
            ImGui::TableNextColumn();
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 12);
            ImGui::PushFont(fonts_.strong);
            ImGui::TextUnformatted(icon::kTrash);
            ImGui::SameLine();
            ImGui::TextUnformatted(tr("library.trash"));
            ImGui::PopFont();
            for (size_t i = 0; i < trash_.size(); ++i) row(trash_[i], i, true);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (ImGui::Button(tr("library.open_file"))) {
        if (storage_) storage_->pickFile();
    }
    rects_.recordLastItem("button/open-file");
    ImGui::SameLine();
    if (ImGui::Button(tr("library.download"))) downloadCopy();
    rects_.recordLastItem("button/download");
    const char* closeLabel = tr("dialog.close");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - textWidth(closeLabel) - style.FramePadding.x * 2);
    if (ImGui::Button(closeLabel)) {
        libraryOpen_ = false;
        renamingEntry_ = -1;
        ImGui::CloseCurrentPopup();
    }
    rects_.recordLastItem("button/library-close");
    ImGui::EndPopup();
}

}  // namespace jejak::ui
