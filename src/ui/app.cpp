// The composition root: the frame, drawn view by view, and opening maps.
#include "ui/app.h"

#include <cmath>

#include <algorithm>

#include "core/card_search.h"
#include "core/embedded_file.h"
#include <nlohmann/json.hpp>

#include "io/map_json.h"
#include "ui/i18n.h"
#include "ui/theme.h"

namespace jejak::ui {
namespace {

constexpr ImGuiWindowFlags kFullWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                         ImGuiWindowFlags_NoScrollWithMouse;

}  // namespace

App::App(Language uiLanguage, std::vector<std::pair<std::string, std::string>> examples) {
    setUiLanguage(uiLanguage);
    templates_ = std::move(examples);
    gallery_.setTemplates(templates_);
    // A first visit lands on a ready example in the browser's language.
    if (!openTemplate(std::string("b2c-retail-maria.") + languageCode(uiLanguage)))
        document_.reset(makeEmptyMap(tr("map.untitled"), languageCode(uiLanguage)));
}

bool App::roomToRead(std::size_t textBytes, const char* why) {
    if (!memoryCheck_ || memoryCheck_(textBytes * kMemoryPerTextByte + (std::size_t{4} << 20))) return true;
    showError(tr(why));
    return false;
}

// The new version waits until the open map is in storage; then the page reloads.
void App::drawUpdate(float top) {
    const bool saving = autosave_.status() != SaveStatus::Saved;
    const bool asked = update_.reloadAsked();
    update_.draw(rects_, top + bannerHeight_, saving);
    if (!asked && update_.reloadAsked()) flushSave();
    if (update_.reloadAsked() && !saving && !updateActivated_ && activateUpdate_) {
        updateActivated_ = true;
        activateUpdate_();
    }
}

// The web app has the interface language's words only: another language waits
// for its words (words-LANG.json, from the page or its offline copy).
void App::useLanguage(Language language) {
    if (TranslationTable::builtIn().hasLanguage(language) || !storage_) {
        wordsPending_.reset();
        setUiLanguage(language);
        return;
    }
    wordsPending_ = language;
    storage_->loadWords(language);
}

void App::onWordsLoaded(Language language, std::string_view words, std::string_view example) {
    std::string error;
    if (!TranslationTable::addBuiltIn(language, words, &error)) {
        onWordsFailed(language);
        return;
    }
    const std::string key = std::string("b2c-retail-maria.") + languageCode(language);
    bool known = false;
    for (const auto& t : templates_) known = known || t.first == key;
    if (!known && !example.empty()) {
        templates_.emplace_back(key, std::string(example));
        gallery_.setTemplates(templates_);
    }
    if (wordsPending_ == language) useLanguage(language);
    if (blankPending_ == language) {
        blankPending_.reset();
        apply(intent::NewMap{language, {}});
    }
}

void App::onWordsFailed(Language language) {
    if (wordsPending_ != language && blankPending_ != language) return;
    wordsPending_.reset();
    blankPending_.reset();
    showError(tr("error.words_failed"));
}

void App::onOfflineEditionFailed() { showError(tr("help.save_offline_failed")); }

void App::onOutOfMemory() { showError(tr("error.no_memory")); }

bool App::openMapJson(std::string_view text) {
    if (!roomToRead(text.size())) return false;
    MapLoadResult loaded = loadMapFromJson(text);
    if (!loaded.ok) {
        showError(std::string(tr("error.open_failed")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return false;
    }
    flushSave();  // the open map stays in the library as it is
    replaceMap(std::move(loaded.map), storage_ ? storage_->newId() : std::string(), 0, "",
               std::move(loaded.hiddenLanes));
    toast_.clear();
    return true;
}

bool App::openTemplate(std::string_view key) {
    for (const auto& [name, text] : templates_)
        if (name == key) return openMapJson(text);
    return false;
}

void App::onTemplates(bool ok, std::string_view json) {
    nlohmann::json all = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (!ok || !all.is_object()) {
        templatesAsked_ = false;  // the next opening asks again
        gallery_.setMore(GalleryView::More::Failed);
        return;
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().is_string()) continue;
        bool known = false;
        for (const auto& t : templates_) known = known || t.first == it.key();
        if (!known) templates_.emplace_back(it.key(), it.value().get<std::string>());
    }
    gallery_.setTemplates(templates_);
    gallery_.setMore(GalleryView::More::None);
}

bool App::fieldOpening() const {
    return menus_.focusPending() || library_.focusPending() || topBar_.focusPending() || canvas_.focusPending() ||
           (present_.active() && present_.canvas().focusPending());
}

bool App::animating() const {
    // A field that asked for the keyboard gets it a frame later: keep drawing until then.
    // Presenting, a move between stages slides for a moment.
    return fieldOpening() || present_.animating(clock_);
}

double App::secondsUntilDue(double nowSeconds) const {
    double due = -1;
    for (double d :
         {autosave_.secondsUntilSave(nowSeconds), toast_.secondsLeft(), present_.secondsUntilDue(nowSeconds)})
        if (d >= 0 && (due < 0 || d < due)) due = d;
    return due;
}

std::string App::presentStateJson() const { return present_.active() ? present_.stateJson(map(), clock_) : "null"; }

void App::onFullscreenLeft() {
    if (present_.active()) apply(intent::Present{false});
}

// The window under everything, the whole display, no padding or border.
void App::beginAppWindow() {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##jejak", nullptr, kFullWindow);
    ImGui::PopStyleVar(2);
    rects_.recordLastItem("window/app");
}

// Presentation mode covers the whole screen; messages and the update offer stay on top.
void App::drawPresentation() {
    const ImGuiIO& io = ImGui::GetIO();
    const bool keysFree =
        !io.WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    beginAppWindow();
    showExitRates(present_.canvas());  // the room sees what the panel showed
    // Comparing, the room walks through the newer state with its changes marked, stage by stage.
    compare_.refresh(map(), document_.changeCount());
    ViewOnlySink viewOnly(*this, compare_.version());
    const bool comparing = compare_.isOpen();
    present_.setCompare(comparing ? &compare_.afterMarks() : nullptr);
    const ViewContext ctx = comparing ? ViewContext{compare_.after(), fonts_, rects_, viewOnly, canvas_.view()} : context();
    const bool stay = present_.draw(ctx, palette(), io.DisplaySize, clock_, keysFree);
    ImGui::End();
    toast_.draw(rects_);
    drawUpdate(0);
    if (!stay) apply(intent::Present{false});
}

void App::showExitRates(MapCanvas& canvas) {
    AnalyticsView& analytics = side_.analytics();
    if (side_.panel() != Panel::Analytics || !analytics.showsRates()) {
        canvas.setExitRates("", nullptr);
        return;
    }
    analytics.refresh(map(), document_.changeCount());
    canvas.setExitRates(analytics.period(), analytics.period().empty() ? nullptr : &analytics.rates());
}

void App::updateSearch() {
    const CardFilter& filter = topBar_.filter();
    const std::vector<Id>& hidden = canvas_.view().hiddenLanes;
    if (searchVersion_ == document_.changeCount() && searchApplied_ == filter && searchHidden_ == hidden) return;
    searchHidden_ = hidden;
    if (!(searchApplied_ == filter)) {
        searchCurrent_ = -1;      // a new search starts from the first match
        autosave_.viewChanged();  // and is kept with the map's view
    }
    searchVersion_ = document_.changeCount();
    searchApplied_ = filter;
    canvas_.setDimmed(filter.active() ? dimmedCards(map(), filter) : std::vector<bool>());
    searchMatches_ = matchingCards(map(), filter, hidden);
    if (searchCurrent_ >= static_cast<int>(searchMatches_.size())) searchCurrent_ = -1;
}

// Enter or Shift+Enter in the search field: the next or previous match is
// selected and scrolled into view.
void App::stepSearch(int step) {
    searchCurrent_ = stepMatch(static_cast<int>(searchMatches_.size()), searchCurrent_, step);
    if (searchCurrent_ < 0) return;
    Id card = searchMatches_[static_cast<size_t>(searchCurrent_)];
    canvas_.select({card});
    canvas_.scrollToCard(card);
}

// The map, or two of its states compared: overlaid on one canvas, or side by
// side with the older one on the left, scrolled and zoomed with the right one.
void App::drawCanvas(float top, ImVec2 size) {
    compare_.refresh(map(), document_.changeCount());
    if (!compare_.isOpen()) {
        canvas_.setCompare(nullptr);
        canvas_.draw(map(), *this, fonts_, palette(), rects_, ImVec2(0, top), size);
        return;
    }
    ViewOnlySink viewOnly(*this, compare_.version());
    if (!compare_.sideBySide()) {
        canvas_.setCompare(&compare_.afterMarks());
        canvas_.draw(compare_.after(), viewOnly, fonts_, palette(), rects_, ImVec2(0, top), size);
        return;
    }
    const float half = std::floor(size.x * 0.5f);
    compareRects_.beginFrame();
    CanvasView view = canvas_.view();
    compareLeft_.setHiddenLanes(view.hiddenLanes);
    compareLeft_.placeView(view.zoom, view.scrollX, view.scrollY);
    compareLeft_.setCompare(&compare_.beforeMarks());
    ImGui::PushID("before");
    ViewOnlySink beforeOnly(*this, compare_.beforeVersion());
    compareLeft_.draw(compare_.before(), beforeOnly, fonts_, palette(), compareRects_, ImVec2(0, top),
                      ImVec2(half - 2, size.y));
    ImGui::PopID();
    canvas_.setCompare(&compare_.afterMarks());
    canvas_.draw(compare_.after(), viewOnly, fonts_, palette(), rects_, ImVec2(half + 2, top),
                 ImVec2(size.x - half - 2, size.y));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(half - 2, top), ImVec2(half + 2, top + size.y), palette().border);
}

void App::drawFrame() {
    rects_.beginFrame();
    if (present_.active()) {
        drawPresentation();
        return;
    }
    const bool dialogWasOpen = dialogOpen();
    const ImGuiIO& io = ImGui::GetIO();
    const ViewContext ctx = context();
    beginAppWindow();
    updateSearch();
    canvas_.setPersonaFilter(topBar_.personaFilter(map().personas.size()));
    if (topBar_.persona() != searchPersona_) {  // the persona filter is kept with the view too
        searchPersona_ = topBar_.persona();
        autosave_.viewChanged();
    }
    const float bar = TopBarView::kHeight;
    float sideWidth = side_.panel() != Panel::None ? SidePanelView::width(io.DisplaySize.x) : 0.0f;
    float top = bar + bannerHeight_;
    showExitRates(canvas_);
    drawCanvas(top, ImVec2(io.DisplaySize.x - sideWidth, io.DisplaySize.y - top));
    topBar_.draw(ctx, {document_.canUndo(), document_.canRedo(), canvas_.view().zoom, side_.panel(), autosave_,
                       document_.changeCount(), saveStatus_, static_cast<int>(searchMatches_.size()), searchCurrent_});
    if (int step = topBar_.takeStep()) stepSearch(step);
    ImGui::End();

    side_.followSelection(canvas_.selection().size(), canvas_.editing());
    bannerHeight_ = shared_ ? export_.drawSharedBanner(ctx, bar) : saveStatus_.drawBanner(ctx, autosave_, bar);
    bannerHeight_ += states_.drawBanner(ctx, bar + bannerHeight_);
    bannerHeight_ += compare_.drawBar(ctx, bar + bannerHeight_);
    side_.draw(ctx, bar + bannerHeight_, canvas_.selection());
    menus_.drawContextMenu(ctx, canvas_.takeContextRequest(), canvas_.selection(), canvas_.layout());
    library_.draw(ctx, autosave_.mapId());
    library_.drawSameFileQuestion(ctx);
    if (auto request = canvas_.takeRenameRequest()) menus_.startRename(map(), *request);
    menus_.drawRename(ctx, canvas_.anchorFor(map(), menus_.renameTarget()));
    gallery_.draw(ctx);
    help_.draw(ctx);
    bool compare = false;
    states_.draw(ctx, compare);
    if (compare) {
        compare_.open(map());
        canvas_.select({});
    }
    if (auto at = rects_.find("button/export")) export_.drawMenu(ctx, ImVec2(at->x, at->y + at->h + 4));
    export_.drawPreview(ctx, import_);
    if (measures_ && !export_.drawMeasuresPreview(ctx, *measures_)) measures_.reset();
    export_.drawLinkDialog(ctx);
    toast_.draw(rects_);
    drawUpdate(bar);
    handleShortcuts(dialogWasOpen);
}

}  // namespace jejak::ui
