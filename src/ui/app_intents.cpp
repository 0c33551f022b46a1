// The one place where what a user asked for becomes a command, a storage call or
// a change of view: one small handler per intent (ui/intents.h).
#include <algorithm>

#include "core/card_colours.h"
#include "core/formatting.h"
#include "core/votes.h"
#include "io/map_json.h"
#include "io/templates.h"
#include "ui/app.h"
#include "ui/card_text.h"
#include "ui/i18n.h"
#include "ui/theme.h"

namespace jejak::ui {
namespace {
Outcome done(bool ok, Id created = 0) { return {ok, ok ? created : 0}; }
}  // namespace

// --- cards ---------------------------------------------------------------------------

template <>
Outcome App::on(const intent::AddCard& i) {
    std::vector<Card> cards(1);
    cards[0].lane = i.lane;
    cards[0].stage = i.stage;
    assignFreshIds(map(), cards);
    Id id = cards[0].id;
    if (!execute(addCards(std::move(cards), i.index))) return {};
    edit_ = {id, id, false};  // a card added for typing: dropped again if left empty
    if (i.edit) editCanvas().startEditing(id, "");
    return done(true, id);
}

template <>
Outcome App::on(const intent::EditCardText& i) {
    const Card* card = map().card(i.card);
    if (!card) return {};
    if (edit_.card != i.card) edit_ = {i.card, 0, false};
    Card changed = *card;
    changed.text = i.text;
    bool ok = execute(replaceCard(std::move(changed)), true);
    edit_.changed = edit_.changed || ok;
    return done(ok);
}

template <>
Outcome App::on(const intent::ReplaceCard& i) {
    return done(execute(replaceCard(i.card), i.continuous));
}

template <>
Outcome App::on(const intent::MoveCards& i) {
    return done(execute(moveCards(i.cards, i.lane, i.stage, i.index), true));
}

template <>
Outcome App::on(const intent::DeleteCards& i) {
    if (i.cards.empty()) return {};
    bool ok = execute(deleteCards(i.cards));
    editCanvas().select({});
    return done(ok);
}

template <>
Outcome App::on(const intent::ColourCards& i) {
    std::vector<CommandPtr> steps;
    for (Id id : i.cards)
        if (const Card* c = map().card(id)) {
            Card changed = *c;
            changed.color = i.colour;
            if (!(changed == *c)) steps.push_back(replaceCard(std::move(changed)));
        }
    return done(!steps.empty() && execute(group({"cmd.color_cards", ""}, std::move(steps))));
}

template <>
Outcome App::on(const intent::SetEmotion& i) {
    const EmotionScore* old = map().emotion(i.persona, i.stage);
    EmotionScore e{i.persona, i.stage, i.score, old ? old->label : std::string()};
    return done(execute(setEmotion(i.persona, i.stage, e), true));
}

template <>
Outcome App::on(const intent::SetEmotionLabel& i) {
    const EmotionScore* old = map().emotion(i.persona, i.stage);
    if (!old || old->label == i.label) return done(false);
    EmotionScore e = *old;
    e.label = i.label;
    return done(execute(setEmotion(i.persona, i.stage, e)));
}

template <>
Outcome App::on(const intent::ClearEmotion& i) {
    if (!map().emotion(i.persona, i.stage)) return done(false);
    return done(execute(setEmotion(i.persona, i.stage, std::nullopt)));
}

template <>
Outcome App::on(const intent::EndGesture&) {
    // A card added for typing that ends up empty is not kept, and leaves no trace.
    const Card* card = edit_.added ? map().card(edit_.added) : nullptr;
    if (card && card->text.empty()) {
        if (edit_.changed) document_.discardLast();
        document_.discardLast();
    }
    document_.seal();
    edit_ = {};
    return done(true);
}

template <>
Outcome App::on(const intent::CancelEdit&) {
    // Esc takes the edit back without a trace: no redo step, nothing to save.
    if (edit_.changed) document_.discardLast();
    if (edit_.added && map().card(edit_.added)) document_.discardLast();
    document_.seal();
    edit_ = {};
    return done(true);
}

template <>
Outcome App::on(const intent::EndTyping&) {
    document_.seal();
    return done(true);
}

// --- stages, lanes, personas, the map --------------------------------------------------

template <>
Outcome App::on(const intent::AddStage& i) {
    Stage stage;
    stage.id = map().nextId;
    stage.name = tr("stage.new_name");
    Id id = stage.id;
    if (!execute(insertStage(std::move(stage), std::min(i.index, map().stages.size())))) return {};
    if (i.rename) menus_.startRename(map(), {Target::Stage, id, -1, -1});
    return done(true, id);
}

template <>
Outcome App::on(const intent::MoveStage& i) {
    if (map().stageIndex(i.stage) == static_cast<int>(i.index)) return {};
    return done(execute(moveStage(i.stage, i.index)));
}

template <>
Outcome App::on(const intent::ReplaceStage& i) {
    return done(execute(replaceStage(i.stage), i.continuous));
}

template <>
Outcome App::on(const intent::RemoveStage& i) {
    return done(execute(removeStage(i.stage)));
}

template <>
Outcome App::on(const intent::AddLane&) {
    Lane lane;
    lane.id = map().nextId;
    lane.kind = LaneKind::Text;
    lane.name = laneKindLabel(lane.kind);
    Id id = lane.id;
    return done(execute(insertLane(std::move(lane), map().lanes.size())), id);
}

template <>
Outcome App::on(const intent::MoveLane& i) {
    if (map().laneIndex(i.lane) == static_cast<int>(i.index)) return {};
    return done(execute(moveLane(i.lane, i.index)));
}

template <>
Outcome App::on(const intent::ReplaceLane& i) {
    return done(execute(replaceLane(i.lane), i.continuous));
}

template <>
Outcome App::on(const intent::SetLaneHidden& i) {
    if (!map().lane(i.lane) || canvas_.view().hides(i.lane) == i.hidden) return done(false);
    canvas_.setLaneHidden(i.lane, i.hidden);
    autosave_.viewChanged();
    return done(true);
}

template <>
Outcome App::on(const intent::AskRemoveLane& i) {
    side_.show(Panel::Lanes);
    side_.lanes().askRemove(i.lane);
    return done(true);
}

template <>
Outcome App::on(const intent::RemoveLane& i) {
    return done(execute(removeLane(i.lane)));
}

template <>
Outcome App::on(const intent::AddPersona&) {
    Persona p;
    p.id = map().nextId;
    p.name = tr("persona.new_name");
    p.color = kCardColours[map().personas.size() % kCardColours.size()].rgb;
    Id id = p.id;
    return done(execute(insertPersona(std::move(p), map().personas.size())), id);
}

template <>
Outcome App::on(const intent::ReplacePersona& i) {
    return done(execute(replacePersona(i.persona), true));
}

template <>
Outcome App::on(const intent::RemovePersona& i) {
    return done(execute(removePersona(i.persona)));
}

template <>
Outcome App::on(const intent::SetMapInfo& i) {
    return done(execute(setMapInfo(map(), i.info), true));
}

template <>
Outcome App::on(const intent::Undo&) {
    return done(document_.undo());
}

template <>
Outcome App::on(const intent::Redo&) {
    return done(document_.redo());
}

// --- the view ---------------------------------------------------------------------------

template <>
Outcome App::on(const intent::ShowPanel& i) {
    side_.show(i.panel);
    return done(true);
}

template <>
Outcome App::on(const intent::OpenDialog& i) {
    switch (i.dialog) {
        case Dialog::Gallery:
            gallery_.open();
            if (!templatesAsked_ && storage_) {  // the rest of the templates come with the formats module
                templatesAsked_ = true;
                gallery_.setMore(GalleryView::More::Loading);
                storage_->loadTemplates();
            }
            break;
        case Dialog::Library: library_.open(); break;
        case Dialog::Help: help_.open(); break;
        case Dialog::Export: export_.openMenu(); break;
        case Dialog::States: states_.open(); break;
    }
    return done(true);
}

template <>
Outcome App::on(const intent::StartEditing& i) {
    if (shared_) {
        showError(tr("share.read_only_edit"));
        return done(false);
    }
    const Card* c = map().card(i.card);
    if (c) editCanvas().startEditing(c->id, c->text);
    return done(c != nullptr);
}

template <>
Outcome App::on(const intent::StartRename& i) {
    menus_.startRename(map(), i.target);
    return done(true);
}

template <>
Outcome App::on(const intent::SelectCards& i) {
    editCanvas().select(i.cards);
    return done(true);
}

template <>
Outcome App::on(const intent::ZoomBy& i) {
    const ImGuiIO& io = ImGui::GetIO();
    canvas_.zoomBy(i.factor, ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f));
    return done(true);
}

