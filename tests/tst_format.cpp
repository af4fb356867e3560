// The format loader: the shipped formats, the resolved round trip the
// session store relies on, localized texts, and one clear error per broken file.
#include "format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace flipover;

namespace {

const QString formatsDir = QStringLiteral(FLIPOVER_TEST_DATA "/formats/");

Format loadBuiltIn(const QString &id, const QString &language = QStringLiteral("nl"))
{
    const FormatResult r = FormatLoader::loadFile(FormatLoader::builtInPath(id), language);
    if (!r.ok())
        qWarning().noquote() << r.error.toString();
    return r.format.value_or(Format{});
}

QByteArray withTitle(const QByteArray &title)
{
    return R"({"flipoverFormat": 1, "id": "t", "title": )" + title
        + R"(, "phases": [{"id": "p", "title": "P", "minutes": 1}]})";
}

} // namespace

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void activityNames();
    void builtIns();
    void collegialeOntmoeting();
    void collegialeOntmoetingInEnglish();
    void roundTrip_data();
    void roundTrip();
    void brokenFiles_data();
    void brokenFiles();
    void localizedFallback_data();
    void localizedFallback();
    void voteDefaultsMerge();
    void seedExamples_data();
    void seedExamples();
    void builtInSeeds_data();
    void builtInSeeds();
    void docExamples();
    void oversizedFile();
    void missingFile();
    void byteOrderMark();
    void errorText();
};

void TestFormat::activityNames()
{
    const QStringList expected{QStringLiteral("case"), QStringLiteral("firstThoughts"), QStringLiteral("questions"),
                               QStringLiteral("considerations"), QStringLiteral("remarks"), QStringLiteral("tags"),
                               QStringLiteral("solutions"), QStringLiteral("vote"), QStringLiteral("insights"),
                               QStringLiteral("tipsTops")};
    QStringList names;
    for (Activity a : allActivities()) {
        names.append(activityName(a));
        QCOMPARE(activityFromName(activityName(a)), a);
    }
    QCOMPARE(names, expected);
    QVERIFY(!activityFromName(QStringLiteral("votes")));
    QVERIFY(!activityFromName(QStringLiteral("Case")));
    QVERIFY(!activityFromName(QString()));
}

void TestFormat::builtIns()
{
    const QStringList ids = FormatLoader::builtInIds();
    QVERIFY(ids.contains(QStringLiteral("collegiale-ontmoeting")));
    for (const QString &id : ids) {
        QCOMPARE(FormatLoader::builtInPath(id), QStringLiteral(":/formats/%1.json").arg(id));
        QCOMPARE(loadBuiltIn(id).id, id); // the file name and the id agree
    }
    QVERIFY(FormatLoader::builtInPath(QStringLiteral("bestaat-niet")).isEmpty());
    QVERIFY(FormatLoader::builtInPath(QStringLiteral("../formats/x")).isEmpty());
}

