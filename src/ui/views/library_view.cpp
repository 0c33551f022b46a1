// The map library dialog.
#include "ui/views/library_view.h"

#include <algorithm>
#include <ctime>

#include <nlohmann/json.hpp>

#include "core/formatting.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/keys.h"

namespace jejak::ui {
namespace {
double nowMs() { return static_cast<double>(std::time(nullptr)) * 1000.0; }
float textWidth(const char* s) { return ImGui::CalcTextSize(s).x; }
}  // namespace

void LibraryView::draw(const ViewContext& ctx, const LibraryList& list, const std::string& openMapId) {
    if (open_ && !ImGui::IsPopupOpen("##library")) {
        ImGui::OpenPopup("##library");
        ctx.sink.apply(intent::ListStored{});
    }
    if (!beginDialog(ctx.fonts, ctx.rects,
                     {.id = "##library", .size = {860, 600}, .headingKey = "library.title", .subtitleKey = "library.subtitle"}))
        return;
    if (!open_) {  // closed by Esc or because a map was opened
        renamingEntry_ = -1;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }

    const ImGuiStyle& style = ImGui::GetStyle();
    const float openW =
        std::max(textWidth(tr("library.open")) + style.FramePadding.x * 2, textWidth(tr("library.open_now")));
    // Open, Rename, Duplicate, the download icon and Delete.
    const float buttonsW = openW + textWidth(tr("menu.rename")) + textWidth(tr("library.duplicate")) +
                           textWidth(icon::kDownload) + textWidth(tr("library.delete")) + 4 * style.FramePadding.x * 2 +
                           4 * style.ItemSpacing.x + 8;
    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2 + 4;
    auto row = [&](ColumnRows& rows, const LibraryEntry& e, size_t i, bool inTrash) {
        drawRow(ctx, rows, e, i, inTrash, openMapId, openW);
    };
    const std::initializer_list<float> widths = {0, 150, 70, buttonsW};
    {  // the header stays put while the maps scroll (as wide as the list beside its scroll bar)
        const float rowsW = ImGui::GetContentRegionAvail().x - scrollbarW_;
        ImGui::BeginChild("##maps-header", ImVec2(rowsW, ImGui::GetFrameHeight()), false, ImGuiWindowFlags_NoScrollbar);
        {
            ColumnRows header(widths);
            header.row(ImGui::GetFrameHeight(), true);
            const char* titles[] = {"library.column_title", "library.column_updated", "library.column_size"};
            for (int c = 0; c < 3; ++c) {
                header.column(c);
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(tr(titles[c]));
            }
        }
        ImGui::EndChild();
    }
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - style.ItemSpacing.y);
    ImGui::BeginChild("##maps", ImVec2(0, -footer));
    {
        ColumnRows rows(widths);
        for (size_t i = 0; i < list.maps().size(); ++i) row(rows, list.maps()[i], i, false);
        if (!list.trash().empty()) {
            rows.row(ImGui::GetFrameHeight() + 16);
            rows.column(0);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 12);
            ImGui::PushFont(ctx.fonts.strong);
            ImGui::TextUnformatted(icon::kTrash);
            ImGui::SameLine();
            ImGui::TextUnformatted(tr("library.trash"));
            ImGui::PopFont();
            for (size_t i = 0; i < list.trash().size(); ++i) row(rows, list.trash()[i], i, true);
        }
    }
    scrollbarW_ = ImGui::GetScrollMaxY() > 0 ? style.ScrollbarSize : 0;
    ImGui::EndChild();
    ImGui::Spacing();
    if (ImGui::Button(tr("library.open_file"))) ctx.sink.apply(intent::PickFile{});
    ctx.rects.recordLastItem("button/open-file");
    ImGui::SameLine();
    if (ImGui::Button(tr("library.download"))) ctx.sink.apply(intent::DownloadCopy{});
    ctx.rects.recordLastItem("button/download");
    const char* closeLabel = tr("dialog.close");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - textWidth(closeLabel) - style.FramePadding.x * 2);
    if (ImGui::Button(closeLabel)) {
        open_ = false;
        renamingEntry_ = -1;
        ImGui::CloseCurrentPopup();
    }
    ctx.rects.recordLastItem("button/library-close");
    ImGui::EndPopup();
}

