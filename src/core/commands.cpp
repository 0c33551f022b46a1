// The commands that change a journey map, each exactly reversible.
#include "core/commands.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_set>
#include <utility>

#include "core/commands_detail.h"

namespace jejak {
using namespace detail;

bool Command::mergeWith(const Command&) { return false; }

namespace {

template <class T>
std::vector<T>& itemsOf(JourneyMap& m);
template <>
std::vector<Stage>& itemsOf<Stage>(JourneyMap& m) {
    return m.stages;
}
template <>
std::vector<Lane>& itemsOf<Lane>(JourneyMap& m) {
    return m.lanes;
}
template <>
std::vector<Persona>& itemsOf<Persona>(JourneyMap& m) {
    return m.personas;
}
template <>
std::vector<Card>& itemsOf<Card>(JourneyMap& m) {
    return m.cards;
}
template <class T>
const std::vector<T>& itemsOf(const JourneyMap& m) {
    return itemsOf<T>(const_cast<JourneyMap&>(m));
}

template <class T>
struct Names;
template <>
struct Names<Stage> {
    static constexpr const char* insert = "cmd.add_stage";
    static constexpr const char* remove = "cmd.remove_stage";
    static constexpr const char* move = "cmd.move_stage";
    static constexpr const char* replace = "cmd.edit_stage";
};
template <>
struct Names<Lane> {
    static constexpr const char* insert = "cmd.add_lane";
    static constexpr const char* remove = "cmd.remove_lane";
    static constexpr const char* move = "cmd.move_lane";
    static constexpr const char* replace = "cmd.edit_lane";
};
template <>
struct Names<Persona> {
    static constexpr const char* insert = "cmd.add_persona";
    static constexpr const char* remove = "cmd.remove_persona";
    static constexpr const char* replace = "cmd.edit_persona";
};
template <>
struct Names<Card> {
    static constexpr const char* replace = "cmd.edit_card";
};

std::string subjectOf(const Card& c) { return c.text; }
template <class T>
std::string subjectOf(const T& item) {
    return item.name;
}

template <class T>
size_t indexOfId(const std::vector<T>& items, Id id) {
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return i;
    return items.size();
}

// --- map info ---------------------------------------------------------------------

class SetMapInfo final : public Command {
public:
    explicit SetMapInfo(MapInfo after) : after_(std::move(after)) {}
    void apply(JourneyMap& m) override {
        before_ = mapInfo(m);
        write(m, after_);
    }
    void revert(JourneyMap& m) override { write(m, before_); }
    CommandLabel label() const override { return {"cmd.edit_map", after_.title}; }
    bool applicable(const JourneyMap&) const override { return true; }
    const void* kind() const override { return kindOf<SetMapInfo>(); }
    bool mergeWith(const Command& next) override {
        auto* n = sameKind(*this, next);
        if (!n) return false;
        after_ = n->after_;
        return true;
    }

private:
    static void write(JourneyMap& m, const MapInfo& info) {
        m.title = info.title;
        m.description = info.description;
        m.language = info.language;
    }
    MapInfo after_, before_;
};

// --- generic insert / remove / move / replace of stages, lanes, personas, cards -----

template <class T>
class InsertItem final : public Command {
public:
    InsertItem(T item, size_t index) : item_(std::move(item)), index_(index) {}
    void apply(JourneyMap& m) override {
        auto& items = itemsOf<T>(m);
        placed_ = std::min(index_, items.size());
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(placed_), item_);
        nextIdBefore_ = m.nextId;
        m.nextId = std::max(m.nextId, item_.id + 1);
    }
    void revert(JourneyMap& m) override {
        auto& items = itemsOf<T>(m);
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(placed_));
        m.nextId = nextIdBefore_;
    }
    CommandLabel label() const override { return {Names<T>::insert, subjectOf(item_)}; }
    bool applicable(const JourneyMap& m) const override { return idIsFree(m, item_.id) && valuesOk(m, item_); }
    void touched(std::vector<Id>& ids) const override { ids.push_back(item_.id); }

private:
    T item_;
    size_t index_, placed_ = 0;
    Id nextIdBefore_ = 1;
};