void TestFormat::collegialeOntmoeting()
{
    const Format f = loadBuiltIn(QStringLiteral("collegiale-ontmoeting"));
    QCOMPARE(f.title, QStringLiteral("Collegiale ontmoeting"));
    QCOMPARE(f.language, QStringLiteral("nl"));
    QVERIFY(!f.description.isEmpty());
    QCOMPARE(f.minParticipants, 3);
    QCOMPARE(f.maxParticipants, 12);

    QCOMPARE(f.groundRulesTitle, QStringLiteral("Spelregels"));
    QCOMPARE(f.groundRules.size(), 4);
    QCOMPARE(f.groundRules[0].title, QStringLiteral("Sociale veiligheid in de groep"));
    QVERIFY(f.groundRules[0].text.endsWith(QStringLiteral("We hebben elkaar hard nodig.")));
    QCOMPARE(f.groundRules[1].title, QStringLiteral("Gelijkwaardigheid"));
    QCOMPARE(f.groundRules[2].title, QStringLiteral("Openheid"));
    QCOMPARE(f.groundRules[2].text, QStringLiteral("Je mag zeggen wat je denkt. Tegenspraak en verschillende standpunten zijn welkom."));
    QCOMPARE(f.groundRules[3].title, QStringLiteral("Creativiteit"));

    // One style of phase titles, without "Fase n" (the apps number them).
    const QStringList titles{QStringLiteral("Casus"), QStringLiteral("Aanpak en argumenten"),
                             QStringLiteral("Uitkomsten en dialoog"), QStringLiteral("Nieuwe inzichten"),
                             QStringLiteral("Afronding")};
    const QList<int> minutes{15, 30, 25, 5, 10};
    const QList<int> stepCounts{3, 3, 3, 1, 3};
    const QList<QSet<Activity>> activities{
        {Activity::Case, Activity::FirstThoughts, Activity::Questions},
        {Activity::Considerations, Activity::Remarks},
        {Activity::Solutions, Activity::Vote, Activity::Considerations},
        {Activity::Insights},
        {Activity::TipsTops},
    };
    QCOMPARE(f.phases.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const Phase &p = f.phases[i];
        QCOMPARE(p.title, titles[i]);
        QCOMPARE(p.minutes, minutes[i]);
        QCOMPARE(p.steps.size(), stepCounts[i]);
        QCOMPARE(p.activities, activities[i]);
        QVERIFY2(!p.prompt.isEmpty(), qPrintable(p.id));
    }
    QCOMPARE(f.totalMinutes(), 85);

    QCOMPARE(f.phases[0].steps[0], QStringLiteral("Casus voorlezen"));
    QCOMPARE(f.phases[0].steps[2], QStringLiteral("Verhelderingsvragen stellen, casusinbrenger beantwoordt de vragen"));
    QVERIFY(f.phases[1].steps[2].contains(QStringLiteral("Dromer: wat zou je doen als je nog een stap verder gaat?")));
    // Fase 3 and 4 as the seed has them, edited down to fit the wall's side
    // panel at the room's scale (issue 20): same steps, fewer words.
    QVERIFY(f.phases[2].steps[1].startsWith(QStringLiteral("Turf de voorkeuren bij de overwegingen")));
    QVERIFY(f.phases[2].steps[1].contains(QStringLiteral("gecombineerde aanpak")));
    QVERIFY(f.phases[2].steps[2].startsWith(QStringLiteral("Extra, als er tijd over is: ")));
    QVERIFY(f.phases[2].steps[2].contains(QStringLiteral("HOE")));
    QCOMPARE(f.phases[3].steps[0].split(QLatin1Char('\n')),
             QStringList({QStringLiteral("Vergelijk met de eerste gedachten die je opschreef:"),
                          QStringLiteral("a. Wat heeft je perspectief verrijkt? (Let ook op kleine verschillen.)"),
                          QStringLiteral("b. Met welke inzichten ga je weg?")}));
    QCOMPARE(f.phases[4].steps[2], QStringLiteral("Vergeet niet je collega's hierover te vertellen: zeg het voort!"));

    const VoteSettings &vote = f.phases[2].vote;
    QCOMPARE(vote.mode, VoteMode::Dots);
    QCOMPARE(vote.dots, 3);
    QCOMPARE(vote.capPerCard, 2);
    QCOMPARE(vote.liveTallies, false);

    QVERIFY(f.dreamerPrompt.contains(QStringLiteral("nog een stap verder")));
    QVERIFY(f.criticPrompt.contains(QStringLiteral("tegenstander")));
    QCOMPARE(f.insightEnrichedPrompt, QStringLiteral("Wat heeft je perspectief verrijkt? (Heb ook aandacht voor de kleine verschillen)"));
    QCOMPARE(f.insightTakeawayPrompt, QStringLiteral("Met welke overdenkingen en inzichten ga je weg?"));
    QVERIFY(!f.tipsPrompt.isEmpty());
    QVERIFY(!f.topsPrompt.isEmpty());
    QVERIFY(f.tags.isEmpty());
    QVERIFY(f.cycle.isEmpty());
}

