// The composition root: the open Document, its autosave, the views, and the port
// to the browser. Views send intents; App::apply turns them into commands
// (app_intents.cpp). Storage answers arrive through the on...() methods
// (app_storage.cpp); the clipboard through copySelection / pasteText.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "io/autosave.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/intents.h"
#include "ui/item_rects.h"
#include "ui/map_canvas.h"
#include "ui/storage_port.h"
#include "ui/render_port.h"
#include "ui/views/export_view.h"
#include "ui/views/gallery_view.h"
#include "ui/views/help_view.h"
#include "ui/views/library_view.h"
#include "ui/views/menus_view.h"
#include "ui/views/presentation_view.h"
#include "ui/views/save_status_view.h"
#include "ui/views/side_panel_view.h"
#include "ui/views/states_view.h"
#include "ui/views/compare_view.h"
#include "ui/views/toast_view.h"
#include "ui/views/top_bar_view.h"
#include "ui/views/update_view.h"

namespace jejak::ui {

class App final : public IntentSink {
public:
    // examples: (template key, map file) of the maps a first visit may open (the
    // page hands over the interface language's, with its words).
    explicit App(Language uiLanguage, std::vector<std::pair<std::string, std::string>> examples = {});

    void setFonts(const Fonts& fonts) { fonts_ = fonts; }
    // The GPU, for the image export; and a clock in milliseconds for its timings.
    void setRenderPort(RenderPort* port, std::function<double()> nowMs) {
        render_ = port;
        nowMs_ = std::move(nowMs);
    }
    // How long the last image export took, and its size, as JSON (bench and tests).
    const std::string& lastExportJson() const { return lastExport_; }
    // The formats module copied the pixels handed over (downloadPng, printPages),
    // and encoded the image export: its size and the milliseconds it took.
    void onPixelsTaken() { heldPixels_.clear(); }
    void onPngMade(std::size_t bytes, double encodeMs) { noteExport(bytes, encodeMs); }
    void drawFrame();  // one ImGui frame covering the whole display
    // Every change the user asks for comes through here.
    Outcome apply(const Intent& intent) override;
    std::uint64_t mapVersion() const override { return document_.changeCount(); }

    const JourneyMap& map() const { return document_.map(); }
    const Document& document() const { return document_; }
    const std::string& lastError() const { return toast_.message(); }
    int errorCount() const { return toast_.count(); }
    const ItemRects& itemRects() const { return rects_; }
    bool animating() const;     // something moves by itself or waits for a frame: keep drawing
    bool fieldOpening() const;  // a text field asked for the keyboard and gets it next frame
    // What the user sees beyond the map (search, selection, active persona), as
    // JSON for the test bridge's jejak.view().
    std::string viewStateJson() const;

    // Opens a map file's bytes as a new map; a bad file shows why and changes nothing.
    bool openMapJson(std::string_view text);
    // Memory: before text of `bytes` is read into a map, the platform is asked
    // whether the memory that takes can be had (web: a trial allocation). Without
    // it, the map is not read: the user is told, and the open map stays.
    using MemoryCheck = std::function<bool(std::size_t bytes)>;
    void setMemoryCheck(MemoryCheck check) { memoryCheck_ = std::move(check); }
    // Measured (wasm heap after opening and saving maps of 0.3 to 14 MB): about 12x
    // the file, plus a few MB; the trial asks for 14x plus 4 MB.
    static constexpr std::size_t kMemoryPerTextByte = 14;
    bool roomToRead(std::size_t textBytes, const char* why = "error.no_memory");  // false: said why
    void onOutOfMemory();  // the page could not even hand the bytes over
    // A new version is installed and waiting (web/sw.js): the app offers Reload;
    // once chosen and the map saved, `activate` hands over to it (the page reloads).
    void onUpdateReady() { update_.ready(); }
    void onOfflineEditionFailed();
    void setUpdateAction(std::function<void()> activate) { activateUpdate_ = std::move(activate); }
    bool updateShown() const { return update_.shown(); }
    // Presentation mode (views/presentation_view.h).
    bool presenting() const { return present_.active(); }
    std::string presentStateJson() const;                 // jejak.state().present; "null" in the editor
    bool wantsLargeFonts() const { return largeFonts_; }  // presentation's faces, once it was entered
    void onFullscreenLeft();                  // the browser left full screen (its own Esc): the presentation ends
    bool openTemplate(std::string_view key);  // "b2c-retail-maria.id"

