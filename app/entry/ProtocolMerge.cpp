#include "ProtocolMerge.h"

#include "../storage/ProtocolDiff.h"

#include <QDateTime>

namespace saylau {

namespace {

QString plainText(const QString &value)
{
    return value;
}

QString timeText(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ProtocolMerge::Pick ProtocolMerge::pick(bool baseKnown, bool mineIsBase, bool storedIsBase, bool same)
{
    if (same)
        return Pick::Mine;
    if (baseKnown && mineIsBase)
        return Pick::Stored;
    if (baseKnown && storedIsBase)
        return Pick::Mine;
    return Pick::Disputed;
}

QString ProtocolMerge::lineName(const Contest &contest, int slot)
{
    // Parties are numbered by their ballot position, which a line number would be mistaken for.
    if (contest.isPartySlot(slot))
        return contest.slotShortLabel(slot);
    return tr("line %1 (%2)").arg(contest.slotKey(slot), contest.slotShortLabel(slot));
}

ProtocolMerge::ProtocolMerge(const Contest &contest, const std::optional<Protocol> &base, const Protocol &mine,
                             const Protocol &stored)
    : m_stored(stored)
    , m_keepingMine(stored)
    , m_takingStored(stored)
{
    m_stored.figures.resize(contest.slotCount());
    m_keepingMine.figures.resize(contest.slotCount());
    m_takingStored.figures.resize(contest.slotCount());
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        const std::optional<qint64> typed = mine.figures.value(slot);
        const std::optional<qint64> saved = m_stored.figures.value(slot);
        const std::optional<qint64> started = base ? base->figures.value(slot) : std::nullopt;
        switch (pick(base.has_value(), typed == started, saved == started, typed == saved)) {
        case Pick::Mine:
            m_keepingMine.figures.set(slot, typed);
            m_takingStored.figures.set(slot, typed);
            break;
        case Pick::Stored:
            m_takenFromStored.append(lineName(contest, slot));
            break;
        case Pick::Disputed:
            m_keepingMine.figures.set(slot, typed);
            m_disputes.append({lineName(contest, slot),
                               {ProtocolChange::Kind::Figure, contest.slotKey(slot), ProtocolDiff::figureText(saved),
                                ProtocolDiff::figureText(typed)}});
            break;
        }
    }
    mergeField(base, mine, &Protocol::observerName, QStringLiteral("observer_name"), tr("observer"), plainText);
    mergeField(base, mine, &Protocol::observerContact, QStringLiteral("observer_contact"), tr("observer's contact"),
               plainText);
    mergeField(base, mine, &Protocol::receivedAt, QStringLiteral("received_at"), tr("received at"), timeText);
    mergeField(base, mine, &Protocol::receivedHow, QStringLiteral("received_how"), tr("received how"), plainText);
    mergeField(base, mine, &Protocol::remarks, QStringLiteral("remarks"), tr("remarks"), plainText);
}

template <typename Value>
void ProtocolMerge::mergeField(const std::optional<Protocol> &base, const Protocol &mine, Value Protocol::*field,
                               const QString &key, const QString &name, QString (*text)(const Value &))
{
    const Value &typed = mine.*field;
    const Value &saved = m_stored.*field;
    // A null and an empty text are the same empty field (QString compares them equal).
    switch (pick(base.has_value(), base && typed == (*base).*field, base && saved == (*base).*field, typed == saved)) {
    case Pick::Mine:
        m_keepingMine.*field = typed;
        m_takingStored.*field = typed;
        break;
    case Pick::Stored:
        m_takenFromStored.append(name);
        break;
    case Pick::Disputed:
        m_keepingMine.*field = typed;
        m_disputes.append({name, {ProtocolChange::Kind::Field, key, text(saved), text(typed)}});
        break;
    }
}

Protocol ProtocolMerge::merged(OnDisputed choice) const
{
    return choice == OnDisputed::KeepMine ? m_keepingMine : m_takingStored;
}

} // namespace saylau
