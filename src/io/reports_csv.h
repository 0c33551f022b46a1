// The analytics as CSV reports (`jejak report MAP --funnel|--exits|--opportunities
// --csv`), written from core/analytics.h, the code the app's views use. Text
// fields (stage names, card text) are quoted per RFC 4180; undefined rates are
// empty; percentages have one decimal, rounded half up.
#pragma once

#include <string>

#include "core/journey_map.h"

namespace jejak {

// period,stage,entered,next_entered,conversion_pct,dropoff_pct: one row per period
// and stage, in map order; the last stage's next and rates are empty.
std::string funnelReportCsv(const JourneyMap& map);
// period,stage,touchpoint,reached,exits,exit_rate_pct: every measured touchpoint of
// every period, by exits (most first), then exit rate, then map order, then period.
std::string exitsReportCsv(const JourneyMap& map);
// rank,stage,text,impact,effort,linked_exits,votes: the opportunities ranked
// (rankOpportunities), the linked exits those of the latest period.
std::string opportunitiesReportCsv(const JourneyMap& map);
// change,stage,lane,card_id,old_text,new_text: the open states of two maps
// compared by item id (`jejak diff`). `change` is added, removed, moved (another
// stage or lane) or changed (text or another field); a card moved and edited
// has a moved and a changed line. Rows in the new map's stage order, then lane
// order, then card order; a removed card where its stage and lane stand in the
// new map (after the new map's own when they are gone), in the old card order.
// After a stage's cards, one `emotion` line per persona whose score there
// changed: lane empty, the persona's name for card_id, old and new scores as the
// texts (empty: no score). Only the header when nothing changed.
std::string diffReportCsv(const JourneyMap& before, const JourneyMap& after);

}  // namespace jejak
