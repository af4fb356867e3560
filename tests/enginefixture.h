// An engine over a real store in a temporary folder, with a clock the test
// moves by hand: the built-in format (collegiale ontmoeting) unless given another, PIN 123456,
// facilitator PIN 9999. open() again is what a restart after a kill -9 does:
// a new engine over the same store. The engine suites (tst_engine, tst_plan,
// tst_undo) derive their own fixture from it with what only they need.
#pragma once

#include "clock.h"
#include "engine.h"
#include "format.h"
#include "store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace flipover::test {

inline Format builtIn()
{
    const FormatResult r = FormatLoader::loadFile(FormatLoader::builtInPath(QStringLiteral("collegiale-ontmoeting")));
    if (!r.ok())
        qFatal("built-in format does not load: %s", qPrintable(r.error.toString()));
    return *r.format;
}

struct EngineFixture {
    QTemporaryDir dir;
    ManualClock clock;
    Store store;
    std::unique_ptr<SessionEngine> engine;
    Actor fac = Actor::localFacilitator();
    QString sessionName;
    Format format;

    explicit EngineFixture(const QString &name = QStringLiteral("Team Werk"), const Format &f = builtIn())
        : sessionName(name), format(f)
    {
        open();
    }
    void open()
    {
        QString error;
        engine.reset();
        store.close();
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        engine = std::make_unique<SessionEngine>(&store, &clock);
        QVERIFY2(engine->resumeOrCreate(format, sessionName, QStringLiteral("123456"), QStringLiteral("9999"), &error),
                 qPrintable(error));
    }
    Actor join(const QString &facilitatorPin = {})
    {
        const Result r = engine->join(QStringLiteral("123456"), {}, facilitatorPin);
        Q_ASSERT(r.ok);
        return engine->actorFor(r.data.value(QLatin1String("participantId")).toString(),
                                r.data.value(QLatin1String("token")).toString());
    }
    Result run(const Actor &a, const char *type, const QJsonObject &args = {}, const QString &id = {})
    {
        return engine->execute(a, QString::fromLatin1(type), args, id);
    }
    void toPhase(int index)
    {
        if (engine->state().phaseIndex < 0)
            QVERIFY(run(fac, "startMeeting").ok);
        while (engine->state().phaseIndex < index)
            QVERIFY(run(fac, "nextPhase").ok);
    }
};

} // namespace flipover::test
