// The test module Flipover.Voter.Test (import Flipover.Voter.Test) of the
// tablet's QML tests: Fixture makes what the app would hand to Main.qml
// (clients, views, finders: none connected to anything) and feeds a view
// what the kiosk would send; TestApp is the app's VoterApp, with no kiosk
// address or PIN from a command line.
#pragma once

#include "kioskfinder.h"
#include "sessionview.h"
#include "voterapp.h"
#include "voterclient.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqml.h>

class Fixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // Each lives as long as the fixture (the test's engine).
    Q_INVOKABLE flipover::VoterClient *client() { return keep(new flipover::VoterClient(this)); }
    Q_INVOKABLE flipover::SessionView *view() { return keep(new flipover::SessionView(this)); }
    Q_INVOKABLE flipover::KioskFinder *finder() { return keep(new flipover::KioskFinder(this)); }

    Q_INVOKABLE void snapshot(flipover::SessionView *view, const QVariantMap &state)
    {
        view->applySnapshot(++m_seq, QJsonObject::fromVariantMap(state));
    }

private:
    template<typename T>
    static T *keep(T *object)
    {
        QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
        return object;
    }

    quint64 m_seq = 0;
};

struct TestAppForeign
{
    Q_GADGET
    QML_FOREIGN(flipover::VoterApp)
    QML_NAMED_ELEMENT(TestApp)
    QML_SINGLETON
public:
    static flipover::VoterApp *create(QQmlEngine *, QJSEngine *) { return new flipover::VoterApp(QString(), QString()); }
};
