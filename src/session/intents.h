// What a user asked for, as plain values. Views produce them; Session::apply
// (session/session.h) is the one place that turns them into commands, calls to
// the browser, or effects for the views to show.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/commands.h"
#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak {

enum class Panel { None, Inspector, Personas, Lanes, Properties, Analytics };
enum class Dialog { Gallery, Library, Help, Export, States };

// Something on the map a menu or a rename is about.
struct Target {
    enum Kind { None, Card, Stage, Lane, Cell, Emotion } kind = None;
    Id id = 0;  // card, stage or lane; the stage of an emotion point
    int row = -1, column = -1;
    int persona = -1;  // an emotion point's persona (index in JourneyMap::personas)
};

namespace intent {
// Cards
struct AddCard {
    Id lane = 0, stage = 0;
    size_t index = SIZE_MAX;
    bool edit = true;
};  // edit: type into it at once
struct EditCardText {
    Id card = 0;
    std::string text;
};  // while typing in place
struct ReplaceCard {
    Card card;
    bool continuous = false;
};
struct MoveCards {
    std::vector<Id> cards;
    Id lane = 0, stage = 0;
    size_t index = 0;
};
struct DeleteCards {
    std::vector<Id> cards;
};
struct ColourCards {
    std::vector<Id> cards;
    std::optional<Rgb> colour;
};
struct SetEmotion {
    Id persona = 0, stage = 0;
    int score = 0;
};
struct SetEmotionLabel {
    Id persona = 0, stage = 0;
    std::string label;
};
struct ClearEmotion {
    Id persona = 0, stage = 0;
};
struct ChangeVotes {  // a vote more (delta +1) or less (-1) on a card
    Id card = 0;
    int delta = 1;
};
struct ClearVotes {};  // every card's votes to 0, one undo step
struct EndGesture {};  // a drag or an in-place edit is over
struct CancelEdit {};  // Esc in the in-place editor: take the edit back without a trace
struct EndTyping {};   // a panel field lost the keyboard: the next change is a new undo step
// Stages, lanes, personas, the map
struct AddStage {
    size_t index = SIZE_MAX;
    bool rename = false;
};
struct MoveStage {
    Id stage = 0;
    size_t index = 0;
};
struct ReplaceStage {
    Stage stage;
    bool continuous = false;
};
struct RemoveStage {
    Id stage = 0;
};
struct AddLane {};
struct MoveLane {
    Id lane = 0;
    size_t index = 0;
};
struct ReplaceLane {
    Lane lane;
    bool continuous = false;
};
struct SetLaneHidden {  // a view setting: no undo step, kept with the view
    Id lane = 0;
    bool hidden = false;
};
struct AskRemoveLane {
    Id lane = 0;
};  // opens the lane manager's confirmation
struct RemoveLane {
    Id lane = 0;
};
struct AddPersona {};
struct ReplacePersona {
    Persona persona;
};
struct RemovePersona {
    Id persona = 0;
};
struct SetMapInfo {
    MapInfo info;
};
struct Undo {};
struct Redo {};
// The view
struct ShowPanel {
    Panel panel = Panel::None;
};
struct OpenDialog {
    Dialog dialog = Dialog::Help;
};
struct StartEditing {
    Id card = 0;
};
struct StartRename {
    Target target;
};
struct SelectCards {
    std::vector<Id> cards;
};
struct ZoomBy {
    float factor = 1;
};
struct FitToScreen {};
struct NextTheme {};
struct Present {  // enter or leave presentation mode
    bool on = true;
};
struct ChooseLanguage {
    Language language = Language::English;
};
// Maps and files
struct NewMap {
    std::optional<Language> blank;
    std::string templateKey;
};  // blank map, or a template
struct DownloadCopy {};
struct PickFile {};
struct KeepMine {};
struct LoadTheirs {};
struct OpenStored {
    std::string id;
};
// A map file the user picked or dropped. When a map with its title is already in
// the library, the app asks first (unless asNewCopy: the user said so).
struct OpenFile {
    std::string bytes;
    bool asNewCopy = false;
};
struct DownloadStored {
    std::string id, title;
};
struct RenameStored {
    std::string id, title;
};
struct DuplicateStored {
    std::string id, title;
};
struct TrashStored {
    std::string id;
};
struct RestoreStored {
    std::string id;
};
struct ListStored {};
struct SaveOfflineEdition {};  // download jejak-offline.html
// The map in another form, downloaded (or, for Print, the browser's print
// dialog; for ShareLink, a link that holds the map).
enum class ExportKind { Png, Print, Csv, Markdown, Mermaid, ShareLink };
struct Export {
    ExportKind kind = ExportKind::Png;
    int scale = 1;    // Png: 1, 2 or 4
    bool a3 = false;  // Print: A3 landscape, else A4
};
// A CSV or Mermaid file was read and previewed: open it as a new map, or not
// (CancelImport also cancels the measurements' preview).
struct ConfirmImport {};
struct CancelImport {};
// A map opened from a share link: kept as a new map of one's own, or closed.
struct SaveSharedCopy {};
struct CloseShared {};
// Journey analytics: measurements from a CSV file (a preview, then one undo step),
// and an opportunity card for a touchpoint where customers leave, linked to it.
struct ImportMeasures {};
struct ConfirmMeasures {};
struct AddOpportunity {
    Id touchpoint = 0;
};
// States (views/states_view.h): switch to one, start a future state from the
// open one, save a version of it, restore a version as the current state,
// rename, delete, and download one as a map file of its own.
struct OpenState {
    Id state = 0;
};
struct StartFutureState {};
struct SaveVersion {
    std::string label;
};
struct RestoreVersion {
    Id version = 0;
};
struct RenameState {
    Id state = 0;
    std::string name;
    bool continuous = false;
};
struct DeleteState {
    Id state = 0;
};
struct DownloadState {
    Id state = 0;
};
}  // namespace intent

