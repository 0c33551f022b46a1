// The template gallery: a new map from a template (English or Bahasa Indonesia)
// or blank, as tiles with a small picture of each map.
#pragma once

#include <optional>
#include <vector>

#include "io/templates.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

class GalleryView {
public:
    void open() { open_ = true; }
    void close();                      // inside the dialog's frame
    void dismiss() { open_ = false; }  // from outside it (Esc)
    bool isOpen() const { return open_; }
    void draw(const ViewContext& ctx);

private:
    bool tile(const ViewContext& ctx, const char* name, const TemplateSummary* info, ImVec2 size);
    void loadTemplates();

    bool open_ = false;
    std::optional<Language> language_;  // of the templates shown
    std::vector<TemplateSummary> templates_;
};

}  // namespace jejak::ui
