// KioskController: the export a facilitator asks for from a tablet (see
// kioskcontroller.h). The tablet names no folder: the files go where the
// wall's export would put them, on the kiosk.
#include "kioskcontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>

namespace flipover {

QStringList KioskController::outcomeFileNames()
{
    return {QStringLiteral("outcome.md"), QStringLiteral("outcome.csv"), QStringLiteral("outcome-reflections.csv"),
            QStringLiteral("outcome.pdf")};
}

Result KioskController::exportFromTablet(const QJsonObject &args)
{
    const QJsonValue includeCase = args.value(QLatin1String("includeCase"));
    if (!includeCase.isUndefined() && !includeCase.isBool())
        return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"includeCase\" must be true or false."));
    // The PDF needs fonts, so a QGuiApplication; a kiosk run with --no-gui has none.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result::fail(QStringLiteral("export_failed"),
                            QStringLiteral("This kiosk runs without a display and cannot write the PDF; "
                                           "export with flipover-kiosk --export instead."));
    const QString folder = exportFolder();
    if (!exportOutcome(folder, includeCase.toBool()))
        return Result::fail(QStringLiteral("export_failed"), m_lastErrorMessage);
    return Result::success({{QStringLiteral("folder"), QDir::toNativeSeparators(QDir::cleanPath(folder))},
                            {QStringLiteral("files"), QJsonArray::fromStringList(outcomeFileNames())}});
}

} // namespace flipover