template <>
Outcome App::on(const intent::FitToScreen&) {
    canvas_.fitToScreen();
    return done(true);
}

template <>
Outcome App::on(const intent::NextTheme&) {
    applyTheme(static_cast<Theme>((static_cast<int>(currentTheme()) + 1) % kThemeCount));
    // Presenting, the theme is the room's for now: the editor's own comes back after.
    if (storage_ && !present_.active()) storage_->setPreference("theme", themeName(currentTheme()));
    return done(true);
}

// Presentation mode: full screen, the projector theme, the spotlight on the
// stage in view; leaving gives the editor back as it was.
template <>
Outcome App::on(const intent::Present& i) {
    // presented_, not present_.active(): the view may have ended itself (Esc) and asks to be left.
    if (i.on == presented_) return done(false);
    presented_ = i.on;
    if (i.on) {
        if (canvas_.editing()) apply(intent::EndGesture{});
        editorTheme_ = currentTheme();
        applyTheme(Theme::Projector);
        largeFonts_ = true;
        const MapLayout& layout = canvas_.layout();
        int stage = 0;  // the first stage whose middle is in view
        for (size_t c = 0; c < layout.columns.size(); ++c) {
            const ColumnBox& col = layout.columns[c];
            if (col.x + col.w * 0.5f >= canvas_.view().scrollX + layout.metrics.laneHeaderWidth) {
                stage = static_cast<int>(c);
                break;
            }
        }
        present_.enter(map(), canvas_.view().hiddenLanes, stage, clock_);
        if (storage_) storage_->setFullscreen(true);
    } else {
        if (present_.canvas().editing()) apply(intent::EndGesture{});
        present_.leave();
        applyTheme(editorTheme_);
        if (storage_) storage_->setFullscreen(false);
    }
    return done(true);
}

