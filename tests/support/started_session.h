// A Session started as the page starts it, on a blank English map (five stages,
// the usual lanes), with a fake browser port: the Session tests' starting point.
#pragma once

#include <string>
#include <vector>

#include "fake_browser_port.h"
#include "session/session.h"
#include "ui/i18n.h"

namespace jejak::test {

struct StartedSession {
    FakeBrowserPort port;
    Session s{Language::English};
    StartedSession() {
        ui::setUiLanguage(Language::English);
        s.setPort(&port);
        s.onStorageStarted(true, "", "", "", 0, "");
        s.apply(intent::NewMap{Language::English, {}});
        s.onSaved(true, 1, false, "");  // the new map's first save
        s.takeEffects();
        s.takeChange();
    }
    const JourneyMap& map() const { return s.map(); }
    Id stage(size_t i) const { return map().stages.at(i).id; }
    Id lane(size_t i) const { return map().lanes.at(i).id; }
    // A card with this text in a cell, typed as a user would (one step), its effects taken.
    Id addCard(const std::string& text, size_t laneIndex = 0, size_t stageIndex = 0) {
        Id id = s.apply(intent::AddCard{lane(laneIndex), stage(stageIndex), SIZE_MAX, false}).created;
        s.apply(intent::EditCardText{id, text});
        s.apply(intent::EndGesture{});
        s.takeEffects();
        return id;
    }
    // The effects of kind E since the last take (the others are dropped).
    template <class E>
    std::vector<E> effects() {
        std::vector<E> out;
        for (const Effect& e : s.takeEffects())
            if (const E* x = std::get_if<E>(&e)) out.push_back(*x);
        return out;
    }
    std::vector<std::string> messages() {
        std::vector<std::string> out;
        for (const auto& m : effects<effect::Message>()) out.push_back(m.text);
        return out;
    }
    std::string messageText() {
        std::string out;
        for (const std::string& m : messages()) out += m;
        return out;
    }
};

}  // namespace jejak::test
