// The template gallery: a new map from a template (English or Bahasa Indonesia)
// or blank, as tiles with a small picture of each map.
#pragma once

#include <optional>
#include <string>
#include <utility>
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
    // The templates to offer, as (key, map file) pairs: the first visit's example
    // at first, all of them once the formats module has brought them.
    void setTemplates(const std::vector<std::pair<std::string, std::string>>& files);
    enum class More { Loading, Failed, None };  // what the gallery says of the others
    void setMore(More more) { more_ = more; }

private:
    bool tile(const ViewContext& ctx, const char* name, const TemplateSummary* info, ImVec2 size);

    bool open_ = false;
    More more_ = More::None;
    std::optional<Language> language_;  // of the templates shown
    std::vector<TemplateSummary> templates_;
};

}  // namespace jejak::ui
