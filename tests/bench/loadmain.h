#pragma once

#include <QString>
#include <QUrl>

namespace flipover::bench {

struct LoadOptions;
// The load process's main loop (see loadmain.cpp); returns the exit code.
int runLoad(const LoadOptions &options);
// The flooder of the flood scenario (see flooder.cpp); returns the exit code.
int runFlood(const QUrl &url, const QString &pin);

} // namespace flipover::bench