// --- votes -------------------------------------------------------------------------------

template <>
Outcome App::on(const intent::ChangeVotes& i) {
    return done(execute(changeVotes(map(), i.card, i.delta)));
}

template <>
Outcome App::on(const intent::ClearVotes&) {
    return done(execute(clearVotes(map())));
}

template <>
Outcome App::on(const intent::ChooseLanguage& i) {
    useLanguage(i.language);
    if (storage_) storage_->setPreference("language", languageCode(i.language));
    return done(true);
}

// --- maps and files ---------------------------------------------------------------------

template <>
Outcome App::on(const intent::NewMap& i) {
    if (!i.blank) return done(openTemplate(i.templateKey));
    if (!TranslationTable::builtIn().hasLanguage(*i.blank) && storage_) {
        // Its stage and lane names are that language's words: made once they are here.
        blankPending_ = *i.blank;
        storage_->loadWords(*i.blank);
        return done(true);
    }
    flushSave();  // the open map stays in the library as it is
    replaceMap(blankMap(*i.blank), storage_ ? storage_->newId() : std::string(), 0, "");
    return done(true);
}

template <>
Outcome App::on(const intent::DownloadCopy&) {
    if (!storage_) return {};
    storage_->download(fileNameForTitle(map().title), saveMapToJson(map()), autosave_.mapId(), autosave_.revision());
    saveStatus_.noteDownloaded(document_.changeCount());
    return done(true);
}

template <>
Outcome App::on(const intent::SaveOfflineEdition&) {
    if (!storage_) return {};
    storage_->downloadOfflineEdition();
    return done(true);
}

template <>
Outcome App::on(const intent::PickFile&) {
    measuresPick_ = false;
    if (storage_) storage_->pickFile();
    return done(storage_ != nullptr);
}

template <>
Outcome App::on(const intent::KeepMine&) {
    autosave_.keepMine();
    return done(true);
}

template <>
Outcome App::on(const intent::LoadTheirs&) {
    if (storage_) storage_->load(autosave_.mapId());
    return done(storage_ != nullptr);
}

template <>
Outcome App::on(const intent::OpenStored& i) {
    if (!storage_) return {};
    flushSave();
    storage_->load(i.id);
    return done(true);
}

template <>
Outcome App::on(const intent::OpenFile& i) {
    if (!i.asNewCopy) {
        if (!roomToRead(i.bytes.size())) return done(false);
        MapLoadResult loaded = loadMapFromJson(i.bytes);
        if (loaded.ok) {
            if (std::string known = library_.findByTitle(loaded.map.title); !known.empty()) {
                library_.askSameFile(loaded.map.title, known, i.bytes);
                return done(false);
            }
        }
    }
    return done(openMapJson(i.bytes));
}

template <>
Outcome App::on(const intent::RenameStored& i) {
    if (i.id == autosave_.mapId()) {  // the open map: an undoable edit, saved at once
        MapInfo info = mapInfo(map());
        info.title = i.title;
        bool ok = execute(setMapInfo(map(), info));
        flushSave();
        return done(ok);
    }
    if (storage_) storage_->rename(i.id, i.title);
    return done(storage_ != nullptr);
}

template <>
Outcome App::on(const intent::DownloadStored& i) {
    if (!storage_) return {};
    storage_->downloadStored(i.id, fileNameForTitle(i.title));
    return done(true);
}

template <>
Outcome App::on(const intent::DuplicateStored& i) {
    if (!storage_) return {};
    flushSave();
    storage_->duplicate(i.id, i.title);
    return done(true);
}

template <>
Outcome App::on(const intent::TrashStored& i) {
    if (storage_) storage_->remove(i.id);
    return done(storage_ != nullptr);
}

