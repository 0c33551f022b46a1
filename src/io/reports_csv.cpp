// The analytics as CSV reports (see reports_csv.h).
#include "io/reports_csv.h"

#include <algorithm>

#include "core/analytics.h"
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