    // Clipboard (the page's copy, cut and paste events): the selected cards as
    // clipboard text ("" when none or a text field has the keys), and pasting.
    std::string copySelection(bool cut);
    bool hasSelection() const { return !canvas_.selection().empty(); }
    bool pasteText(std::string_view text);

    // Keeping maps (app_storage.cpp).
    void setStorage(StoragePort* storage);  // then the library opens and the last map returns
    bool tick(double nowSeconds) {
        clock_ = nowSeconds;
        return autosave_.tick(nowSeconds);
    }
    // Seconds until something is due by time alone (an autosave, a message that
    // goes), or -1: the frame loop sleeps until then.
    double secondsUntilDue(double nowSeconds) const;
    void flushSave() { autosave_.flush(); }
    void onPageHidden() { autosave_.pageHidden(); }
    void onStorageStarted(bool ok, std::string_view id, std::string_view json, std::string_view view, int revision,
                          std::string_view error);
    void onSaved(bool ok, int revision, bool conflict, std::string_view error);
    void onLoaded(std::string_view id, std::string_view json, std::string_view view, int revision);
    void onLibrary(std::string_view json) { library_.setEntries(json); }
    void onSavedElsewhere(std::string_view id, int revision) { autosave_.savedElsewhere(id, revision); }
    void onFileOpened(std::string_view name, std::string_view bytes);
    void onFileRejected(std::string_view name, double bytes);  // larger than the loader takes
    void onFileUnreadable(std::string_view name);              // the browser could not read it
    // The formats module's answer to importAs: a map file, or why the file was refused.
    void onImported(bool ok, std::string_view fileName, std::string_view text);
    void onFormatsFailed();  // the formats module could not be loaded
    // Another interface language's words (and its example map) arrived, or could not.
    void onWordsLoaded(Language language, std::string_view words, std::string_view example);
    void onWordsFailed(Language language);
    // The gallery's templates from the formats module ({"key": "map file", ...}).
    void onTemplates(bool ok, std::string_view json);
    // Share links: the link made of the open map, and a link's map file (or the
    // reason there is none) when the page was opened with one.
    void onShareLink(std::string_view url) { export_.showLink(std::string(url)); }
    void onSharedMap(bool ok, std::string_view text);
    bool sharedView() const { return shared_; }
    AnalyticsView& analyticsView() { return side_.analytics(); }  // the period switch's benchmark
    const char* saveStatusName() const { return jejak::saveStatusName(autosave_.status()); }
    const std::string& mapId() const { return autosave_.mapId(); }
    int revision() const { return autosave_.revision(); }

private:
    template <class I>
    Outcome on(const I& intent);  // one per intent (app_intents.cpp)
    bool execute(CommandPtr command, bool continuous = false) {
        if (shared_) {  // a shared map is read only until a copy is saved
            showError(tr("share.read_only_edit"));
            return false;
        }
        if (command && map().state.kind == StateKind::Version && command->editsOpenState()) {
            showError(tr("state.read_only_edit"));  // a saved version is read only
            return false;
        }
        return document_.execute(std::move(command), continuous);
    }
    ViewContext context() { return {document_.map(), fonts_, rects_, *this, canvas_.view()}; }
    // The canvas that edits: the presentation's while presenting, else the editor's.
    MapCanvas& editCanvas() { return present_.active() ? present_.canvas() : canvas_; }
    const MapCanvas& editCanvas() const { return present_.active() ? present_.canvas() : canvas_; }
    void beginAppWindow();
    void drawPresentation();
    void handleShortcuts(bool dialogWasOpen);  // app_shortcuts.cpp
    bool dialogOpen() const;                   // a dialog or menu has the keys
    void updateSearch();
    void stepSearch(int step);
    void replaceMap(JourneyMap map, std::string id, int revision, std::string_view view,
                    std::vector<Id> hiddenInFile = {});
    std::string viewJson() const;
    void showError(std::string message) { toast_.show(std::move(message)); }
    void drawUpdate(float top);
    // The analytics panel open: the canvas colours touchpoints by exit rate (or stops).
    void showExitRates(MapCanvas& canvas);
    void leaveOpenState();  // app_states.cpp
    void useLanguage(Language language);  // now, or once its words arrived
    std::optional<Language> wordsPending_;
    std::optional<Language> blankPending_;  // a blank map in a language whose words are on their way
    std::string nowTimestamp() const;
    void importMeasures(std::string_view name, std::string_view bytes);
    bool measuresPick_ = false;     // the file picker was opened for measurements
    bool measuresPending_ = false;  // the formats module is reading a measurements file
    MemoryCheck memoryCheck_;
    UpdateView update_;
    std::function<void()> activateUpdate_;
    bool updateActivated_ = false;

