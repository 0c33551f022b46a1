// The export menu and the import preview (see export_view.h).
#include "ui/views/export_view.h"

#include <algorithm>
#include <string>

#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/keys.h"
#include "io/share_link.h"

namespace jejak::ui {

void ExportView::drawMenu(const ViewContext& ctx, ImVec2 anchor) {
    if (openMenu_) {
        ImGui::OpenPopup("##export-menu");
        openMenu_ = false;
    }
    ImGui::SetNextWindowPos(anchor, ImGuiCond_Appearing);
    menuShown_ = ImGui::BeginPopup("##export-menu");
    if (!menuShown_) return;
    ctx.rects.record("window/export-menu", {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                                            ImGui::GetWindowHeight()});
    auto item = [&ctx](const char* key, const char* name, const char* shortcut = nullptr) {
        bool chosen = ImGui::MenuItem(tr(key), shortcut);
        ctx.rects.recordLastItem(std::string("menu/") + name);
        return chosen;
    };
    auto heading = [](const char* key) {
        ImGui::TextDisabled("%s", tr(key));
    };
    IntentSink& sink = ctx.sink;
    heading("export.heading");
    if (item("export.png_1", "export-png-1")) sink.apply(intent::Export{intent::ExportKind::Png, 1});
    if (item("export.png_2", "export-png-2")) sink.apply(intent::Export{intent::ExportKind::Png, 2});
    if (item("export.png_4", "export-png-4")) sink.apply(intent::Export{intent::ExportKind::Png, 4});
    if (item("export.print_a4", "print-a4")) sink.apply(intent::Export{intent::ExportKind::Print, 2, false});
    if (item("export.print_a3", "print-a3")) sink.apply(intent::Export{intent::ExportKind::Print, 2, true});
    if (item("export.csv", "export-csv")) sink.apply(intent::Export{intent::ExportKind::Csv});
    if (item("export.markdown", "export-markdown")) sink.apply(intent::Export{intent::ExportKind::Markdown});
    if (item("export.mermaid", "export-mermaid")) sink.apply(intent::Export{intent::ExportKind::Mermaid});
    if (item("export.json", "export-json", "Ctrl+S")) sink.apply(intent::DownloadCopy{});
    ImGui::Separator();
    if (item("export.share_link", "share-link")) sink.apply(intent::Export{intent::ExportKind::ShareLink});
    ImGui::Separator();
    heading("import.heading");
    if (item("import.open", "import", "Ctrl+O")) sink.apply(intent::PickFile{});
    if (ImGui::IsKeyPressed(key::kEscape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void ExportView::drawLinkDialog(const ViewContext& ctx) {
    if (link_.empty()) return;
    if (!ImGui::IsPopupOpen("###share-link")) ImGui::OpenPopup("###share-link");
    if (!beginDialog(ctx.fonts, ctx.rects,
                     {.id = "###share-link", .size = {560, 0}, .at = 0.4f, .titleKey = "share.title", .record = "window/share-link"}))
        return;
    ImGui::TextWrapped("%s", tr("share.explain"));
    ImGui::Spacing();
    // The link itself, to select by hand; Copy puts it on the clipboard.
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##share-url", link_.data(), link_.size() + 1, ImGuiInputTextFlags_ReadOnly);
    ctx.rects.recordLastItem("input/share-link");
    ImGui::TextDisabled("%s", plural("share.length", static_cast<long long>(link_.size())).c_str());
    ctx.rects.recordLastItem("text/share-length");
    if (link_.size() > kShareLinkWarnChars) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().danger));
        ImGui::TextWrapped("%s  %s", icon::kWarning, tr("share.too_long"));
        ImGui::PopStyleColor();
        ctx.rects.recordLastItem("text/share-too-long");
        if (ImGui::Button(tr("share.send_file"))) ctx.sink.apply(intent::DownloadCopy{});
        ctx.rects.recordLastItem("button/share-file");
    }
    ImGui::Spacing();
    if (ImGui::Button(copied_ ? tr("share.copied") : tr("share.copy"))) {
        ImGui::SetClipboardText(link_.c_str());
        copied_ = true;
    }
    ctx.rects.recordLastItem("button/share-copy");
    ImGui::SameLine();
    if (ImGui::Button(tr("dialog.close")) || ImGui::IsKeyPressed(key::kEscape)) {
        link_.clear();
        ImGui::CloseCurrentPopup();
    }
    ctx.rects.recordLastItem("button/share-close");
    ImGui::EndPopup();
}

float ExportView::drawSharedBanner(const ViewContext& ctx, float top) {
    const Palette& p = palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* save = tr("share.save_copy");
    const char* close = tr("share.close");
    auto buttonW = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    const float buttons = buttonW(save) + buttonW(close) + style.ItemSpacing.x;
    const float height = bannerBegin(ctx.rects, "##shared-banner", top, icon::kEye, tr("share.read_only"), buttons,
                                     p.accentSoft, p.ink, "text/shared-banner");
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.onAccent));
    if (ImGui::Button(save)) ctx.sink.apply(intent::SaveSharedCopy{});
    ImGui::PopStyleColor(2);
    ctx.rects.recordLastItem("button/save-shared");
    ImGui::SameLine();
    if (ImGui::Button(close)) ctx.sink.apply(intent::CloseShared{});
    ctx.rects.recordLastItem("button/close-shared");
    bannerEnd();
    return height;
}

