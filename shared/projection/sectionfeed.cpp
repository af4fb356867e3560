#include "sectionfeed.h"

#include "patch.h"

namespace flipover {

namespace {

// The sections sent as patches (the lists and the vote).
Sections patchedSections()
{
    Sections out;
    for (Section s : allSections())
        if (patch::isPatched(sectionName(s)))
            out |= s;
    return out;
}

} // namespace

QJsonObject sectionsFor(const SessionEngine &engine, Sections which, const Actor &reader)
{
    QJsonObject out;
    for (Section s : allSections()) {
        if (!which.testFlag(s))
            continue;
        const QJsonValue v = engine.section(s, reader);
        if (!v.isUndefined())
            out.insert(sectionName(s), v);
    }
    return out;
}

void SectionFeed::forget()
{
    m_valid = false;
    m_seq = 0;
    m_base = QJsonObject();
}

void SectionFeed::startFrom(quint64 seq, const QJsonObject &projection)
{
    if (m_valid)
        return;
    m_valid = true;
    m_seq = seq;
    m_base = QJsonObject();
    for (auto it = projection.constBegin(); it != projection.constEnd(); ++it)
        if (patch::isPatched(it.key()))
            m_base.insert(it.key(), it.value());
}

SectionFeed::Step SectionFeed::advance(const SessionEngine &engine, const Actor &reader, quint64 seq,
                                       Sections changed)
{
    Step step;
    if (m_valid && m_seq >= seq) {
        step.current = true;
        return step;
    }
    if (!m_valid) {
        // Nobody holds a base the patches could build on: start one from the
        // state now, and those behind it get a snapshot (prev matches nobody).
        m_valid = true;
        m_base = sectionsFor(engine, patchedSections(), reader);
        step.prev = NoBase;
    } else {
        step.prev = m_seq;
    }
    changed.setFlag(Section::Mine, false);
    const QJsonObject now = sectionsFor(engine, changed, reader);
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        const QString &name = it.key();
        if (!patch::isPatched(name)) {
            step.whole.insert(name, it.value());
            continue;
        }
        const QJsonValue before = m_base.value(name);
        if (before.isUndefined()) {
            step.whole.insert(name, it.value());
        } else {
            const QJsonValue d = patch::diffSection(name, before, it.value());
            if (!d.isUndefined())
                step.patches.insert(name, d);
        }
        m_base.insert(name, it.value());
    }
    m_seq = seq;
    return step;
}

} // namespace flipover
