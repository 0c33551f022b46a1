// Small controls the views share: toolbar and pill buttons, the dialog frame,
// and the panels' fields, colour swatches and ratings.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include <imgui.h>

#include "core/journey_map.h"
#include "ui/fonts.h"
#include "ui/item_rects.h"

namespace jejak::ui {

ImVec4 toVec(Rgb rgb);
// A square icon button of the top bar, recorded as "button/<name>".
// A full-width banner under the top bar at `top`: a glyph, then `text` wrapped
// in the room that buttonsWidth of buttons at the right leave, on `background`
// in `ink` (recorded as textId). Returns its height; until bannerEnd() the
// cursor stands where the buttons go.
float bannerBegin(ItemRects& rects, const char* id, float top, const char* glyph, const char* text, float buttonsWidth,
                  ImU32 background, ImU32 ink, const char* textId);
void bannerEnd();

bool toolbarButton(ItemRects& rects, const char* glyph, const char* name, const char* tooltip, bool enabled = true,
                   bool active = false);
// A rounded choice button ("EN", "ID"), recorded as "button/<name>".
bool pillButton(ItemRects& rects, const char* label, const char* name, bool selected);
// Every dialog of the app: a modal popup (already opened), centred across the
// display at `at` of its height. Three shapes: a large one with a heading and a
// line under it (headingKey), one with a title bar (titleKey), or a question with
// neither. false when it is not open; call ImGui::EndPopup() after a true.
struct DialogSpec {
    const char* id;                     // the popup's id, "##library" or "###share-link"
    ImVec2 size{0, 0};                  // at most this (within the display); 0: as its content
    float at = 0.5f;                    // where its middle is, as a share of the display's height
    const char* headingKey = nullptr;   // the large shape: a heading
    const char* subtitleKey = nullptr;  // and the line under it
    const char* titleKey = nullptr;     // the titled shape
    const char* record = nullptr;       // its rectangle's name for the test bridge ("window/share-link")
};
bool beginDialog(const Fonts& fonts, ItemRects& rects, const DialogSpec& dialog);
// A row of the card colours; true when one was picked (none: nullopt).
bool colourSwatches(const char* id, std::optional<Rgb>& color, bool allowNone);
// A 1-5 rating with "not set"; true when changed.
bool ratingField(const char* label, std::optional<int>& value);
// The text cut to fit `maxWidth` in the current font, ending in "…" when cut.
std::string fitWithEllipsis(const std::string& text, float maxWidth, bool* cut = nullptr, ImFont* font = nullptr,
                            float size = 0);  // the current font, or `font` at `size`
// A list in columns (the library's maps, the help's keys), laid out with the
// cursor: ImGui's tables would add about 10 KB gzip to the startup download for
// these two lists. Widths over 0 are fixed; one 0 takes what the others leave.
// Rows alternate a tint behind their content, with a line between them. It
// lives within one window: end its scope before that window's End().
class ColumnRows {
public:
    ColumnRows(std::initializer_list<float> widths, float padX = 8);
    ~ColumnRows();
    ColumnRows(const ColumnRows&) = delete;
    ColumnRows& operator=(const ColumnRows&) = delete;
    // Starts a row at least minHeight tall; `header` tints it as a header.
    void row(float minHeight = 0, bool header = false);
    // Moves to column i of the row; width(i) is the room it has.
    void column(int i);
    float width(int i) const { return widths_[i]; }

private:
    void endRow();
    ImDrawList* draw_ = nullptr;
    float widths_[6] = {};
    float x_[6] = {};
    int count_ = 0;
    int index_ = -1;
    int rows_ = 0;
    bool started_ = false;
    bool header_ = false;
    float top_ = 0;
    float rowY_ = 0;
    float minHeight_ = 0;
    float bottom_ = 0;
    float left_ = 0;
    float right_ = 0;
};
// A labelled text field over the panel's width; true when edited.
bool labelledField(const char* label, std::string& text, bool multiline = false);

}  // namespace jejak::ui