// One row: title (or its rename field), updated time, size and actions; the
// open map cannot be deleted, and the trash has Restore.
void LibraryView::drawRow(const ViewContext& ctx, ColumnRows& rows, const LibraryEntry& e, size_t i, bool inTrash,
                          const std::string& openMapId, float openW) {
    const std::string name = (inTrash ? "trash/" : "library/") + std::to_string(i);
    const bool current = !inTrash && e.id == openMapId;
    ImGui::PushID(name.c_str());
    rows.row(ImGui::GetFrameHeight() + 12);
    rows.column(0);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    if (!inTrash && renamingEntry_ == static_cast<int>(i)) {
        ImGui::SetNextItemWidth(rows.width(0));
        if (renameFocus_) {
            ImGui::SetKeyboardFocusHere();
            renameFocus_ = false;
        }
        if (inputText("##title", renameBuffer_, ImGuiInputTextFlags_EnterReturnsTrue)) {
            ctx.sink.apply(intent::RenameStored{e.id, renameBuffer_});
            renamingEntry_ = -1;
        }
        ctx.rects.recordLastItem(name + "/title-input");
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::PushFont(current ? ctx.fonts.strong : ctx.fonts.body);
        const std::string title = e.title.empty() ? std::string(tr("map.untitled")) : e.title;
        bool cut = false;
        ImGui::TextUnformatted(fitWithEllipsis(title, rows.width(0), &cut).c_str());
        ImGui::PopFont();
        if (!inTrash) ctx.rects.recordLastItem(name + "/title");
        if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title.c_str());
    }
    rows.column(1);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", formatWhen(e.time, nowMs(), uiLanguage()).c_str());
    rows.column(2);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", inTrash ? "" : formatSize(e.size).c_str());
    if (!inTrash && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(e.backedUp ? "status.backed_up" : "status.not_backed_up"));
    rows.column(3);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    drawButtons(ctx, e, i, inTrash, current, name, openW);
    ImGui::PopID();
}

// The row's buttons: Restore in the trash; Open (or "open now"), Rename,
// Duplicate, Download and Delete in the library.
void LibraryView::drawButtons(const ViewContext& ctx, const LibraryEntry& e, size_t i, bool inTrash, bool current,
                              const std::string& name, float openW) {
    if (inTrash) {
        if (ImGui::Button(tr("library.restore"))) ctx.sink.apply(intent::RestoreStored{e.id});
        ctx.rects.recordLastItem(name + "/restore");
    } else {
        if (current) {  // in the Open button's place
            const char* now = tr("library.open_now");
            ImGui::AlignTextToFramePadding();
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (openW - textWidth(now)) * 0.5f);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s", now);
            ctx.rects.recordLastItem(name + "/open");
            ImGui::SameLine(0, 0);
            ImGui::Dummy(ImVec2(std::max(0.0f, openW - textWidth(now)) * 0.5f, 0));
        } else {
            if (ImGui::Button(tr("library.open"), ImVec2(openW, 0))) ctx.sink.apply(intent::OpenStored{e.id});
            ctx.rects.recordLastItem(name + "/open");
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("menu.rename"))) {
            renamingEntry_ = static_cast<int>(i);
            renameBuffer_ = e.title;
            renameFocus_ = true;
        }
        ctx.rects.recordLastItem(name + "/rename");
        ImGui::SameLine();
        if (ImGui::Button(tr("library.duplicate")))
            ctx.sink.apply(intent::DuplicateStored{e.id, e.title + " " + tr("library.copy_suffix")});
        ctx.rects.recordLastItem(name + "/duplicate");
        ImGui::SameLine();
        if (!current) {  // a kept map's file, without opening it
            if (ImGui::Button(icon::kDownload)) ctx.sink.apply(intent::DownloadStored{e.id, e.title});
            ctx.rects.recordLastItem(name + "/download");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("library.download_kept"));
            ImGui::SameLine();
        } else {  // the open map downloads from the footer; Delete keeps its column
            ImGui::Dummy(ImVec2(textWidth(icon::kDownload) + ImGui::GetStyle().FramePadding.x * 2, 0));
            ImGui::SameLine();
        }
        // The open map cannot go to the trash under the user's hands: open another first.
        ImGui::BeginDisabled(current);
        if (ImGui::Button(tr("library.delete"))) ctx.sink.apply(intent::TrashStored{e.id});
        ImGui::EndDisabled();
        ctx.rects.recordLastItem(name + "/delete");
        if (current && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", tr("library.delete_open"));
    }
}

void LibraryView::drawSameFileQuestion(const ViewContext& ctx) {
    if (same_.existingId.empty()) return;
    if (!ImGui::IsPopupOpen("##same-file")) ImGui::OpenPopup("##same-file");
    if (!beginDialog(ctx.fonts, ctx.rects, {.id = "##same-file", .at = 0.35f})) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 460);
    ImGui::TextUnformatted(format("open.same_title", {same_.title}).c_str());
    ImGui::PopTextWrapPos();
    ctx.rects.recordLastItem("text/same-file");
    ImGui::Spacing();
    bool existing = ImGui::Button(tr("open.existing"));
    ctx.rects.recordLastItem("button/open-existing");
    ImGui::SameLine();
    bool copy = ImGui::Button(tr("open.copy"));
    ctx.rects.recordLastItem("button/open-copy");
    ImGui::SameLine();
    bool cancel = ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(key::kEscape);
    if (existing || copy || cancel) {
        auto question = std::move(same_);
        same_ = {};
        ImGui::CloseCurrentPopup();
        if (existing) ctx.sink.apply(intent::OpenStored{question.existingId});
        if (copy) ctx.sink.apply(intent::OpenFile{std::move(question.bytes), true});
    }
    ImGui::EndPopup();
}

}  // namespace jejak::ui
