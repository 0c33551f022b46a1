// Each effect the Session answers with, handed to the view it is for; the GPU's
// part of the image export and printing; and what the test bridge reads.
#include <nlohmann/json.hpp>

#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/map_image.h"
#include "ui/presentation.h"
#include "ui/theme.h"

namespace jejak::ui {

void App::applyEffects() {
    // An effect may lead to another intent (presenting ends an edit): take until none are left.
    for (std::vector<Effect> effects = session_.takeEffects(); !effects.empty(); effects = session_.takeEffects())
        for (const Effect& e : effects) applyEffect(e);
}

void App::applyEffect(const Effect& effect) {
    struct {
        App& app;
        void operator()(const effect::StartEditing& e) { app.editCanvas().startEditing(e.card, e.text); }
        void operator()(const effect::StartRename& e) { app.menus_.startRename(app.map(), e.target); }
        void operator()(const effect::Select& e) {
            app.editCanvas().select(e.cards);
            if (e.scroll && !e.cards.empty()) app.editCanvas().scrollToCard(e.cards.front());
        }
        void operator()(const effect::ShowPanel& e) { app.side_.show(e.panel); }
        void operator()(const effect::AskRemoveLane& e) {
            app.side_.show(Panel::Lanes);
            app.side_.lanes().askRemove(e.lane);
        }
        void operator()(const effect::OpenDialog& e) {
            switch (e.dialog) {
                case Dialog::Gallery: app.gallery_.open(); break;
                case Dialog::Library: app.library_.open(); break;
                case Dialog::Help: app.help_.open(); break;
                case Dialog::Export: app.export_.openMenu(); break;
                case Dialog::States: app.states_.open(); break;
            }
        }
        void operator()(const effect::CloseLibrary&) { app.library_.close(); }
        void operator()(const effect::Zoom& e) {
            const ImGuiIO& io = ImGui::GetIO();
            app.canvas_.zoomBy(e.factor, ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f));
        }
        void operator()(const effect::FitToScreen&) { app.canvas_.fitToScreen(); }
        void operator()(const effect::LaneHidden& e) { app.canvas_.setLaneHidden(e.lane, e.hidden); }
        void operator()(const effect::MapOpened& e) {
            const CanvasView keep = app.canvas_.view();
            app.canvas_ = MapCanvas();
            app.saveStatus_.noteOpened(app.mapVersion());
            app.topBar_.setFilter(e.view.filter, e.view.persona);
            app.dimmedVersion_ = UINT64_MAX;
            if (e.keepPlace) {
                app.canvas_.restoreView(keep);
            } else if (e.view.placed) {
                app.canvas_.restoreView({e.view.scrollX, e.view.scrollY, e.view.zoom, e.view.hiddenLanes});
            } else {
                app.canvas_.view().hiddenLanes = e.view.hiddenLanes;  // and the map fits the screen
            }
        }
        void operator()(const effect::AskSameFile& e) { app.library_.askSameFile(e.title, e.existingId, e.bytes); }
        void operator()(const effect::Message& e) { app.toast_.show(e.text); }
        void operator()(const effect::ClearMessage&) { app.toast_.clear(); }
        void operator()(const effect::ApplyTheme& e) { applyTheme(e.theme); }
        void operator()(const effect::Presentation& e) {
            if (e.on)
                app.enterPresentation();
            else
                app.present_.leave();
        }
        void operator()(const effect::RenderImage& e) { app.exportImage(e.scale); }
        void operator()(const effect::PrintPages& e) { app.printMap(e.a3); }
        void operator()(const effect::ShareLink& e) { app.export_.showLink(e.url); }
        void operator()(const effect::Downloaded&) { app.saveStatus_.noteDownloaded(app.mapVersion()); }
        void operator()(const effect::Templates&) {
            app.gallery_.setTemplates(app.session_.templates());
            const Session::MoreTemplates more = app.session_.moreTemplates();
            app.gallery_.setMore(more == Session::MoreTemplates::Loading  ? GalleryView::More::Loading
                                 : more == Session::MoreTemplates::Failed ? GalleryView::More::Failed
                                                                          : GalleryView::More::None);
        }
    } visitor{*this};
    std::visit(visitor, effect);
}

// The spotlight starts on the first stage whose middle is in the editor's view.
void App::enterPresentation() {
    largeFonts_ = true;
    const int stage = firstStageInView(canvas_.layout(), canvas_.view().scrollX);
    present_.enter(map(), canvas_.view().hiddenLanes, stage, session_.clock());
}

// Presenting, the view the room sees; in the editor, the whole map.
void App::exportImage(int scale) {
    if (!render_) return;
    const auto& room = session_.memoryCheck();
    MapImage image = present_.active()
                         ? renderViewImage(present_.canvas(), map(), mapVersion(), static_cast<float>(scale), *render_, room)
                         : renderMapImage(map(), mapVersion(), canvas_.view().hiddenLanes, static_cast<float>(scale),
                                          *render_, room, nowMs_ ? nowMs_ : [] { return 0.0; });
    session_.imageRendered(scale, std::move(image));
    applyEffects();
}

void App::printMap(bool a3) {
    if (!render_) return;
    session_.pagesRendered(renderPrintPages(map(), mapVersion(), canvas_.view().hiddenLanes, a3 ? Paper::A3 : Paper::A4,
                                            2.0f, *render_, session_.memoryCheck()),
                           a3);
    applyEffects();
}

CanvasFacts App::canvasFacts(bool textFieldActive) const {
    const MapCanvas& canvas = editCanvas();
    return {&canvas.selection(), canvas.focusedCell(), &canvas.layout(), textFieldActive};
}

std::string App::copySelection(bool textFieldActive, bool cut) {
    std::string text = session_.copySelection(canvasFacts(textFieldActive), cut);
    applyEffects();
    return text;
}

bool App::pasteText(std::string_view text, bool textFieldActive) {
    const bool ok = session_.pasteText(text, canvasFacts(textFieldActive), side_.panel() == Panel::Analytics);
    applyEffects();
    return ok;
}

std::string App::viewStateJson() {
    nlohmann::json v;
    v["search"] = topBar_.filter().text;
    v["matches"] = session_.searchMatches().size();
    v["currentMatch"] = session_.searchCurrent();
    // Presenting: the presentation's canvas (the editor's waits as it was).
    v["selection"] = editCanvas().selection();
    v["activePersona"] = editCanvas().activePersona();
    v["editing"] = editCanvas().editing();
    v["hiddenLanes"] = canvas_.view().hiddenLanes;
    const AnalyticsView& a = side_.analytics();
    v["analytics"] = {{"open", side_.panel() == Panel::Analytics},
                      {"period", a.period()},
                      {"periods", a.periods()},
                      {"tab", a.tabName()},
                      {"rates", side_.panel() == Panel::Analytics && a.showsRates()}};
    compare_.describe(v["compare"]);
    v["statesOpen"] = states_.isOpen();
    if (const auto& m = session_.measuresPreview()) v["measuresPreview"] = {{"summary", m->summary}, {"lines", m->lines}};
    return v.dump();
}

}  // namespace jejak::ui
