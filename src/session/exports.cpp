// The export record and the measurements import's answer (session/exports.h).
#include "session/exports.h"

#include <algorithm>
#include <cstdio>

namespace jejak {

void ExportRecord::rendered(int scale, const RenderedImage& image) {
    scale_ = scale;
    width_ = image.width;
    height_ = image.height;
    drawMs_ = image.drawMs;
    renderMs_ = image.renderMs;
    error_ = image.errorKey;
    write(0, 0);
}

void ExportRecord::write(std::size_t bytes, double encodeMs) {
    char json[256];
    std::snprintf(json, sizeof json,
                  "{\"scale\":%d,\"width\":%d,\"height\":%d,\"bytes\":%zu,\"drawMs\":%.1f,\"renderMs\":%.1f,"
                  "\"encodeMs\":%.1f,\"error\":\"%s\"}",
                  scale_, width_, height_, bytes, drawMs_, renderMs_, encodeMs, error_.c_str());
    json_ = json;
}

const std::uint8_t* ExportRecord::hold(std::vector<std::uint8_t> pixels) {
    held_.push_back(std::move(pixels));
    return held_.back().data();
}

bool readMeasuresAnswer(std::string_view fileName, std::string_view text, MeasuresPreview& preview,
                        std::string& mapJson) {
    constexpr char kRecordSeparator = 30;  // ASCII RS
    const size_t split = text.find(kRecordSeparator);
    if (split == std::string_view::npos) return false;
    mapJson = std::string(text.substr(split + 1));
    preview = {};
    preview.fileName = std::string(fileName);
    std::string_view head = text.substr(0, split);
    for (size_t at = 0; at <= head.size();) {
        const size_t end = std::min(head.find('\n', at), head.size());
        (preview.summary.empty() ? preview.summary : preview.lines.emplace_back()) =
            std::string(head.substr(at, end - at));
        at = end + 1;
    }
    return true;
}

}  // namespace jejak
