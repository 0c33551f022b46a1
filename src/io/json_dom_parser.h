// nlohmann's DOM builder for the map loader: it remembers where a syntax error
// was and refuses to nest deeper than a limit.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace jejak {

// nlohmann's DOM builder, remembering where a syntax error was and refusing
// to nest deeper than maxDepth.
class DomParser : public nlohmann::detail::json_sax_dom_parser<nlohmann::ordered_json> {
public:
    DomParser(nlohmann::ordered_json& document, int maxDepth)
        : json_sax_dom_parser(document, false), maxDepth_(maxDepth) {}
    bool start_object(std::size_t elements) { return deeper() && json_sax_dom_parser::start_object(elements); }
    bool end_object() {
        --depth_;
        return json_sax_dom_parser::end_object();
    }
    bool start_array(std::size_t elements) { return deeper() && json_sax_dom_parser::start_array(elements); }
    bool end_array() {
        --depth_;
        return json_sax_dom_parser::end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
        errorAt = position;
        errorToken = token;
        return json_sax_dom_parser::parse_error(position, token, ex);
    }
    std::size_t errorAt = 0;
    std::string errorToken;
    bool tooDeep = false;

private:
    bool deeper() {
        if (++depth_ <= maxDepth_) return true;
        tooDeep = true;
        return false;
    }
    int maxDepth_;
    int depth_ = 0;
};

}  // namespace jejak
