// VoterApp: what the tablet's QML needs from the application rather than from
// the session: the UI language (switchable while running) and the kiosk
// address as typed on the join screen, made into a WebSocket URL.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

class QQmlEngine;

namespace flipover {

class VoterApp : public QObject
{
    Q_OBJECT
    // "nl" or "en"; the sources are English, Dutch comes from the .qm.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // From the command line, to fill the join screen.
    Q_PROPERTY(QString kioskAddress READ kioskAddress CONSTANT)
    Q_PROPERTY(QString pin READ pin CONSTANT)

public:
    VoterApp(const QString &kioskAddress, const QString &pin, QObject *parent = nullptr);

    // Installs the translator for the language (before the QML is loaded).
    // False if there is no such translation in the resources.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The engine to retranslate when the language changes at run time.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString kioskAddress() const { return m_kioskAddress; }
    QString pin() const { return m_pin; }

    // "192.168.1.20:7700" -> "ws://192.168.1.20:7700/", a join link
    // "http://h:p/?m=…" -> "ws://h:p/"; "" when it cannot be a kiosk address
    // (see joinlink.h).
    Q_INVOKABLE QString kioskUrl(const QString &typed) const;

Q_SIGNALS:
    void languageChanged();

private:
    QString m_kioskAddress;
    QString m_pin;
    QString m_language; // none yet: the first setLanguage() installs
    QTranslator m_translator;
    bool m_installed = false;
    QQmlEngine *m_engine = nullptr;
};

} // namespace flipover
