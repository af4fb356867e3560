// `flipover-bench --load`: the load process. It sets the meeting up and
// prints `SETUP {}`, waits for a line (the bench samples the idle server
// meanwhile), lets the voters join and prints `READY <json>`, then
// takes one command a line on stdin and answers each with `DONE <json>`:
// pace <seconds> | burst <count> | await-join <seconds> | quit. Anything
// fatal prints `FAIL <reason>`. Its sockets stay served (pings, updates)
// while it waits for the next line.
#include "loadmain.h"

#include "loadrun.h"
#include "stats.h"
#include "stdinlines.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

namespace flipover::bench {

int runLoad(const LoadOptions &options)
{
    raiseFileLimit();
    LoadRun run(options);
    QString error;
    if (!run.setupMeeting(&error)) {
        std::printf("FAIL %s\n", qPrintable(error));
        std::fflush(stdout);
        return 1;
    }
    emitLine("SETUP", {}); // the meeting is ready, no voter has joined yet
    StdinLines input;
    if (const QString go = input.next(); go.isEmpty() || go == QLatin1String("quit")) {
        run.closeAll();
        return 0;
    }
    QJsonObject ready;
    run.joinVoters(&ready);
    emitLine("READY", ready);

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
