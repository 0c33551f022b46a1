// Journey analytics (see analytics.h): all derived from the measures, in one pass.
#include "core/analytics.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace jejak {
namespace {

// Each card's place in map order: by stage, then lane, then its place in the cell.
std::vector<int> cardOrder(const JourneyMap& map) {
    std::unordered_map<Id, size_t> stageAt, laneAt;
    for (size_t i = 0; i < map.stages.size(); ++i) stageAt[map.stages[i].id] = i;
    for (size_t i = 0; i < map.lanes.size(); ++i) laneAt[map.lanes[i].id] = i;
    // (stage, lane, place in the list) as one number: a plain sort keeps cells in list order.
    std::vector<std::uint64_t> key(map.cards.size());
    for (size_t i = 0; i < map.cards.size(); ++i)
        key[i] = (static_cast<std::uint64_t>(stageAt[map.cards[i].stage]) << 44) |
                 (static_cast<std::uint64_t>(laneAt[map.cards[i].lane]) << 24) | i;
    std::sort(key.begin(), key.end());
    std::vector<int> order(map.cards.size());
    for (size_t rank = 0; rank < key.size(); ++rank) order[key[rank] & 0xFFFFFF] = static_cast<int>(rank);
    return order;
}

std::vector<PeriodAnalytics> compute(const JourneyMap& map, const std::vector<std::string>& periods) {
    std::unordered_map<std::string_view, size_t> periodAt;
    for (size_t i = 0; i < periods.size(); ++i) periodAt[periods[i]] = i;
    std::unordered_map<Id, size_t> stageAt, cardAt;
    for (size_t i = 0; i < map.stages.size(); ++i) stageAt[map.stages[i].id] = i;
    for (size_t i = 0; i < map.cards.size(); ++i) cardAt[map.cards[i].id] = i;
    const std::vector<int> order = cardOrder(map);

    std::vector<PeriodAnalytics> out(periods.size());
    for (size_t p = 0; p < periods.size(); ++p) {
        out[p].period = periods[p];
        out[p].funnel.resize(map.stages.size());
        for (size_t s = 0; s < map.stages.size(); ++s) out[p].funnel[s].stage = map.stages[s].id;
    }
    for (const Measure& m : map.measures) {
        auto period = periodAt.find(m.period);
        if (period == periodAt.end()) continue;
        PeriodAnalytics& a = out[period->second];
        if (m.stage) {
            if (auto s = stageAt.find(m.stage); s != stageAt.end()) a.funnel[s->second].entered = m.entered;
        } else if (auto c = cardAt.find(m.card); c != cardAt.end()) {
            const Card& card = map.cards[c->second];
            TouchpointRate t;
            t.card = card.id;
            t.stage = card.stage;
            t.order = order[c->second];
            t.reached = m.reached;
            t.exits = m.exits;
            t.exitRate = rate(m.exits, m.reached);
            a.touchpoints.push_back(t);
        }
    }
    for (PeriodAnalytics& a : out) {
        for (size_t s = 0; s < a.funnel.size(); ++s) {
            FunnelStep& step = a.funnel[s];
            if (s + 1 < a.funnel.size()) step.nextEntered = a.funnel[s + 1].entered;
            step.conversion = rate(step.nextEntered, step.entered);
            if (step.conversion) step.dropoff = 1.0 - *step.conversion;
        }
        std::sort(a.touchpoints.begin(), a.touchpoints.end(),
                  [](const TouchpointRate& x, const TouchpointRate& y) { return x.order < y.order; });
    }
    return out;
}

}  // namespace

std::vector<std::string> measuredPeriods(const JourneyMap& map) { return measuredPeriods(map.measures); }

std::vector<std::string> measuredPeriods(const std::vector<Measure>& measures) {
    std::vector<std::string> periods;
    for (const Measure& m : measures) periods.push_back(m.period);
    std::sort(periods.begin(), periods.end());
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    return periods;
}

const TouchpointRate* PeriodAnalytics::touchpoint(Id card) const {
    for (const TouchpointRate& t : touchpoints)
        if (t.card == card) return &t;
    return nullptr;
}

const FunnelStep* PeriodAnalytics::step(Id stage) const {
    for (const FunnelStep& s : funnel)
        if (s.stage == stage) return &s;
    return nullptr;
}

std::vector<PeriodAnalytics> computeAnalytics(const JourneyMap& map) { return compute(map, measuredPeriods(map)); }

PeriodAnalytics computePeriod(const JourneyMap& map, const std::string& period) {
    return std::move(compute(map, {period}).front());
}

std::optional<double> rate(std::optional<std::int64_t> num, std::optional<std::int64_t> den) {
    if (!num || !den || *den == 0) return std::nullopt;
    return static_cast<double>(*num) / static_cast<double>(*den);
}

std::optional<std::int64_t> percentTenths(std::optional<std::int64_t> num, std::optional<std::int64_t> den) {
    if (!num || !den || *den <= 0 || *num < 0) return std::nullopt;
    // In whole numbers, so that 12.25 is 12.3 as a person rounds: 2000 * 10^12 fits in 64 bits.
    return (*num * 2000 + *den) / (*den * 2);
}