bool ExportView::drawMeasuresPreview(const ViewContext& ctx, const MeasuresPreview& preview) {
    if (!ImGui::IsPopupOpen("###measures-preview")) ImGui::OpenPopup("###measures-preview");
    if (!beginDialog(ctx.fonts, ctx.rects,
                     {.id = "###measures-preview", .size = {560, 0}, .at = 0.45f, .titleKey = "analytics.preview_title",
                      .record = "window/measures-preview"}))
        return true;
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextWrapped("%s", preview.fileName.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", preview.summary.c_str());
    ctx.rects.recordLastItem("text/measures-summary");
    if (!preview.lines.empty()) {
        const float lineH = ImGui::GetTextLineHeightWithSpacing();
        ImGui::BeginChild("##changes", ImVec2(0, std::min(12.0f, static_cast<float>(preview.lines.size())) * lineH + 8),
                          true);
        for (const std::string& line : preview.lines) ImGui::TextUnformatted(line.c_str());
        ImGui::EndChild();
        ctx.rects.recordLastItem("list/measures-changes");
    }
    ImGui::TextWrapped("%s", tr("analytics.preview_undo"));
    ImGui::Spacing();
    bool open = true;
    if (ImGui::Button(tr("analytics.preview_import"))) {
        ctx.sink.apply(intent::ConfirmMeasures{});
        ImGui::CloseCurrentPopup();
        open = false;
    }
    ctx.rects.recordLastItem("button/measures-import");
    ImGui::SameLine();
    if (ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(key::kEscape)) {
        ImGui::CloseCurrentPopup();
        open = false;
    }
    ctx.rects.recordLastItem("button/measures-cancel");
    ImGui::EndPopup();
    return open;
}

void ExportView::drawPreview(const ViewContext& ctx, const std::optional<ImportPreview>& preview) {
    if (!preview) return;
    if (!ImGui::IsPopupOpen("###import-preview")) ImGui::OpenPopup("###import-preview");
    if (!beginDialog(ctx.fonts, ctx.rects,
                     {.id = "###import-preview", .size = {480, 0}, .at = 0.4f, .titleKey = "import.title",
                      .record = "window/import-preview"}))
        return;
    const JourneyMap& map = preview->map;
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextWrapped("%s", preview->fileName.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", format("import.found", {preview->format}).c_str());
    const std::string counts = plural("count.stages", static_cast<long long>(map.stages.size())) + ", " +
                               plural("count.lanes", static_cast<long long>(map.lanes.size())) + ", " +
                               plural("count.cards", static_cast<long long>(map.cards.size()));
    ImGui::TextUnformatted(counts.c_str());
    ctx.rects.recordLastItem("text/import-counts");
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr("import.as_new"));
    ImGui::Spacing();
    if (ImGui::Button(tr("import.open_new"))) {
        ctx.sink.apply(intent::ConfirmImport{});
        ImGui::CloseCurrentPopup();
    }
    ctx.rects.recordLastItem("button/import-open");
    ImGui::SameLine();
    if (ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(key::kEscape)) {
        ctx.sink.apply(intent::CancelImport{});
        ImGui::CloseCurrentPopup();
    }
    ctx.rects.recordLastItem("button/import-cancel");
    ImGui::EndPopup();
}

}  // namespace jejak::ui