template <class T>
class MoveItem final : public Command {
public:
    MoveItem(Id id, size_t to) : id_(id), to_(to) {}
    void apply(JourneyMap& m) override {
        auto& items = itemsOf<T>(m);
        from_ = indexOfId(items, id_);
        placed_ = std::min(to_, items.size() - 1);
        moveWithin(items, from_, placed_);
        subject_ = subjectOf(items[placed_]);
    }
    void revert(JourneyMap& m) override { moveWithin(itemsOf<T>(m), placed_, from_); }
    CommandLabel label() const override { return {Names<T>::move, subject_}; }
    bool applicable(const JourneyMap& m) const override { return indexOfId(itemsOf<T>(m), id_) < itemsOf<T>(m).size(); }
    void touched(std::vector<Id>& ids) const override { ids.push_back(id_); }

private:
    static void moveWithin(std::vector<T>& items, size_t from, size_t to) {
        T item = std::move(items[from]);
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    }
    Id id_;
    size_t to_, from_ = 0, placed_ = 0;
    std::string subject_;
};

template <class T>
class ReplaceItem final : public Command {
public:
    explicit ReplaceItem(T after) : after_(std::move(after)) {}
    void apply(JourneyMap& m) override {
        auto& items = itemsOf<T>(m);
        index_ = indexOfId(items, after_.id);
        before_ = items[index_];
        items[index_] = after_;
    }
    void revert(JourneyMap& m) override { itemsOf<T>(m)[index_] = before_; }
    CommandLabel label() const override { return {Names<T>::replace, subjectOf(after_)}; }
    bool applicable(const JourneyMap& m) const override {
        return indexOfId(itemsOf<T>(m), after_.id) < itemsOf<T>(m).size() && valuesOk(m, after_);
    }
    void touched(std::vector<Id>& ids) const override { ids.push_back(after_.id); }
    const void* kind() const override { return kindOf<ReplaceItem>(); }
    bool mergeWith(const Command& next) override {
        auto* n = sameKind(*this, next);
        if (!n || n->after_.id != after_.id) return false;
        after_ = n->after_;
        return true;
    }

private:
    T after_, before_;
    size_t index_ = 0;
};

// Removes a stage, lane or persona and everything that refers to it.
template <class T>
class RemoveItem final : public Command {
public:
    explicit RemoveItem(Id id) : id_(id) {}
    void apply(JourneyMap& m) override {
        Id id = id_;
        auto& items = itemsOf<T>(m);
        removed_ = extractIf(items, [id](const T& item) { return item.id == id; });
        cards_ = extractIf(m.cards, [id](const Card& c) { return refersTo(c, id); });
        emotions_ = extractIf(m.emotions, [id](const EmotionScore& e) { return refersTo(e, id); });
        std::unordered_set<Id> stages;
        if constexpr (std::is_same_v<T, Stage>) stages.insert(id);
        dependents_.extract(m, stages, idsOf(cards_));
        if constexpr (std::is_same_v<T, Persona>) {  // personas are shared: every state forgets its scores
            otherEmotions_.clear();
            for (MapState& s : m.states)
                otherEmotions_.push_back(
                    extractIf(s.content.emotions, [id](const EmotionScore& e) { return e.persona == id; }));
        }
    }
    void revert(JourneyMap& m) override {
        if constexpr (std::is_same_v<T, Persona>)
            for (size_t i = 0; i < otherEmotions_.size(); ++i) restore(m.states[i].content.emotions, otherEmotions_[i]);
        restore(itemsOf<T>(m), removed_);
        restore(m.cards, cards_);
        restore(m.emotions, emotions_);
        dependents_.restore(m);
    }
    CommandLabel label() const override {
        return {Names<T>::remove, removed_.empty() ? std::string() : subjectOf(removed_[0].second)};
    }
    bool applicable(const JourneyMap& m) const override { return indexOfId(itemsOf<T>(m), id_) < itemsOf<T>(m).size(); }

private:
    static bool refersTo(const Card& c, Id id) {
        if constexpr (std::is_same_v<T, Stage>) return c.stage == id;
        if constexpr (std::is_same_v<T, Lane>) return c.lane == id;
        return false;
    }
    static bool refersTo(const EmotionScore& e, Id id) {
        if constexpr (std::is_same_v<T, Stage>) return e.stage == id;
        if constexpr (std::is_same_v<T, Persona>) return e.persona == id;
        return false;
    }
    Id id_;
    std::vector<std::pair<size_t, T>> removed_;
    std::vector<std::pair<size_t, Card>> cards_;
    std::vector<std::pair<size_t, EmotionScore>> emotions_;
    std::vector<std::vector<std::pair<size_t, EmotionScore>>> otherEmotions_;  // per other state
    Dependents dependents_;
};

