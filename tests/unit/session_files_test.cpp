// The Session's maps and files: the library, opening, importing, exporting,
// share links, the clipboard and states, with the browser's answers faked.
#include <doctest/doctest.h>

#include "started_session.h"
#include "core/formatting.h"
#include "io/map_json.h"
#include "io/templates.h"
#include "session/session.h"
#include "ui/i18n.h"

using namespace jejak;
using jejak::test::FakeBrowserPort;

namespace {

using Started = jejak::test::StartedSession;

std::string mapFile(const std::string& title) {
    JourneyMap m = blankMap(Language::English);
    m.title = title;
    return saveMapToJson(m);
}

}  // namespace

TEST_CASE("new maps, and the library's calls") {
    Started t;
    const std::string before = t.s.autosave().mapId();
    CHECK(t.s.apply(intent::NewMap{Language::English, {}}).done);
    CHECK(t.s.autosave().mapId() != before);
    CHECK_FALSE(t.effects<effect::MapOpened>().empty());
    CHECK(t.s.apply(intent::OpenStored{"m7"}).done);
    CHECK(t.port.calls("load").back().a == "m7");
    CHECK(t.s.apply(intent::LoadTheirs{}).done);
    CHECK(t.port.calls("load").back().a == t.s.autosave().mapId());
    CHECK(t.s.apply(intent::KeepMine{}).done);
    CHECK(t.s.apply(intent::DownloadStored{"m7", "A / B"}).done);
    CHECK(t.port.calls("downloadStored").at(0).b == "A-B.json");
    CHECK(t.s.apply(intent::DuplicateStored{"m7", "Copy"}).done);
    CHECK(t.port.calls("duplicate").at(0).b == "Copy");
    CHECK(t.s.apply(intent::TrashStored{"m7"}).done);
    CHECK(t.port.asked("remove"));
    CHECK(t.s.apply(intent::RestoreStored{"m7"}).done);
    CHECK(t.port.asked("restore"));
    CHECK(t.s.apply(intent::ListStored{}).done);
    CHECK(t.port.calls("list").size() >= 2);
    CHECK(t.s.apply(intent::PickFile{}).done);
    CHECK(t.port.asked("pickFile"));
    CHECK(t.s.apply(intent::SaveOfflineEdition{}).done);
    CHECK(t.port.asked("downloadOfflineEdition"));

    t.s.onLibrary(R"({"maps":[{"id":"m7","title":"Old"},{"id":"m8","title":"Other"}],"trash":[]})");
    CHECK(t.s.apply(intent::RenameStored{"m7", "New"}).done);
    CHECK(t.s.library().maps()[0].title == "New");  // at once, before the storage lists again
    CHECK(t.port.calls("rename").at(0).b == "New");
    // The open map's rename is an edit of its own, undoable.
    CHECK(t.s.apply(intent::RenameStored{t.s.autosave().mapId(), "Open one"}).done);
    CHECK(t.map().title == "Open one");
}

TEST_CASE("DownloadCopy offers the map file and restarts the backup reminder") {
    Started t;
    CHECK(t.s.apply(intent::DownloadCopy{}).done);
    auto d = t.port.calls("download");
    REQUIRE(d.size() == 1);
    CHECK(d[0].b == t.s.autosave().mapId());
    CHECK(loadMapFromJson(t.port.lastText).ok);
    CHECK(t.effects<effect::Downloaded>().size() == 1);
}

