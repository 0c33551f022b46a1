// Dot votes as commands, and their ranking.
#include "core/votes.h"

#include <algorithm>
#include <string>
#include <utility>

namespace jejak {
namespace {

// Sets the votes of some cards; remembers what they were, so revert gives them back.
class SetVotes final : public Command {
public:
    SetVotes(std::vector<std::pair<Id, int>> after, const JourneyMap& map, const char* label)
        : after_(std::move(after)), label_(label) {
        for (const auto& [id, votes] : after_) {
            const Card* card = map.card(id);
            before_.push_back({id, card ? card->votes : 0});
            if (card && subject_.empty()) subject_ = card->text;
        }
    }
    void apply(JourneyMap& map) override { set(map, after_); }
    void revert(JourneyMap& map) override { set(map, before_); }
    CommandLabel label() const override { return {label_, after_.size() == 1 ? subject_ : std::string()}; }
    bool applicable(const JourneyMap& map) const override {
        if (after_.empty()) return false;
        bool changes = false;
        for (const auto& [id, votes] : after_) {
            const Card* card = map.card(id);
            if (!card || votes < 0 || votes > kMaxVotes) return false;
            changes = changes || card->votes != votes;
        }
        return changes;
    }

private:
    static void set(JourneyMap& map, const std::vector<std::pair<Id, int>>& values) {
        for (const auto& [id, votes] : values) {
            int i = map.cardIndex(id);
            if (i >= 0) map.cards[static_cast<size_t>(i)].votes = votes;
        }
    }
    std::vector<std::pair<Id, int>> after_, before_;
    const char* label_;
    std::string subject_;
};

}  // namespace

CommandPtr changeVotes(const JourneyMap& map, Id card, int delta) {
    const Card* c = map.card(card);
    int votes = c ? std::clamp(c->votes + delta, 0, kMaxVotes) : 0;
    return std::make_unique<SetVotes>(std::vector<std::pair<Id, int>>{{card, votes}}, map,
                                      delta >= 0 ? "cmd.add_vote" : "cmd.remove_vote");
}

CommandPtr clearVotes(const JourneyMap& map) {
    std::vector<std::pair<Id, int>> cleared;
    for (const Card& c : map.cards)
        if (c.votes) cleared.push_back({c.id, 0});
    return std::make_unique<SetVotes>(std::move(cleared), map, "cmd.clear_votes");
}

int totalVotes(const JourneyMap& map) {
    long long total = 0;
    for (const Card& c : map.cards) total += c.votes;
    return static_cast<int>(std::min<long long>(total, 2147483647));
}

std::vector<RankedCard> rankByVotes(const JourneyMap& map, const std::vector<LaneKind>& kinds) {
    struct Entry {
        RankedCard ranked;
        int stage, lane;
        size_t order;
    };
    std::vector<Entry> entries;
    for (size_t i = 0; i < map.cards.size(); ++i) {
        const Card& c = map.cards[i];
        const Lane* lane = map.lane(c.lane);
        if (!c.votes || !lane || std::find(kinds.begin(), kinds.end(), lane->kind) == kinds.end()) continue;
        entries.push_back({{c.id, c.votes}, map.stageIndex(c.stage), map.laneIndex(c.lane), i});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.ranked.votes != b.ranked.votes) return a.ranked.votes > b.ranked.votes;
        if (a.stage != b.stage) return a.stage < b.stage;
        if (a.lane != b.lane) return a.lane < b.lane;
        return a.order < b.order;
    });
    std::vector<RankedCard> out;
    for (const Entry& e : entries) out.push_back(e.ranked);
    return out;
}

}  // namespace jejak
