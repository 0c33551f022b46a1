// The field names a reader has asked for, to tell unknown fields from known ones.
#pragma once

#include <array>
#include <cstring>
#include <string_view>
#include <vector>

namespace jejak {

// Holds any number of names; the first 32 without allocating (the map's objects
// have at most 16 fields), more in a vector, so a known name is never lost.
class FieldNames {
public:
    void add(const char* name) {
        if (count_ < inline_.size())
            inline_[count_++] = name;
        else
            more_.push_back(name);
    }
    bool contains(std::string_view name) const {
        for (size_t i = 0; i < count_; ++i)
            if (name == inline_[i]) return true;
        for (const char* n : more_)
            if (name == n) return true;
        return false;
    }
    size_t size() const { return count_ + more_.size(); }

private:
    std::array<const char*, 32> inline_{};
    size_t count_ = 0;
    std::vector<const char*> more_;
};

}  // namespace jejak
