// The app frame: toolbar, canvas, shortcuts, and the commands behind the canvas's intents.
#include "ui/app_ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/embedded_file.h"
#include "io/map_json.h"
#include "ui/card_text.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/keys.h"
#include "ui/widgets.h"

extern const jejak::EmbeddedFile jejak_embedded_templates[];
extern const unsigned long jejak_embedded_templates_count;

namespace jejak::ui {
namespace {

constexpr float kTopBarHeight = 60.0f;
constexpr ImGuiWindowFlags kFullWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                         ImGuiWindowFlags_NoScrollWithMouse;

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

void drawMark(ImDrawList* dl, ImVec2 at, float size, const Palette& p) {
    ImVec2 a = add(at, ImVec2(0, size * 0.8f));
    ImVec2 d = add(at, ImVec2(size, size * 0.2f));
    dl->AddBezierCubic(a, add(at, ImVec2(size * 0.35f, size * 0.2f)), add(at, ImVec2(size * 0.6f, size * 1.0f)), d,
                       p.accent, 3.0f, 24);
    dl->AddCircleFilled(a, 4.0f, p.accent, 16);
    dl->AddCircleFilled(d, 4.0f, p.warm, 16);
}

const EmbeddedFile* findTemplate(std::string_view key) {
    for (unsigned long i = 0; i < jejak_embedded_templates_count; ++i)
        if (key == jejak_embedded_templates[i].name) return &jejak_embedded_templates[i];
    return nullptr;
}

}  // namespace

App::App(Language uiLanguage) {
    setUiLanguage(uiLanguage);
    // A first visit lands on a ready example in the browser's language.
    if (!openTemplate(std::string("b2c-retail-maria.") + languageCode(uiLanguage)))
        document_.reset(makeEmptyMap(tr("map.untitled"), languageCode(uiLanguage)));
}

// --- opening maps ------------------------------------------------------------------

bool App::openMapJson(std::string_view text) {
    MapLoadResult loaded = loadMapFromJson(text);
    if (!loaded.ok) {
        showError(std::string(tr("error.open_failed")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return false;
    }
    flushSave();  // the open map stays in the library as it is
    replaceMap(std::move(loaded.map), storage_ ? storage_->newId() : std::string(), 0, "");
    lastError_.clear();
    return true;
}

bool App::openTemplate(std::string_view key) {
    const EmbeddedFile* file = findTemplate(key);
    return file && openMapJson(file->text());
}

void App::showError(std::string message) {
    lastError_ = std::move(message);
    ++errorCount_;
    errorShownAt_ = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0;
}

// --- commands ------------------------------------------------------------------------

bool App::execute(CommandPtr command, bool continuous) { return document_.execute(std::move(command), continuous); }

Id App::addCard(Id lane, Id stage, size_t indexInCell) {
    std::vector<Card> cards(1);
    cards[0].lane = lane;
    cards[0].stage = stage;
    assignFreshIds(map(), cards);
    Id id = cards[0].id;
    if (!execute(addCards(std::move(cards), indexInCell))) return 0;
    addedForEdit_ = id;
    editingCard_ = id;
    editChanged_ = false;
    return id;
}

bool App::editCardText(Id id, const std::string& text) {
    const Card* card = map().card(id);
    if (!card) return false;
    if (editingCard_ != id) {
        editingCard_ = id;
        editChanged_ = false;
        addedForEdit_ = 0;
    }
    Card changed = *card;
    changed.text = text;
    bool ok = execute(replaceCard(std::move(changed)), true);
    editChanged_ = editChanged_ || ok;
    return ok;
}

bool App::moveCards(const std::vector<Id>& cards, Id lane, Id stage, size_t indexInCell) {
    return execute(jejak::moveCards(cards, lane, stage, indexInCell), true);
}

bool App::moveStage(Id stage, size_t toIndex) {
    if (map().stageIndex(stage) == static_cast<int>(toIndex)) return false;
    return execute(jejak::moveStage(stage, toIndex));
}

bool App::moveLane(Id lane, size_t toIndex) {
    if (map().laneIndex(lane) == static_cast<int>(toIndex)) return false;
    return execute(jejak::moveLane(lane, toIndex));
}

bool App::setEmotion(Id persona, Id stage, int score) {
    const EmotionScore* old = map().emotion(persona, stage);
    EmotionScore e{persona, stage, score, old ? old->label : std::string()};
    return execute(jejak::setEmotion(persona, stage, e), true);
}

void App::endGesture() {
    // A card added for typing that ends up empty is not kept.
    const Card* card = addedForEdit_ ? map().card(addedForEdit_) : nullptr;
    if (card && card->text.empty()) {
        if (editChanged_) document_.discardLast();
        document_.discardLast();
    }
    document_.seal();
    editingCard_ = addedForEdit_ = 0;
    editChanged_ = false;
}

void App::cancelEdit() {
    // Esc takes the edit back without a trace: no redo step, nothing to save.
    if (editChanged_) document_.discardLast();
    if (addedForEdit_ && map().card(addedForEdit_)) document_.discardLast();
    document_.seal();
    editingCard_ = addedForEdit_ = 0;
    editChanged_ = false;
}

void App::deleteSelection() {
    std::vector<Id> ids = canvas_.selection();
    if (ids.empty()) return;
    execute(deleteCards(ids));
    canvas_.select({});
}

// --- the frame ------------------------------------------------------------------------

void App::drawFrame() {
    rects_.beginFrame();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##jejak", nullptr, kFullWindow);
    ImGui::PopStyleVar(2);
    rects_.recordLastItem("window/app");
    updateSearch();
    float sideWidth = panel_ != Panel::None ? std::min(380.0f, io.DisplaySize.x * 0.4f) : 0.0f;
    float top = kTopBarHeight + bannerHeight_;
    canvas_.draw(map(), *this, fonts_, palette(), rects_, ImVec2(0, top),
                 ImVec2(io.DisplaySize.x - sideWidth, io.DisplaySize.y - top));
    drawTopBar(kTopBarHeight);
    ImGui::End();

    // The inspector follows the selection unless another panel was chosen.
    if (panel_ == Panel::None || panel_ == Panel::Inspector)
        panel_ = canvas_.selection().size() == 1 && !canvas_.editing() ? Panel::Inspector : Panel::None;
    bannerHeight_ = drawBanner(kTopBarHeight);
    drawSidePanel(kTopBarHeight + bannerHeight_);
    drawContextMenu();
    drawLibrary();
    drawRename();
    drawGallery();
    drawHelp();
    drawToast();
    handleShortcuts();
}

bool App::beginDialog(const char* id, ImVec2 maxSize, const char* titleKey, const char* subtitleKey) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(
        ImVec2(std::min(maxSize.x, io.DisplaySize.x - 40), std::min(maxSize.y, io.DisplaySize.y - 40)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
    bool open = ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize);
    ImGui::PopStyleVar();
    if (!open) return false;
    ImGui::PushFont(fonts_.heading);
    ImGui::TextUnformatted(tr(titleKey));
    ImGui::PopFont();
    ImGui::TextDisabled("%s", tr(subtitleKey));
    ImGui::Spacing();
    return true;
}

bool App::pillButton(const char* label, const char* name, bool selected) {
    const Palette& p = palette();
    ImVec2 textSize = ImGui::CalcTextSize(label);
    ImVec2 size(textSize.x + 24, 32);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(name, size);
    rects_.recordLastItem(std::string("button/") + name);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool hovered = ImGui::IsItemHovered();
    ImU32 fill = selected ? p.accent : (hovered ? p.accentSoft : p.surface);
    dl->AddRectFilled(pos, add(pos, size), fill, 16);
    if (!selected) dl->AddRect(pos, add(pos, size), p.border, 16);
    dl->AddText(add(pos, ImVec2(12, (size.y - textSize.y) * 0.5f)), selected ? p.onAccent : p.ink, label);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

bool App::toolbarButton(const char* glyph, const char* name, const char* tooltip, bool enabled, bool active) {
    const Palette& p = palette();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 size(36, 36);
    bool pressed = ImGui::InvisibleButton(name, size) && enabled;
    rects_.recordLastItem(std::string("button/") + name);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (active)
        dl->AddRectFilled(pos, add(pos, size), p.accentSoft, 8);
    else if (hovered && enabled)
        dl->AddRectFilled(pos, add(pos, size), p.header, 8);
    ImVec2 ts = ImGui::CalcTextSize(glyph);
    dl->AddText(add(pos, ImVec2((size.x - ts.x) * 0.5f, (size.y - ts.y) * 0.5f)),
                enabled ? (active ? p.accent : p.ink) : p.border, glyph);
    if (hovered) ImGui::SetTooltip("%s", tooltip);
    ImGui::SameLine(0, 2);
    return pressed;
}

void App::drawTopBar(float height) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), p.surface);
    dl->AddLine(ImVec2(0, height - 0.5f), ImVec2(width, height - 0.5f), p.border);

    drawMark(dl, ImVec2(20, height * 0.5f - 11), 22, p);
    ImGui::PushFont(fonts_.strong);
    const float lineH = ImGui::GetTextLineHeight();
    ImGui::SetCursorScreenPos(ImVec2(52, (height - lineH) * 0.5f));
    ImGui::TextUnformatted(tr("app.name"));
    ImGui::PopFont();
    float x = ImGui::GetItemRectMax().x + 18;
    dl->AddLine(ImVec2(x, 16), ImVec2(x, height - 16), p.border);

    // The map's title; a click opens the map's properties.
    ImGui::SetCursorScreenPos(ImVec2(x + 16, (height - lineH) * 0.5f));
    ImGui::PushFont(fonts_.strong);
    const std::string& title = map().title.empty() ? std::string(tr("map.untitled")) : map().title;
    float titleMax = std::max(120.0f, width * 0.22f);
    ImVec2 titleSize = ImGui::CalcTextSize(title.c_str());
    ImGui::PushClipRect(ImVec2(x + 16, 0), ImVec2(x + 16 + titleMax, height), true);
    if (ImGui::Selectable(title.c_str(), false, 0, ImVec2(std::min(titleSize.x, titleMax), lineH)))
        panel_ = Panel::Properties;
    ImGui::PopClipRect();
    ImGui::PopFont();
    rects_.recordLastItem("text/map-title");

    // Tools.
    ImGui::SetCursorScreenPos(ImVec2(x + 32 + std::min(titleSize.x, titleMax), (height - 36) * 0.5f));
    if (toolbarButton(icon::kPlus, "new", tr("tool.new"))) galleryOpen_ = true;
    if (toolbarButton(icon::kTasks, "library", tr("tool.library"))) libraryOpen_ = true;
    if (toolbarButton(icon::kUndo, "undo", tr("tool.undo"), document_.canUndo())) document_.undo();
    if (toolbarButton(icon::kRedo, "redo", tr("tool.redo"), document_.canRedo())) document_.redo();
    ImGui::SameLine(0, 12);
    ImVec2 centre(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f);
    if (toolbarButton(icon::kZoomOut, "zoom-out", tr("tool.zoom_out"))) canvas_.zoomBy(1 / 1.25f, centre);
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%", static_cast<int>(std::lround(canvas_.view().zoom * 100)));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
    ImGui::TextDisabled("%s", zoom);
    ImGui::SameLine(0, 2);
    ImGui::SetCursorPosY((height - 36) * 0.5f);
    if (toolbarButton(icon::kZoomIn, "zoom-in", tr("tool.zoom_in"))) canvas_.zoomBy(1.25f, centre);
    if (toolbarButton(icon::kExpand, "fit", tr("tool.fit"))) canvas_.fitToScreen();
    ImGui::SameLine(0, 12);
    auto panelButton = [this](const char* glyph, const char* name, const char* tip, Panel which) {
        if (toolbarButton(glyph, name, tip, true, panel_ == which)) panel_ = panel_ == which ? Panel::None : which;
    };
    panelButton(icon::kUsers, "personas", tr("tool.personas"), Panel::Personas);
    panelButton(icon::kBars, "lanes", tr("tool.lanes"), Panel::Lanes);
    panelButton(icon::kColumns, "properties", tr("tool.properties"), Panel::Properties);
    ImGui::SameLine(0, 12);

    // Search: dims the cards that do not match. It takes the room left before the right side.
    float enW = ImGui::CalcTextSize("EN").x + 24, idW = ImGui::CalcTextSize("ID").x + 24;
    float rightStart = width - 20 - enW - idW - 6 - 2 * 38 - 10;
    float room = rightStart - saveStatusWidth() - 12 - ImGui::GetCursorScreenPos().x - 16;
    const float channelW = 150;
    bool showChannel = room > 120 + channelW + 6;
    float searchW = std::min(220.0f, room - (showChannel ? channelW + 6 : 0));
    if (searchW >= 90) {
        ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
        ImGui::SetNextItemWidth(searchW);
        if (focusSearch_) {
            ImGui::SetKeyboardFocusHere();
            focusSearch_ = false;
        }
        std::string hint = std::string(icon::kSearch) + "  " + tr("tool.search");
        inputTextWithHint("##search", hint.c_str(), search_);
        rects_.recordLastItem("input/search");
    }
    if (showChannel) {
        ImGui::SameLine(0, 6);
        ImGui::SetNextItemWidth(channelW);
        const char* anyChannel = tr("search.any_channel");
        const char* shown = searchChannel_ < 0 ? anyChannel : channelLabel(static_cast<Channel>(searchChannel_));
        if (ImGui::BeginCombo("##channel", shown)) {
            if (ImGui::Selectable(anyChannel, searchChannel_ < 0)) searchChannel_ = -1;
            for (int c = 0; c < kChannelCount; ++c)
                if (ImGui::Selectable(channelLabel(static_cast<Channel>(c)), searchChannel_ == c)) searchChannel_ = c;
            ImGui::EndCombo();
        }
        rects_.recordLastItem("input/search-channel");
    }
    if (showChannel && room > 120 + 2 * (channelW + 6) && !map().personas.empty()) {
        ImGui::SameLine(0, 6);
        ImGui::SetNextItemWidth(channelW);
        const char* anyPersona = tr("search.any_persona");
        const char* shown = searchPersona_ < 0 || searchPersona_ >= static_cast<int>(map().personas.size())
                                ? anyPersona
                                : map().personas[static_cast<size_t>(searchPersona_)].name.c_str();
        if (ImGui::BeginCombo("##persona", shown)) {
            if (ImGui::Selectable(anyPersona, searchPersona_ < 0)) searchPersona_ = -1;
            for (size_t i = 0; i < map().personas.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::Selectable(map().personas[i].name.c_str(), searchPersona_ == static_cast<int>(i)))
                    searchPersona_ = static_cast<int>(i);
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        rects_.recordLastItem("input/search-persona");
    }
    canvas_.setPersonaFilter(searchPersona_ < static_cast<int>(map().personas.size()) ? searchPersona_ : -1);

    // Right side: save status, theme, help, language.
    drawSaveStatus(rightStart - saveStatusWidth(), (height - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(rightStart, (height - 36) * 0.5f));
    if (toolbarButton(icon::kAdjust, "theme", tr("tool.theme"))) {
        applyTheme(static_cast<Theme>((static_cast<int>(currentTheme()) + 1) % kThemeCount));
        if (storage_) storage_->setPreference("theme", themeName(currentTheme()));
    }
    if (toolbarButton(icon::kQuestion, "help", tr("tool.help"))) helpOpen_ = true;
    ImGui::SetCursorScreenPos(ImVec2(width - 20 - enW - idW - 6, (height - 32) * 0.5f));
    if (pillButton("EN", "language-en", uiLanguage() == Language::English)) chooseUiLanguage(Language::English);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("language.en"));
    ImGui::SameLine(0, 6);
    if (pillButton("ID", "language-id", uiLanguage() == Language::Indonesian)) chooseUiLanguage(Language::Indonesian);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("language.id"));
}

void App::chooseUiLanguage(Language language) {
    setUiLanguage(language);
    if (storage_) storage_->setPreference("language", languageCode(language));
}

void App::updateSearch() {
    if (searchVersion_ == document_.changeCount() && searchApplied_ == search_ &&
        searchChannelApplied_ == searchChannel_)
        return;
    searchVersion_ = document_.changeCount();
    searchApplied_ = search_;
    searchChannelApplied_ = searchChannel_;
    if (search_.empty() && searchChannel_ < 0) {
        canvas_.setDimmed({});
        return;
    }
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    std::string needle = lower(search_);
    std::vector<bool> dimmed(map().cards.size());
    for (size_t i = 0; i < map().cards.size(); ++i) {
        const Card& c = map().cards[i];
        bool text = needle.empty() || lower(c.text).find(needle) != std::string::npos ||
                    lower(c.notes).find(needle) != std::string::npos;
        bool channel = searchChannel_ < 0 || (c.channel && static_cast<int>(*c.channel) == searchChannel_);
        dimmed[i] = !(text && channel);
    }
    canvas_.setDimmed(std::move(dimmed));
}

float App::saveStatusWidth() const {
    float widest = 0;
    for (const char* key : {"status.saved", "status.saving", "status.failed", "status.conflict", "status.loading"})
        widest = std::max(widest, ImGui::CalcTextSize(tr(key)).x);
    // The backup reminder is a button: its frame is wider than its text.
    widest = std::max(widest, ImGui::CalcTextSize(tr("status.backup")).x + ImGui::GetStyle().FramePadding.x * 2);
    return widest + 12;  // and a gap before the theme button
}

bool App::animating() const {
    // A field that asked for the keyboard gets it a frame later: keep drawing until then.
    if (renameFocus_ || focusSearch_ || canvas_.focusPending()) return true;
    return !lastError_.empty() && errorShownAt_ >= 0 && ImGui::GetTime() - errorShownAt_ <= 8.1;
}

void App::drawToast() {
    if (lastError_.empty() || errorShownAt_ < 0) return;
    if (ImGui::GetTime() - errorShownAt_ > 8.0) return;
    const Palette& p = palette();
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 24), ImGuiCond_Always, ImVec2(0.5f, 1));
    ImGui::SetNextWindowSize(ImVec2(std::min(620.0f, io.DisplaySize.x - 40), 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.ink));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.canvas));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::TextWrapped("%s", lastError_.c_str());
    rects_.recordLastItem("text/error");
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0)) errorShownAt_ = -1;
    ImGui::End();
    ImGui::PopStyleColor(2);
}

