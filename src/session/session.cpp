// The Session's door: every intent in, every command through one check, and
// the maps it opens (session/session.h).
#include "session/session.h"

#include <ctime>

#include <nlohmann/json.hpp>

#include "core/formatting.h"
#include "io/map_json.h"
#include "ui/i18n.h"

namespace jejak {

using ui::tr;

Session::Session(Language uiLanguage, Templates examples) : templates_(std::move(examples)) {
    ui::setUiLanguage(uiLanguage);
    // A first visit lands on a ready example in the browser's language.
    if (!openTemplate(std::string("b2c-retail-maria.") + languageCode(uiLanguage)))
        document_.reset(makeEmptyMap(tr("map.untitled"), languageCode(uiLanguage)));
    autosave_.setViewSource([this] { return viewJson(); });
    effects_.clear();
}

void Session::emit(Effect effect) { effects_.push_back(std::move(effect)); }

void Session::message(const char* key) { message(std::string(tr(key))); }

bool Session::roomToRead(std::size_t textBytes, const char* why) {
    if (!memoryCheck_ || memoryCheck_(textBytes * kMemoryPerTextByte + (std::size_t{4} << 20))) return true;
    message(why);
    return false;
}

const char* Session::readOnlyReason(const Command* command) const {
    if (shared_) return "share.read_only_edit";  // a shared map is read only until a copy is saved
    if (map().state.kind == StateKind::Version && (!command || command->editsOpenState()))
        return "state.read_only_edit";  // a saved version is read only
    return nullptr;
}

bool Session::viewsOnly(const Intent& intent) {
    return std::holds_alternative<intent::SelectCards>(intent) || std::holds_alternative<intent::ZoomBy>(intent) ||
           std::holds_alternative<intent::FitToScreen>(intent) || std::holds_alternative<intent::EndGesture>(intent);
}

bool Session::execute(CommandPtr command, bool continuous) {
    if (!command) return false;
    if (const char* why = readOnlyReason(command.get())) {
        message(why);
        return false;
    }
    std::vector<Id> touched;
    command->touched(touched);
    if (!document_.execute(std::move(command), continuous)) return false;
    change_.add(MapChange::Source::Local, touched);
    return true;
}

Outcome Session::apply(const Intent& intent) {
    return std::visit([this](const auto& i) { return on(i); }, intent);
}

// --- opening maps ------------------------------------------------------------------

std::optional<MapLoadResult> Session::readMapText(std::string_view text, const char* failedKey) {
    if (!roomToRead(text.size())) return std::nullopt;
    MapLoadResult loaded = loadMapFromJson(text);
    if (!loaded.ok) {
        message(std::string(tr(failedKey)) + " " + describeProblem(loaded.problem, ui::uiLanguage()));
        return std::nullopt;
    }
    return loaded;
}

bool Session::loadMapText(std::string_view text, const char* failedKey, Opened how) {
    std::optional<MapLoadResult> loaded = readMapText(text, failedKey);
    if (!loaded) return false;
    openLoaded(std::move(*loaded), std::move(how));
    return true;
}

void Session::openLoaded(MapLoadResult loaded, Opened how) {
    if (how.shared) {
        if (!shared_) {
            flushSave();  // the open map stays in the library as it is
            beforeShared_ = autosave_.mapId();
        }
        replaceMap(std::move(loaded.map), "", 0, "", std::move(loaded.hiddenLanes));
        shared_ = true;
        autosave_.hold(true);  // not kept unless the user saves a copy
        return;
    }
    if (how.id.empty()) flushSave();  // a new map: the open one stays in the library as it is
    std::string id = how.id.empty() && port_ ? port_->newId() : how.id;
    replaceMap(std::move(loaded.map), std::move(id), how.revision, how.view, std::move(loaded.hiddenLanes));
}

bool Session::openMapJson(std::string_view text) {
    if (!loadMapText(text, "error.open_failed", {})) return false;
    emit(effect::ClearMessage{});
    return true;
}

bool Session::openTemplate(std::string_view key) {
    for (const auto& [name, text] : templates_)
        if (name == key) return openMapJson(text);
    return false;
}

// The shared map's read-only state ends: kept from now on, its link gone from the address.
void Session::leaveShared() {
    if (!shared_) return;
    shared_ = false;
    autosave_.hold(false);
    if (port_) port_->clearShareLink();
}

void Session::replaceMap(JourneyMap map, std::string id, int revision, std::string_view view,
                         std::vector<Id> hiddenInFile) {
    leaveShared();  // another map takes a shared one's place: it was never kept
    document_.reset(std::move(map));
    edit_ = {};
    autosave_.opened(std::move(id), revision);
    view_ = parseSavedView(view, document_.map(), std::move(hiddenInFile));
    searchFilter_ = view_.filter;  // the view as it was kept: nothing new to save
    searchVersion_ = UINT64_MAX;
    searchCurrent_ = -1;
    change_.add(MapChange::Source::Opened, {});
    emit(effect::MapOpened{view_});
}

std::string Session::viewJson() const {
    SavedView v = view_;
    if (placeSource_) placeSource_(v);
    return savedViewJson(v);
}

std::string Session::nowTimestamp() const {
    return timestampFromMs(static_cast<double>(std::time(nullptr)) * 1000.0);  // the wall clock
}

// --- the browser, words and templates -------------------------------------------------

void Session::setPort(BrowserPort* port) {
    port_ = port;
    if (port_) {  // the interface language and theme this browser chose last time
        std::string language = port_->preference("language");
        if (language == "en" || language == "id")
            useLanguage(language == "id" ? Language::Indonesian : Language::English);
        std::string theme = port_->preference("theme");
        for (int t = 0; t < kThemeCount; ++t)
            if (theme == themeName(static_cast<Theme>(t))) {
                theme_ = static_cast<Theme>(t);
                emit(effect::ApplyTheme{theme_});
            }
    }
    autosave_.setTarget(port_);
    if (port_) port_->start();
}

// The web app has the interface language's words only: another language waits
// for its words (words-LANG.json, from the page or its offline copy).
void Session::useLanguage(Language language) {
    if (TranslationTable::builtIn().hasLanguage(language) || !port_) {
        wordsPending_.reset();
        ui::setUiLanguage(language);
        return;
    }
    wordsPending_ = language;
    port_->loadWords(language);
}

void Session::onWordsLoaded(Language language, std::string_view words, std::string_view example) {
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
        emit(effect::Templates{});
    }
    if (wordsPending_ == language) useLanguage(language);
    if (blankPending_ == language) {
        blankPending_.reset();
        apply(intent::NewMap{language, {}});
    }
}

