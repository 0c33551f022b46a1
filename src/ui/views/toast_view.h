// A message for the user at the bottom of the screen (a refused file, say):
// shown at least kSeconds, longer while the pointer is on it, until its close
// button; it can be copied. The last one stays readable for tests.
#pragma once

#include <string>

#include "ui/item_rects.h"

namespace jejak::ui {

class ToastView {
public:
    static constexpr double kSeconds = 8.0;
    void show(std::string message);
    void clear() { message_.clear(); }
    const std::string& message() const { return message_; }
    int count() const { return count_; }  // messages shown so far
    // Seconds until it goes by itself (the frame loop wakes then), or -1 when not shown.
    double secondsLeft() const;
    void draw(ItemRects& rects);

private:
    std::string message_;
    double shownAt_ = -1;
    int count_ = 0;
};

}  // namespace jejak::ui