void TestFormat::collegialeOntmoetingInEnglish()
{
    const Format nl = loadBuiltIn(QStringLiteral("collegiale-ontmoeting"));
    const Format en = loadBuiltIn(QStringLiteral("collegiale-ontmoeting"), QStringLiteral("en"));
    QCOMPARE(en.language, QStringLiteral("en"));
    QCOMPARE(en.title, QStringLiteral("Peer meeting"));
    QCOMPARE(en.phases[0].title, QStringLiteral("Case"));
    QCOMPARE(en.groundRulesTitle, QStringLiteral("Ground rules"));
    // Every text has its English translation beside it.
    QCOMPARE(en.phases.size(), nl.phases.size());
    for (int i = 0; i < en.phases.size(); ++i) {
        QCOMPARE(en.phases[i].steps.size(), nl.phases[i].steps.size());
        for (int s = 0; s < en.phases[i].steps.size(); ++s)
            QVERIFY2(en.phases[i].steps[s] != nl.phases[i].steps[s], qPrintable(en.phases[i].steps[s]));
        QVERIFY(en.phases[i].prompt != nl.phases[i].prompt);
        QCOMPARE(en.phases[i].activities, nl.phases[i].activities);
        QCOMPARE(en.phases[i].minutes, nl.phases[i].minutes);
    }
    for (int i = 0; i < en.groundRules.size(); ++i)
        QVERIFY(en.groundRules[i].text != nl.groundRules[i].text);
    QVERIFY(en.description != nl.description);
    QVERIFY(en.dreamerPrompt != nl.dreamerPrompt);
    QVERIFY(en.topsPrompt != nl.topsPrompt);
    // A language nobody wrote falls back to Dutch.
    QCOMPARE(loadBuiltIn(QStringLiteral("collegiale-ontmoeting"), QStringLiteral("de")), nl);
}

void TestFormat::roundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const QString &id : FormatLoader::builtInIds()) {
        for (const char *language : {"nl", "en"})
            QTest::addRow("%s/%s", qPrintable(id), language) << id << QString::fromLatin1(language);
    }
}

void TestFormat::roundTrip()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const Format original = loadBuiltIn(id, language);
    QVERIFY(!original.phases.isEmpty());
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value(QStringLiteral("language")).toString(), original.language);
    QVERIFY(json.value(QStringLiteral("title")).isString()); // resolved: plain strings

    // The store reads the resolved form back, whatever language it asks for.
    for (const QString &asked : {language, QStringLiteral("nl"), QStringLiteral("fr")}) {
        const FormatResult back = FormatLoader::loadData(QJsonDocument(json).toJson(), QStringLiteral("stored.json"), asked);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.format->toJson(), json);
        QVERIFY(*back.format == original);
    }
}

