// When and what to save: autosave after a pause, retries after a failure, the
// journal for a page that goes away, and the two-tab conflict rule. No clock
// and no browser inside: the caller passes the time and the storage.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/document.h"

namespace jejak {

// What autosave needs of the place maps are kept. Answers come back through
// Autosave::saved() and, for load, through whoever opens maps.
class SaveTarget {
public:
    virtual ~SaveTarget() = default;
    // baseRevision: the stored revision this map was loaded or last saved at
    // (0: new); force overwrites newer edits from another tab.
    virtual void save(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
                      int baseRevision, bool force) = 0;
    // A synchronous copy for when the page goes away before save() can finish.
    virtual void journal(const std::string& id, const std::string& title, const std::string& json,
                         const std::string& view) = 0;
    virtual void load(const std::string& id) = 0;
};

enum class SaveStatus { Loading, Saved, Pending, Saving, Failed, Conflict, Unavailable };
const char* saveStatusName(SaveStatus status);  // "saved", for the test bridge

class Autosave {
public:
    static constexpr double kDelay = 0.6;       // seconds after the first unsaved change
    static constexpr double kRetryDelay = 5.0;  // after a failed save

    explicit Autosave(Document& document) : document_(document) {}

    // The storage, once the page has it; until started() nothing is written.
    void setTarget(SaveTarget* target);
    // The view (scroll and zoom) saved with the map, as JSON.
    void setViewSource(std::function<std::string()> view) { view_ = std::move(view); }
    void started(bool ok, std::string error);
    // The document now holds the map stored as id at revision (0: a new map,
    // which is saved soon).
    void opened(std::string id, int revision);

    // Call every frame: starts a save when one is due; true when the status shown changed.
    bool tick(double now);
    // Seconds until tick() starts the next save (0: at the next tick), or -1 when none is due.
    double secondsUntilSave(double now) const;
    void saveNow(bool force = false);
    void flush();  // saves now if there are unsaved changes
    // The view kept with the map changed (a lane hidden or shown, a filter): it is
    // saved like an edit, though the map's content, and its undo, are untouched.
    void viewChanged() { viewDirty_ = true; }
    void pageHidden();  // the journal at once, and a save
    // While held, nothing is saved or journaled (a shared map, read only, that
    // is not the user's until a copy is saved).
    void hold(bool on) { held_ = on; }
    bool held() const { return held_; }
    // The storage's answer to the last save.
    void saved(bool ok, int revision, bool conflict, std::string error);
    // Another tab saved id at revision: follow it when nothing here is unsaved,
    // otherwise ask (Conflict) rather than overwrite either side.
    void savedElsewhere(std::string_view id, int revision);
    void keepMine();      // the conflict's answer "keep this tab's version"
    void loadedTheirs();  // the other tab's version was opened here

    SaveStatus status() const { return status_; }
    bool quotaFull() const { return error_ == "quota"; }
    const std::string& error() const { return error_; }  // the storage's words, "quota" for a full one
    const std::string& mapId() const { return id_; }
    int revision() const { return revision_; }
    bool unsaved() const { return neverSaved_ || document_.dirty() || viewDirty_; }

private:
    bool waiting() const;  // unsaved changes that tick() will write
    double delay() const { return status_ == SaveStatus::Failed ? kRetryDelay : kDelay; }
    std::string viewJson() const { return view_ ? view_() : std::string("{}"); }

    Document& document_;
    bool held_ = false;
    SaveTarget* target_ = nullptr;
    std::function<std::string()> view_;
    SaveStatus status_ = SaveStatus::Loading;
    std::string id_, error_;
    int revision_ = 0;
    bool neverSaved_ = false;
    bool viewDirty_ = false, savingView_ = false;
    bool saving_ = false;
    std::string savingId_;  // the map the save on its way is of
    std::uint64_t savingState_ = 0;
    double firstUnsavedAt_ = -1;
};

}  // namespace jejak
