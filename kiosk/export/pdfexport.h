// The outcome as files: the Markdown rendered to an A4 PDF with Qt's own PDF
// writer, and writeOutcome() which writes outcome.md, outcome.csv,
// outcome-reflections.csv and outcome.pdf into a folder. Needs a
// QGuiApplication (fonts); the offscreen platform is enough.
#pragma once

#include "exporter.h"

#include <QString>

namespace flipover {

bool writePdf(const QString &markdown, const QString &title, const QString &path, QString *error);
bool writeOutcome(const SessionState &state, const ExportOptions &options, const QString &dir, QString *error);

} // namespace flipover
