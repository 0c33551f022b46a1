// The one place where the map changes: the open Document, its autosave, the
// browser port and every feature's state that is not drawing (search, imports,
// the shared map, the image export's record, words, the in-place edit). Views
// send intents to apply(); the browser's answers arrive through on...(); what
// the views must show comes back as effects (session/effects.h). No ImGui:
// doctest drives it with a fake port (tests/unit/session_test.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "io/autosave.h"
#include "io/map_json.h"
#include "session/browser_port.h"
#include "session/effects.h"
#include "session/exports.h"
#include "session/intents.h"
#include "session/library_list.h"
#include "session/map_change.h"
#include "session/saved_view.h"
#include "ui/map_layout.h"

namespace jejak {

// What the editing canvas knows that a paste or a copy needs: its selection,
// the cell the keyboard points at, and its layout (rows and columns as shown).
struct CanvasFacts {
    const std::vector<Id>* selection = nullptr;
    std::optional<std::pair<int, int>> focusedCell;
    const ui::MapLayout* layout = nullptr;
    bool textFieldActive = false;  // a text field has the keys: copy and paste are its own
};

class Session final : public IntentSink {
public:
    using Templates = std::vector<std::pair<std::string, std::string>>;  // (key, map file)
    // examples: the maps a first visit may open (the page hands over the interface
    // language's, with its words); the one in the interface language opens.
    explicit Session(Language uiLanguage, Templates examples = {});

    // The browser: this browser's preferences are read (language, theme), then the
    // library starts (onStorageStarted).
    void setPort(BrowserPort* port);
    // Before text of `bytes` is read into a map, whether the memory that takes can
    // be had (web: a trial allocation). Measured: about 12x the file plus a few
    // MB; the check asks for 14x plus 4 MB.
    using MemoryCheck = std::function<bool(std::size_t bytes)>;
    void setMemoryCheck(MemoryCheck check) { memoryCheck_ = std::move(check); }
    static constexpr std::size_t kMemoryPerTextByte = 14;
    const MemoryCheck& memoryCheck() const { return memoryCheck_; }
    // Fills in where the editor's canvas is scrolled and zoomed, for the saved view.
    void setPlaceSource(std::function<void(SavedView&)> place) { placeSource_ = std::move(place); }

    Outcome apply(const Intent& intent) override;
    std::uint64_t mapVersion() const override { return document_.changeCount(); }
    // What the views must show since the last call, in order.
    std::vector<Effect> takeEffects() { return std::exchange(effects_, {}); }
    // What changed in the map since the last call: every change, local or from
    // outside, arrives this way (session/map_change.h).
    MapChange takeChange() { return std::exchange(change_, {}); }

    const JourneyMap& map() const { return document_.map(); }
    const Document& document() const { return document_; }
    const Autosave& autosave() const { return autosave_; }
    // Why the map may not change now, as a translation key (nullptr: it may): a
    // shared link's map until a copy is saved, or a saved version open (which only
    // refuses commands that edit the open state).
    const char* readOnlyReason(const Command* command = nullptr) const;
    // Intents that leave the map as it is (select, scroll, zoom, the end of a gesture):
    // all a compared state's canvas may send.
    static bool viewsOnly(const Intent& intent);

    // Opening map text, from anywhere: a file, a template, a paste, the library, a
    // share link. `failedKey` starts the message when it does not load.
    struct Opened {
        std::string id;  // the library id (none: a new one)
        int revision = 0;
        std::string_view view;
        bool shared = false;  // a share link's map: read only, not kept
    };
    bool loadMapText(std::string_view text, const char* failedKey, Opened how);
    // Its two halves: reading (enough memory? a good file? if not, the message says
    // why) and opening what was read.
    std::optional<MapLoadResult> readMapText(std::string_view text, const char* failedKey);
    void openLoaded(MapLoadResult loaded, Opened how);
    // A map file's bytes as a new map (a picked file, a template, a pasted map); a bad
    // file says why and changes nothing.
    bool openMapJson(std::string_view text);
    bool openTemplate(std::string_view key);  // "b2c-retail-maria.id"

    // Time (seconds, the platform's steady clock): starts a save when one is due.
    bool tick(double nowSeconds) {
        clock_ = nowSeconds;
        return autosave_.tick(nowSeconds);
    }
    double clock() const { return clock_; }
    double secondsUntilSave(double nowSeconds) const { return autosave_.secondsUntilSave(nowSeconds); }
    void flushSave() { autosave_.flush(); }
    void onPageHidden() { autosave_.pageHidden(); }

    // Answers from the browser.
    void onStorageStarted(bool ok, std::string_view id, std::string_view json, std::string_view view, int revision,
                          std::string_view error);
    void onSaved(bool ok, int revision, bool conflict, std::string_view error);
    void onLoaded(std::string_view id, std::string_view json, std::string_view view, int revision);
    void onLibrary(std::string_view json) { library_.setEntries(json); }
    void onSavedElsewhere(std::string_view id, int revision) { autosave_.savedElsewhere(id, revision); }
    void onFileOpened(std::string_view name, std::string_view bytes);
    void onFileRejected(double bytes);  // larger than the loader takes
    void onFileUnreadable();            // the browser could not read it
    void onImported(bool ok, std::string_view fileName, std::string_view text);
    void onFormatsFailed();
    void onWordsLoaded(Language language, std::string_view words, std::string_view example);
    void onWordsFailed(Language language);
    void onTemplates(bool ok, std::string_view json);
    void onShareLink(std::string_view url) { emit(effect::ShareLink{std::string(url)}); }
    void onSharedMap(bool ok, std::string_view text);
    void onOfflineEditionFailed() { message("help.save_offline_failed"); }
    void onOutOfMemory() { message("error.no_memory"); }
    void onPixelsTaken() { exports_.pixelsTaken(); }
    void onPngMade(std::size_t bytes, double encodeMs) { exports_.pngMade(bytes, encodeMs); }
    // The browser left full screen by itself (its own Esc): the presentation ends.
    void onFullscreenLeft();

