// The whole app window: top bar and the journey map canvas.
#pragma once

#include <string>

#include <imgui.h>

#include "core/document.h"
#include "core/translations.h"
#include "ui/fonts.h"
#include "ui/item_rects.h"

namespace jejak::ui {

class App {
public:
    explicit App(Language uiLanguage);

    void setFonts(const Fonts& fonts) { fonts_ = fonts; }
    // Builds one ImGui frame covering the whole display.
    void drawFrame();

    const JourneyMap& map() const { return document_.map(); }
    const std::string& lastError() const { return lastError_; }
    const ItemRects& itemRects() const { return rects_; }
    Language language() const { return language_; }

private:
    const char* tr(const char* key) const;
    void drawTopBar(float height);
    void drawCanvas(ImVec2 origin, ImVec2 size);
    void drawEmptyState(ImVec2 center);
    bool languageButton(const char* label, const char* id, bool selected);

    Document document_;  // the open map; every change goes through its commands
    Language language_;
    Fonts fonts_;
    ItemRects rects_;
    std::string lastError_;
};

}  // namespace jejak::ui
