// Loading and looking up the translation table.
#include "core/translations.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

extern const unsigned char jejak_embedded_translation_en[];
extern const unsigned long jejak_embedded_translation_en_size;
extern const unsigned char jejak_embedded_translation_id[];
extern const unsigned long jejak_embedded_translation_id_size;

namespace jejak {
namespace {

size_t slot(Language language) { return language == Language::Indonesian ? 1 : 0; }

}  // namespace

Language languageFromLocale(std::string_view locale) {
    // The browser locales each language answers to are in its translation file
    // ("meta.locales": "id|in"), which the page shell reads too (shell-words.js).
    std::string primary(locale.substr(0, locale.find_first_of("-_")));
    for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (primary.empty()) return Language::English;
    // The web app may have English's words only: each of its words files names
    // the other languages' locales too: meta.locales plus ".id" (web/scripts/words_files.py).
    const TranslationTable& words = TranslationTable::builtIn();
    const std::string inEnglish = std::string("meta.locales") + ".id";  // not a key of the translation files
    const char* locales = words.hasLanguage(Language::Indonesian) ? words.text(Language::Indonesian, "meta.locales")
                          : words.has(Language::English, inEnglish) ? words.text(Language::English, inEnglish)
                                                                    : "";
    for (const std::string& code : splitList(locales))
        if (code == primary) return Language::Indonesian;
    return Language::English;
}

const char* languageCode(Language language) { return language == Language::Indonesian ? "id" : "en"; }

bool TranslationTable::load(Language language, std::string_view json, std::string* error) {
    nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (error) *error = "the translation file is not a JSON object";
        return false;
    }
    std::map<std::string, std::string, std::less<>> parsed;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.value().is_string() || it.value().get_ref<const std::string&>().empty()) {
            if (error) *error = "translation \"" + it.key() + "\" is not a non-empty string";
            return false;
        }
        parsed.emplace(it.key(), it.value().get<std::string>());
    }
    texts_[slot(language)] = std::move(parsed);
    return true;
}

// A language not loaded (the web app loads the other one when it is chosen)
// reads as the one that is.
const std::map<std::string, std::string, std::less<>>& TranslationTable::of(Language language) const {
    const auto& texts = texts_[slot(language)];
    return texts.empty() ? texts_[1 - slot(language)] : texts;
}

const char* TranslationTable::text(Language language, std::string_view key) const {
    const auto& texts = of(language);
    auto it = texts.find(key);
    if (it != texts.end()) return it->second.c_str();
    // Keep a stable copy of the missing key so the pointer outlives the call.
    static thread_local std::map<std::string, std::string, std::less<>> missing;
    auto m = missing.find(key);
    if (m == missing.end()) m = missing.emplace(std::string(key), std::string(key)).first;
    return m->second.c_str();
}

bool TranslationTable::has(Language language, std::string_view key) const {
    return of(language).count(key) != 0;
}

std::string TranslationTable::format(Language language, std::string_view key,
                                     const std::vector<std::string>& args) const {
    return fillPlaceholders(text(language, key), args);
}

std::string TranslationTable::plural(Language language, std::string_view key, long long n) const {
    std::string one = std::string(key) + ".one";
    const char* text = n == 1 && has(language, one) ? this->text(language, one) : this->text(language, key);
    return fillPlaceholders(text, {std::to_string(n)});
}

std::vector<std::string> splitList(std::string_view list) {
    std::vector<std::string> parts;
    for (size_t start = 0; start <= list.size();) {
        size_t bar = std::min(list.find('|', start), list.size());
        parts.emplace_back(list.substr(start, bar - start));
        start = bar + 1;
    }
    return parts;
}

std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(text.size() + 16);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
            size_t n = static_cast<size_t>(text[i + 1] - '0');
            if (n < args.size()) {
                out += args[n];
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::vector<std::string> TranslationTable::keys(Language language) const {
    std::vector<std::string> out;
    for (const auto& [key, value] : of(language)) out.push_back(key);
    return out;
}

namespace {
TranslationTable& builtInTable() {
    static TranslationTable table = [] {
        TranslationTable t;
        std::string error;
        auto view = [](const unsigned char* data, unsigned long size) {
            return std::string_view(reinterpret_cast<const char*>(data), size);
        };
        // The web app embeds none (src/platform/no_words.cpp): its page adds them.
        if ((jejak_embedded_translation_en_size &&
             !t.load(Language::English, view(jejak_embedded_translation_en, jejak_embedded_translation_en_size),
                     &error)) ||
            (jejak_embedded_translation_id_size &&
             !t.load(Language::Indonesian, view(jejak_embedded_translation_id, jejak_embedded_translation_id_size),
                     &error))) {
            // Only a broken build gets here; the unit tests check both files.
            std::fprintf(stderr, "jejak: built-in translations are broken: %s\n", error.c_str());
            std::abort();
        }
        return t;
    }();
    return table;
}
}  // namespace

const TranslationTable& TranslationTable::builtIn() { return builtInTable(); }

bool TranslationTable::addBuiltIn(Language language, std::string_view json, std::string* error) {
    return builtInTable().load(language, json, error);
}

bool TranslationTable::hasLanguage(Language language) const { return !texts_[slot(language)].empty(); }

}  // namespace jejak