    // The image export and printing, once the GPU drew them (effect::RenderImage, PrintPages).
    void imageRendered(int scale, RenderedImage image);
    void pagesRendered(std::vector<RenderedImage> pages, bool a3);
    const std::string& lastExportJson() const { return exports_.json(); }

    // The clipboard: the selected cards as clipboard text ("" when none), and pasting
    // (false: the browser handles it, plain text say).
    std::string copySelection(const CanvasFacts& canvas, bool cut);
    bool pasteText(std::string_view text, const CanvasFacts& canvas, bool analyticsOpen);

    // Search: the top bar's filter and persona, every frame; its matches in reading order.
    void setSearch(const CardFilter& filter, int persona);
    void stepSearch(int step);  // Enter (+1) or Shift+Enter (-1) in the search field
    const CardFilter& filter() const { return view_.filter; }
    int persona() const { return view_.persona; }
    const std::vector<Id>& searchMatches();
    int searchCurrent() const { return searchCurrent_; }
    const std::vector<bool>& dimmedCards();  // per card of the map: left out by the search
    std::uint64_t searchRevision() const { return searchRevision_; }  // goes up when the matches change
    const std::vector<Id>& hiddenLanes() const { return view_.hiddenLanes; }

    // Feature state the views draw from.
    const LibraryList& library() const { return library_; }
    const std::optional<ImportPreview>& importPreview() const { return import_; }
    const std::optional<MeasuresPreview>& measuresPreview() const { return measures_; }
    const Templates& templates() const { return templates_; }
    enum class MoreTemplates { Loading, Failed, None };
    MoreTemplates moreTemplates() const { return moreTemplates_; }
    bool sharedView() const { return shared_; }
    bool presenting() const { return presenting_; }
    bool editing() const { return edit_.open; }
    Theme theme() const { return theme_; }
    bool singleFile() const { return port_ && port_->singleFile(); }

private:
    template <class I>
    Outcome on(const I& intent);  // one per intent (session_*.cpp)
    bool execute(CommandPtr command, bool continuous = false);
    // One way in for every effect (one instantiation of the vector's growth, not one per kind).
    void emit(Effect effect);
    void message(std::string text) { emit(effect::Message{std::move(text)}); }
    void message(const char* key);
    bool roomToRead(std::size_t textBytes, const char* why = "error.no_memory");  // false: said why
    void replaceMap(JourneyMap map, std::string id, int revision, std::string_view view,
                    std::vector<Id> hiddenInFile = {});
    void leaveShared();
    void leaveOpenState();
    void useLanguage(Language language);
    void startEditing(Id card, const std::string& text, Id added);
    void importFile(std::string_view name, std::string_view bytes);
    void importMeasures(std::string_view name, std::string_view bytes);
    void readMeasures(std::string_view name, std::string_view text);
    std::string viewJson() const;
    std::string nowTimestamp() const;

    Document document_;
    Autosave autosave_{document_};
    BrowserPort* port_ = nullptr;
    MemoryCheck memoryCheck_;
    std::function<void(SavedView&)> placeSource_;
    std::vector<Effect> effects_;
    MapChange change_;
    double clock_ = 0;
    Theme theme_ = Theme::Light, editorTheme_ = Theme::Light;
    bool presenting_ = false;

    SavedView view_;  // hidden lanes and the search; the canvas has the place
    std::uint64_t searchVersion_ = UINT64_MAX;
    std::vector<Id> searchHidden_;
    CardFilter searchFilter_;
    std::vector<Id> searchMatches_;
    std::vector<bool> dimmed_;
    int searchCurrent_ = -1;
    std::uint64_t searchRevision_ = 0;

    LibraryList library_;
    Templates templates_;
    bool templatesAsked_ = false;
    MoreTemplates moreTemplates_ = MoreTemplates::None;
    std::optional<Language> wordsPending_, blankPending_;

    std::optional<ImportPreview> import_;
    std::optional<MeasuresPreview> measures_;
    bool measuresPick_ = false, measuresPending_ = false;
    bool shared_ = false;
    std::string beforeShared_;  // the map open before a shared one, to go back to on Close
    ExportRecord exports_;

    // The card being edited in place, and whether it was added for this edit.
    struct {
        Id card = 0, added = 0;
        bool changed = false;
        bool open = false;  // the in-place editor is open
    } edit_;
};

// The name a new future state gets: "Future state", or "Future state 2" (3, ...)
// when a state of the map has that name.
std::string freshFutureName(const JourneyMap& map, const std::string& base);
// A saved version's label: what the user typed, without trailing spaces and cut to
// the longest state name (never inside a letter), or the state's name and the date.
std::string versionLabel(const std::string& typed, const std::string& stateName, const std::string& timestamp);

}  // namespace jejak