// --- measures and links -----------------------------------------------------------------

class SetMeasures final : public Command {
public:
    SetMeasures(std::vector<Measure> after, CommandLabel label) : after_(std::move(after)), label_(std::move(label)) {}
    void apply(JourneyMap& m) override {
        before_ = std::move(m.measures);
        m.measures = after_;
    }
    void revert(JourneyMap& m) override { m.measures = before_; }
    CommandLabel label() const override { return label_; }
    bool applicable(const JourneyMap& m) const override { return !measuresProblem(m, after_); }

private:
    std::vector<Measure> after_, before_;
    CommandLabel label_;
};

class LinkCards final : public Command {
public:
    LinkCards(CardLink link, bool add) : link_(link), add_(add) {}
    void apply(JourneyMap& m) override {
        if (add_) {
            m.links.push_back(link_);
            return;
        }
        removed_ = extractIf(m.links, [&](const CardLink& l) { return same(l); });
    }
    void revert(JourneyMap& m) override {
        if (add_)
            m.links.pop_back();
        else
            restore(m.links, removed_);
    }
    CommandLabel label() const override { return {add_ ? "cmd.link_cards" : "cmd.unlink_cards", subject_}; }
    bool applicable(const JourneyMap& m) const override {
        const bool linked = std::any_of(m.links.begin(), m.links.end(), [&](const CardLink& l) { return same(l); });
        if (!add_) return linked;
        return !linked && link_.from != link_.to && m.card(link_.from) && m.card(link_.to);
    }

private:
    bool same(const CardLink& l) const {
        return (l.from == link_.from && l.to == link_.to) || (l.from == link_.to && l.to == link_.from);
    }
    CardLink link_;
    bool add_;
    std::string subject_;
    std::vector<std::pair<size_t, CardLink>> removed_;
};

}  // namespace

MapInfo mapInfo(const JourneyMap& map) { return {map.title, map.description, map.language}; }
CommandPtr setMapInfo(const JourneyMap&, MapInfo info) { return std::make_unique<SetMapInfo>(std::move(info)); }

CommandPtr insertStage(Stage stage, size_t index) {
    return std::make_unique<InsertItem<Stage>>(std::move(stage), index);
}
CommandPtr removeStage(Id stage) { return std::make_unique<RemoveItem<Stage>>(stage); }
CommandPtr moveStage(Id stage, size_t toIndex) { return std::make_unique<MoveItem<Stage>>(stage, toIndex); }
CommandPtr replaceStage(Stage stage) { return std::make_unique<ReplaceItem<Stage>>(std::move(stage)); }

CommandPtr insertLane(Lane lane, size_t index) { return std::make_unique<InsertItem<Lane>>(std::move(lane), index); }
CommandPtr removeLane(Id lane) { return std::make_unique<RemoveItem<Lane>>(lane); }
CommandPtr moveLane(Id lane, size_t toIndex) { return std::make_unique<MoveItem<Lane>>(lane, toIndex); }
CommandPtr replaceLane(Lane lane) { return std::make_unique<ReplaceItem<Lane>>(std::move(lane)); }

CommandPtr insertPersona(Persona persona, size_t index) {
    return std::make_unique<InsertItem<Persona>>(std::move(persona), index);
}
CommandPtr removePersona(Id persona) { return std::make_unique<RemoveItem<Persona>>(persona); }
CommandPtr replacePersona(Persona persona) { return std::make_unique<ReplaceItem<Persona>>(std::move(persona)); }

CommandPtr replaceCard(Card card) { return std::make_unique<ReplaceItem<Card>>(std::move(card)); }

CommandPtr setMeasures(std::vector<Measure> measures, CommandLabel label) {
    return std::make_unique<SetMeasures>(std::move(measures), std::move(label));
}
CommandPtr linkCards(CardLink link) { return std::make_unique<LinkCards>(link, true); }
CommandPtr unlinkCards(CardLink link) { return std::make_unique<LinkCards>(link, false); }

void assignFreshIds(const JourneyMap& map, std::vector<Card>& cards) {
    Id next = map.nextId;
    for (Card& c : cards)
        if (c.id == 0) c.id = next++;
}

}  // namespace jejak
