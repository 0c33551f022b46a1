// Whether the map is kept: "Saved", "Saving…" or the problem in the top bar, a
// reminder to download a copy after many edits, and a banner with what to do
// when the browser does not keep the map or another tab changed it.
#pragma once

#include <cstdint>
#include <string>

#include "io/autosave.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

class SaveStatusView {
public:
    static constexpr std::uint64_t kBackupReminderEdits = 25;
    static constexpr float kBackupGap = 6;                 // between the status word and the backup button
    static constexpr float kBackupWidth = 36;              // the toolbar button's size
    static float width();                                  // the widest status, so the top bar keeps its place
    static float backupX();                                // where the backup button starts, after the status word
    static std::string problem(const Autosave& autosave);  // the banner's words, in the user's language

    // changes: the document's change count; a download or a newly opened map resets the reminder.
    void noteDownloaded(std::uint64_t changes) { downloadedChange_ = backupBase_ = changes; }
    void noteOpened(std::uint64_t changes) { backupBase_ = changes; }
    void drawStatus(const ViewContext& ctx, const Autosave& autosave, std::uint64_t changes, float x, float y);
    // Returns the banner's height (0 when there is none).
    float drawBanner(const ViewContext& ctx, const Autosave& autosave, float top);

private:
    std::uint64_t downloadedChange_ = ~std::uint64_t{0};
    std::uint64_t backupBase_ = 0;  // change count at the last download or open
};

}  // namespace jejak::ui