using Intent =
    std::variant<intent::AddCard, intent::EditCardText, intent::ReplaceCard, intent::MoveCards, intent::DeleteCards,
                 intent::ColourCards, intent::SetEmotion, intent::SetEmotionLabel, intent::ClearEmotion,
                 intent::ChangeVotes, intent::ClearVotes, intent::EndGesture, intent::CancelEdit, intent::EndTyping,
                 intent::AddStage, intent::MoveStage, intent::ReplaceStage, intent::RemoveStage, intent::AddLane,
                 intent::MoveLane, intent::ReplaceLane, intent::SetLaneHidden, intent::AskRemoveLane,
                 intent::RemoveLane, intent::AddPersona, intent::ReplacePersona, intent::RemovePersona,
                 intent::SetMapInfo, intent::Undo, intent::Redo, intent::ShowPanel, intent::OpenDialog,
                 intent::StartEditing, intent::StartRename, intent::SelectCards, intent::ZoomBy, intent::FitToScreen,
                 intent::NextTheme, intent::Present, intent::ChooseLanguage, intent::NewMap, intent::DownloadCopy,
                 intent::PickFile, intent::KeepMine, intent::LoadTheirs, intent::OpenStored, intent::OpenFile,
                 intent::DownloadStored, intent::RenameStored, intent::DuplicateStored, intent::TrashStored,
                 intent::RestoreStored, intent::ListStored, intent::SaveOfflineEdition, intent::Export,
                 intent::ConfirmImport, intent::CancelImport, intent::SaveSharedCopy,
                 intent::CloseShared, intent::ImportMeasures, intent::ConfirmMeasures, intent::AddOpportunity,
                 intent::OpenState, intent::StartFutureState, intent::SaveVersion, intent::RestoreVersion,
                 intent::RenameState, intent::DeleteState, intent::DownloadState>;

// What applying an intent did: whether anything changed, and the id of what it
// created (a card, stage, lane or persona), so a view can open it.
struct Outcome {
    bool done = false;
    Id created = 0;
};

// Where views send intents. The canvas needs answers at once (a new card is
// edited in the same frame the double-click happened), so intents are applied
// as they come, in order.
class IntentSink {
public:
    virtual ~IntentSink() = default;
    virtual Outcome apply(const Intent& intent) = 0;
    // Changes whenever the map does (after an intent, too): views cache by it.
    virtual std::uint64_t mapVersion() const = 0;
};

}  // namespace jejak
