// Intents about what the user sees, not the map: panels, dialogs, selection,
// zoom, the theme, the language and presentation mode. The Session answers most
// with an effect for the views; what it keeps (the theme, the language, the
// gallery's templates) it keeps here.
#include "session/session.h"
#include "ui/i18n.h"

namespace jejak {
namespace {
Outcome done(bool ok) { return {ok, 0}; }
}  // namespace

using ui::tr;

template <>
Outcome Session::on(const intent::ShowPanel& i) {
    emit(effect::ShowPanel{i.panel});
    return done(true);
}

template <>
Outcome Session::on(const intent::OpenDialog& i) {
    if (i.dialog == Dialog::Gallery && !templatesAsked_ && port_) {
        // The rest of the templates come with the formats module.
        templatesAsked_ = true;
        moreTemplates_ = MoreTemplates::Loading;
        emit(effect::Templates{});
        port_->loadTemplates();
    }
    emit(effect::OpenDialog{i.dialog});
    return done(true);
}

template <>
Outcome Session::on(const intent::StartEditing& i) {
    if (shared_) {  // a saved version's card opens (its edits are refused); a shared map's says why not
        message(readOnlyReason());
        return done(false);
    }
    const Card* c = map().card(i.card);
    if (c) startEditing(c->id, c->text, 0);
    return done(c != nullptr);
}

template <>
Outcome Session::on(const intent::StartRename& i) {
    emit(effect::StartRename{i.target});
    return done(true);
}

template <>
Outcome Session::on(const intent::SelectCards& i) {
    emit(effect::Select{i.cards, false});
    return done(true);
}

template <>
Outcome Session::on(const intent::ZoomBy& i) {
    emit(effect::Zoom{i.factor});
    return done(true);
}

template <>
Outcome Session::on(const intent::FitToScreen&) {
    emit(effect::FitToScreen{});
    return done(true);
}

template <>
Outcome Session::on(const intent::NextTheme&) {
    theme_ = nextTheme(theme_);
    emit(effect::ApplyTheme{theme_});
    // Presenting, the theme is the room's for now: the editor's own comes back after.
    if (port_ && !presenting_) port_->setPreference("theme", themeName(theme_));
    return done(true);
}

// Presentation mode: full screen and the projector theme; leaving gives the
// editor's theme back. The views place the spotlight (effect::Presentation).
template <>
Outcome Session::on(const intent::Present& i) {
    if (i.on == presenting_) return done(false);
    if (edit_.open) on(intent::EndGesture{});  // the in-place editor closes with what was typed
    presenting_ = i.on;
    if (i.on) {
        editorTheme_ = theme_;
        theme_ = Theme::Projector;
    } else {
        theme_ = editorTheme_;
    }
    emit(effect::ApplyTheme{theme_});
    emit(effect::Presentation{i.on});
    if (port_) port_->setFullscreen(i.on);
    return done(true);
}

template <>
Outcome Session::on(const intent::ChooseLanguage& i) {
    useLanguage(i.language);
    if (port_) port_->setPreference("language", languageCode(i.language));
    return done(true);
}

}  // namespace jejak
