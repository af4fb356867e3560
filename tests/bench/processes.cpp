#include "processes.h"

#include "stats.h"

#include <QJsonDocument>

namespace flipover::bench {

bool ServerProcess::start(const QString &program, const QStringList &args, const QString &stderrFile, QString *error,
                          const QProcessEnvironment &environment)
{
    return launch(program, args, stderrFile, error, environment) && awaitReady(error);
}

bool ServerProcess::launch(const QString &program, const QStringList &args, const QString &stderrFile, QString *error,
                           const QProcessEnvironment &environment)
{
    m_ready.clear();
    m_stderrFile = stderrFile;
    m_process.setProgram(program);
    m_process.setArguments(args);
    m_process.setProcessEnvironment(environment);
    // The kiosk logs every join to stderr: a file, so a full pipe never stalls it.
    m_process.setStandardErrorFile(stderrFile);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    return true;
}

bool ServerProcess::awaitReady(QString *error)
{
    const qint64 deadline = monotonicNs() + 30000000000LL;
    while (monotonicNs() < deadline) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (!line.startsWith("FLIPOVER_READY "))
                continue;
            for (const QByteArray &part : line.split(' ')) {
                const qsizetype eq = part.indexOf('=');
                if (eq > 0)
                    m_ready.insert(QString::fromUtf8(part.left(eq)), QString::fromUtf8(part.mid(eq + 1)));
            }
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(100);
    }
    *error = QStringLiteral("%1 printed no FLIPOVER_READY line (exit code %2; see %3)")
                 .arg(m_process.program()).arg(m_process.exitCode()).arg(m_stderrFile);
    stop();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool LoadProcess::start(const QString &program, const QStringList &args, double timeoutSec, QString *error)
{
    return launch(program, args, error) && awaitReady(timeoutSec, error);
}

bool LoadProcess::launch(const QString &program, const QStringList &args, QString *error)
{
    m_process.setProgram(program);
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start the load process: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

bool LoadProcess::awaitReady(double timeoutSec, QString *error)
{
    return awaitLine("READY", timeoutSec, &m_ready, error);
}

bool LoadProcess::command(const QString &line, double timeoutSec, QJsonObject *out, QString *error)
{
    m_process.write(line.toUtf8() + '\n');
    m_process.waitForBytesWritten(1000);
    return awaitLine("DONE", timeoutSec, out, error);
}

bool LoadProcess::awaitLine(const QByteArray &tag, double timeoutSec, QJsonObject *out, QString *error)
{
    const qint64 deadline = monotonicNs() + qint64(timeoutSec * 1e9);
    while (monotonicNs() < deadline) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("FAIL ")) {
                *error = QStringLiteral("load process: %1").arg(QString::fromUtf8(line.mid(5)));
                return false;
            }
            if (line.startsWith("SETUP ")) {
                if (onSetup)
                    onSetup();
                m_process.write("join\n"); // the voters may come now
                continue;
            }
            if (line.startsWith(tag + ' ')) {
                *out = QJsonDocument::fromJson(line.mid(tag.size() + 1)).object();
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("the load process ended (exit code %1)").arg(m_process.exitCode());
            return false;
        }
        if (onTick)
            onTick();
        m_process.waitForReadyRead(100);
    }
    *error = QStringLiteral("the load process did not answer within %1 s").arg(timeoutSec);
    return false;
}

void LoadProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace flipover::bench
