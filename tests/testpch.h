// The headers nearly every test's own file spends most of its compile time
// in, parsed once per build (tests/CMakeLists.txt, flipover_test): QtTest
// (which brings all of QtCore), QtNetwork, QtWebSockets and the SQL classes.
// Only Qt's headers here: a test must still include what it uses.
#pragma once
#include <QtTest>
#include <QtNetwork>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QSqlDatabase>
#include <QSqlQuery>
