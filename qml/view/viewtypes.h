// SessionView and its list models as QML types, for both apps' modules
// (Flipover.Kiosk and Flipover.Voter compile this header into their backing
// libraries). The core in shared/view knows nothing of QML: these wrappers
// name its types for QML (QML_FOREIGN), so that the QML tooling sees their
// properties. All are made in C++ (the view by its client or controller, the
// models by the view), never in QML. Being in both modules, the two backing
// libraries are never linked into one program.
#pragma once

#include "listmodels.h"
#include "sessionview.h"

#include <QtQml/qqml.h>

namespace flipover::qmltypes {

struct SessionViewForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::SessionView)
    QML_NAMED_ELEMENT(SessionView)
    QML_UNCREATABLE("made by the client or the controller")
};

struct KeyedListModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::KeyedListModel)
    QML_NAMED_ELEMENT(KeyedListModel)
    QML_UNCREATABLE("made by SessionView")
};

struct CardsModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::CardsModel)
    QML_NAMED_ELEMENT(CardsModel)
    QML_UNCREATABLE("made by SessionView")
};

struct QuestionsModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::QuestionsModel)
    QML_NAMED_ELEMENT(QuestionsModel)
    QML_UNCREATABLE("made by SessionView")
};

struct ThoughtsModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::ThoughtsModel)
    QML_NAMED_ELEMENT(ThoughtsModel)
    QML_UNCREATABLE("made by SessionView")
};

struct InsightsModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::InsightsModel)
    QML_NAMED_ELEMENT(InsightsModel)
    QML_UNCREATABLE("made by SessionView")
};

struct TipsModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::TipsModel)
    QML_NAMED_ELEMENT(TipsModel)
    QML_UNCREATABLE("made by SessionView")
};

struct SolutionsModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::SolutionsModel)
    QML_NAMED_ELEMENT(SolutionsModel)
    QML_UNCREATABLE("made by SessionView")
};

struct PhasesModelForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::PhasesModel)
    QML_NAMED_ELEMENT(PhasesModel)
    QML_UNCREATABLE("made by SessionView")
};

} // namespace flipover::qmltypes