void TestFormat::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::addRow("syntax error") << "syntax-error.json" << "" << 5 << "JSON syntax error";
    QTest::addRow("not an object") << "not-object.json" << "" << 1 << "must hold one JSON object";
    QTest::addRow("no version") << "no-version.json" << "flipoverFormat" << 0 << "is required";
    QTest::addRow("version 2") << "version-2.json" << "flipoverFormat" << 2 << "unsupported schema version 2";
    QTest::addRow("bad id") << "bad-id.json" << "id" << 3 << "lower-case letters, digits and hyphens";
    QTest::addRow("title a number") << "title-number.json" << "title" << 4 << "must be a text";
    QTest::addRow("title without languages") << "title-no-language.json" << "title" << 4 << "at least one language";
    QTest::addRow("title language upper case") << "title-bad-language.json" << "title.NL" << 5 << "is not a language code";
    QTest::addRow("missing phase title") << "missing-title.json" << "phases[1].title" << 7 << "is required";
    QTest::addRow("minutes zero") << "minutes-zero.json" << "phases[2].minutes" << 11
                                  << "must be a whole number from 1 to 240";
    QTest::addRow("minutes a string") << "minutes-text.json" << "phases[0].minutes" << 9
                                      << "must be a whole number from 1 to 240";
    QTest::addRow("minutes a fraction") << "minutes-fraction.json" << "phases[0].minutes" << 6
                                        << "must be a whole number from 1 to 240";
    QTest::addRow("minutes too many") << "minutes-too-long.json" << "phases[0].minutes" << 6
                                      << "must be a whole number from 1 to 240";
    QTest::addRow("misspelt key") << "unknown-key.json" << "phases[0].minuts" << 9 << "unknown key; expected one of: id, title, minutes";
    QTest::addRow("misspelt ground rule key") << "ground-rule-typo.json" << "groundRules.items[1].txet" << 9 << "unknown key";
    QTest::addRow("unknown activity") << "unknown-activity.json" << "phases[0].activities[1]" << 12
                                      << "unknown activity \"votes\"; expected one of: case, firstThoughts";
    QTest::addRow("tags without a tag set") << "tags-without-set.json" << "phases[0].activities[1]" << 10
                                            << "needs a tag set";
    QTest::addRow("unknown default tag") << "unknown-tag.json" << "phases[0].defaultTags[0]" << 15
                                         << "unknown tag \"jij\"; the format's tags are: het, ik, wij";
    QTest::addRow("duplicate tag") << "duplicate-tag.json" << "tags.items[1].id" << 8 << "duplicate tag id \"het\"";
    QTest::addRow("vote dots zero") << "vote-dots-zero.json" << "phases[0].vote.dots" << 13
                                    << "must be a whole number from 1 to 99";
    QTest::addRow("vote mode") << "vote-mode.json" << "phases[0].vote.mode" << 10 << "must be one of \"single\", \"dots\"";
    QTest::addRow("cap over dots") << "cap-over-dots.json" << "vote.capPerCard" << 7 << "must not be more than dots (2)";
    QTest::addRow("cap over inherited dots") << "cap-over-inherited-dots.json" << "phases[0].vote.capPerCard" << 12
                                             << "capPerCard (3) must not be more than dots (2)";
    QTest::addRow("duplicate phase id") << "duplicate-phase.json" << "phases[1].id" << 8
                                        << "duplicate phase id \"casus\" (also phases[0])";
    QTest::addRow("steps not a list") << "steps-not-list.json" << "phases[0].steps" << 10 << "must be a list";
    QTest::addRow("empty step") << "empty-step.json" << "phases[0].steps[1]" << 12 << "must not be empty";
    QTest::addRow("no phases") << "no-phases.json" << "phases" << 5 << "must hold at least one phase";
    QTest::addRow("participants min over max") << "participants-min-over-max.json" << "participants.min" << 6
                                               << "must not be more than max (3)";
}

void TestFormat::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(QString, message);

    const FormatResult r = FormatLoader::loadFile(formatsDir + file);
    QVERIFY2(!r.ok(), "a broken file must not load");
    const QString text = r.error.toString();
    QCOMPARE(r.error.file, file);
    QCOMPARE(r.error.field, field);
    QVERIFY2(r.error.message.contains(message), qPrintable(text));
    QCOMPARE(r.error.line, line);
    QVERIFY2(text.startsWith(file + QStringLiteral(": ")), qPrintable(text));
    QVERIFY2(text.contains(field), qPrintable(text));
    if (line > 0)
        QVERIFY2(text.contains(QStringLiteral("line %1").arg(line)), qPrintable(text));
}

void TestFormat::localizedFallback_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("language");

    QTest::addRow("asked language present") << QByteArray(R"({"nl": "Casus", "en": "Case"})") << "en" << "Case" << "en";
    QTest::addRow("falls back to Dutch") << QByteArray(R"({"en": "Case", "nl": "Casus"})") << "de" << "Casus" << "nl";
    QTest::addRow("then to any language") << QByteArray(R"({"fr": "Cas", "en": "Case"})") << "de" << "Case" << "en";
    QTest::addRow("plain string is Dutch") << QByteArray(R"("Casus")") << "en" << "Casus" << "nl";
    QTest::addRow("empty asked means Dutch") << QByteArray(R"({"nl": "Casus", "en": "Case"})") << "" << "Casus" << "nl";
}

void TestFormat::localizedFallback()
{
    QFETCH(QByteArray, title);
    QFETCH(QString, asked);
    QFETCH(QString, expected);
    QFETCH(QString, language);
    const FormatResult r = FormatLoader::loadData(withTitle(title), QStringLiteral("t.json"), asked);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.format->title, expected);
    QCOMPARE(r.format->language, language);
}

