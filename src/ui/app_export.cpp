// The image export, and files opened by their format: a map file, a CSV sheet
// of cards or a Mermaid journey (a preview first, then a new map).
#include <cstdio>
#include <string>

#include "core/formatting.h"
#include "io/map_json.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/map_image.h"

namespace jejak::ui {
namespace {

std::string lowerExtension(std::string_view name) {
    size_t dot = name.rfind('.');
    if (dot == std::string_view::npos) return {};
    std::string ext(name.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return ext;
}

// The file's name without its extension: the imported map's title.
std::string titleFromName(std::string_view name) {
    size_t dot = name.rfind('.');
    std::string title(name.substr(0, dot == std::string_view::npos ? name.size() : dot));
    for (char& c : title)
        if (c == '_') c = ' ';
    return title;
}

}  // namespace

void App::exportImage(int scale) {
    if (!render_ || !storage_) return;
    // Presenting, the view the room sees; in the editor, the whole map.
    MapImage image = present_.active()
                         ? renderViewImage(present_.canvas(), map(), document_.changeCount(), static_cast<float>(scale),
                                           *render_, memoryCheck_)
                         : renderMapImage(map(), document_.changeCount(), canvas_.view().hiddenLanes,
                                          static_cast<float>(scale), *render_, memoryCheck_,
                                          nowMs_ ? nowMs_ : [] { return 0.0; });
    lastImage_ = {scale, image.width, image.height, image.drawMs, image.renderMs, image.errorKey};
    noteExport(0, 0);
    if (!image.errorKey.empty()) {
        showError(format(image.errorKey.c_str(), image.args));
        return;
    }
    // The formats module encodes it (PNG, stb_image_write) and downloads it; the
    // pixels stay here until it has them.
    heldPixels_.clear();
    heldPixels_.push_back(std::move(image.rgba));
    storage_->downloadPng({heldPixels_.back().data(), image.width, image.height, image.pixelsPerMetre},
                          fileStemForTitle(map().title) + ".png");
}

void App::noteExport(std::size_t bytes, double encodeMs) {
    char json[256];
    std::snprintf(json, sizeof json,
                  "{\"scale\":%d,\"width\":%d,\"height\":%d,\"bytes\":%zu,\"drawMs\":%.1f,\"renderMs\":%.1f,"
                  "\"encodeMs\":%.1f,\"error\":\"%s\"}",
                  lastImage_.scale, lastImage_.width, lastImage_.height, bytes, lastImage_.drawMs, lastImage_.renderMs,
                  encodeMs, lastImage_.error.c_str());
    lastExport_ = json;
}

void App::printMap(bool a3) {
    if (!render_ || !storage_) return;
    std::vector<MapImage> pages = renderPrintPages(map(), document_.changeCount(), canvas_.view().hiddenLanes,
                                                   a3 ? Paper::A3 : Paper::A4, 2.0f, *render_, memoryCheck_);
    if (pages.empty() || !pages.front().errorKey.empty()) {
        showError(format(pages.empty() ? "export.gpu_failed" : pages.front().errorKey.c_str(), {}));
        return;
    }
    heldPixels_.clear();
    std::vector<StoragePort::Pixels> files;
    for (MapImage& page : pages) {
        heldPixels_.push_back(std::move(page.rgba));
        files.push_back({heldPixels_.back().data(), page.width, page.height, page.pixelsPerMetre});
    }
    storage_->printPages(files, a3 ? "A3" : "A4", map().title);
}

void App::importFile(std::string_view name, std::string_view bytes) {
    const std::string ext = lowerExtension(name);
    const bool csv = ext == "csv";
    const bool mermaid = ext == "mmd" || ext == "mermaid";
    if (!csv && !mermaid) {
        apply(intent::OpenFile{std::string(bytes)});  // all or nothing, the open map kept; asks about a known title
        return;
    }
    if (!roomToRead(bytes.size()) || !storage_) return;
    // The formats module reads it (storage_port.h); a new map's words are the user's.
    storage_->importAs(csv ? "csv" : "mmd", std::string(name), bytes, titleFromName(name), uiLanguage(), uiLanguage());
}

// Measurements (a CSV file or pasted text): the formats module reads them into
// the open map and answers with a preview and the map's measures after the import.
void App::importMeasures(std::string_view name, std::string_view bytes) {
    if (!roomToRead(bytes.size()) || !storage_) return;
    measuresPending_ = true;
    storage_->importAs("measures", std::string(name), bytes, saveMapToJson(map()), uiLanguage(), uiLanguage());
}

void App::onImported(bool ok, std::string_view name, std::string_view text) {
    if (measuresPending_) {
        measuresPending_ = false;
        if (!ok) {  // the reason with its line, in the user's language; the map is as it was
            showError(std::string(tr("analytics.import_failed")) + " " + std::string(text));
            return;
        }
        // The summary, the changes a line each, then (after a record separator) a map file.
        constexpr char kRecordSeparator = 30;  // ASCII RS
        const size_t split = text.find(kRecordSeparator);
        MapLoadResult loaded = loadMapFromJson(split == std::string_view::npos ? "" : text.substr(split + 1));
        if (!loaded.ok) {
            showError(std::string(tr("analytics.import_failed")) + " " + describeProblem(loaded.problem, uiLanguage()));
            return;
        }
        MeasuresPreview preview;
        preview.fileName = std::string(name);
        std::string_view head = text.substr(0, split);
        for (size_t at = 0; at <= head.size();) {
            const size_t end = std::min(head.find('\n', at), head.size());
            (preview.summary.empty() ? preview.summary : preview.lines.emplace_back()) = std::string(head.substr(at, end - at));
            at = end + 1;
        }
        preview.measures = std::move(loaded.map.measures);
        measures_ = std::move(preview);
        return;
    }
    if (!ok) {
        showError(std::string(tr("error.open_failed")) + " " + std::string(text));
        return;
    }
    MapLoadResult loaded = loadMapFromJson(text);  // the module wrote a map file: the app's own loader reads it
    if (!loaded.ok) {
        showError(std::string(tr("error.open_failed")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return;
    }
    const bool csv = lowerExtension(name) == "csv";
    import_ = ImportPreview{std::string(name), csv ? "CSV" : "Mermaid", std::move(loaded.map)};
}

void App::onSharedMap(bool ok, std::string_view text) {
    if (!ok) {  // the formats module's words: damaged or cut, nothing opens
        showError(std::string(text));
        return;
    }
    MapLoadResult loaded = loadMapFromJson(text);
    if (!loaded.ok) {
        showError(std::string(tr("share.damaged")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return;
    }
    if (!shared_) {
        flushSave();  // the open map stays in the library as it is
        beforeShared_ = autosave_.mapId();
    }
    replaceMap(std::move(loaded.map), "", 0, "", std::move(loaded.hiddenLanes));
    shared_ = true;
    autosave_.hold(true);  // not kept unless the user saves a copy
}

void App::onFormatsFailed() {
    heldPixels_.clear();  // an image or print job that will not be made
    showError(tr("error.formats_unavailable"));
}

}  // namespace jejak::ui
