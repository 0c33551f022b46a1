// What a card shows: its text and a line of chips (channel, ratings, status, metric).
#pragma once

#include <string>

#include "core/journey_map.h"
#include "ui/fonts.h"

namespace jejak::ui {

inline constexpr float kChipSize = 13.5f;  // chip text, CSS px at zoom 1
inline constexpr float kChipGap = 6.0f;    // between the text and the chips

const char* channelLabel(Channel channel);
const char* channelIcon(Channel channel);
const char* laneKindLabel(LaneKind kind);
const char* laneKindIcon(LaneKind kind);
const char* statusLabel(OpportunityStatus status);

// "WhatsApp · online", "Severity 4/5", "Impact 4 · Effort 2 · Planned", "3.8 %"; empty for none.
std::string cardChips(const Card& card);
// Height of the card's text wrapped at wrapWidth plus its chip line, at zoom 1.
float cardContentHeight(const Card& card, const Fonts& fonts, float wrapWidth);

}  // namespace jejak::ui
