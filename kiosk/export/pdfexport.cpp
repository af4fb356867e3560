#include "pdfexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace flipover {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writePdf(const QString &markdown, const QString &title, const QString &path, QString *error)
{
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Flipover"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setMarkdown(markdown);
        doc.print(&writer); // paginates to the writer's page size; the file is complete when the writer goes
    }
    if (!QFile::exists(path) || QFileInfo(path).size() == 0) {
        *error = QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool writeOutcome(const SessionState &state, const ExportOptions &options, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QDir out(dir);
    const Exporter exporter(state, options);
    const QString md = exporter.markdown();
    return writeFile(out.filePath(QStringLiteral("outcome.md")), md.toUtf8(), error)
        && writeFile(out.filePath(QStringLiteral("outcome.csv")), exporter.cardsCsv(), error)
        && writeFile(out.filePath(QStringLiteral("outcome-reflections.csv")), exporter.reflectionsCsv(), error)
        && writePdf(md, state.name.isEmpty() ? state.format.title : state.name,
                    out.filePath(QStringLiteral("outcome.pdf")), error);
}

} // namespace flipover
