// The tablet's C++ types its QML sees, as types of Flipover.Voter. The
// connection core (voter/client) knows nothing of QML; these wrappers name
// its types for QML (QML_FOREIGN). main.cpp makes the client, the finder and
// the app object and hands them to Main.qml as required properties, so QML
// never creates them.
#pragma once

#include "kioskfinder.h"
#include "voterapp.h"
#include "voterclient.h"

#include <QtQml/qqml.h>

namespace flipover::qmltypes {

struct VoterClientForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::VoterClient)
    QML_NAMED_ELEMENT(VoterClient)
    QML_UNCREATABLE("made by the app, handed to Main.qml")
};

struct KioskFinderForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::KioskFinder)
    QML_NAMED_ELEMENT(KioskFinder)
    QML_UNCREATABLE("made by the app, handed to Main.qml")
};

struct VoterAppForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::VoterApp)
    QML_NAMED_ELEMENT(VoterApp)
    QML_UNCREATABLE("made by the app, handed to Main.qml")
};

} // namespace flipover::qmltypes