TEST_CASE("a picked file: a map file opens (asking first when its title is kept), others go to the formats module") {
    Started t;
    t.s.onLibrary(R"({"maps":[{"id":"m7","title":"Checkout"}],"trash":[]})");
    t.s.onFileOpened("checkout.json", mapFile("Checkout"));
    auto ask = t.effects<effect::AskSameFile>();
    REQUIRE(ask.size() == 1);
    CHECK(ask[0].existingId == "m7");
    CHECK(t.map().title != "Checkout");
    CHECK(t.s.apply(intent::OpenFile{mapFile("Checkout"), true}).done);
    CHECK(t.map().title == "Checkout");

    t.s.onFileOpened("cards.CSV", "stage,lane,text\n");
    CHECK(t.port.calls("importAs").back().a == "csv");
    t.s.onFileOpened("journey.mermaid", "journey\n");
    CHECK(t.port.calls("importAs").back().a == "mmd");

    // A bad file says why and changes nothing.
    const std::string title = t.map().title;
    t.s.onFileOpened("broken.json", "{\"version\": 4");
    CHECK(t.messageText().find(ui::tr("error.open_failed")) == 0);
    CHECK(t.map().title == title);
    t.s.onFileRejected(300e6);
    CHECK_FALSE(t.messageText().empty());
    t.s.onFileUnreadable();
    CHECK(t.messageText().find(ui::tr("error.unreadable")) != std::string::npos);
}

TEST_CASE("an imported CSV or Mermaid file opens after its preview, or not at all") {
    Started t;
    t.s.onFileOpened("cards.csv", "stage,lane,text\n");
    t.s.onImported(true, "cards.csv", mapFile("Cards"));
    REQUIRE(t.s.importPreview());
    CHECK(t.s.importPreview()->format == "CSV");
    CHECK(t.s.apply(intent::ConfirmImport{}).done);
    CHECK(t.map().title == "Cards");
    CHECK_FALSE(t.s.importPreview());
    t.s.onImported(true, "j.mmd", mapFile("Journey"));
    CHECK(t.s.importPreview()->format == "Mermaid");
    CHECK(t.s.apply(intent::CancelImport{}).done);
    CHECK(t.map().title == "Cards");
    t.s.onImported(false, "j.mmd", "Line 2: no title");
    CHECK(t.messageText().find("Line 2: no title") != std::string::npos);
}

TEST_CASE("measurements: picked or pasted, previewed, then one undo step") {
    Started t;
    CHECK(t.s.apply(intent::ImportMeasures{}).done);
    t.s.onFileOpened("m.csv", "period,stage,entered\n");
    CHECK(t.port.calls("importAs").back().a == "measures");
    JourneyMap withMeasures = t.map();
    Measure entered;
    entered.period = "2026-Q1";
    entered.stage = withMeasures.stages[0].id;
    entered.entered = 100;
    withMeasures.measures.push_back(entered);
    t.s.onImported(true, "m.csv", std::string("1 row\nEntered: 100\x1e") + saveMapToJson(withMeasures));
    REQUIRE(t.s.measuresPreview());
    CHECK(t.s.apply(intent::CancelImport{}).done);  // Cancel: nothing changes
    CHECK_FALSE(t.s.measuresPreview());
    CHECK(t.map().measures.empty());
    t.s.apply(intent::ImportMeasures{});
    t.s.onFileOpened("m.csv", "period,stage,entered\n");
    t.s.onImported(true, "m.csv", std::string("1 row\nEntered: 100\x1e") + saveMapToJson(withMeasures));
    REQUIRE(t.s.measuresPreview());
    CHECK(t.s.measuresPreview()->summary == "1 row");
    CHECK(t.s.measuresPreview()->lines == std::vector<std::string>{"Entered: 100"});
    CHECK(t.s.apply(intent::ConfirmMeasures{}).done);
    CHECK(t.map().measures.size() == 1);
    t.s.apply(intent::Undo{});
    CHECK(t.map().measures.empty());

    // Pasted cells with period and stage columns, while the analytics panel is open.
    std::vector<Id> none;
    CanvasFacts canvas{&none, std::nullopt, nullptr, false};
    CHECK(t.s.pasteText("Periode;Tahap;Masuk\n2026-Q1;Cari;5\n", canvas, true));
    CHECK(t.port.calls("importAs").back().a == "measures");
    t.s.onImported(false, "", "Line 2: no such stage");
    CHECK(t.messageText().find("Line 2") != std::string::npos);
    CHECK_FALSE(t.s.measuresPreview());
}

