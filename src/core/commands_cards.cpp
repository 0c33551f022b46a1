// The commands on cards: add (one, or a paste of many), delete and move, each
// exactly reversible; a drag's moves merge into one step.
#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/commands.h"
#include "core/commands_detail.h"

namespace jejak {
using namespace detail;
namespace {

// --- cards ---------------------------------------------------------------------------

// Where a card inserted at indexInCell of a cell goes in the map's card list.
size_t insertionPoint(const std::vector<Card>& cards, Id lane, Id stage, size_t indexInCell) {
    size_t seen = 0, afterLast = cards.size();
    bool any = false;
    for (size_t i = 0; i < cards.size(); ++i) {
        if (cards[i].lane != lane || cards[i].stage != stage) continue;
        if (seen++ == indexInCell) return i;
        afterLast = i + 1;
        any = true;
    }
    return any ? afterLast : cards.size();
}

class AddCards final : public Command {
public:
    AddCards(std::vector<Card> cards, size_t indexInCell) : cards_(std::move(cards)), indexInCell_(indexInCell) {}
    void apply(JourneyMap& m) override {
        // Cards for the same cell go in one after another, in the order given.
        std::map<std::pair<Id, Id>, size_t> placed;
        for (const Card& c : cards_) {
            size_t& before = placed[{c.lane, c.stage}];
            size_t index = indexInCell_ > SIZE_MAX - before ? SIZE_MAX : indexInCell_ + before;
            ++before;
            size_t at = insertionPoint(m.cards, c.lane, c.stage, index);
            m.cards.insert(m.cards.begin() + static_cast<std::ptrdiff_t>(at), c);
        }
        nextIdBefore_ = m.nextId;
        for (const Card& c : cards_) m.nextId = std::max(m.nextId, c.id + 1);
    }
    void revert(JourneyMap& m) override {
        std::unordered_set<Id> ids;
        for (const Card& c : cards_) ids.insert(c.id);
        extractIf(m.cards, [&](const Card& c) { return ids.count(c.id) != 0; });
        m.nextId = nextIdBefore_;
    }
    CommandLabel label() const override {
        return {"cmd.add_cards", cards_.size() == 1 ? cards_[0].text : std::to_string(cards_.size())};
    }
    bool applicable(const JourneyMap& m) const override {
        std::unordered_set<Id> ids;
        for (const Card& c : cards_)
            if (!idIsFree(m, c.id) || !ids.insert(c.id).second || !cardValuesOk(m, c)) return false;
        return !cards_.empty();
    }
    void touched(std::vector<Id>& ids) const override {
        for (const Card& c : cards_) ids.push_back(c.id);
    }

private:
    std::vector<Card> cards_;
    size_t indexInCell_;
    Id nextIdBefore_ = 1;
};

class DeleteCards final : public Command {
public:
    explicit DeleteCards(std::vector<Id> ids) : ids_(ids.begin(), ids.end()) {}
    void apply(JourneyMap& m) override {
        removed_ = extractIf(m.cards, [&](const Card& c) { return ids_.count(c.id) != 0; });
        dependents_.extract(m, {}, ids_);
    }
    void touched(std::vector<Id>& ids) const override {
        for (Id id : ids_) ids.push_back(id);
    }
    void revert(JourneyMap& m) override {
        restore(m.cards, removed_);
        dependents_.restore(m);
    }
    CommandLabel label() const override {
        return {"cmd.delete_cards", removed_.size() == 1 ? removed_[0].second.text : std::to_string(removed_.size())};
    }
    bool applicable(const JourneyMap& m) const override {
        if (ids_.empty()) return false;
        for (Id id : ids_)
            if (!m.card(id)) return false;
        return true;
    }

private:
    std::unordered_set<Id> ids_;
    std::vector<std::pair<size_t, Card>> removed_;
    Dependents dependents_;
};

class MoveCards final : public Command {
public:
    MoveCards(std::vector<Id> ids, Id lane, Id stage, size_t indexInCell) : ids_(ids.begin(), ids.end()) {
        steps_.push_back({lane, stage, indexInCell, {}});
    }
    void apply(JourneyMap& m) override {
        for (Step& step : steps_) applyStep(m, step);
        const Stage* s = m.stage(steps_.back().stage);
        subject_ = s ? s->name : std::string();
    }
    void revert(JourneyMap& m) override {
        for (auto it = steps_.rbegin(); it != steps_.rend(); ++it) {
            extractIf(m.cards, [&](const Card& c) { return ids_.count(c.id) != 0; });
            restore(m.cards, it->removed);
        }
    }
    CommandLabel label() const override { return {"cmd.move_cards", subject_}; }
    void touched(std::vector<Id>& ids) const override {
        for (Id id : ids_) ids.push_back(id);
    }
    bool applicable(const JourneyMap& m) const override {
        const Step& first = steps_.front();
        if (ids_.empty() || !m.lane(first.lane) || !m.stage(first.stage)) return false;
        for (Id id : ids_)
            if (!m.card(id)) return false;
        return true;
    }
    const void* kind() const override { return kindOf<MoveCards>(); }
    bool mergeWith(const Command& next) override {
        // A drag that passes over several cells is one undo step.
        auto* n = sameKind(*this, next);
        if (!n || n->ids_ != ids_) return false;
        steps_.insert(steps_.end(), n->steps_.begin(), n->steps_.end());
        subject_ = n->subject_;
        return true;
    }

private:
    struct Step {
        Id lane, stage;
        size_t indexInCell;
        std::vector<std::pair<size_t, Card>> removed;  // the cards as they were before the step
    };
    void applyStep(JourneyMap& m, Step& step) {
        step.removed = extractIf(m.cards, [&](const Card& c) { return ids_.count(c.id) != 0; });
        size_t at = insertionPoint(m.cards, step.lane, step.stage, step.indexInCell);
        std::vector<Card> moving;
        moving.reserve(step.removed.size());
        for (const auto& entry : step.removed) {
            moving.push_back(entry.second);
            moving.back().lane = step.lane;
            moving.back().stage = step.stage;
        }
        m.cards.insert(m.cards.begin() + static_cast<std::ptrdiff_t>(at), moving.begin(), moving.end());
    }
    std::unordered_set<Id> ids_;
    std::vector<Step> steps_;
    std::string subject_;
};

}  // namespace

CommandPtr addCards(std::vector<Card> cards, size_t indexInCell) {
    return std::make_unique<AddCards>(std::move(cards), indexInCell);
}
CommandPtr deleteCards(std::vector<Id> cards) { return std::make_unique<DeleteCards>(std::move(cards)); }
CommandPtr moveCards(std::vector<Id> cards, Id lane, Id stage, size_t indexInCell) {
    return std::make_unique<MoveCards>(std::move(cards), lane, stage, indexInCell);
}

}  // namespace jejak
