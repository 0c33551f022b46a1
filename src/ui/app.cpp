// The frame, drawn view by view from the Session.
#include "ui/app.h"

#include <cmath>

#include "ui/i18n.h"
#include "ui/overlays/links.h"
#include "ui/theme.h"

namespace jejak::ui {
namespace {

std::vector<CanvasOverlay*> withLinks(std::vector<CanvasOverlay*> overlays) {
    overlays.push_back(&LinksOverlay::shared());
    return overlays;
}

constexpr ImGuiWindowFlags kFullWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                         ImGuiWindowFlags_NoScrollWithMouse;

}  // namespace

App::App(Language uiLanguage, Session::Templates examples) : session_(uiLanguage, std::move(examples)) {
    session_.setPlaceSource([this](SavedView& v) {
        v.scrollX = canvas_.view().scrollX;
        v.scrollY = canvas_.view().scrollY;
        v.zoom = canvas_.view().zoom;
    });
    gallery_.setTemplates(session_.templates());
    applyEffects();
}

void App::setPort(BrowserPort* port) {
    session_.setPort(port);
    help_.setSingleFile(session_.singleFile());
    applyEffects();
}

Outcome App::apply(const Intent& intent) {
    Outcome outcome = session_.apply(intent);
    applyEffects();
    return outcome;
}

bool App::fieldOpening() const {
    return menus_.focusPending() || library_.focusPending() || topBar_.focusPending() || canvas_.focusPending() ||
           (present_.active() && present_.canvas().focusPending());
}

bool App::animating() const {
    // A field that asked for the keyboard gets it a frame later: keep drawing until then.
    // Presenting, a move between stages slides for a moment.
    return fieldOpening() || present_.animating(session_.clock());
}

double App::secondsUntilDue(double nowSeconds) const {
    double due = -1;
    for (double d : {session_.secondsUntilSave(nowSeconds), toast_.secondsLeft(), present_.secondsUntilDue(nowSeconds)})
        if (d >= 0 && (due < 0 || d < due)) due = d;
    return due;
}

std::string App::presentStateJson() const {
    return present_.active() ? present_.stateJson(map(), session_.clock()) : "null";
}

// The new version waits until the open map is in storage; then the page reloads.
void App::drawUpdate(float top) {
    const bool saving = session_.autosave().status() != SaveStatus::Saved;
    const bool asked = update_.reloadAsked();
    update_.draw(rects_, top + bannerHeight_, saving);
    if (!asked && update_.reloadAsked()) session_.flushSave();
    if (update_.reloadAsked() && !saving && !updateActivated_ && activateUpdate_) {
        updateActivated_ = true;
        activateUpdate_();
    }
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
    // The room sees what the panel showed; comparing, it walks through the newer
    // state with its changes marked, stage by stage.
    compare_.refresh(map(), mapVersion());
    ViewOnlySink viewOnly(*this, compare_.version());
    const bool comparing = compare_.isOpen();
    present_.setOverlays(overlays(comparing ? &compare_.afterMarks() : nullptr));
    const ViewContext ctx =
        comparing ? ViewContext{compare_.after(), fonts_, rects_, viewOnly, canvas_.view()} : context();
    const bool stay = present_.draw(ctx, palette(), io.DisplaySize, session_.clock(), keysFree);
    ImGui::End();
    toast_.draw(rects_);
    drawUpdate(0);
    if (!stay) apply(intent::Present{false});
}

std::vector<CanvasOverlay*> App::overlays(CompareMarks* compared) {
    std::vector<CanvasOverlay*> out;
    if (side_.panel() == Panel::Analytics)
        if (ExitRatesOverlay* rates = side_.analytics().exitRates(map(), mapVersion())) out.push_back(rates);
    if (compared) out.push_back(compared);
    return out;
}

// The map, or two of its states compared: overlaid on one canvas, or side by
// side with the older one on the left, scrolled and zoomed with the right one.
void App::drawCanvas(float top, ImVec2 size) {
    compare_.refresh(map(), mapVersion());
    if (!compare_.isOpen()) {
        canvas_.setOverlays(withLinks(overlays(nullptr)));
        canvas_.draw(map(), *this, fonts_, palette(), rects_, ImVec2(0, top), size);
        return;
    }
    ViewOnlySink viewOnly(*this, compare_.version());
    if (!compare_.sideBySide()) {
        canvas_.setOverlays(withLinks(overlays(&compare_.afterMarks())));
        canvas_.draw(compare_.after(), viewOnly, fonts_, palette(), rects_, ImVec2(0, top), size);
        return;
    }
    const float half = std::floor(size.x * 0.5f);
    compareRects_.beginFrame();
    CanvasView view = canvas_.view();
    compareLeft_.setHiddenLanes(view.hiddenLanes);
    compareLeft_.placeView(view.zoom, view.scrollX, view.scrollY);
    compareLeft_.setOverlays(withLinks({&compare_.beforeMarks()}));
    ImGui::PushID("before");
    ViewOnlySink beforeOnly(*this, compare_.beforeVersion());
    compareLeft_.draw(compare_.before(), beforeOnly, fonts_, palette(), compareRects_, ImVec2(0, top),
                      ImVec2(half - 2, size.y));
    ImGui::PopID();
    canvas_.setOverlays(withLinks(overlays(&compare_.afterMarks())));
    canvas_.draw(compare_.after(), viewOnly, fonts_, palette(), rects_, ImVec2(half + 2, top),
                 ImVec2(size.x - half - 2, size.y));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(half - 2, top), ImVec2(half + 2, top + size.y), palette().border);
}