void TestFormat::voteDefaultsMerge()
{
    const QByteArray json = R"({
        "flipoverFormat": 1, "id": "t", "title": "T",
        "vote": {"mode": "dots", "dots": 5, "capPerCard": 2, "tallies": "live"},
        "phases": [
            {"id": "a", "title": "A", "minutes": 1, "activities": ["vote"]},
            {"id": "b", "title": "B", "minutes": 1, "activities": ["vote"], "vote": {"tallies": "hidden", "capPerCard": 0}},
            {"id": "c", "title": "C", "minutes": 1, "activities": ["vote"], "vote": {"mode": "single"}}
        ]})";
    const FormatResult r = FormatLoader::loadData(json, QStringLiteral("t.json"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const QList<Phase> &p = r.format->phases;
    QCOMPARE(p[0].vote.dots, 5);
    QCOMPARE(p[0].vote.capPerCard, 2);
    QCOMPARE(p[0].vote.liveTallies, true);
    QCOMPARE(p[1].vote.dots, 5);
    QCOMPARE(p[1].vote.capPerCard, 0);
    QCOMPARE(p[1].vote.liveTallies, false);
    QCOMPARE(p[2].vote.mode, VoteMode::Single);
    QCOMPARE(p[2].vote.liveTallies, true);
    QCOMPARE(p[2].vote.toJson(), QJsonObject({{"mode", "single"}, {"dots", 5}, {"capPerCard", 2}, {"tallies", "live"}}));
}

void TestFormat::seedExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("seed 003") << "example-003.json";
    QTest::addRow("seed 004") << "example-004.json";
}

// The excerpts docs/formats.md shows for seeds 003 and 004 are valid formats.
void TestFormat::seedExamples()
{
    QFETCH(QString, file);
    const FormatResult r = FormatLoader::loadFile(formatsDir + file);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Format &f = *r.format;
    if (file == QStringLiteral("example-003.json")) {
        QCOMPARE(f.minParticipants, 3);
        QCOMPARE(f.maxParticipants, 10);
        QVERIFY(f.agreement.contains(QStringLiteral("vertrouwelijk")));
        QVERIFY(f.hasTag(QStringLiteral("beeldvorming")));
        QVERIFY(f.hasTag(QStringLiteral("besluitvorming")));
        QVERIFY(f.hasTag(QStringLiteral("evaluatie")));
        QCOMPARE(f.probingQuestions.size(), 6);
        QCOMPARE(f.totalMinutes(), 60);
    } else {
        QCOMPARE(f.cycle.size(), 5);
        QCOMPARE(f.cycle[1].accent.contains(QStringLiteral("IK")), true);
        QCOMPARE(f.tags.size(), 3);
        QCOMPARE(f.tags[0].label, QStringLiteral("HET"));
        bool defaultTagged = false;
        for (const Phase &p : f.phases)
            defaultTagged = defaultTagged || p.defaultTags == QStringList{QStringLiteral("ik")};
        QVERIFY(defaultTagged);
    }
}

void TestFormat::builtInSeeds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const char *id : {"intervisie-participatie", "draagvlak-intervisie"}) {
        QTest::addRow("%s nl", id) << QString::fromLatin1(id) << QStringLiteral("nl");
        QTest::addRow("%s en", id) << QString::fromLatin1(id) << QStringLiteral("en");
    }
}

