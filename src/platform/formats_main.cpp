// The formats module (build/web/formats.js + formats.wasm): what the page does
// with files beyond Jejak's own map file, kept out of the startup download and
// loaded the first time it is needed (web/glue.js, loadFormats): CSV, Markdown
// and Mermaid, both ways; and the gallery's templates. The same src/io code as the jejak CLI, so that both
// give the same answer for the same bytes.
//
// Every answer is a heap buffer that the caller frees (free), with its length
// in *size; *ok says whether it is the result or a message for the user.
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <emscripten.h>

#include "core/embedded_file.h"
#include "core/translations.h"
#include "io/json_text.h"
#include "io/map_csv.h"
#include "io/map_json.h"
#include "io/map_markdown.h"
#include "core/formatting.h"
#include "io/map_mermaid.h"
#include "io/measures_csv.h"
#include "io/png_image.h"
#include "io/share_link.h"

extern const jejak::EmbeddedFile jejak_embedded_templates[];
extern const unsigned long jejak_embedded_templates_count;

namespace {

enum Kind { Csv = 0, Markdown = 1, Mermaid = 2, Measures = 3 };

char* answer(const std::string& text, int* size) {
    char* out = static_cast<char*>(std::malloc(text.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, text.data(), text.size());
    out[text.size()] = '\0';
    *size = static_cast<int>(text.size());
    return out;
}

jejak::Language languageOf(int code) { return code == 1 ? jejak::Language::Indonesian : jejak::Language::English; }

// Measurements (CSV) read into the open map `mapJson`: the preview's summary and
// its changes, a line each, then a record separator and the map with them; or,
// refused, the line and the reason.
char* importMeasures(std::string_view csv, std::string_view mapJson, jejak::Language lang, int* ok, int* size) {
    using namespace jejak;
    MapLoadResult loaded = loadMapFromJson(mapJson);
    if (!loaded.ok) {
        *ok = 0;
        return answer(describeProblem(loaded.problem, lang), size);
    }
    MeasuresImport r = importMeasuresCsv(loaded.map, csv);
    if (!r.ok) {
        *ok = 0;
        return answer(describeCsvProblem(r.problem, lang), size);
    }
    const TranslationTable& t = TranslationTable::builtIn();
    auto plain = [](std::string s) {  // one line each: no line breaks or separators from card text
        for (char& c : s)
            if (static_cast<unsigned char>(c) < 0x20) c = ' ';
        return s;
    };
    std::string out = describeMeasuresImport(r, lang);
    constexpr size_t kMostLines = 300;
    for (size_t i = 0; i < r.changes.size() && i < kMostLines; ++i) {
        const MeasureChange& c = r.changes[i];
        const Stage* stage = loaded.map.stage(c.stage);
        const Card* card = c.card ? loaded.map.card(c.card) : nullptr;
        std::string where = stage ? stage->name : std::string();
        if (card) where += " \u00b7 " + card->text;
        const char* field = t.text(lang, c.field == "entered"   ? "measures.field.entered"
                                         : c.field == "reached" ? "measures.field.reached"
                                                                : "measures.field.exits");
        out += "\n" + plain(t.format(lang, "measures.change",
                                      {c.period, where, field,
                                       c.before ? formatCount(static_cast<long long>(*c.before), lang) : "\u2014",
                                       formatCount(static_cast<long long>(c.after), lang)}));
    }
    if (r.changes.size() > kMostLines)
        out += "\n" + t.format(lang, "measures.more", {formatCount(static_cast<long long>(r.changes.size() - kMostLines), lang)});
    loaded.map.measures = std::move(r.measures);
    out += static_cast<char>(30);  // ASCII RS, which no line above holds
    out += saveMapToJson(loaded.map);
    *ok = 1;
    return answer(out, size);
}

}  // namespace

extern "C" {

// The map file `json` as CSV, Markdown or Mermaid, in `language` (0 English, 1 Indonesian).
EMSCRIPTEN_KEEPALIVE char* jf_export(int kind, const char* json, int jsonSize, int language, int* ok, int* size) {
    jejak::MapLoadResult loaded = jejak::loadMapFromJson(std::string_view(json, static_cast<size_t>(jsonSize)));
    const jejak::Language lang = languageOf(language);
    if (!loaded.ok) {
        *ok = 0;
        return answer(jejak::describeProblem(loaded.problem, lang), size);
    }
    *ok = 1;
    switch (kind) {
        case Csv: return answer(jejak::saveMapToCsv(loaded.map, lang), size);
        case Markdown: return answer(jejak::saveMapToMarkdown(loaded.map, lang), size);
        default: return answer(jejak::saveMapToMermaid(loaded.map, lang), size);
    }
}

// A CSV or Mermaid file's bytes as a map file titled `title`; or, refused, the
// reason in the user's language `language`.
EMSCRIPTEN_KEEPALIVE char* jf_import(int kind, const char* bytes, int byteCount, const char* title, int titleSize,
                                     int language, int* ok, int* size) {
    const std::string_view text(bytes, static_cast<size_t>(byteCount));
    std::string name(title, static_cast<size_t>(titleSize));
    const jejak::Language lang = languageOf(language);
    if (kind == Measures) return importMeasures(text, std::string_view(title, static_cast<size_t>(titleSize)), lang, ok, size);
    if (kind == Csv) {
        jejak::CsvLoadResult loaded = jejak::loadMapFromCsv(text, std::move(name), jejak::languageCode(lang));
        *ok = loaded.ok ? 1 : 0;
        return answer(loaded.ok ? jejak::saveMapToJson(loaded.map) : jejak::describeCsvProblem(loaded.problem, lang),
                      size);
    }
    jejak::MermaidLoadResult loaded = jejak::loadMapFromMermaid(text, std::move(name), lang);
    *ok = loaded.ok ? 1 : 0;
    return answer(loaded.ok ? jejak::saveMapToJson(loaded.map) : jejak::describeMermaidProblem(loaded.problem, lang),
                  size);
}

// A share link's fragment ("#map=..."): the map file it holds, or the reason
// there is none, in the user's language.
EMSCRIPTEN_KEEPALIVE char* jf_share_decode(const char* fragment, int fragmentSize, int language, int* ok, int* size) {
    jejak::ShareLinkResult link =
        jejak::decodeShareFragment(std::string_view(fragment, static_cast<size_t>(fragmentSize)), jejak::kMaxMapFileBytes);
    *ok = link.ok ? 1 : 0;
    if (link.ok) return answer(link.json, size);
    return answer(jejak::TranslationTable::builtIn().text(languageOf(language), link.problem), size);
}

// RGBA pixels (top row first) as a PNG file, with the print density in pHYs.
EMSCRIPTEN_KEEPALIVE char* jf_encode_png(unsigned char* rgba, int width, int height, int pixelsPerMetre, int* ok,
                                         int* size) {
    const size_t bytes = static_cast<size_t>(width) * static_cast<size_t>(height) * 4;
    std::string png = jejak::encodePng(rgba, bytes, width, height, pixelsPerMetre);
    std::free(rgba);  // the page's copy, handed over
    *ok = png.empty() ? 0 : 1;
    return answer(png, size);
}

// Every template of the gallery: {"key": "the template's map file", ...}.
EMSCRIPTEN_KEEPALIVE char* jf_templates(int* ok, int* size) {
    jejak::JsonWriter out;
    out.beginObject();
    for (unsigned long i = 0; i < jejak_embedded_templates_count; ++i) {
        out.key(jejak_embedded_templates[i].name);
        out.value(jejak_embedded_templates[i].text());
    }
    out.endObject();
    *ok = 1;
    return answer(out.finish(), size);
}

}  // extern "C"

int main() { return 0; }
