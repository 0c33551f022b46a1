// The save status in the top bar and the banner when the map is at risk.
#include "ui/views/save_status_view.h"

#include <algorithm>

#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace jejak::ui {

float SaveStatusView::width() {
    float widest = 0;
    for (const char* key : {"status.saved", "status.saving", "status.failed", "status.conflict", "status.loading"})
        widest = std::max(widest, ImGui::CalcTextSize(tr(key)).x);
    // After many edits, the backup button after "Saved" or "Saving…", in one place
    // while an autosave comes and goes.
    widest = std::max(widest, backupX() + kBackupGap + kBackupWidth);
    return widest + 12;  // and a gap before the theme button
}

float SaveStatusView::backupX() {
    return std::max(ImGui::CalcTextSize(tr("status.saved")).x, ImGui::CalcTextSize(tr("status.saving")).x);
}

std::string SaveStatusView::problem(const Autosave& autosave) {
    // The storage says what kind of fault it met (web/storage.js); the words are ours.
    const std::string& kind = autosave.error();
    const char* why = kind == "locked"    ? "storage.why_locked"
                      : kind == "blocked" ? "storage.why_blocked"
                                          : "storage.why_failed";
    if (autosave.status() == SaveStatus::Unavailable) return std::string(tr("storage.unavailable")) + " " + tr(why);
    if (autosave.quotaFull()) return tr("storage.full");
    return std::string(tr("storage.failed")) + " " + tr(why);
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
            colour = p.danger;
            break;
        case SaveStatus::Conflict:
            key = "status.conflict";
            colour = p.danger;
            break;
        case SaveStatus::Unavailable:
            key = "status.unavailable";
            colour = p.danger;
            break;
    }
    if (autosave.held()) key = "status.read_only";  // a shared map: nothing is saved until a copy is
    // After many edits that exist only in this browser, remind once to download a copy.
    // It stays through the autosaves that follow (no flicker); a failing save shows
    // the banner with its own download button instead.
    const SaveStatus st = autosave.status();
    bool remind = (st == SaveStatus::Saved || st == SaveStatus::Pending || st == SaveStatus::Saving) &&
                  changes >= backupBase_ + kBackupReminderEdits;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::TextUnformatted(tr(key));
    ImGui::PopStyleColor();
    ctx.rects.recordLastItem("text/save-status");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(downloadedChange_ == changes ? "status.backed_up" : "status.not_backed_up"));
    if (remind) {  // a toolbar button beside "Saved", on the toolbar's line, in a fixed place
        const float lineH = ImGui::GetTextLineHeight();
        ImGui::SetCursorScreenPos(ImVec2(x + backupX() + kBackupGap, y + lineH * 0.5f - kBackupWidth * 0.5f));
        const std::string tip = std::string(tr("status.backup")) + "\n" + tr("status.not_backed_up");
        if (toolbarButton(ctx.rects, icon::kDownload, "backup", tip.c_str(), true, true))
            ctx.sink.apply(intent::DownloadCopy{});
    }
}

float SaveStatusView::drawBanner(const ViewContext& ctx, const Autosave& autosave, float top) {
    bool failing = autosave.status() == SaveStatus::Failed || autosave.status() == SaveStatus::Unavailable;
    bool conflict = autosave.status() == SaveStatus::Conflict;
    if (!failing && !conflict) return 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    // The buttons keep their place at the right; the words wrap in the room left.
    const std::string download = std::string(icon::kCopy) + "  " + tr("storage.download_copy");
    auto buttonW = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    float buttons = buttonW(download.c_str());
    if (conflict)
        buttons += buttonW(tr("storage.load_theirs")) + buttonW(tr("storage.keep_mine")) + 2 * style.ItemSpacing.x;
    const std::string text = conflict ? std::string(tr("storage.conflict")) : problem(autosave);
    const float height = bannerBegin(ctx.rects, "##banner", top, icon::kWarning, text.c_str(), buttons,
                                     IM_COL32(253, 236, 234, 255), IM_COL32(90, 20, 24, 255), "text/banner");
    if (conflict) {
        if (ImGui::Button(tr("storage.load_theirs"))) ctx.sink.apply(intent::LoadTheirs{});
        ctx.rects.recordLastItem("button/load-theirs");
        ImGui::SameLine();
        if (ImGui::Button(tr("storage.keep_mine"))) ctx.sink.apply(intent::KeepMine{});
        ctx.rects.recordLastItem("button/keep-mine");
        ImGui::SameLine();
    }
    if (ImGui::Button(download.c_str())) ctx.sink.apply(intent::DownloadCopy{});
    ctx.rects.recordLastItem("button/download-copy");
    bannerEnd();
    return height;
}

}  // namespace jejak::ui
