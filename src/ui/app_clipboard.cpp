// Copy, cut and paste of cards through the page's clipboard events. The text is
// a small journey map file (io/card_clipboard.h), read by the same strict loader
// as a file, so it works between pages and maps.
#include <cctype>

#include "io/card_clipboard.h"
#include "io/map_json.h"
#include "ui/app.h"
#include "ui/i18n.h"

namespace jejak::ui {

std::string App::copySelection(bool cut) {
    if (ImGui::GetIO().WantTextInput || editCanvas().selection().empty()) return "";
    std::string text = copyCards(map(), editCanvas().selection());
    if (cut) apply(intent::DeleteCards{editCanvas().selection()});
    return text;
}

namespace {
// Text whose first line names the measurement columns (period and stage, in
// either language): the analytics panel takes it as measurements.
bool looksLikeMeasures(std::string_view text) {
    std::string first(text.substr(0, text.find_first_of("\r\n")));
    for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool period = first.find("period") != std::string::npos;  // "periode" too
    const bool stage = first.find("stage") != std::string::npos || first.find("tahap") != std::string::npos;
    return period && stage && (first.find(',') != std::string::npos || first.find(';') != std::string::npos ||
                               first.find('\t') != std::string::npos);
}
}  // namespace

bool App::pasteText(std::string_view text) {
    if (ImGui::GetIO().WantTextInput) return false;
    if (!roomToRead(text.size())) return true;  // said so; nothing changes
    if (side_.panel() == Panel::Analytics && looksLikeMeasures(text)) {  // pasted from a spreadsheet
        importMeasures(tr("analytics.pasted"), text);
        return true;
    }
    ClipboardContent content = readClipboard(text);
    switch (content.kind) {
        case ClipboardContent::PlainText: return false;             // the browser's to handle
        case ClipboardContent::WholeMap: return openMapJson(text);  // opens as a new map
        case ClipboardContent::NotJejak:
            showError(std::string(tr("error.paste_failed")) + " " + tr("error.not_jejak"));
            return false;
        case ClipboardContent::Broken:
            showError(std::string(tr("error.paste_failed")) + " " + describeProblem(content.problem, uiLanguage()));
            return false;
        case ClipboardContent::Cards: break;
    }
    const MapLayout& layout = editCanvas().layout();
    // Target: the selected card's cell, else the focused cell, else the first cell.
    int row = 0, column = 0;
    if (!editCanvas().selection().empty()) {
        if (const CardBox* box = layout.findCard(editCanvas().selection().back())) {
            row = box->row;
            column = box->column;
        }
    } else if (auto cell = editCanvas().focusedCell()) {
        row = cell->first;
        column = cell->second;
    }
    std::vector<Id> rows, columns;
    for (const auto& r : layout.rows) rows.push_back(r.lane);
    for (const auto& c : layout.columns) columns.push_back(c.stage);
    std::vector<Card> cards = placePastedCards(map(), content.fragment, rows, columns, row, column);
    if (cards.empty()) return false;
    std::vector<Id> ids;
    for (const Card& c : cards) ids.push_back(c.id);
    std::vector<CommandPtr> steps;
    steps.push_back(addCards(std::move(cards), SIZE_MAX));
    if (!execute(group({"cmd.paste", ""}, std::move(steps)))) return false;
    editCanvas().select(ids);
    return true;
}

}  // namespace jejak::ui
