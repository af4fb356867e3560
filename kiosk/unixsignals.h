// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the kiosk quits
// through the event loop and closes its store cleanly; watch() adds another
// signal, which arrives as received().
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;
    bool isInstalled() const { return m_notifier != nullptr; }
    void watch(int signal);

Q_SIGNALS:
    void terminationRequested(int signal);
    void received(int signal); // one given to watch()

private:
    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};
