// The commands that set an emotion score and that group several commands into one step.
#include <algorithm>
#include <utility>

#include "core/commands.h"

namespace jejak {
namespace {

// --- emotions ----------------------------------------------------------------------

class SetEmotion final : public Command {
public:
    SetEmotion(Id persona, Id stage, std::optional<EmotionScore> score)
        : persona_(persona), stage_(stage), after_(std::move(score)) {
        if (after_) {
            after_->persona = persona;
            after_->stage = stage;
        }
    }
    void touched(std::vector<Id>& ids) const override {
        ids.push_back(persona_);
        ids.push_back(stage_);
    }
    void apply(JourneyMap& m) override {
        index_ = find(m);
        before_.reset();
        if (index_ < m.emotions.size()) before_ = m.emotions[index_];
        if (after_ && before_)
            m.emotions[index_] = *after_;
        else if (after_)
            m.emotions.push_back(*after_);
        else if (before_)
            m.emotions.erase(m.emotions.begin() + static_cast<std::ptrdiff_t>(index_));
    }
    void revert(JourneyMap& m) override {
        if (after_ && before_)
            m.emotions[index_] = *before_;
        else if (after_)
            m.emotions.pop_back();
        else if (before_)
            m.emotions.insert(m.emotions.begin() + static_cast<std::ptrdiff_t>(index_), *before_);
    }
    CommandLabel label() const override { return {"cmd.set_emotion", after_ ? after_->label : ""}; }
    bool applicable(const JourneyMap& m) const override {
        return m.persona(persona_) && m.stage(stage_) && (!after_ || !scoreValueProblem(*after_, "score"));
    }
    const void* kind() const override { return kindOf<SetEmotion>(); }
    bool mergeWith(const Command& next) override {
        auto* n = sameKind(*this, next);
        if (!n || n->persona_ != persona_ || n->stage_ != stage_) return false;
        // Only a change of value can fold: "cleared" then "set" must stay two shapes.
        if (static_cast<bool>(n->after_) != static_cast<bool>(after_)) return false;
        after_ = n->after_;
        return true;
    }

private:
    size_t find(const JourneyMap& m) const {
        for (size_t i = 0; i < m.emotions.size(); ++i)
            if (m.emotions[i].persona == persona_ && m.emotions[i].stage == stage_) return i;
        return m.emotions.size();
    }
    Id persona_, stage_;
    std::optional<EmotionScore> after_, before_;
    size_t index_ = 0;
};

// --- groups -------------------------------------------------------------------------

class Group final : public Command {
public:
    Group(CommandLabel label, std::vector<CommandPtr> commands)
        : label_(std::move(label)), commands_(std::move(commands)) {}
    void apply(JourneyMap& m) override {
        for (auto& c : commands_) c->apply(m);
    }
    void revert(JourneyMap& m) override {
        for (auto it = commands_.rbegin(); it != commands_.rend(); ++it) (*it)->revert(m);
    }
    CommandLabel label() const override { return label_; }
    bool editsOpenState() const override {
        return std::any_of(commands_.begin(), commands_.end(), [](const CommandPtr& c) { return c->editsOpenState(); });
    }
    bool applicable(const JourneyMap& m) const override {
        // Later parts may depend on earlier ones, so try them on a copy.
        JourneyMap scratch = m;
        for (auto& c : commands_) {
            if (!c->applicable(scratch)) return false;
            c->apply(scratch);
        }
        return !commands_.empty();
    }

private:
    CommandLabel label_;
    std::vector<CommandPtr> commands_;
};

}  // namespace

CommandPtr setEmotion(Id persona, Id stage, std::optional<EmotionScore> score) {
    return std::make_unique<SetEmotion>(persona, stage, std::move(score));
}

CommandPtr group(CommandLabel label, std::vector<CommandPtr> commands) {
    return std::make_unique<Group>(std::move(label), std::move(commands));
}

}  // namespace jejak
