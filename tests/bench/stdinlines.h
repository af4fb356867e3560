// How the bench's child processes talk to it: StdinLines reads commands one
// line at a time while the event loop keeps serving their sockets; emitLine
// answers with a tag and compact JSON on stdout.
#pragma once

#include "loadrun.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QString>
#include <cstdio>
#include <unistd.h>

namespace flipover::bench {

inline void emitLine(const char *tag, const QJsonObject &o)
{
    std::printf("%s %s\n", tag, QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

class StdinLines
{
public:
    StdinLines() : m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, [this] {
            char buf[4096];
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                m_eof = true;
                m_notifier.setEnabled(false);
                return;
            }
            m_buffer.append(buf, qsizetype(n));
        });
    }

    // The next line; empty at end of input. The event loop runs meanwhile.
    QString next()
    {
        LoadRun::waitUntil([this] { return m_buffer.contains('\n') || m_eof; }, 24 * 3600.0);
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            return {};
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        return QString::fromUtf8(line);
    }

private:
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
    bool m_eof = false;
};

} // namespace flipover::bench
