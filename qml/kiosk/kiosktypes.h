// The kiosk's C++ types the wall's QML sees, as types of Flipover.Kiosk. The
// kiosk core knows nothing of QML; this wrapper names KioskController for QML
// (QML_FOREIGN). main.cpp makes the controller and hands it to Main.qml as a
// required property, so QML never creates one.
#pragma once

#include "kioskcontroller.h"

#include <QtQml/qqml.h>

namespace flipover::qmltypes {

struct KioskControllerForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::KioskController)
    QML_NAMED_ELEMENT(KioskController)
    QML_UNCREATABLE("made by the kiosk, handed to Main.qml")
};

} // namespace flipover::qmltypes
