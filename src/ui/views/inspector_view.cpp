// The card inspector.
#include "ui/views/inspector_view.h"

#include <cmath>
#include <string>

#include "ui/card_text.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace jejak::ui {

namespace {

// Channel and online/offline of a touchpoint; true when changed.
bool channelFields(ItemRects& rects, Card& card) {
    bool changed = false;
    ImGui::TextDisabled("%s", tr("inspector.channel"));
    ImGui::SetNextItemWidth(-1);
    const char* current = card.channel ? channelLabel(*card.channel) : tr("inspector.not_set");
    if (ImGui::BeginCombo("##channel-edit", current)) {
        if (ImGui::Selectable(tr("inspector.not_set"), !card.channel)) {
            card.channel.reset();
            changed = true;
        }
        for (int c = 0; c < kChannelCount; ++c) {
            std::string label =
                std::string(channelIcon(static_cast<Channel>(c))) + "  " + channelLabel(static_cast<Channel>(c));
            if (ImGui::Selectable(label.c_str(), card.channel && static_cast<int>(*card.channel) == c)) {
                card.channel = static_cast<Channel>(c);
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    rects.recordLastItem("input/card-channel");
    int mode = card.online ? (*card.online ? 1 : 2) : 0;
    if (ImGui::RadioButton(tr("inspector.not_set"), mode == 0)) {
        card.online.reset();
        changed = true;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("chip.online"), mode == 1)) {
        card.online = true;
        changed = true;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("chip.offline"), mode == 2)) {
        card.online = false;
        changed = true;
    }
    return changed;
}

// Impact, effort, owner and status of an opportunity; true when changed
// (continuous: typing into a field, merged into one undo step).
bool opportunityFields(Card& card, bool& continuous) {
    bool changed = false;
    changed |= ratingField(tr("chip.impact"), card.impact);
    changed |= ratingField(tr("chip.effort"), card.effort);
    if (labelledField(tr("inspector.owner"), card.owner)) changed = continuous = true;
    ImGui::TextDisabled("%s", tr("inspector.status"));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##status", card.status ? statusLabel(*card.status) : tr("inspector.not_set"))) {
        if (ImGui::Selectable(tr("inspector.not_set"), !card.status)) {
            card.status.reset();
            changed = true;
        }
        for (int s = 0; s < kOpportunityStatusCount; ++s)
            if (ImGui::Selectable(statusLabel(static_cast<OpportunityStatus>(s)),
                                  card.status && static_cast<int>(*card.status) == s)) {
                card.status = static_cast<OpportunityStatus>(s);
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}

}  // namespace

void InspectorView::draw(const ViewContext& ctx, const Card& original) {
    const JourneyMap& map = ctx.map;
    Card card = original;
    const Lane* lane = map.lane(card.lane);
    const Stage* stage = map.stage(card.stage);
    ImGui::TextDisabled("%s %s  \xc2\xb7  %s", lane ? laneKindIcon(lane->kind) : "", lane ? lane->name.c_str() : "",
                        stage ? stage->name.c_str() : "");
    bool changed = false, continuous = false;
    if (labelledField(tr("inspector.text"), card.text, true)) changed = continuous = true;
    ctx.rects.recordLastItem("input/card-text");
    if (labelledField(tr("inspector.notes"), card.notes, true)) changed = continuous = true;
    ImGui::TextDisabled("%s", tr("inspector.colour"));
    if (colourSwatches("card-colour", card.color, true)) changed = true;
    ImGui::Spacing();

    LaneKind kind = lane ? lane->kind : LaneKind::Text;
    if (kind == LaneKind::Touchpoints || kind == LaneKind::Channels || card.channel)
        changed |= channelFields(ctx.rects, card);
    if (kind == LaneKind::Opportunities || card.impact || card.effort || card.status)
        changed |= opportunityFields(card, continuous);
    if (kind == LaneKind::PainPoints || card.severity) changed |= ratingField(tr("chip.severity"), card.severity);
    if (kind == LaneKind::Metrics || card.value) {
        ImGui::TextDisabled("%s", tr("inspector.value"));
        double value = card.value.value_or(0.0);
        ImGui::SetNextItemWidth(140);
        if (ImGui::InputDouble("##value", &value, 0, 0, "%.6g") && std::isfinite(value)) {
            card.value = value;
            changed = continuous = true;
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1);
        if (inputText("##unit", card.unit)) changed = continuous = true;
    }
    // Dot votes (given in presentation mode): shown where they rank, or once a card has some.
    if (kind == LaneKind::PainPoints || kind == LaneKind::Opportunities || card.votes > 0) {
        ImGui::TextDisabled("%s", tr("inspector.votes"));
        if (ImGui::Button("-##vote")) ctx.sink.apply(intent::ChangeVotes{original.id, -1});
        ctx.rects.recordLastItem("button/vote-less");
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(plural("count.votes", card.votes).c_str());
        ctx.rects.recordLastItem("text/votes");
        ImGui::SameLine();
        if (ImGui::Button("+##vote")) ctx.sink.apply(intent::ChangeVotes{original.id, +1});
        ctx.rects.recordLastItem("button/vote-more");
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().danger));
    if (ImGui::Button((std::string(icon::kTrash) + "  " + tr("inspector.delete")).c_str())) {
        ImGui::PopStyleColor();
        ctx.sink.apply(intent::DeleteCards{{original.id}});
        return;
    }
    ImGui::PopStyleColor();
    ctx.rects.recordLastItem("button/delete-card");
    if (changed && !(card == original)) ctx.sink.apply(intent::ReplaceCard{std::move(card), continuous});
}

}  // namespace jejak::ui