void Session::onWordsFailed(Language language) {
    if (wordsPending_ != language && blankPending_ != language) return;
    wordsPending_.reset();
    blankPending_.reset();
    message("error.words_failed");
}

void Session::onTemplates(bool ok, std::string_view json) {
    nlohmann::json all = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (!ok || !all.is_object()) {
        templatesAsked_ = false;  // the next opening asks again
        moreTemplates_ = MoreTemplates::Failed;
        emit(effect::Templates{});
        return;
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().is_string()) continue;
        bool known = false;
        for (const auto& t : templates_) known = known || t.first == it.key();
        if (!known) templates_.emplace_back(it.key(), it.value().get<std::string>());
    }
    moreTemplates_ = MoreTemplates::None;
    emit(effect::Templates{});
}

void Session::onFullscreenLeft() {
    if (presenting_) apply(intent::Present{false});
}

// --- search ---------------------------------------------------------------------------

void Session::setSearch(const CardFilter& filter, int persona) {
    if (persona != view_.persona) {  // the persona filter is kept with the view too
        view_.persona = persona;
        autosave_.viewChanged();
    }
    view_.filter = filter;
}

const std::vector<Id>& Session::searchMatches() {
    const CardFilter& filter = view_.filter;
    if (searchVersion_ == document_.changeCount() && searchFilter_ == filter && searchHidden_ == view_.hiddenLanes)
        return searchMatches_;
    searchHidden_ = view_.hiddenLanes;
    if (!(searchFilter_ == filter)) {
        searchCurrent_ = -1;      // a new search starts from the first match
        autosave_.viewChanged();  // and is kept with the map's view
    }
    searchVersion_ = document_.changeCount();
    searchFilter_ = filter;
    dimmed_ = filter.active() ? jejak::dimmedCards(map(), filter) : std::vector<bool>();
    searchMatches_ = matchingCards(map(), filter, view_.hiddenLanes);
    ++searchRevision_;
    if (searchCurrent_ >= static_cast<int>(searchMatches_.size())) searchCurrent_ = -1;
    return searchMatches_;
}

const std::vector<bool>& Session::dimmedCards() {
    searchMatches();
    return dimmed_;
}

// The next or previous match is selected and scrolled into view.
void Session::stepSearch(int step) {
    const std::vector<Id>& matches = searchMatches();
    searchCurrent_ = stepMatch(static_cast<int>(matches.size()), searchCurrent_, step);
    if (searchCurrent_ < 0) return;
    emit(effect::Select{{matches[static_cast<size_t>(searchCurrent_)]}, true});
}

}  // namespace jejak
