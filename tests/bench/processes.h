// The benchmark's child processes: the measured server (the kiosk or the
// floor, each started with --port 0 and read back from its FLIPOVER_READY
// line) and the load process (this program with --load), spoken to one line
// at a time. While waiting for a line, a tick callback samples /proc.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <functional>

namespace flipover::bench {

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }
    bool start(const QString &program, const QStringList &args, const QString &stderrFile, QString *error,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // start() in two steps, so that several servers start at once.
    bool launch(const QString &program, const QStringList &args, const QString &stderrFile, QString *error,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    bool awaitReady(QString *error);
    void stop(); // SIGTERM, then SIGKILL if it does not go
    qint64 pid() const { return m_process.processId(); }
    QString value(const QString &key) const { return m_ready.value(key); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(value(QStringLiteral("port")))); }

private:
    QProcess m_process;
    QHash<QString, QString> m_ready;
    QString m_stderrFile;
};

class LoadProcess
{
public:
    ~LoadProcess() { stop(); }
    // Starts the load and waits for its READY line (setup and joins; its
    // SETUP line in between calls onSetup).
    bool start(const QString &program, const QStringList &args, double timeoutSec, QString *error);
    bool launch(const QString &program, const QStringList &args, QString *error);
    bool awaitReady(double timeoutSec, QString *error);
    // Sends one command line and waits for its DONE line.
    bool command(const QString &line, double timeoutSec, QJsonObject *out, QString *error);
    void stop(); // "quit", then wait; killed if it hangs
    qint64 pid() const { return m_process.processId(); }
    const QJsonObject &ready() const { return m_ready; }

    std::function<void()> onTick;  // called about every 100 ms while waiting
    std::function<void()> onSetup; // the meeting is set up; the voters join when it returns

private:
    bool awaitLine(const QByteArray &tag, double timeoutSec, QJsonObject *out, QString *error);

    QProcess m_process;
    QJsonObject m_ready;
};

} // namespace flipover::bench
