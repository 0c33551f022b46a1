// Export and import: the top bar's menu of every format the map goes out in
// (image, print, CSV, Markdown, Mermaid, the map file, a share link) and of
// opening files; and the preview of an imported CSV or Mermaid file before it
// opens as a new map.
#pragma once

#include <optional>
#include <string>

#include "ui/views/view_context.h"

#include "session/exports.h"

namespace jejak::ui {

class ExportView {
public:
    void openMenu() { openMenu_ = true; }
    // The menu, under the top bar's button at `anchor`.
    void drawMenu(const ViewContext& ctx, ImVec2 anchor);
    // The import preview, while one is pending.
    void drawPreview(const ViewContext& ctx, const std::optional<ImportPreview>& preview);
    // The measurements' preview; false once it is answered (imported or cancelled).
    bool drawMeasuresPreview(const ViewContext& ctx, const MeasuresPreview& preview);
    bool menuOpen() const { return menuShown_; }
    // The share link made of the open map: a dialog to copy it.
    void showLink(std::string url) {
        link_ = std::move(url);
        copied_ = false;
    }
    bool linkShown() const { return !link_.empty(); }
    void drawLinkDialog(const ViewContext& ctx);
    // A map opened from a share link: read only, with "Save a copy to my maps"
    // and "Close", under the top bar at `top`; returns the banner's height.
    float drawSharedBanner(const ViewContext& ctx, float top);

private:
    std::string link_;
    bool copied_ = false;
    bool openMenu_ = false;
    bool menuShown_ = false;
};

}  // namespace jejak::ui
