// The screenshot tour's start screen (kioskshots.cpp runs it last).
#pragma once

#include "kioskshots.h"

namespace flipover {

// Past meetings, a cycle format chosen, a broken file's errors and both
// confirmations; false when a picture or a check failed.
bool startScreenShots(const ScreenshotOptions &options);

} // namespace flipover
