// The fake browser port's records (fake_browser_port.h).
#include "fake_browser_port.h"

namespace jejak::test {

void FakeBrowserPort::save(const std::string& id, const std::string& title, const std::string& json,
                           const std::string& view, int, bool) {
    record("save", id, title);
    lastSaveJson = json;
    lastSaveView = view;
}

void FakeBrowserPort::changeStored(StoredChange change, const std::string& id, const std::string& text) {
    const char* names[] = {"rename", "duplicate", "remove", "restore", "downloadStored"};
    record(names[static_cast<int>(change)], id, text);
}

void FakeBrowserPort::exportAs(FileFormat format, const std::string& mapJson, Language, const std::string& fileName) {
    record("exportAs", formatInfo(format).code, fileName);
    lastText = mapJson;
}

void FakeBrowserPort::importAs(FileFormat format, const std::string& fileName, std::string_view bytes,
                               const std::string& title, Language, Language) {
    record("importAs", formatInfo(format).code, fileName);
    lastText = std::string(bytes);
    (void)title;
}

void FakeBrowserPort::downloadPng(const Pixels& image, const std::string& fileName) {
    record("downloadPng", fileName, std::to_string(image.width) + "x" + std::to_string(image.height));
}

void FakeBrowserPort::printPages(const std::vector<Pixels>& pages, Paper paper, const std::string& title) {
    record("printPages", paper == Paper::A3 ? "A3" : "A4", std::to_string(pages.size()) + " " + title);
}

std::vector<FakeBrowserPort::Call> FakeBrowserPort::calls(const std::string& what) const {
    std::vector<Call> out;
    for (const Call& c : log)
        if (c.what == what) out.push_back(c);
    return out;
}

}  // namespace jejak::test
