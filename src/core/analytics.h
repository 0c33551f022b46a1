// Journey analytics, derived from a map's measures and never stored: per period,
// the funnel across the stages (conversion and drop-off), each touchpoint's exit
// rate, the exit points ranked, and the opportunities ranked for what to fix first.
// A rate with no data or a zero denominator is undefined (nullopt), never 0.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

// The map's period labels, sorted ("2026-09" before "2026-10", "2026-Q3" before
// "2026-Q4"): what the period selector offers and what "previous period" means.
std::vector<std::string> measuredPeriods(const JourneyMap& map);
std::vector<std::string> measuredPeriods(const std::vector<Measure>& measures);

struct FunnelStep {
    Id stage = 0;
    std::optional<std::int64_t> entered;      // this stage
    std::optional<std::int64_t> nextEntered;  // the next stage in map order (none for the last)
    std::optional<double> conversion;         // nextEntered / entered
    std::optional<double> dropoff;            // 1 - conversion
};

struct TouchpointRate {
    Id card = 0;
    Id stage = 0;
    int order = 0;  // the card's place in map order (stage, lane, then its cell), for ties
    std::optional<std::int64_t> reached, exits;
    std::optional<double> exitRate;  // exits / reached
};

struct PeriodAnalytics {
    std::string period;
    std::vector<FunnelStep> funnel;            // one per stage, in map order
    std::vector<TouchpointRate> touchpoints;   // every card measured in the period, in map order
    const TouchpointRate* touchpoint(Id card) const;
    const FunnelStep* step(Id stage) const;
};

// Every period's analytics, in measuredPeriods() order.
std::vector<PeriodAnalytics> computeAnalytics(const JourneyMap& map);
// One period's (an empty funnel's counts when the map has no such period).
PeriodAnalytics computePeriod(const JourneyMap& map, const std::string& period);

// num / den, undefined when either is missing or den is 0.
std::optional<double> rate(std::optional<std::int64_t> num, std::optional<std::int64_t> den);
// A rate in tenths of a percent, rounded half up exactly (1/8 -> 125); undefined as rate() is.
std::optional<std::int64_t> percentTenths(std::optional<std::int64_t> num, std::optional<std::int64_t> den);
// Tenths of a percent as text with one decimal: 125 -> "12.5", -50 -> "-5.0".
std::string tenthsText(std::int64_t tenths);
// percentTenths as text ("12.3"); empty when undefined.
std::string percentText(std::optional<std::int64_t> num, std::optional<std::int64_t> den);

// The exit-rate bands the map colours touchpoints by: 0 (under 10%), 1 (10 to
// 25%), 2 (25 to 40%), 3 (40 to 60%), 4 (60% and more); -1 when undefined.
inline constexpr int kExitBands = 5;
int exitRateBand(std::optional<double> rate);
// The band's lower limit in percent: 0, 10, 25, 40, 60.
int exitBandFloor(int band);

// The exit points: the period's touchpoints by exits (most first; none last), then
// exit rate (highest first; undefined last), then map order.
std::vector<TouchpointRate> rankExits(const PeriodAnalytics& period);
// That order as a comparison: -1 when a comes first, 1 when b does, 0 for a tie
// (the same card), so that a report can break ties further.
int compareExits(const TouchpointRate& a, const TouchpointRate& b);

// The opportunity matrix's quadrants: impact and effort from 1 to 5, 3 and up
// counting as high. Cards without both scores are Unscored.
enum class Quadrant { QuickWin, BigBet, FillIn, MoneyPit, Unscored };
Quadrant quadrantOf(std::optional<int> impact, std::optional<int> effort);
const char* quadrantKey(Quadrant quadrant);  // "matrix.quick_wins", for the translations

struct RankedOpportunity {
    Id card = 0;
    Id stage = 0;
    Quadrant quadrant = Quadrant::Unscored;
    std::int64_t linkedExits = 0;  // exits, in the period, of the touchpoints linked to it
    int votes = 0;
};
// The cards of opportunity lanes, what to fix first: quick wins, then big bets,
// fill-ins, money pits and the unscored; within each by impact / effort (highest
// first), then linked exits, then votes (most first), then map order.
// `period`: whose exits count (nullptr: none).
std::vector<RankedOpportunity> rankOpportunities(const JourneyMap& map, const PeriodAnalytics* period);

// The cards linked to `card`, either way round, in the order of the map's links.
std::vector<Id> linkedCards(const JourneyMap& map, Id card);

}  // namespace jejak