TEST_CASE("paste routing: cards into the selected card's cell, a whole map as a new map, plain text to the browser") {
    Started t;
    Id a = t.s.apply(intent::AddCard{t.map().lanes[0].id, t.map().stages[1].id, SIZE_MAX, false}).created;
    t.s.apply(intent::EditCardText{a, "Compare prices"});
    t.s.apply(intent::EndGesture{});
    ui::MapLayout layout;
    for (const Lane& l : t.map().lanes) layout.rows.emplace_back().lane = l.id;
    for (const Stage& st : t.map().stages) layout.columns.emplace_back().stage = st.id;
    ui::CardBox box;
    box.card = a;
    box.column = 1;
    layout.cards.push_back(box);
    std::vector<Id> selection{a};
    CanvasFacts canvas{&selection, std::nullopt, &layout, false};
    const std::string copied = t.s.copySelection(canvas, false);
    CHECK_FALSE(copied.empty());
    const size_t cards = t.map().cards.size();
    CHECK(t.s.pasteText(copied, canvas, false));
    CHECK(t.map().cards.size() == cards + 1);
    CHECK(t.map().cards.back().stage == t.map().stages[1].id);
    CHECK(t.effects<effect::Select>().back().cards.size() == 1);

    CHECK_FALSE(t.s.pasteText("just words", canvas, false));
    CHECK_FALSE(t.s.pasteText(copied, {&selection, std::nullopt, &layout, true}, false));  // a text field's
    CHECK(t.s.pasteText(mapFile("Pasted map"), canvas, false));
    CHECK(t.map().title == "Pasted map");
    CHECK_FALSE(t.s.pasteText("{\"format\": \"other\"}", canvas, false));
    CHECK_FALSE(t.messageText().empty());

    // Cut: the cards go, one undo step.
    Id b = t.s.apply(intent::AddCard{t.map().lanes[0].id, t.map().stages[0].id, SIZE_MAX, false}).created;
    t.s.apply(intent::EditCardText{b, "Cut me"});
    t.s.apply(intent::EndGesture{});
    std::vector<Id> cut{b};
    CHECK_FALSE(t.s.copySelection({&cut, std::nullopt, &layout, false}, true).empty());
    CHECK(t.map().card(b) == nullptr);
}

TEST_CASE("exports: the formats module's files, the image export's record, printing") {
    Started t;
    for (auto [kind, code, ext] : {std::tuple{intent::ExportKind::Csv, "csv", ".csv"},
                                   std::tuple{intent::ExportKind::Markdown, "md", ".md"},
                                   std::tuple{intent::ExportKind::Mermaid, "mmd", ".mmd"}}) {
        CHECK(t.s.apply(intent::Export{kind, 1, false}).done);
        CHECK(t.port.calls("exportAs").back().a == code);
        CHECK(t.port.calls("exportAs").back().b == fileStemForTitle(t.map().title) + ext);
    }
    CHECK(t.s.apply(intent::Export{intent::ExportKind::ShareLink, 1, false}).done);
    CHECK(loadMapFromJson(t.port.lastText).ok);
    t.s.onShareLink("https://x/#map=abc");
    CHECK(t.effects<effect::ShareLink>().at(0).url == "https://x/#map=abc");

    CHECK(t.s.apply(intent::Export{intent::ExportKind::Png, 2, false}).done);
    CHECK(t.effects<effect::RenderImage>().at(0).scale == 2);
    CHECK(t.s.lastExportJson() == "null");
    RenderedImage image;
    image.rgba.assign(4 * 3 * 2, 255);
    image.width = 3;
    image.height = 2;
    image.drawMs = 1.5;
    t.s.imageRendered(2, std::move(image));
    CHECK(t.port.calls("downloadPng").at(0).b == "3x2");
    CHECK(t.s.lastExportJson().find("\"scale\":2,\"width\":3,\"height\":2,\"bytes\":0,\"drawMs\":1.5") == 1);
    t.s.onPngMade(1234, 7.25);
    CHECK(t.s.lastExportJson().find("\"bytes\":1234") != std::string::npos);
    CHECK(t.s.lastExportJson().find("\"encodeMs\":7.2") != std::string::npos);
    RenderedImage refused;
    refused.errorKey = "export.too_large";
    refused.args = {"1", "2"};
    t.s.imageRendered(4, std::move(refused));
    CHECK(t.s.lastExportJson().find("\"error\":\"export.too_large\"") != std::string::npos);
    CHECK_FALSE(t.messageText().empty());
    CHECK(t.port.calls("downloadPng").size() == 1);

    CHECK(t.s.apply(intent::Export{intent::ExportKind::Print, 1, true}).done);
    CHECK(t.effects<effect::PrintPages>().at(0).a3);
    std::vector<RenderedImage> pages(2);
    for (auto& p : pages) p.rgba.assign(4, 0), p.width = p.height = 1;
    t.s.pagesRendered(std::move(pages), true);
    CHECK(t.port.calls("printPages").at(0).a == "A3");
    t.s.pagesRendered({}, false);
    CHECK(t.messageText() == ui::tr("export.gpu_failed"));
}

