#include "ProtocolDiff.h"

namespace saylau {

QString ProtocolDiff::figureText(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QString(QLatin1String(""));
}

std::optional<qint64> ProtocolDiff::figureFromText(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QList<ProtocolChange> ProtocolDiff::betweenFigures(const Contest &contest, const Figures &before, const Figures &after)
{
    QList<ProtocolChange> changes;
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        if (before.value(slot) != after.value(slot))
            changes.append({ProtocolChange::Kind::Figure, contest.slotKey(slot), figureText(before.value(slot)),
                            figureText(after.value(slot))});
    }
    return changes;
}

QList<ProtocolChange> ProtocolDiff::between(const Contest &contest, const Protocol &before, const Protocol &after)
{
    QList<ProtocolChange> changes = betweenFigures(contest, before.figures, after.figures);
    const auto receivedText = [](const QDateTime &at) {
        return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(QLatin1String(""));
    };
    const std::pair<QLatin1String, std::pair<QString, QString>> fields[] = {
        {QLatin1String("observer_name"), {before.observerName, after.observerName}},
        {QLatin1String("observer_contact"), {before.observerContact, after.observerContact}},
        {QLatin1String("received_at"), {receivedText(before.receivedAt), receivedText(after.receivedAt)}},
        {QLatin1String("received_how"), {before.receivedHow, after.receivedHow}},
        {QLatin1String("remarks"), {before.remarks, after.remarks}},
    };
    for (const auto &[key, values] : fields) {
        // A null and an empty string are the same empty field.
        if (values.first.isEmpty() && values.second.isEmpty())
            continue;
        if (values.first != values.second)
            changes.append({ProtocolChange::Kind::Field, QString(key), values.first, values.second});
    }
    return changes;
}

} // namespace saylau
