// The whole app: toolbar, canvas, side panels and dialogs around one open map.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/document.h"
#include "core/translations.h"
#include "io/autosave.h"
#include "ui/fonts.h"
#include "ui/item_rects.h"
#include "ui/map_canvas.h"
#include "ui/storage_port.h"
#include "ui/theme.h"

namespace jejak::ui {

enum class Panel { None, Inspector, Personas, Lanes, Properties };

class App final : public CanvasActions {
public:
    explicit App(Language uiLanguage);

    void setFonts(const Fonts& fonts) { fonts_ = fonts; }
    // Builds one ImGui frame covering the whole display.
    void drawFrame();

    const JourneyMap& map() const { return document_.map(); }
    const Document& document() const { return document_; }
    const std::string& lastError() const { return lastError_; }
    int errorCount() const { return errorCount_; }  // errors shown so far
    const ItemRects& itemRects() const { return rects_; }
    // True while something moves by itself (a message on screen), so the loop keeps drawing.
    bool animating() const;

    // Replaces the open map with a map file's text; on a bad file shows why and
    // keeps the open map and its history as they were.
    bool openMapJson(std::string_view text);
    // Starts a map from an embedded template ("b2c-retail-maria.id").
    bool openTemplate(std::string_view key);

    // CanvasActions: what the canvas asks for, done as commands.
    Id addCard(Id lane, Id stage, size_t indexInCell) override;
    bool editCardText(Id card, const std::string& text) override;
    bool moveCards(const std::vector<Id>& cards, Id lane, Id stage, size_t indexInCell) override;
    bool moveStage(Id stage, size_t toIndex) override;
    bool moveLane(Id lane, size_t toIndex) override;
    bool setEmotion(Id persona, Id stage, int score) override;
    void endGesture() override;
    void cancelEdit() override;
    std::uint64_t mapVersion() const override { return document_.changeCount(); }

    // Clipboard (the platform calls these from the page's copy, cut and paste
    // events): the selected cards as a journey map file fragment, "" when
    // nothing is selected or a text field has the keys.
    std::string copySelection(bool cut);
    bool hasSelection() const { return !canvas_.selection().empty(); }
    // Pastes cards copied from any Jejak map into the focused cell; false if
    // the text is not a Jejak fragment or a text field has the keys.
    bool pasteText(std::string_view text);

    // --- keeping maps (app_storage.cpp) ---
    void setStorage(StoragePort* storage);  // then the library opens and the last map returns
    // Autosave: call every animation frame; true when something on screen changed.
    bool tick(double nowSeconds);
    // Seconds until tick() will start the next autosave (0: at the next tick), or
    // -1 when none is due: the frame loop may sleep until then.
    double secondsUntilSave(double nowSeconds) const;
    void flushSave() { autosave_.flush(); }  // saves now if there are unsaved changes
    void onPageHidden();                     // copy to the journal now, and save
    void onStorageStarted(bool ok, std::string_view id, std::string_view json, std::string_view view, int revision,
                          std::string_view error);
    void onSaved(bool ok, int revision, bool conflict, std::string_view error);
    void onLoaded(std::string_view id, std::string_view json, std::string_view view, int revision);
    void onLibrary(std::string_view json);
    void onSavedElsewhere(std::string_view id, int revision);
    void onFileOpened(std::string_view name, std::string_view text);
    void onFileRejected(std::string_view name, double bytes);  // larger than the loader takes
    void onFileUnreadable(std::string_view name);              // the browser could not read it
    const char* saveStatusName() const;
    const std::string& mapId() const { return autosave_.mapId(); }
    int revision() const { return autosave_.revision(); }

    // Every change of the map goes through here.
    bool execute(CommandPtr command, bool continuous = false);

private:
    void drawTopBar(float height);
    void drawSidePanel(float top);
    void drawInspector(const Card& card);
    void drawPersonasPanel();
    void drawLanesPanel();
    void addPersona();
    void addLane();
    void drawPropertiesPanel();
    void drawGallery();
    void drawHelp();
    void drawToast();
    void handleShortcuts();
    void updateSearch();
    void chooseUiLanguage(Language language);  // and remember it in this browser
    bool toolbarButton(const char* glyph, const char* name, const char* tooltip, bool enabled = true,
                       bool active = false);
    bool pillButton(const char* label, const char* name, bool selected);
    // A centred modal popup (already opened) with a heading and a line under it;
    // false when it is not open. Call ImGui::EndPopup() after a true.
    bool beginDialog(const char* id, ImVec2 maxSize, const char* titleKey, const char* subtitleKey);
    void deleteSelection();
    void showError(std::string message);
    void drawContextMenu();
    void drawRename();
    void startRename(const MapCanvas::Target& target);
    void colourSelection(std::optional<Rgb> colour);
    void replaceMap(JourneyMap map, std::string id, int revision, std::string_view view);
    std::string viewJson() const;
    void downloadCopy();
    void drawSaveStatus(float x, float y);
    std::string saveProblem() const;
    float drawBanner(float top);
    float saveStatusWidth() const;
    void drawLibrary();

    Document document_;
    MapCanvas canvas_;
    Fonts fonts_;
    ItemRects rects_;
    std::string lastError_;
    double errorShownAt_ = -1;
    int errorCount_ = 0;

    Panel panel_ = Panel::None;
    bool galleryOpen_ = false;
    int galleryLanguage_ = -1;
    struct TemplateInfo {
        std::string key, title, description;
        size_t stages = 0, cards = 0, personas = 0;
        std::vector<int> curve;  // the first persona's score per stage, kNoScore where unset
        Rgb curveColour = 0;
    };
    static constexpr int kNoScore = -100;
    bool galleryTile(const char* name, const TemplateInfo* info, ImVec2 size);
    std::vector<TemplateInfo> templates_;
    bool helpOpen_ = false;
    bool focusSearch_ = false;
    std::string search_;
    int searchChannel_ = -1;  // -1: any channel
    std::uint64_t searchVersion_ = UINT64_MAX;
    std::string searchApplied_;
    int searchChannelApplied_ = -2;

    // The card being edited in place, and whether it was added for this edit.
    Id editingCard_ = 0;
    Id addedForEdit_ = 0;
    bool editChanged_ = false;
    Id removeLaneAsked_ = 0;
    MapCanvas::Target contextTarget_;
    MapCanvas::Target renameTarget_;
    std::string renameBuffer_;
    bool renameFocus_ = false;
    int searchPersona_ = -1;
    Id reveal_ = 0;  // a persona or lane just added: open it and scroll to it

    StoragePort* storage_ = nullptr;
    Autosave autosave_{document_};
    std::uint64_t downloadedChange_ = ~std::uint64_t{0};
    std::uint64_t backupBase_ = 0;  // change count at the last download or open
    static constexpr std::uint64_t kBackupReminderEdits = 25;
    struct LibraryEntry {
        std::string id, title;
        double time = 0;  // ms since 1970: updated, or deleted for the trash
        double size = 0;
        bool backedUp = false;
    };
    std::vector<LibraryEntry> library_, trash_;
    bool libraryOpen_ = false;
    float bannerHeight_ = 0;
    int renamingEntry_ = -1;
};

}  // namespace jejak::ui