template <>
Outcome App::on(const intent::RestoreStored& i) {
    if (storage_) storage_->restore(i.id);
    return done(storage_ != nullptr);
}

template <>
Outcome App::on(const intent::ListStored&) {
    if (storage_) storage_->list();
    return done(storage_ != nullptr);
}

// --- export and import (app_export.cpp) --------------------------------------------------

template <>
Outcome App::on(const intent::Export& i) {
    if (!storage_) return {};
    const JourneyMap& m = map();
    const Language language = languageFromLocale(m.language);  // the words of the map's own language
    const std::string stem = fileStemForTitle(m.title);
    switch (i.kind) {
        case intent::ExportKind::Png: exportImage(i.scale); break;
        // Written by the formats module (storage_port.h), from the map file.
        case intent::ExportKind::Csv:
            storage_->exportAs("csv", saveMapToJson(m), language, stem + ".csv", "text/csv;charset=utf-8");
            break;
        case intent::ExportKind::Markdown:
            storage_->exportAs("md", saveMapToJson(m), language, stem + ".md", "text/markdown;charset=utf-8");
            break;
        case intent::ExportKind::Mermaid:
            storage_->exportAs("mmd", saveMapToJson(m), language, stem + ".mmd", "text/plain;charset=utf-8");
            break;
        case intent::ExportKind::ShareLink: storage_->makeShareLink(saveMapToJson(m)); break;
        case intent::ExportKind::Print: printMap(i.a3); break;
    }
    return done(true);
}

template <>
Outcome App::on(const intent::ConfirmImport&) {
    if (!import_) return done(false);
    JourneyMap imported = std::move(import_->map);
    import_.reset();
    flushSave();  // the open map stays in the library as it is
    replaceMap(std::move(imported), storage_ ? storage_->newId() : std::string(), 0, "");
    return done(true);
}

template <>
Outcome App::on(const intent::SaveSharedCopy&) {
    if (!shared_ || !storage_) return done(false);
    leaveShared();
    autosave_.opened(storage_->newId(), 0);  // a new map of one's own, saved soon
    return done(true);
}

template <>
Outcome App::on(const intent::CloseShared&) {
    if (!shared_ || !storage_) return done(false);
    leaveShared();
    if (!beforeShared_.empty()) {
        storage_->load(beforeShared_);  // the map that was open comes back (onLoaded)
    } else {
        replaceMap(blankMap(uiLanguage()), storage_->newId(), 0, "");
    }
    return done(true);
}

template <>
Outcome App::on(const intent::CancelImport&) {
    bool had = import_.has_value();
    import_.reset();
    return done(had);
}

// --- journey analytics ---------------------------------------------------------------

template <>
Outcome App::on(const intent::ImportMeasures&) {
    if (!storage_) return done(false);
    measuresPick_ = true;  // the file that comes back is measurements, not a map
    storage_->pickFile();
    return done(true);
}

template <>
Outcome App::on(const intent::ConfirmMeasures&) {
    if (!measures_) return done(false);
    std::vector<Measure> measures = std::move(measures_->measures);
    measures_.reset();
    return done(execute(setMeasures(std::move(measures), {"cmd.import_measures", ""})));
}

// An opportunity card in the touchpoint's stage, in the map's first opportunities
// lane (a new one when it has none), linked to the touchpoint: one undo step,
// its text ready to be typed over.
template <>
Outcome App::on(const intent::AddOpportunity& i) {
    const Card* touchpoint = map().card(i.touchpoint);
    if (!touchpoint) return done(false);
    std::vector<CommandPtr> steps;
    Id lane = 0;
    for (const Lane& l : map().lanes)
        if (l.kind == LaneKind::Opportunities && !canvas_.view().hides(l.id)) {
            lane = l.id;
            break;
        }
    Id next = map().nextId;
    if (!lane) {
        Lane added;
        added.id = lane = next++;
        added.kind = LaneKind::Opportunities;
        added.name = laneKindLabel(LaneKind::Opportunities);
        steps.push_back(insertLane(std::move(added), map().lanes.size()));
    }
    Card card;
    card.id = next;
    card.lane = lane;
    card.stage = touchpoint->stage;
    card.text = format("analytics.opportunity_text", {touchpoint->text});
    const Id id = card.id;
    const std::string text = card.text;
    steps.push_back(addCards({std::move(card)}, SIZE_MAX));
    steps.push_back(linkCards({id, i.touchpoint}));
    if (!execute(group({"cmd.add_opportunity", text}, std::move(steps)))) return done(false);
    canvas_.select({id});
    canvas_.scrollToCard(id);
    edit_ = {id, 0, false};
    canvas_.startEditing(id, text);
    return done(true, id);
}

Outcome App::apply(const Intent& intent) {
    return std::visit([this](const auto& i) { return on(i); }, intent);
}

}  // namespace jejak::ui