std::string tenthsText(std::int64_t tenths) {
    const std::int64_t whole = tenths < 0 ? -tenths : tenths;
    return (tenths < 0 ? "-" : "") + std::to_string(whole / 10) + "." + std::to_string(whole % 10);
}

std::string percentText(std::optional<std::int64_t> num, std::optional<std::int64_t> den) {
    const auto tenths = percentTenths(num, den);
    return tenths ? tenthsText(*tenths) : std::string();
}

int compareExits(const TouchpointRate& a, const TouchpointRate& b) {
    if (a.exits.has_value() != b.exits.has_value()) return a.exits ? -1 : 1;
    if (a.exits && *a.exits != *b.exits) return *a.exits > *b.exits ? -1 : 1;
    if (a.exitRate.has_value() != b.exitRate.has_value()) return a.exitRate ? -1 : 1;
    if (a.exitRate && *a.exitRate != *b.exitRate) return *a.exitRate > *b.exitRate ? -1 : 1;
    return a.order == b.order ? 0 : (a.order < b.order ? -1 : 1);
}

std::vector<TouchpointRate> rankExits(const PeriodAnalytics& period) {
    std::vector<TouchpointRate> ranked = period.touchpoints;
    std::sort(ranked.begin(), ranked.end(),
              [](const TouchpointRate& a, const TouchpointRate& b) { return compareExits(a, b) < 0; });
    return ranked;
}

int exitRateBand(std::optional<double> rate) {
    if (!rate) return -1;
    int band = 0;
    while (band + 1 < kExitBands && *rate * 100.0 >= exitBandFloor(band + 1) - 1e-9) ++band;
    return band;
}

int exitBandFloor(int band) {
    static constexpr int kFloors[kExitBands] = {0, 10, 25, 40, 60};
    return kFloors[std::clamp(band, 0, kExitBands - 1)];
}

Quadrant quadrantOf(std::optional<int> impact, std::optional<int> effort) {
    if (!impact || !effort) return Quadrant::Unscored;
    const bool high = *impact >= 3, hard = *effort >= 3;
    if (high) return hard ? Quadrant::BigBet : Quadrant::QuickWin;
    return hard ? Quadrant::MoneyPit : Quadrant::FillIn;
}

const char* quadrantKey(Quadrant quadrant) {
    switch (quadrant) {
        case Quadrant::QuickWin: return "matrix.quick_wins";
        case Quadrant::BigBet: return "matrix.big_bets";
        case Quadrant::FillIn: return "matrix.fill_ins";
        case Quadrant::MoneyPit: return "matrix.money_pits";
        case Quadrant::Unscored: break;
    }
    return "matrix.unscored";
}

std::vector<Id> linkedCards(const JourneyMap& map, Id card) {
    std::vector<Id> out;
    for (const CardLink& l : map.links) {
        if (l.from == card) out.push_back(l.to);
        if (l.to == card) out.push_back(l.from);
    }
    return out;
}

std::vector<RankedOpportunity> rankOpportunities(const JourneyMap& map, const PeriodAnalytics* period) {
    std::unordered_map<Id, size_t> laneAt;
    for (size_t i = 0; i < map.lanes.size(); ++i) laneAt[map.lanes[i].id] = i;
    std::unordered_map<Id, std::int64_t> exitsOf;
    if (period)
        for (const TouchpointRate& t : period->touchpoints) exitsOf[t.card] = t.exits.value_or(0);
    std::unordered_map<Id, std::int64_t> linkedExits;
    for (const CardLink& l : map.links) {
        if (auto e = exitsOf.find(l.to); e != exitsOf.end()) linkedExits[l.from] += e->second;
        if (auto e = exitsOf.find(l.from); e != exitsOf.end()) linkedExits[l.to] += e->second;
    }
    const std::vector<int> order = cardOrder(map);
    struct Entry {
        RankedOpportunity r;
        double ratio;
        int order;
    };
    std::vector<Entry> entries;
    for (size_t i = 0; i < map.cards.size(); ++i) {
        const Card& c = map.cards[i];
        auto lane = laneAt.find(c.lane);
        if (lane == laneAt.end() || map.lanes[lane->second].kind != LaneKind::Opportunities) continue;
        Entry e;
        e.r.card = c.id;
        e.r.stage = c.stage;
        e.r.quadrant = quadrantOf(c.impact, c.effort);
        e.r.linkedExits = linkedExits.count(c.id) ? linkedExits[c.id] : 0;
        e.r.votes = c.votes;
        e.ratio = c.impact && c.effort ? static_cast<double>(*c.impact) / *c.effort : 0.0;
        e.order = order[i];
        entries.push_back(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.r.quadrant != b.r.quadrant) return a.r.quadrant < b.r.quadrant;
        if (a.ratio != b.ratio) return a.ratio > b.ratio;
        if (a.r.linkedExits != b.r.linkedExits) return a.r.linkedExits > b.r.linkedExits;
        if (a.r.votes != b.r.votes) return a.r.votes > b.r.votes;
        return a.order < b.order;
    });
    std::vector<RankedOpportunity> out;
    out.reserve(entries.size());
    for (const Entry& e : entries) out.push_back(e.r);
    return out;
}

}  // namespace jejak
