#include "voterapp.h"

#include "joinlink.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlEngine>
#include <QUrl>

namespace flipover {

VoterApp::VoterApp(const QString &kioskAddress, const QString &pin, QObject *parent)
    : QObject(parent), m_kioskAddress(kioskAddress), m_pin(pin)
{
}

bool VoterApp::setLanguage(const QString &language)
{
    if (language == m_language)
        return true;
    // qt_add_translations puts the compiled catalogues under :/i18n. English
    // is the source language; its catalogue only adds the plural forms.
    const QString file = QStringLiteral(":/i18n/flipover-voter_%1.qm").arg(language);
    if (language != QLatin1String("en") && !QFile::exists(file))
        return false;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = m_translator.load(file) && QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

QString VoterApp::kioskUrl(const QString &typed) const
{
    const JoinTarget target = parseJoinTarget(typed);
    return target.isValid() ? target.url.toString() : QString();
}

} // namespace flipover