TEST_CASE("a share link's map is read only until a copy is saved; Close brings the map before back") {
    Started t;
    const std::string mine = t.s.autosave().mapId();
    t.s.onSharedMap(true, mapFile("Shared"));
    CHECK(t.s.sharedView());
    CHECK(t.s.autosave().held());
    CHECK(t.map().title == "Shared");
    CHECK_FALSE(t.s.apply(intent::AddLane{}).done);
    CHECK(t.messageText() == ui::tr("share.read_only_edit"));
    CHECK_FALSE(t.s.apply(intent::StartEditing{t.map().stages[0].id}).done);
    CHECK(t.messageText() == ui::tr("share.read_only_edit"));
    CHECK(t.s.apply(intent::CloseShared{}).done);
    CHECK_FALSE(t.s.sharedView());
    CHECK(t.port.calls("load").back().a == mine);
    CHECK(t.port.asked("clearShareLink"));

    t.s.onSharedMap(true, mapFile("Shared again"));
    CHECK(t.s.apply(intent::SaveSharedCopy{}).done);
    CHECK_FALSE(t.s.sharedView());
    CHECK(t.s.apply(intent::AddLane{}).done);
    t.s.onSharedMap(false, "The link is damaged");
    CHECK(t.messageText() == "The link is damaged");
    t.s.onSharedMap(true, "{}");
    CHECK(t.messageText().find(ui::tr("share.damaged")) == 0);
}

TEST_CASE("the storage's answers: a kept map opens with its saved view; a damaged one is left for Download") {
    FakeBrowserPort port;
    Session s{Language::English};
    port.preferences["theme"] = "high-contrast";
    s.setPort(&port);
    CHECK(s.theme() == Theme::HighContrast);
    CHECK(port.asked("start"));
    JourneyMap m = blankMap(Language::English);
    m.title = "Kept";
    const Id lane = m.lanes[1].id;
    const std::string view = "{\"x\":12.5,\"y\":3,\"zoom\":0.8,\"hiddenLanes\":[" + std::to_string(lane) +
                             ",999],\"filter\":{\"text\":\"pay\",\"channel\":2,\"persona\":1}}";
    s.takeEffects();
    s.onStorageStarted(true, "m1", saveMapToJson(m), view, 3, "");
    CHECK(s.map().title == "Kept");
    CHECK(s.autosave().mapId() == "m1");
    CHECK(s.autosave().revision() == 3);
    std::optional<effect::MapOpened> opened;
    for (const Effect& e : s.takeEffects())
        if (auto* o = std::get_if<effect::MapOpened>(&e)) opened = *o;
    REQUIRE(opened);
    CHECK(opened->view.placed);
    CHECK(opened->view.scrollX == doctest::Approx(12.5f));
    CHECK(opened->view.zoom == doctest::Approx(0.8f));
    CHECK(opened->view.hiddenLanes == std::vector<Id>{lane});  // a lane the map lacks is dropped
    CHECK(opened->view.filter.text == "pay");
    CHECK(opened->view.filter.channel == 2);
    CHECK(opened->view.persona == 1);

    s.onLoaded("m2", "not a map", "", 1);
    CHECK(s.map().title == "Kept");
    s.onStorageStarted(true, "m3", "", "", 0, "restore_failed");
    bool library = false;
    for (const Effect& e : s.takeEffects())
        if (auto* d = std::get_if<effect::OpenDialog>(&e)) library = d->dialog == Dialog::Library;
    CHECK(library);
}

