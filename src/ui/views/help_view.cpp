// The keyboard shortcuts window.
#include "ui/views/help_view.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/shortcuts.h"

namespace jejak::ui {
namespace {
// Keys in words ("Space+drag") are translated; the rest are the keys' own names.
const char* keysLabel(const ShortcutRow& row) {
    return std::string_view(row.keys).starts_with("keys.") ? tr(row.keys) : row.keys;
}
}  // namespace

void HelpView::draw(const ViewContext& ctx) {
    if (!open_) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(600.0f, io.DisplaySize.x - 40), 0));
    std::string title = std::string(tr("help.title")) + "###help";
    if (!ImGui::Begin(title.c_str(), &open_, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    ctx.rects.record("window/help", {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                                     ImGui::GetWindowHeight()});
    {
        // The keys' column is as wide as its widest entry.
        float keysW = 0;
        ImGui::PushFont(ctx.fonts.strong);
        for (const ShortcutRow& row : shortcutTable())
            if (row.helpKey) keysW = std::max(keysW, ImGui::CalcTextSize(keysLabel(row)).x);
        ImGui::PopFont();
        ColumnRows rows({keysW, 0});
        for (const ShortcutRow& row : shortcutTable()) {
            if (!row.helpKey) continue;  // a further key of the row above
            rows.row();
            rows.column(0);
            ImGui::PushFont(ctx.fonts.strong);
            ImGui::TextUnformatted(keysLabel(row));
            ImGui::PopFont();
            rows.column(1);
            ImGui::TextWrapped("%s", tr(row.helpKey));
        }
    }
    if (!singleFile_) {  // Jejak as one file, for a USB stick or an email
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr("help.save_offline_hint"));
        if (ImGui::Button(tr("help.save_offline"))) ctx.sink.apply(intent::SaveOfflineEdition{});
        ctx.rects.recordLastItem("button/save-offline");
    }
    ImGui::End();
}

}  // namespace jejak::ui
