// What the Session tells the views to show, as plain values: it never reaches
// into a view. App takes them after every intent and every answer from the
// browser (Session::takeEffects) and hands each to the view it is for.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "session/intents.h"
#include "session/saved_view.h"
#include "session/theme_choice.h"

namespace jejak {

namespace effect {
// The editing canvas (the presentation's while presenting) opens its in-place
// editor on a card, the caret after `text`.
struct StartEditing {
    Id card = 0;
    std::string text;
};
struct StartRename {  // a stage, lane or emotion label renamed in place
    Target target;
};
struct Select {  // the editing canvas's selection; scroll: the first card into view
    std::vector<Id> cards;
    bool scroll = false;
};
struct ShowPanel {
    Panel panel = Panel::None;
};
struct AskRemoveLane {  // the lane manager asks before a lane goes
    Id lane = 0;
};
struct OpenDialog {
    Dialog dialog = Dialog::Help;
};
struct CloseLibrary {};
struct Zoom {  // around the middle of the screen
    float factor = 1;
};
struct FitToScreen {};
struct LaneHidden {  // the editor's canvas shows or hides a lane
    Id lane = 0;
    bool hidden = false;
};
// Another map (or another tab's version of this one) is open: the views start
// afresh, placed as its saved view says (keepPlace: the scroll and zoom stay as they are).
struct MapOpened {
    SavedView view;
    bool keepPlace = false;
};
// A map file whose title a kept map has: open that one, or the file as a new copy?
struct AskSameFile {
    std::string title, existingId, bytes;
};
struct Message {  // a message in the user's language, shown for a while
    std::string text;
};
struct ClearMessage {};
struct ApplyTheme {
    Theme theme = Theme::Light;
};
// Presentation mode entered (the projector theme, full screen asked) or left.
struct Presentation {
    bool on = true;
};
struct RenderImage {  // the image export, drawn by the GPU (ui/map_image.h)
    int scale = 1;
};
struct PrintPages {
    bool a3 = false;
};
struct ShareLink {  // the link made of the open map, to copy
    std::string url;
};
struct Downloaded {};  // the map file was offered as a download (the backup reminder starts again)
struct Templates {};   // the gallery's templates changed (Session::templates)
}  // namespace effect

using Effect = std::variant<effect::StartEditing, effect::StartRename, effect::Select, effect::ShowPanel,
                            effect::AskRemoveLane, effect::OpenDialog, effect::CloseLibrary, effect::Zoom,
                            effect::FitToScreen, effect::LaneHidden, effect::MapOpened, effect::AskSameFile, effect::Message,
                            effect::ClearMessage, effect::ApplyTheme, effect::Presentation, effect::RenderImage,
                            effect::PrintPages, effect::ShareLink, effect::Downloaded, effect::Templates>;

}  // namespace jejak