TEST_CASE("the saved view: read with care, written back the same") {
    JourneyMap m = blankMap(Language::English);
    CHECK_FALSE(parseSavedView("", m).placed);
    CHECK_FALSE(parseSavedView("[1,2]", m).placed);
    CHECK(parseSavedView("", m, {m.lanes[0].id}).hiddenLanes == std::vector<Id>{m.lanes[0].id});
    SavedView v = parseSavedView("{\"x\":1,\"y\":2,\"zoom\":1.5,\"filter\":{\"channel\":99}}", m);
    CHECK(v.placed);
    CHECK(v.filter.channel == kChannelCount - 1);
    CHECK(v.persona == -1);
    SavedView back = parseSavedView(savedViewJson(v), m);
    CHECK(back.zoom == doctest::Approx(1.5f));
    CHECK(back.filter.channel == v.filter.channel);
}

TEST_CASE("states: future states named in turn, versions labelled, restored, renamed, deleted, downloaded") {
    Started t;
    CHECK(freshFutureName(t.map(), "Future state") == "Future state");
    CHECK(t.s.apply(intent::StartFutureState{}).done);
    CHECK(t.map().state.name == ui::tr("state.future_default"));
    CHECK(t.s.apply(intent::OpenState{currentStateId(t.map())}).done);
    CHECK(t.s.apply(intent::StartFutureState{}).done);
    CHECK(t.map().state.name == std::string(ui::tr("state.future_default")) + " 2");

    CHECK(versionLabel("Launch  ", "Current", "2026-12-03T10:00:00Z") == "Launch");
    CHECK(versionLabel("", "Current", "2026-12-03T10:00:00Z") == "Current, 2026-12-03");
    CHECK(versionLabel("Caf\xc3\xa9", "Current", "") == "Caf\xc3\xa9");  // a last letter of two bytes stays whole
    const std::string longName(kMaxStateNameBytes - 1, 'a');
    CHECK(versionLabel(longName + "\xc3\xa9", "", "") == longName);  // never cut inside a letter

    const Id future = t.map().state.id;
    CHECK(t.s.apply(intent::SaveVersion{"v1"}).done);
    Id version = t.map().states.back().info.id;
    CHECK(t.map().stateInfo(version)->kind == StateKind::Version);
    CHECK(t.s.apply(intent::RenameState{future, "Next year", false}).done);
    CHECK(t.map().state.name == "Next year");
    CHECK_FALSE(t.s.apply(intent::RenameState{future, "Next year", false}).done);
    CHECK(t.s.apply(intent::DownloadState{version}).done);
    CHECK(t.port.calls("download").back().a.find("v1") != std::string::npos);
    CHECK(t.s.apply(intent::RestoreVersion{version}).done);
    CHECK(t.map().state.kind == StateKind::Current);
    CHECK(t.s.apply(intent::DeleteState{version}).done);
    CHECK(t.map().stateInfo(version) == nullptr);
    CHECK_FALSE(t.s.apply(intent::DeleteState{currentStateId(t.map())}).done);  // never the current state
    // The open future state goes: the current one opens, one undo step for both.
    CHECK(t.s.apply(intent::OpenState{future}).done);
    CHECK(t.s.apply(intent::DeleteState{future}).done);
    CHECK(t.map().state.kind == StateKind::Current);
    t.s.apply(intent::Undo{});
    CHECK(t.map().state.id == future);
}
