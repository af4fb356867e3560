// The C++ types the tablet's QML binds to, registered as the module
// Flipover.Voter.Backend (created by the app, not in QML). Shared by the app
// and the tests that load the tablet's QML; `creatable` lets the QML tests
// make clients, views and finders of their own.
#pragma once

#include "kioskfinder.h"
#include "sessionview.h"
#include "voterapp.h"
#include "voterclient.h"

#include <QtQml>

namespace flipover {

inline void registerVoterBackend(bool creatable = false)
{
    const char *uri = "Flipover.Voter.Backend";
    const char *reason = "created by the app, not in QML";
    if (creatable) {
        qmlRegisterType<VoterClient>(uri, 1, 0, "VoterClient");
        qmlRegisterType<KioskFinder>(uri, 1, 0, "KioskFinder");
        qmlRegisterType<SessionView>(uri, 1, 0, "SessionView");
    } else {
        qmlRegisterUncreatableType<VoterClient>(uri, 1, 0, "VoterClient", reason);
        qmlRegisterUncreatableType<KioskFinder>(uri, 1, 0, "KioskFinder", reason);
        qmlRegisterUncreatableType<SessionView>(uri, 1, 0, "SessionView", reason);
    }
    qmlRegisterUncreatableType<VoterApp>(uri, 1, 0, "VoterApp", reason);
    qmlRegisterUncreatableType<KeyedListModel>(uri, 1, 0, "KeyedListModel", reason);
    qmlRegisterUncreatableType<CardsModel>(uri, 1, 0, "CardsModel", reason);
    qmlRegisterUncreatableType<QuestionsModel>(uri, 1, 0, "QuestionsModel", reason);
    qmlRegisterUncreatableType<ThoughtsModel>(uri, 1, 0, "ThoughtsModel", reason);
    qmlRegisterUncreatableType<InsightsModel>(uri, 1, 0, "InsightsModel", reason);
    qmlRegisterUncreatableType<TipsModel>(uri, 1, 0, "TipsModel", reason);
    qmlRegisterUncreatableType<SolutionsModel>(uri, 1, 0, "SolutionsModel", reason);
    qmlRegisterUncreatableType<PhasesModel>(uri, 1, 0, "PhasesModel", reason);
}

} // namespace flipover
