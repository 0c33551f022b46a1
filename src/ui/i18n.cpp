// The current UI language.
#include "ui/i18n.h"

#include <algorithm>

namespace jejak::ui {
namespace {
Language current = Language::English;
}

Language uiLanguage() { return current; }
void setUiLanguage(Language language) { current = language; }
const char* tr(const char* key) { return TranslationTable::builtIn().text(current, key); }

std::vector<std::string> splitList(std::string_view list) {
    std::vector<std::string> parts;
    for (size_t start = 0; start <= list.size();) {
        size_t bar = std::min(list.find('|', start), list.size());
        parts.emplace_back(list.substr(start, bar - start));
        start = bar + 1;
    }
    return parts;
}

}  // namespace jejak::ui