    Document document_;
    Autosave autosave_{document_};
    StoragePort* storage_ = nullptr;
    RenderPort* render_ = nullptr;
    std::function<double()> nowMs_;
    std::string lastExport_ = "null";
    ExportView export_;
    std::optional<ImportPreview> import_;  // a CSV or Mermaid file read, not opened yet
    std::optional<MeasuresPreview> measures_;  // measurements read, not in the map yet
    std::vector<std::pair<std::string, std::string>> templates_;  // (key, map file): the example, then all
    bool templatesAsked_ = false;
    bool shared_ = false;       // the open map came from a share link: read only, not kept
    std::string beforeShared_;  // the map open before it, to go back to on Close
    void leaveShared();
    void exportImage(int scale);
    void noteExport(std::size_t bytes, double encodeMs);  // lastExport_ from lastImage_
    struct {
        int scale = 0, width = 0, height = 0;
        double drawMs = 0, renderMs = 0;
        std::string error;
    } lastImage_;
    std::vector<std::vector<std::uint8_t>> heldPixels_;  // until the formats module has them
    void printMap(bool a3);  // the pages, to the browser's print dialog
    // A picked or dropped file by its name and first bytes: a map file, CSV or Mermaid.
    void importFile(std::string_view name, std::string_view bytes);
    Fonts fonts_;
    ItemRects rects_;
    MapCanvas canvas_;
    StatesView states_;
    CompareView compare_;
    MapCanvas compareLeft_;  // side by side: the older state, left
    ItemRects compareRects_;  // its items (the tests' names are the right side's)
    void drawCanvas(float top, ImVec2 size);
    TopBarView topBar_;
    SaveStatusView saveStatus_;
    SidePanelView side_;
    MenusView menus_;
    GalleryView gallery_;
    LibraryView library_;
    HelpView help_;
    ToastView toast_;
    PresentationView present_;
    bool presented_ = false;  // entered and not yet left (theme and full screen to give back)
    Theme editorTheme_ = Theme::Light;
    bool largeFonts_ = false;
    double clock_ = 0;  // seconds, from the platform's steady clock (tick)
    float bannerHeight_ = 0;
    // The card being edited in place, and whether it was added for this edit.
    struct {
        Id card = 0, added = 0;
        bool changed = false;
    } edit_;
    std::uint64_t searchVersion_ = UINT64_MAX;
    CardFilter searchApplied_;
    std::vector<Id> searchMatches_;  // in reading order
    std::vector<Id> searchHidden_;   // the hidden lanes they were found with
    int searchPersona_ = -1;
    int searchCurrent_ = -1;  // the match Enter stepped to
};

}  // namespace jejak::ui
