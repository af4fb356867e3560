// Checked access to a format file's JSON, used by the format loader only:
// every value carries its path ("phases[2].minutes"), so a failed check can
// name where it failed. A failed check throws FormatFailure.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace flipover::detail {

struct FormatFailure {
    QString field;
    QString message;
};

struct Languages {
    QString wanted;                          // the language asked for
    QString plain = QStringLiteral("nl");    // the language of plain strings ("language" key)
};

QString quoted(const QString &s);
bool isIdentifier(const QString &s);    // [a-z0-9-]{1,64}
bool isLanguageCode(const QString &s);  // "nl", "en", "pt-br", ...

class FormatNode
{
public:
    FormatNode(const QJsonValue &value, const QString &path, const Languages *lang)
        : m_value(value), m_path(path), m_lang(lang) {}

    FormatNode operator[](const char *key) const;
    FormatNode operator[](qsizetype index) const;
    bool has(const char *key) const;
    bool exists() const { return !m_value.isUndefined(); }
    const QString &path() const { return m_path; }
    const QJsonValue &value() const { return m_value; }

    [[noreturn]] void fail(const QString &message) const;
    void required() const;
    // An object holding only the given keys: an unknown key is most often a typo.
    void object(std::initializer_list<const char *> keys) const;
    // A list of `what`; returns its size. With `one`, it must not be empty.
    qsizetype list(const char *what, const char *one = nullptr) const;
    // A localized text: a plain string, or {"nl": "...", "en": "..."}. Resolves
    // to the language asked for, else Dutch, else the first language present.
    QString text(QString *languageUsed = nullptr) const;
    QString optionalText() const { return exists() ? text() : QString(); }
    QStringList texts() const; // an optional list of localized texts
    QString string() const;    // a plain string such as an activity name
    int integer(int min, int max) const;
    QString identifier() const;
    // One of a few fixed words; returns its index.
    int choice(std::initializer_list<const char *> words) const;

private:
    QJsonValue m_value;
    QString m_path;
    const Languages *m_lang;
};

} // namespace flipover::detail
