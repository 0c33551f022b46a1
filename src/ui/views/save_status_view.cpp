// The save status in the top bar and the banner when the map is at risk.
#include "ui/views/save_status_view.h"

#include <algorithm>

#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace jejak::ui {

float SaveStatusView::width() {
    float widest = 0;
    for (const char* key : {"status.saved", "status.saving", "status.failed", "status.conflict", "status.loading"})
        widest = std::max(widest, ImGui::CalcTextSize(tr(key)).x);
    // The backup reminder is a button: its frame is wider than its text.
    widest = std::max(widest, ImGui::CalcTextSize(tr("status.backup")).x + ImGui::GetStyle().FramePadding.x * 2);
    return widest + 12;  // and a gap before the theme button
}

std::string SaveStatusView::problem(const Autosave& autosave) {
    if (autosave.status() == SaveStatus::Unavailable)
        return std::string(tr("storage.unavailable")) + " (" + autosave.error() + ")";
    if (autosave.quotaFull()) return tr("storage.full");
    return std::string(tr("storage.failed")) + " (" + autosave.error() + ")";
}

void SaveStatusView::drawStatus(const ViewContext& ctx, const Autosave& autosave, std::uint64_t changes, float x,
                                float y) {
    const Palette& p = palette();
    const char* key = "status.saved";
    ImU32 colour = p.inkMuted;
    switch (autosave.status()) {
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
    bool remind = autosave.status() == SaveStatus::Saved && changes >= backupBase_ + kBackupReminderEdits;
    if (remind) {
        ImGui::SetCursorScreenPos(ImVec2(x, y - 6));
        if (ImGui::SmallButton(tr("status.backup"))) ctx.sink.apply(intent::DownloadCopy{});
        ctx.rects.recordLastItem("button/backup");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("status.not_backed_up"));
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::TextUnformatted(tr(key));
    ImGui::PopStyleColor();
    ctx.rects.recordLastItem("text/save-status");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(downloadedChange_ == changes ? "status.backed_up" : "status.not_backed_up"));
}

float SaveStatusView::drawBanner(const ViewContext& ctx, const Autosave& autosave, float top) {
    bool failing = autosave.status() == SaveStatus::Failed || autosave.status() == SaveStatus::Unavailable;
    bool conflict = autosave.status() == SaveStatus::Conflict;
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
    ImGui::TextUnformatted(conflict ? tr("storage.conflict") : problem(autosave).c_str());
    ctx.rects.recordLastItem("text/banner");
    ImGui::SameLine(0, 16);
    ImGui::PopStyleColor();  // buttons in the normal text colour
    if (conflict) {
        if (ImGui::Button(tr("storage.load_theirs"))) ctx.sink.apply(intent::LoadTheirs{});
        ctx.rects.recordLastItem("button/load-theirs");
        ImGui::SameLine();
        if (ImGui::Button(tr("storage.keep_mine"))) ctx.sink.apply(intent::KeepMine{});
        ctx.rects.recordLastItem("button/keep-mine");
        ImGui::SameLine();
    }
    if (ImGui::Button((std::string(icon::kCopy) + "  " + tr("storage.download_copy")).c_str()))
        ctx.sink.apply(intent::DownloadCopy{});
    ctx.rects.recordLastItem("button/download-copy");
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return height;
}

}  // namespace jejak::ui