// The built-in formats for seeds 003 and 004 load, in Dutch and in English,
// with what the seeds ask for.
void TestFormat::builtInSeeds()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    QVERIFY(FormatLoader::builtInIds().contains(id));
    const FormatResult r = FormatLoader::loadFile(FormatLoader::builtInPath(id), language);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Format &f = *r.format;
    QCOMPARE(f.language, language);
    const bool nl = language == QLatin1String("nl");
    if (id == QLatin1String("intervisie-participatie")) {
        QCOMPARE(f.totalMinutes(), 60);
        QCOMPARE(f.minParticipants, 3);
        QCOMPARE(f.maxParticipants, 10);
        QVERIFY(f.agreement.contains(nl ? QStringLiteral("vertrouwelijk") : QStringLiteral("confidential")));
        for (const char *tag : {"beeldvorming", "besluitvorming", "evaluatie", "gevraagd", "ongevraagd"})
            QVERIFY2(f.hasTag(QString::fromLatin1(tag)), tag);
        QCOMPARE(f.probingQuestions.size(), 6);
        if (nl) {
            QCOMPARE(f.probingQuestions[3], QStringLiteral("Welke acties wil hij of zij nemen? Is er voor jou sprake van te veel "
                                                           "participatie of juist te weinig gebruik van de mogelijkheden mee te "
                                                           "denken en doen."));
            QVERIFY(f.insightTakeawayPrompt.contains(QStringLiteral("1 ding")));
        }
        QCOMPARE(f.phases.size(), 5);
        QVERIFY(f.phases[0].activities.isEmpty()); // the opening is for talking
        QVERIFY(f.phases.last().has(Activity::Insights));
    } else {
        QCOMPARE(f.cycle.size(), 5);
        for (const Meeting &m : f.cycle)
            QVERIFY(!m.accent.isEmpty() && !m.result.isEmpty());
        QVERIFY(f.cycle[1].accent.contains(QStringLiteral("IK")));
        QVERIFY(f.cycle[2].accent.contains(QStringLiteral("WIJ")));
        QCOMPARE(f.tags.size(), 3);
        QCOMPARE(f.tags[0].label, QStringLiteral("HET"));
        QCOMPARE(f.tags[2].label, QStringLiteral("WIJ"));
        QCOMPARE(f.phases.size(), 5);
        QVERIFY(f.phases[1].has(Activity::Case));
        QVERIFY(f.phases[2].has(Activity::Questions));
        QVERIFY(f.phases[3].has(Activity::Tags));
    }
}

// Every complete format shown in docs/formats.md loads.
void TestFormat::docExamples()
{
    QFile doc(QStringLiteral(FLIPOVER_TEST_DATA "/../../docs/formats.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = doc.readAll().split('`');
    int complete = 0;
    for (const QByteArray &part : parts) {
        if (!part.startsWith("json\n") || !part.contains("\"flipoverFormat\""))
            continue;
        const FormatResult r = FormatLoader::loadData(part.mid(5), QStringLiteral("formats.md"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        ++complete;
    }
    QCOMPARE(complete, 3);
}

void TestFormat::oversizedFile()
{
    QByteArray json = withTitle("\"Groot\"");
    json.append(QByteArray(FormatLoader::MaxFileBytes - json.size(), ' '));
    QVERIFY2(FormatLoader::loadData(json, QStringLiteral("big.json")).ok(), "exactly 1 MiB still loads");
    json.append(' ');
    const FormatResult r = FormatLoader::loadData(json, QStringLiteral("big.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.toString().startsWith(QStringLiteral("big.json: ")), qPrintable(r.error.toString()));
    QVERIFY2(r.error.message.contains(QStringLiteral("larger than 1 MiB")), qPrintable(r.error.message));
}

void TestFormat::missingFile()
{
    const FormatResult r = FormatLoader::loadFile(formatsDir + QStringLiteral("bestaat-niet.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.file, QStringLiteral("bestaat-niet.json"));
    QVERIFY2(r.error.message.startsWith(QStringLiteral("cannot open")), qPrintable(r.error.message));
}

void TestFormat::byteOrderMark()
{
    const FormatResult r = FormatLoader::loadData("\xEF\xBB\xBF" + withTitle("\"Met BOM\""), QStringLiteral("bom.json"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.format->title, QStringLiteral("Met BOM"));
}

void TestFormat::errorText()
{
    const FormatError field{QStringLiteral("collegiale-ontmoeting.json"), QStringLiteral("phases[2].minutes"), 0,
                            QStringLiteral("must be a whole number from 1 to 240")};
    QCOMPARE(field.toString(),
             QStringLiteral("collegiale-ontmoeting.json: phases[2].minutes: must be a whole number from 1 to 240"));
    const FormatError syntax{QStringLiteral("eigen.json"), QString(), 12, QStringLiteral("JSON syntax error: missing comma")};
    QCOMPARE(syntax.toString(), QStringLiteral("eigen.json: line 12: JSON syntax error: missing comma"));
    const FormatError both{QStringLiteral("eigen.json"), QStringLiteral("id"), 3, QStringLiteral("is required")};
    QCOMPARE(both.toString(), QStringLiteral("eigen.json: line 3: id: is required"));
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
