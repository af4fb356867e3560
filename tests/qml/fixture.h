// Fixture, the singleton of the test module Flipover.Test (import
// Flipover.Test): turns a snapshot, written in a test as a JS object, into a
// real SessionView with its real list models, and feeds it later updates.
#pragma once

#include "sessionview.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

class Fixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // A view holding `state` as a snapshot (sections as in docs/protocol.md).
    Q_INVOKABLE flipover::SessionView *view(const QVariantMap &state)
    {
        auto *v = new flipover::SessionView(this);
        v->applySnapshot(1, QJsonObject::fromVariantMap(state));
        QQmlEngine::setObjectOwnership(v, QQmlEngine::CppOwnership);
        return v;
    }
    // A built-in format's file as it is compiled in (:/formats/<id>.json,
    // flipover_core), every language still in it; empty when there is none.
    Q_INVOKABLE QVariantMap builtInFormat(const QString &id) const
    {
        QFile file(QStringLiteral(":/formats/%1.json").arg(id));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().toVariantMap();
    }
    // Later changes, as the kiosk sends them.
    Q_INVOKABLE void update(flipover::SessionView *view, int seq, const QVariantMap &sections)
    {
        view->applyUpdate(quint64(seq), QJsonObject::fromVariantMap(sections));
    }
};
