// Cards on the clipboard: a small journey map file wrapped so that pasting it
// never replaces a map, {"format": "jejak.cards", "version": 1, "map": {...}},
// read back by the same strict loader as a file; and where pasted cards land.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

inline constexpr const char* kCardsFormat = "jejak.cards";

// The chosen cards of map, with their lanes and stages, as clipboard text.
std::string copyCards(const JourneyMap& map, const std::vector<Id>& cards);

struct ClipboardContent {
    enum Kind { PlainText, WholeMap, Cards, NotJejak, Broken } kind = PlainText;
    JourneyMap fragment;  // Cards: the cards with their lanes and stages
    MapProblem problem;   // Broken: why the cards could not be read
};
// What pasted text holds: plain text (left to the browser), a whole map file
// (opened as a new map), Jejak cards, other JSON, or cards that do not load.
ClipboardContent readClipboard(std::string_view text);

// The pasted cards placed from the cell (row, column) of the visible grid
// (rows: lane ids, columns: stage ids), keeping their lanes and stages
// relative to each other and clamped to the grid; fresh ids, in map order.
std::vector<Card> placePastedCards(const JourneyMap& map, const JourneyMap& fragment, const std::vector<Id>& rows,
                                   const std::vector<Id>& columns, int row, int column);

}  // namespace jejak
