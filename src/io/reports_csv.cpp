// The analytics as CSV reports (see reports_csv.h).
#include "io/reports_csv.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>

#include "core/analytics.h"
#include "core/state_diff.h"
#include "io/map_csv.h"

namespace jejak {
namespace {

std::string countText(const std::optional<std::int64_t>& n) { return n ? std::to_string(*n) : std::string(); }

std::string stageName(const JourneyMap& map, Id id) {
    const Stage* s = map.stage(id);
    return s ? s->name : std::string();
}

}  // namespace

std::string funnelReportCsv(const JourneyMap& map) {
    std::string out;
    appendCsvRow(out, {"period", "stage", "entered", "next_entered", "conversion_pct", "dropoff_pct"});
    for (const PeriodAnalytics& period : computeAnalytics(map))
        for (const FunnelStep& step : period.funnel) {
            // Drop-off is what conversion leaves of 100.0%, so the two always add up
            // (negative when more customers reach the next stage than this one).
            const auto conversion = percentTenths(step.nextEntered, step.entered);
            appendCsvRow(out, {period.period, stageName(map, step.stage), countText(step.entered),
                               countText(step.nextEntered), conversion ? tenthsText(*conversion) : "",
                               conversion ? tenthsText(1000 - *conversion) : ""});
        }
    return out;
}

std::string exitsReportCsv(const JourneyMap& map) {
    struct Row {
        TouchpointRate t;
        size_t period;
        std::string periodName;
    };
    std::vector<Row> rows;
    const std::vector<PeriodAnalytics> periods = computeAnalytics(map);
    for (size_t p = 0; p < periods.size(); ++p)
        for (const TouchpointRate& t : periods[p].touchpoints) rows.push_back({t, p, periods[p].period});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const int order = compareExits(a.t, b.t);  // the exit points' own order, then the period
        return order != 0 ? order < 0 : a.period < b.period;
    });
    std::string out;
    appendCsvRow(out, {"period", "stage", "touchpoint", "reached", "exits", "exit_rate_pct"});
    for (const Row& r : rows) {
        const Card* card = map.card(r.t.card);
        appendCsvRow(out, {r.periodName, stageName(map, r.t.stage), card ? card->text : std::string(),
                           countText(r.t.reached), countText(r.t.exits), percentText(r.t.exits, r.t.reached)});
    }
    return out;
}

std::string opportunitiesReportCsv(const JourneyMap& map) {
    const std::vector<std::string> periods = measuredPeriods(map);
    std::optional<PeriodAnalytics> latest;
    if (!periods.empty()) latest = computePeriod(map, periods.back());
    std::string out;
    appendCsvRow(out, {"rank", "stage", "text", "impact", "effort", "linked_exits", "votes"});
    int rank = 0;
    for (const RankedOpportunity& o : rankOpportunities(map, latest ? &*latest : nullptr)) {
        const Card* card = map.card(o.card);
        if (!card) continue;
        appendCsvRow(out, {std::to_string(++rank), stageName(map, o.stage), card->text,
                           card->impact ? std::to_string(*card->impact) : "",
                           card->effort ? std::to_string(*card->effort) : "", std::to_string(o.linkedExits),
                           std::to_string(o.votes)});
    }
    return out;
}

}  // namespace jejak

namespace jejak {

std::string diffReportCsv(const JourneyMap& before, const JourneyMap& after) {
    const ContentRef a{before.stages, before.lanes, before.cards, before.emotions};
    const ContentRef b{after.stages, after.lanes, after.cards, after.emotions};
    // Personas by id, from both maps (the new one's names first).
    std::vector<Persona> personas = after.personas;
    for (const Persona& p : before.personas)
        if (!after.persona(p.id)) personas.push_back(p);
    const StateDiff diff = diffStates(a, b, personas);
    // Ranks: the new map's order, then what only the old one had, in its order.
    auto rank = [](int inAfter, int inBefore, size_t afterCount) -> long long {
        return inAfter >= 0 ? inAfter : static_cast<long long>(afterCount) + std::max(inBefore, 0);
    };
    auto stageRank = [&](Id id) { return rank(after.stageIndex(id), before.stageIndex(id), after.stages.size()); };
    auto laneRank = [&](Id id) { return rank(after.laneIndex(id), before.laneIndex(id), after.lanes.size()); };
    auto nameOf = [](const auto* inAfter, const auto* inBefore) {
        return inAfter ? inAfter->name : inBefore ? inBefore->name : std::string();
    };
    struct Row {
        long long stage, lane, card;
        int order;  // moved before changed; emotions after a stage's cards
        std::vector<std::string> fields;
    };
    std::vector<Row> rows;
    std::unordered_map<Id, int> beforeIndex;
    for (size_t i = 0; i < before.cards.size(); ++i) beforeIndex.emplace(before.cards[i].id, static_cast<int>(i));
    std::unordered_map<Id, int> afterIndex;
    for (size_t i = 0; i < after.cards.size(); ++i) afterIndex.emplace(after.cards[i].id, static_cast<int>(i));
    for (const CardDiff& c : diff.cards) {
        const Card& where = c.after ? *c.after : *c.before;
        const long long s = stageRank(where.stage), l = laneRank(where.lane);
        const long long order = c.after ? afterIndex[c.card]
                                        : static_cast<long long>(after.cards.size()) + beforeIndex[c.card];
        const std::string stage = nameOf(after.stage(where.stage), before.stage(where.stage));
        const std::string lane = nameOf(after.lane(where.lane), before.lane(where.lane));
        const std::string oldText = c.before ? c.before->text : std::string();
        const std::string newText = c.after ? c.after->text : std::string();
        const std::string id = std::to_string(c.card);
        auto add = [&](int kind, const char* change) {
            rows.push_back({s, l, order, kind, {change, stage, lane, id, oldText, newText}});
        };
        if (c.change & kCardAdded) add(0, "added");
        if (c.change & kCardRemoved) add(0, "removed");
        if (c.change & kCardMoved) add(0, "moved");
        if (c.change & kCardChanged) add(1, "changed");
    }
    auto scoreText = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); };
    for (size_t i = 0; i < diff.emotions.size(); ++i) {
        const EmotionChange& e = diff.emotions[i];
        const Persona* p = nullptr;
        for (const Persona& q : personas)
            if (q.id == e.persona) p = &q;
        rows.push_back({stageRank(e.stage), std::numeric_limits<long long>::max(), static_cast<long long>(i), 2,
                        {"emotion", nameOf(after.stage(e.stage), before.stage(e.stage)), "", p ? p->name : "",
                         scoreText(e.before), scoreText(e.after)}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        return std::tie(x.stage, x.lane, x.card, x.order) < std::tie(y.stage, y.lane, y.card, y.order);
    });
    std::string out;
    appendCsvRow(out, {"change", "stage", "lane", "card_id", "old_text", "new_text"});
    for (const Row& r : rows) appendCsvRow(out, r.fields);
    return out;
}

}  // namespace jejak
