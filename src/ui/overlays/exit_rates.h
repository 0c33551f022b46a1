// Touchpoints by their exit rate in a period, while the analytics panel shows
// them: a badge on each measured touchpoint in its band's colour with the rate
// in numbers, and a legend of what the colours mean. Owned by the analytics view.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "ui/canvas_overlay.h"

namespace jejak::ui {

class ExitRatesOverlay final : public CanvasOverlay {
public:
    // The rates are the panel's own (AnalyticsView::rates), held, not copied.
    void show(const std::string& period, const std::unordered_map<Id, std::optional<double>>* rates) {
        period_ = rates ? period : std::string();
        rates_ = rates;
    }
    bool shown() const { return rates_ && !period_.empty(); }
    void cardMarks(const CanvasPaint& paint, const Card& card, const Lane& lane, const Box& world) override;
    void overAll(const CanvasPaint& paint) override;  // the legend

private:
    std::string period_;
    const std::unordered_map<Id, std::optional<double>>* rates_ = nullptr;
};

}  // namespace jejak::ui
