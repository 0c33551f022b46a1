// The autosave and conflict state machine.
#include "io/autosave.h"

#include <algorithm>

#include "io/map_json.h"

namespace jejak {

const char* saveStatusName(SaveStatus status) {
    switch (status) {
        case SaveStatus::Loading: return "loading";
        case SaveStatus::Saved: return "saved";
        case SaveStatus::Pending: return "pending";
        case SaveStatus::Saving: return "saving";
        case SaveStatus::Failed: return "failed";
        case SaveStatus::Conflict: return "conflict";
        case SaveStatus::Unavailable: return "unavailable";
    }
    return "";
}

void Autosave::setTarget(SaveTarget* target) {
    target_ = target;
    status_ = SaveStatus::Loading;
}

void Autosave::started(bool ok, std::string error) {
    if (!ok) {
        status_ = SaveStatus::Unavailable;
        error_ = std::move(error);
        return;
    }
    status_ = SaveStatus::Saved;
}

void Autosave::opened(std::string id, int revision) {
    id_ = std::move(id);
    revision_ = revision;
    viewDirty_ = false;
    document_.markSaved();
    neverSaved_ = revision <= 0;
    firstUnsavedAt_ = -1;
    if (status_ != SaveStatus::Loading && status_ != SaveStatus::Unavailable)
        status_ = neverSaved_ ? SaveStatus::Pending : SaveStatus::Saved;
}

bool Autosave::waiting() const {
    if (!target_ || saving_ || held_) return false;
    if (status_ == SaveStatus::Loading || status_ == SaveStatus::Unavailable || status_ == SaveStatus::Conflict)
        return false;
    return unsaved();
}

bool Autosave::tick(double now) {
    if (!waiting()) {
        // An edit taken back before it was saved: nothing is pending any more.
        if (status_ == SaveStatus::Pending && !saving_ && !unsaved()) {
            status_ = SaveStatus::Saved;
            firstUnsavedAt_ = -1;
            return true;
        }
        return false;
    }
    if (firstUnsavedAt_ < 0) {
        firstUnsavedAt_ = now;
        if (status_ == SaveStatus::Saved) status_ = SaveStatus::Pending;
        return true;
    }
    if (now - firstUnsavedAt_ < delay()) return false;
    firstUnsavedAt_ = -1;
    saveNow(false);
    return true;
}

double Autosave::secondsUntilSave(double now) const {
    if (!waiting()) return status_ == SaveStatus::Pending && !saving_ ? 0 : -1;
    if (firstUnsavedAt_ < 0) return 0;
    return std::max(0.0, firstUnsavedAt_ + delay() - now);
}

void Autosave::saveNow(bool force) {
    if (held_ || !target_ || saving_ || status_ == SaveStatus::Loading || status_ == SaveStatus::Unavailable) return;
    if (status_ == SaveStatus::Conflict && !force) return;
    saving_ = true;
    savingId_ = id_;
    savingState_ = document_.state();
    savingView_ = viewDirty_;
    viewDirty_ = false;
    status_ = SaveStatus::Saving;
    const JourneyMap& map = document_.map();
    target_->save(id_, map.title, saveMapToJson(map), viewJson(), revision_, force);
}

void Autosave::flush() {
    if (unsaved()) saveNow(false);
}

void Autosave::pageHidden() {
    if (held_ || !target_ || status_ == SaveStatus::Loading || status_ == SaveStatus::Unavailable) return;
    const JourneyMap& map = document_.map();
    target_->journal(id_, map.title, saveMapToJson(map), viewJson());
    if (!saving_ && status_ != SaveStatus::Conflict) saveNow(false);
}

void Autosave::saved(bool ok, int revision, bool conflict, std::string error) {
    saving_ = false;
    // The answer for a map that was replaced meanwhile (a file or template opened
    // right after an edit): its revision and state are not this map's.
    if (savingId_ != id_) return;
    if (!ok) viewDirty_ = viewDirty_ || savingView_;  // the view is still to be kept
    if (ok) {
        revision_ = revision;
        document_.markSaved(savingState_);
        neverSaved_ = false;
        error_.clear();
        status_ = unsaved() ? SaveStatus::Pending : SaveStatus::Saved;
    } else if (conflict) {
        status_ = SaveStatus::Conflict;
    } else {
        status_ = SaveStatus::Failed;
        error_ = std::move(error);
    }
}

void Autosave::savedElsewhere(std::string_view id, int revision) {
    if (id != id_ || revision <= revision_) return;
    if (saving_ || neverSaved_ || document_.dirty())  // a view change alone is not worth a question
        status_ = SaveStatus::Conflict;               // never overwrite newer edits silently: ask
    else if (target_)
        target_->load(id_);  // nothing to lose here: follow the other tab
}

void Autosave::keepMine() {
    status_ = SaveStatus::Pending;
    saveNow(true);
}

void Autosave::loadedTheirs() { status_ = SaveStatus::Saved; }

}  // namespace jejak
