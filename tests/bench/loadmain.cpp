// `flipover-bench --load`: the load process. It sets the meeting up and
// prints `READY <json>`, then takes one command a line on stdin and answers
// each with `DONE <json>`:  pace <seconds> | burst <count> | await-join
// <seconds> | quit. Anything fatal prints `FAIL <reason>`. Its sockets stay
// served (pings, updates) while it waits for the next line.
#include "loadmain.h"

#include "loadrun.h"
#include "stats.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

namespace flipover::bench {

namespace {

void emitLine(const char *tag, const QJsonObject &o)
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

} // namespace

int runLoad(const LoadOptions &options)
{
    raiseFileLimit();
    LoadRun run(options);
    QJsonObject ready;
    QString error;
    if (!run.setup(&ready, &error)) {
        std::printf("FAIL %s\n", qPrintable(error));
        std::fflush(stdout);
        return 1;
    }
    emitLine("READY", ready);

    StdinLines input;
    for (;;) {
        const QStringList words = input.next().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words[0] == QLatin1String("quit"))
            break;
        const double arg = words.value(1).toDouble();
        if (words[0] == QLatin1String("pace"))
            emitLine("DONE", run.pace(qMax(0.5, arg)));
        else if (words[0] == QLatin1String("burst"))
            emitLine("DONE", run.burst(qMax(1, int(arg))));
        else if (words[0] == QLatin1String("await-join"))
            emitLine("DONE", run.awaitJoin(qMax(1.0, arg)));
        else
            emitLine("DONE", {{QStringLiteral("error"), QStringLiteral("unknown command")}});
    }
    run.closeAll();
    return 0;
}

} // namespace flipover::bench
