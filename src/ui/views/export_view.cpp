// The export menu and the import preview (see export_view.h).
#include "ui/views/export_view.h"

#include <algorithm>
#include <string>

#include "ui/i18n.h"
#include "ui/icons.h"

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
    if (item("export.print", "print")) sink.apply(intent::Export{intent::ExportKind::Print});
    if (item("export.csv", "export-csv")) sink.apply(intent::Export{intent::ExportKind::Csv});
    if (item("export.markdown", "export-markdown")) sink.apply(intent::Export{intent::ExportKind::Markdown});
    if (item("export.mermaid", "export-mermaid")) sink.apply(intent::Export{intent::ExportKind::Mermaid});
    if (item("export.json", "export-json", "Ctrl+S")) sink.apply(intent::DownloadCopy{});
    ImGui::Separator();
    if (item("export.share_link", "share-link")) sink.apply(intent::Export{intent::ExportKind::ShareLink});
    ImGui::Separator();
    heading("import.heading");
    if (item("import.open", "import", "Ctrl+O")) sink.apply(intent::PickFile{});
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void ExportView::drawPreview(const ViewContext& ctx, const std::optional<ImportPreview>& preview) {
    if (!preview) return;
    if (!ImGui::IsPopupOpen("###import-preview")) ImGui::OpenPopup("###import-preview");
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, io.DisplaySize.x - 40), 0));
    const std::string title = std::string(tr("import.title")) + "###import-preview";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ctx.rects.record("window/import-preview", {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                                               ImGui::GetWindowWidth(), ImGui::GetWindowHeight()});
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
    if (ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ctx.sink.apply(intent::CancelImport{});
        ImGui::CloseCurrentPopup();
    }
    ctx.rects.recordLastItem("button/import-cancel");
    ImGui::EndPopup();
}

}  // namespace jejak::ui
