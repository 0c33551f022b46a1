// Files going out and coming in, as values: a CSV or Mermaid file read but not
// opened yet, measurements read but not in the map yet, an image the GPU drew
// for the image export or printing, and the record of the last image export
// (its size and timings, for the test bridge and the export benchmark).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

struct ImportPreview {
    std::string fileName;
    std::string format;  // "CSV", "Mermaid"
    JourneyMap map;
};

struct MeasuresPreview {
    std::string fileName;
    std::string summary;             // "12 rows: 2 periods (1 new), 18 counts change"
    std::vector<std::string> lines;  // one change each, in the user's language
    std::vector<Measure> measures;   // the map's measures after the import
};

// What the formats module answers a measurements import with: the summary, the
// changes a line each, then (after an ASCII record separator) the map file with
// the measures in it. False when it is not that.
bool readMeasuresAnswer(std::string_view fileName, std::string_view text, MeasuresPreview& preview,
                        std::string& mapJson);

struct RenderedImage {
    std::vector<std::uint8_t> rgba;  // the pixels, top row first; empty when refused (errorKey says why)
    int width = 0, height = 0;
    int pixelsPerMetre = 0;  // for the PNG's pHYs: 96 dpi at 1x
    std::string errorKey;    // "export.too_large", "export.no_memory", "export.gpu_failed"
    std::vector<std::string> args;
    double drawMs = 0, renderMs = 0;  // what the time went on
};

// The last image export, as JSON: {"scale", "width", "height", "bytes",
// "drawMs", "renderMs", "encodeMs", "error"} ("null" before the first). The
// pixels handed to the formats module stay here until it has copied them.
class ExportRecord {
public:
    void rendered(int scale, const RenderedImage& image);  // drawn (or refused): no bytes yet
    void pngMade(std::size_t bytes, double encodeMs) { write(bytes, encodeMs); }
    const std::string& json() const { return json_; }
    // Keeps pixels until the page took them; the pointer stays valid until then.
    const std::uint8_t* hold(std::vector<std::uint8_t> pixels);
    void pixelsTaken() { held_.clear(); }
    void releaseHeld() { held_.clear(); }
    bool holding() const { return !held_.empty(); }

private:
    void write(std::size_t bytes, double encodeMs);
    int scale_ = 0, width_ = 0, height_ = 0;
    double drawMs_ = 0, renderMs_ = 0;
    std::string error_;
    std::string json_ = "null";
    std::vector<std::vector<std::uint8_t>> held_;
};

}  // namespace jejak