// --- keyboard ------------------------------------------------------------------------

void App::handleShortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;  // a text field has the keys: Ctrl+Z there undoes text
    auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
    // A dialog or menu in front has the keys: Delete, Ctrl+Z or an arrow must not
    // change the map hidden behind it.
    if (galleryOpen_ || helpOpen_ || libraryOpen_ ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        if (pressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && (galleryOpen_ || helpOpen_))
            galleryOpen_ = helpOpen_ = false;
        return;
    }
    auto repeat = [](int key) { return ImGui::IsKeyPressed(key, true); };
    bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ctrl && repeat(ImGui::GetKeyIndex(ImGuiKey_Z))) {
        if (io.KeyShift)
            document_.redo();
        else
            document_.undo();
    } else if (ctrl && repeat(ImGui::GetKeyIndex(ImGuiKey_Y))) {
        document_.redo();
    } else if (ctrl && pressed(key::kS)) {
        downloadCopy();
    } else if (ctrl && pressed(key::kF)) {
        focusSearch_ = true;
    } else if (ctrl && pressed(key::k0)) {
        canvas_.fitToScreen();
    } else if (ctrl && (repeat(key::kEquals) || repeat(key::kKeypadPlus))) {
        canvas_.zoomBy(1.25f, ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f));
    } else if (ctrl && (repeat(key::kMinus) || repeat(key::kKeypadMinus))) {
        canvas_.zoomBy(1 / 1.25f, ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f));
    } else if (pressed(ImGui::GetKeyIndex(ImGuiKey_Delete)) || pressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) {
        deleteSelection();
    } else if (pressed(key::kF2) && canvas_.selection().empty() &&
               canvas_.lastHeader().kind != MapCanvas::Target::None) {
        startRename(canvas_.lastHeader());
    } else if (pressed(key::kF2) || pressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) {
        if (canvas_.selection().size() == 1) {
            if (const Card* c = map().card(canvas_.selection()[0])) canvas_.startEditing(c->id, c->text);
        } else if (auto cell = canvas_.focusedCell(); cell && canvas_.selection().empty()) {
            const MapLayout& l = canvas_.layout();
            Id id = addCard(l.rows[static_cast<size_t>(cell->first)].lane,
                            l.columns[static_cast<size_t>(cell->second)].stage, SIZE_MAX);
            if (id) canvas_.startEditing(id, "");
        }
    } else if (pressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        if (galleryOpen_ || helpOpen_)
            galleryOpen_ = helpOpen_ = false;
        else if (!canvas_.selection().empty())
            canvas_.select({});
        else
            panel_ = Panel::None;
    } else if (repeat(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) {
        canvas_.moveSelection(map(), 0, -1);
    } else if (repeat(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) {
        canvas_.moveSelection(map(), 0, 1);
    } else if (repeat(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) {
        canvas_.moveSelection(map(), -1, 0);
    } else if (repeat(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) {
        canvas_.moveSelection(map(), 1, 0);
    } else if (pressed(key::kF1) || (io.KeyShift && pressed(key::kSlash))) {
        helpOpen_ = true;
    }
}

}  // namespace jejak::ui
