// The UI's words in English and Bahasa Indonesia, read from assets/translations.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jejak {

enum class Language { English, Indonesian };

// "id", "id-ID", "in" -> Indonesian; anything else -> English.
Language languageFromLocale(std::string_view locale);
const char* languageCode(Language language);

class TranslationTable {
public:
    // Parses one language's file: a flat JSON object of key -> non-empty string.
    // On failure returns false, leaves the table unchanged and says why.
    bool load(Language language, std::string_view json, std::string* error);

    // The text for key; the key itself when it is missing, so a gap shows.
    const char* text(Language language, std::string_view key) const;
    bool has(Language language, std::string_view key) const;
    // The text for key with {0}, {1}, ... replaced by args (a translation may
    // put them in any order); a placeholder without an argument stays as it is.
    std::string format(Language language, std::string_view key, const std::vector<std::string>& args) const;
    // A count in words: key + ".one" when n is 1 (English "1 card"), else key
    // ("2 cards"; Bahasa Indonesia says "kartu" either way), {0} being n.
    std::string plural(Language language, std::string_view key, long long n) const;
    std::vector<std::string> keys(Language language) const;

    // The table built from the files embedded in the binary.
    static const TranslationTable& builtIn();
    // A language's words added to it (the web app gets them from its page).
    static bool addBuiltIn(Language language, std::string_view json, std::string* error);
    bool hasLanguage(Language language) const;  // loaded; text() of one not loaded reads the other

private:
    const std::map<std::string, std::string, std::less<>>& of(Language language) const;
    std::map<std::string, std::string, std::less<>> texts_[2];
};

// The parts of a "a|b|c" list in a translation (month names, the blank map's stages).
std::vector<std::string> splitList(std::string_view list);

// Replaces {0}, {1}, ... in text by args.
std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& args);

}  // namespace jejak
