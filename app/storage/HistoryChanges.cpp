#include "HistoryChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

QByteArray HistoryChanges::toJson(const QList<ProtocolChange> &changes)
{
    QJsonArray array;
    for (const ProtocolChange &change : changes) {
        array.append(QJsonObject{
            {QStringLiteral("kind"),
             change.kind == ProtocolChange::Kind::Figure ? QStringLiteral("figure") : QStringLiteral("field")},
            {QStringLiteral("key"), change.key},
            {QStringLiteral("before"), change.before},
            {QStringLiteral("after"), change.after},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<ProtocolChange> HistoryChanges::fromJson(const QByteArray &json)
{
    QList<ProtocolChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        changes.append({object.value(QLatin1String("kind")).toString() == QLatin1String("field")
                            ? ProtocolChange::Kind::Field
                            : ProtocolChange::Kind::Figure,
                        object.value(QLatin1String("key")).toString(),
                        object.value(QLatin1String("before")).toString(),
                        object.value(QLatin1String("after")).toString()});
    }
    return changes;
}

} // namespace saylau
