// Card labels in the UI language, and their measured height.
#include "ui/card_text.h"

#include <imgui.h>

#include "io/json_text.h"
#include "ui/i18n.h"
#include "ui/icons.h"

namespace jejak::ui {
namespace {

const char* const kChannelKeys[kChannelCount] = {"channel.website",     "channel.social-media", "channel.whatsapp",
                                                 "channel.email",       "channel.live-chat",    "channel.app",
                                                 "channel.marketplace", "channel.event",        "channel.phone",
                                                 "channel.store",       "channel.other"};
const char* const kChannelIcons[kChannelCount] = {icon::kGlobe,    icon::kShareAlt, icon::kWhatsApp,    icon::kEnvelope,
                                                  icon::kComments, icon::kMobile,   icon::kShoppingBag, icon::kCalendar,
                                                  icon::kPhone,    icon::kBuilding, icon::kCircle};
const char* const kLaneIcons[kLaneKindCount] = {icon::kHandPointer, icon::kDotCircle, icon::kSitemap,   icon::kComment,
                                                icon::kSmile,       icon::kWarning,   icon::kLightbulb, icon::kBullseye,
                                                icon::kCogs,        icon::kBarChart,  icon::kAlignLeft};
const char* const kStatusKeys[kOpportunityStatusCount] = {"status.idea", "status.planned", "status.in-progress",
                                                          "status.done", "status.dropped"};

void join(std::string& out, const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " \xc2\xb7 ";  // middle dot
    out += part;
}

}  // namespace

const char* channelLabel(Channel c) { return tr(kChannelKeys[static_cast<int>(c)]); }
const char* channelIcon(Channel c) { return kChannelIcons[static_cast<int>(c)]; }
const char* laneKindLabel(LaneKind k) { return tr(laneKindKey(k)); }
const char* laneKindIcon(LaneKind k) { return kLaneIcons[static_cast<int>(k)]; }
const char* statusLabel(OpportunityStatus s) { return tr(kStatusKeys[static_cast<int>(s)]); }

std::string cardChips(const Card& card) {
    std::string out;
    if (card.channel) join(out, std::string(channelIcon(*card.channel)) + " " + channelLabel(*card.channel));
    if (card.online) join(out, tr(*card.online ? "chip.online" : "chip.offline"));
    if (card.severity) join(out, std::string(tr("chip.severity")) + " " + std::to_string(*card.severity) + "/5");
    if (card.impact) join(out, std::string(tr("chip.impact")) + " " + std::to_string(*card.impact));
    if (card.effort) join(out, std::string(tr("chip.effort")) + " " + std::to_string(*card.effort));
    if (card.status) join(out, statusLabel(*card.status));
    if (card.value) join(out, shortestDouble(*card.value) + (card.unit.empty() ? "" : " " + card.unit));
    if (!card.owner.empty()) join(out, card.owner);
    return out;
}

float cardContentHeight(const Card& card, const Fonts& fonts, float wrapWidth) {
    const char* text = card.text.empty() ? " " : card.text.c_str();
    float h = fonts.body->CalcTextSizeA(kBodySize, FLT_MAX, wrapWidth, text).y;
    std::string chips = cardChips(card);
    if (!chips.empty()) h += kChipGap + fonts.body->CalcTextSizeA(kChipSize, FLT_MAX, wrapWidth, chips.c_str()).y;
    return h;
}

}  // namespace jejak::ui