void App::drawEditor() {
    const ImGuiIO& io = ImGui::GetIO();
    const ViewContext ctx = context();
    beginAppWindow();
    session_.setSearch(topBar_.filter(), topBar_.persona());
    const int matches = static_cast<int>(session_.searchMatches().size());
    if (dimmedVersion_ != session_.searchRevision()) {
        dimmedVersion_ = session_.searchRevision();
        canvas_.setDimmed(session_.dimmedCards());
    }
    canvas_.setPersonaFilter(topBar_.personaFilter(map().personas.size()));
    const float bar = TopBarView::kHeight;
    const float sideWidth = side_.panel() != Panel::None ? SidePanelView::width(io.DisplaySize.x) : 0.0f;
    const float top = bar + bannerHeight_;
    drawCanvas(top, ImVec2(io.DisplaySize.x - sideWidth, io.DisplaySize.y - top));
    const Document& d = session_.document();
    topBar_.draw(ctx, {d.canUndo(), d.canRedo(), canvas_.view().zoom, side_.panel(), session_.autosave(),
                       d.changeCount(), saveStatus_, matches, session_.searchCurrent()});
    if (int step = topBar_.takeStep()) {
        session_.stepSearch(step);
        applyEffects();
    }
    ImGui::End();
    drawDialogs(ctx, bar);
}

void App::drawDialogs(const ViewContext& ctx, float bar) {
    side_.followSelection(canvas_.selection().size(), canvas_.editing());
    bannerHeight_ = session_.sharedView() ? export_.drawSharedBanner(ctx, bar)
                                          : saveStatus_.drawBanner(ctx, session_.autosave(), bar);
    bannerHeight_ += states_.drawBanner(ctx, bar + bannerHeight_);
    bannerHeight_ += compare_.drawBar(ctx, bar + bannerHeight_);
    side_.draw(ctx, bar + bannerHeight_, canvas_.selection());
    menus_.drawContextMenu(ctx, canvas_.takeContextRequest(), canvas_.selection(), canvas_.layout());
    library_.draw(ctx, session_.library(), session_.autosave().mapId());
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
    export_.drawPreview(ctx, session_.importPreview());
    if (session_.measuresPreview() && !export_.drawMeasuresPreview(ctx, *session_.measuresPreview()))
        apply(intent::CancelImport{});
    export_.drawLinkDialog(ctx);
}

void App::drawFrame() {
    rects_.beginFrame();
    applyEffects();
    lastChange_ = session_.takeChange();
    if (present_.active()) {
        drawPresentation();
        return;
    }
    const bool dialogWasOpen = dialogOpen();
    drawEditor();
    toast_.draw(rects_);
    drawUpdate(TopBarView::kHeight);
    handleShortcuts(dialogWasOpen);
}

}  // namespace jejak::ui
