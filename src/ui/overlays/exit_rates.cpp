// Exit rates on the canvas (overlays/exit_rates.h).
#include "ui/overlays/exit_rates.h"

#include <cmath>

#include "core/analytics.h"
#include "ui/card_text.h"
#include "ui/i18n.h"

namespace jejak::ui {
namespace {
// The exit-rate bands' colours: ColorBrewer's sequential OrRd, one hue from
// light to dark, which colour-blind eyes also read in order; each badge also
// says its rate in numbers, so no one needs the colour alone.
constexpr ImU32 kExitBandColours[kExitBands] = {IM_COL32(0xFD, 0xD4, 0x9E, 255), IM_COL32(0xFD, 0xBB, 0x84, 255),
                                               IM_COL32(0xFC, 0x8D, 0x59, 255), IM_COL32(0xE3, 0x4A, 0x33, 255),
                                               IM_COL32(0xB3, 0x00, 0x00, 255)};
ImU32 inkOn(ImU32 fill) {  // black or white text, whichever reads on the fill
    const float r = static_cast<float>(fill & 0xFF), g = static_cast<float>((fill >> 8) & 0xFF),
                b = static_cast<float>((fill >> 16) & 0xFF);
    return 0.299f * r + 0.587f * g + 0.114f * b > 150.0f ? IM_COL32(0x1A, 0x1A, 0x1A, 255) : IM_COL32_WHITE;
}
}  // namespace

// A badge on the touchpoint's top right corner with the rate ("58%", or "—" when there is none).
void ExitRatesOverlay::cardMarks(const CanvasPaint& paint, const Card& card, const Lane& lane, const Box& w) {
    const float z = paint.view.zoom;
    if (!shown() || lane.kind != LaneKind::Touchpoints || z < 0.35f) return;
    const Palette& p = paint.palette;
    auto found = rates_->find(card.id);
    const std::optional<double> rate = found == rates_->end() ? std::nullopt : found->second;
    const int band = exitRateBand(rate);
    const std::string text = band < 0 ? "\u2014" : std::to_string(static_cast<int>(std::lround(*rate * 100))) + "%";
    const float size = kChipSize * z;
    const ImVec2 ts = paint.fonts.strong->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    const float padX = 6 * z, padY = 2 * z;
    const ImVec2 b = paint.toScreen(w.x + w.w, w.y);
    const ImVec2 a(b.x - ts.x - 2 * padX - 6 * z, b.y - ts.y * 0.5f - padY);
    const ImVec2 c(b.x - 6 * z, b.y + ts.y * 0.5f + padY);
    const ImU32 fill = band < 0 ? p.surface : kExitBandColours[band];
    paint.dl.AddRectFilled(a, c, fill, (c.y - a.y) * 0.5f);
    paint.dl.AddRect(a, c, band < 0 ? p.border : withAlpha(p.ink, 0.35f), (c.y - a.y) * 0.5f, 0, lineWeight());
    paint.dl.AddText(paint.fonts.strong, size, ImVec2(a.x + padX, a.y + padY), band < 0 ? p.inkMuted : inkOn(fill),
                     text.c_str());
}

// What the badges' colours mean, in the canvas's bottom left corner.
void ExitRatesOverlay::overAll(const CanvasPaint& paint) {
    if (!shown() || paint.still) return;
    const Palette& p = paint.palette;
    const Fonts& fonts = paint.fonts;
    ImDrawList& dl = paint.dl;
    // Presenting, the legend is read from the back of the room too.
    const float size = paint.presenting ? 20.0f : kChipSize, swatch = paint.presenting ? 20.0f : 14.0f, gap = 10;
    const std::string title = format("analytics.legend", {period_});
    std::vector<std::string> labels;
    for (int band = 0; band < kExitBands; ++band)
        labels.push_back(band + 1 < kExitBands ? std::to_string(exitBandFloor(band)) + "\u2013" +
                                                     std::to_string(exitBandFloor(band + 1)) + "%"
                                               : std::to_string(exitBandFloor(band)) + "%+");
    labels.push_back(tr("analytics.no_rate"));
    float width = fonts.strong->CalcTextSizeA(size, FLT_MAX, 0, title.c_str()).x + gap;
    for (const std::string& l : labels) width += swatch + 4 + fonts.body->CalcTextSizeA(size, FLT_MAX, 0, l.c_str()).x + gap;
    const float h = size + 16;
    const ImVec2 a(paint.origin.x + 12, paint.origin.y + paint.size.y - h - 12), b(a.x + width + 12, a.y + h);
    dl.AddRectFilled(ImVec2(a.x, a.y + 1.5f), ImVec2(b.x, b.y + 1.5f), p.shadow, 8);
    dl.AddRectFilled(a, b, p.surface, 8);
    dl.AddRect(a, b, p.border, 8, 0, lineWeight());
    float x = a.x + 12;
    const float textY = a.y + (h - size) * 0.5f - 1;
    dl.AddText(fonts.strong, size, ImVec2(x, textY), p.ink, title.c_str());
    x += fonts.strong->CalcTextSizeA(size, FLT_MAX, 0, title.c_str()).x + gap;
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool none = i == labels.size() - 1;
        const ImVec2 s(x, a.y + (h - swatch) * 0.5f);
        dl.AddRectFilled(s, ImVec2(s.x + swatch, s.y + swatch), none ? p.surface : kExitBandColours[i], 4);
        dl.AddRect(s, ImVec2(s.x + swatch, s.y + swatch), withAlpha(p.ink, 0.35f), 4, 0, lineWeight());
        x += swatch + 4;
        dl.AddText(fonts.body, size, ImVec2(x, textY), p.ink, labels[i].c_str());
        x += fonts.body->CalcTextSizeA(size, FLT_MAX, 0, labels[i].c_str()).x + gap;
    }
    paint.rects.record("legend/exit-rates", {a.x, a.y, b.x - a.x, b.y - a.y});
}

}  // namespace jejak::ui
