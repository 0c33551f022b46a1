// The map going out (images, print, CSV, Markdown, Mermaid, share links) and
// coming in (CSV and Mermaid files through a preview, measurements, a share
// link's map), and the clipboard's copy and paste.
#include <cctype>

#include "core/formatting.h"
#include "io/card_clipboard.h"
#include "io/map_json.h"
#include "io/templates.h"
#include "session/session.h"
#include "ui/i18n.h"

namespace jejak {
namespace {
Outcome done(bool ok) { return {ok, 0}; }

// The file's name without its extension: the imported map's title.
std::string titleFromName(std::string_view name) {
    size_t dot = name.rfind('.');
    std::string title(name.substr(0, dot == std::string_view::npos ? name.size() : dot));
    for (char& c : title)
        if (c == '_') c = ' ';
    return title;
}

// Text whose first line names the measurement columns (period and stage, in
// either language): the analytics panel takes it as measurements.
bool looksLikeMeasures(std::string_view text) {
    std::string first(text.substr(0, text.find_first_of("\r\n")));
    for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool period = first.find("period") != std::string::npos;  // "periode" too
    const bool stage = first.find("stage") != std::string::npos || first.find("tahap") != std::string::npos;
    return period && stage &&
           (first.find(',') != std::string::npos || first.find(';') != std::string::npos ||
            first.find('\t') != std::string::npos);
}
}  // namespace

using ui::format;
using ui::tr;
using ui::uiLanguage;

template <>
Outcome Session::on(const intent::Export& i) {
    if (!port_) return {};
    const JourneyMap& m = map();
    const Language language = languageFromLocale(m.language);  // the words of the map's own language
    const std::string stem = fileStemForTitle(m.title);
    auto exportAs = [&](FileFormat f) { port_->exportAs(f, saveMapToJson(m), language, stem + std::string(firstExtension(f))); };
    switch (i.kind) {
        case intent::ExportKind::Png: emit(effect::RenderImage{i.scale}); break;
        case intent::ExportKind::Print: emit(effect::PrintPages{i.a3}); break;
        // Written by the formats module (browser_port.h), from the map file.
        case intent::ExportKind::Csv: exportAs(FileFormat::Csv); break;
        case intent::ExportKind::Markdown: exportAs(FileFormat::Markdown); break;
        case intent::ExportKind::Mermaid: exportAs(FileFormat::Mermaid); break;
        case intent::ExportKind::ShareLink: port_->makeShareLink(saveMapToJson(m)); break;
    }
    return done(true);
}

void Session::imageRendered(int scale, RenderedImage image) {
    exports_.rendered(scale, image);
    if (!image.errorKey.empty()) {
        message(format(image.errorKey.c_str(), image.args));
        return;
    }
    if (!port_) return;
    // The formats module encodes it (PNG, stb_image_write) and downloads it; the
    // pixels stay here until it has them.
    exports_.releaseHeld();
    const std::uint8_t* pixels = exports_.hold(std::move(image.rgba));
    port_->downloadPng({pixels, image.width, image.height, image.pixelsPerMetre}, fileStemForTitle(map().title) + ".png");
}

void Session::pagesRendered(std::vector<RenderedImage> pages, bool a3) {
    if (pages.empty() || !pages.front().errorKey.empty()) {
        message(format(pages.empty() ? "export.gpu_failed" : pages.front().errorKey.c_str(), {}));
        return;
    }
    if (!port_) return;
    exports_.releaseHeld();
    std::vector<BrowserPort::Pixels> files;
    for (RenderedImage& page : pages)
        files.push_back({exports_.hold(std::move(page.rgba)), page.width, page.height, page.pixelsPerMetre});
    port_->printPages(files, a3 ? BrowserPort::Paper::A3 : BrowserPort::Paper::A4, map().title);
}

// A picked or dropped file by its name and first bytes: a map file, a CSV sheet
// of cards or a Mermaid journey (through the formats module and a preview).
void Session::importFile(std::string_view name, std::string_view bytes) {
    const std::optional<FileFormat> format = mapFormatOfName(name);
    if (format != FileFormat::Csv && format != FileFormat::Mermaid) {
        apply(intent::OpenFile{std::string(bytes)});  // all or nothing, the open map kept; asks about a known title
        return;
    }
    if (!roomToRead(bytes.size()) || !port_) return;
    // A new map's words are the user's.
    port_->importAs(*format, std::string(name), bytes, titleFromName(name), uiLanguage(), uiLanguage());
}

// Measurements (a CSV file or pasted text): the formats module reads them into
// the open map and answers with a preview and the map's measures after the import.
void Session::importMeasures(std::string_view name, std::string_view bytes) {
    if (!roomToRead(bytes.size()) || !port_) return;
    measuresPending_ = true;
    port_->importAs(FileFormat::Measures, std::string(name), bytes, saveMapToJson(map()), uiLanguage(), uiLanguage());
}

void Session::readMeasures(std::string_view name, std::string_view text) {
    MeasuresPreview preview;
    std::string mapJson;
    readMeasuresAnswer(name, text, preview, mapJson);
    std::optional<MapLoadResult> loaded = readMapText(mapJson, "analytics.import_failed");
    if (!loaded) return;
    preview.measures = std::move(loaded->map.measures);
    measures_ = std::move(preview);
}

void Session::onImported(bool ok, std::string_view name, std::string_view text) {
    if (measuresPending_) {
        measuresPending_ = false;
        if (!ok) {  // the reason with its line, in the user's language; the map is as it was
            message(std::string(tr("analytics.import_failed")) + " " + std::string(text));
            return;
        }
        readMeasures(name, text);
        return;
    }
    if (!ok) {
        message(std::string(tr("error.open_failed")) + " " + std::string(text));
        return;
    }
    // The module wrote a map file: the app's own loader reads it.
    std::optional<MapLoadResult> loaded = readMapText(text, "error.open_failed");
    if (!loaded) return;
    const bool csv = mapFormatOfName(name) == FileFormat::Csv;
    import_ = ImportPreview{std::string(name), csv ? "CSV" : "Mermaid", std::move(loaded->map)};
}

void Session::onSharedMap(bool ok, std::string_view text) {
    if (!ok) {  // the formats module's words: damaged or cut, nothing opens
        message(std::string(text));
        return;
    }
    loadMapText(text, "share.damaged", {"", 0, "", true});
}

void Session::onFormatsFailed() {
    exports_.releaseHeld();  // an image or print job that will not be made
    message("error.formats_unavailable");
}

template <>
Outcome Session::on(const intent::ConfirmImport&) {
    if (!import_) return done(false);
    JourneyMap imported = std::move(import_->map);
    import_.reset();
    flushSave();  // the open map stays in the library as it is
    replaceMap(std::move(imported), port_ ? port_->newId() : std::string(), 0, "");
    return done(true);
}

// Either preview (a file read as a map, or measurements) goes, and nothing changes.
template <>
Outcome Session::on(const intent::CancelImport&) {
    const bool had = import_.has_value() || measures_.has_value();
    import_.reset();
    measures_.reset();
    return done(had);
}

template <>
Outcome Session::on(const intent::SaveSharedCopy&) {
    if (!shared_ || !port_) return done(false);
    leaveShared();
    autosave_.opened(port_->newId(), 0);  // a new map of one's own, saved soon
    return done(true);
}

template <>
Outcome Session::on(const intent::CloseShared&) {
    if (!shared_ || !port_) return done(false);
    leaveShared();
    if (!beforeShared_.empty()) {
        port_->load(beforeShared_);  // the map that was open comes back (onLoaded)
    } else {
        replaceMap(blankMap(uiLanguage()), port_->newId(), 0, "");
    }
    return done(true);
}

template <>
Outcome Session::on(const intent::ImportMeasures&) {
    if (!port_) return done(false);
    measuresPick_ = true;  // the file that comes back is measurements, not a map
    port_->pickFile();
    return done(true);
}

template <>
Outcome Session::on(const intent::ConfirmMeasures&) {
    if (!measures_) return done(false);
    std::vector<Measure> measures = std::move(measures_->measures);
    measures_.reset();
    return done(execute(setMeasures(std::move(measures), {"cmd.import_measures", ""})));
}

// --- the clipboard: a small map file of the cards (io/card_clipboard.h), read by
// the same strict loader as a file, so it works between pages and maps ------------

std::string Session::copySelection(const CanvasFacts& canvas, bool cut) {
    if (canvas.textFieldActive || !canvas.selection || canvas.selection->empty()) return "";
    const std::vector<Id> selection = *canvas.selection;
    std::string text = copyCards(map(), selection);
    if (cut) apply(intent::DeleteCards{selection});
    return text;
}

// Where pasted text goes: measurements when the analytics panel is open and it
// looks like them, a whole map as a new map, cards into the selected card's cell
// (else the focused cell, else the first), plain text to the browser.
bool Session::pasteText(std::string_view text, const CanvasFacts& canvas, bool analyticsOpen) {
    if (canvas.textFieldActive) return false;
    if (!roomToRead(text.size())) return true;  // said so; nothing changes
    if (analyticsOpen && looksLikeMeasures(text)) {  // pasted from a spreadsheet
        importMeasures(tr("analytics.pasted"), text);
        return true;
    }
    ClipboardContent content = readClipboard(text);
    switch (content.kind) {
        case ClipboardContent::PlainText: return false;
        case ClipboardContent::WholeMap: return openMapJson(text);
        case ClipboardContent::NotJejak:
            message(std::string(tr("error.paste_failed")) + " " + tr("error.not_jejak"));
            return false;
        case ClipboardContent::Broken:
            message(std::string(tr("error.paste_failed")) + " " + describeProblem(content.problem, uiLanguage()));
            return false;
        case ClipboardContent::Cards: break;
    }
    if (!canvas.layout) return false;
    const ui::MapLayout& layout = *canvas.layout;
    int row = 0, column = 0;
    if (canvas.selection && !canvas.selection->empty()) {
        if (const ui::CardBox* box = layout.findCard(canvas.selection->back())) {
            row = box->row;
            column = box->column;
        }
    } else if (canvas.focusedCell) {
        row = canvas.focusedCell->first;
        column = canvas.focusedCell->second;
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
    emit(effect::Select{ids, false});
    return true;
}

}  // namespace jejak
