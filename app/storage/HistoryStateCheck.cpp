#include "HistoryStateCheck.h"

#include "CampaignQuery.h"
#include "CampaignStore.h"
#include "ExchangeLedger.h"
#include "FiguresCodec.h"
#include "HistoryChanges.h"
#include "ProtocolDiff.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>

namespace saylau {

namespace {

// Every history row with its protocol's stored columns, a protocol's rows together in the order written.
constexpr const char *rowsSql =
    "SELECT h.protocol_id, h.id, h.revision, h.saved_at, h.changes, h.figures, h.origin,"
    " p.contest_id, p.territory_id, p.source, p.copy, p.revision, p.figures,"
    " p.observer_name, p.observer_contact, p.received_at, p.received_how, p.remarks, p.extra"
    " FROM protocol_history h JOIN protocol p ON p.id = h.protocol_id ORDER BY h.protocol_id, h.id";

enum Column {
    ProtocolId,
    RowId,
    RowRevision,
    SavedAt,
    Changes,
    RowFigures,
    Origin,
    ContestId,
    TerritoryId,
    Source,
    Copy,
    StoredRevision,
    StoredFigures,
    FirstField,
};

// The fields a history row's changes name (ProtocolDiff::between, ProtocolWriter), in the select's order from
// FirstField.
const QStringList fieldKeys = {QStringLiteral("observer_name"), QStringLiteral("observer_contact"),
                               QStringLiteral("received_at"),   QStringLiteral("received_how"),
                               QStringLiteral("remarks"),       QStringLiteral("extra")};

// A stored field as a history row writes it: the reception time in whole seconds, UTC (ProtocolDiff::between).
QString recordedForm(const QString &key, const QString &stored)
{
    if (key != QLatin1String("received_at"))
        return stored;
    const QDateTime at = SqlStatement::dateTimeFromText(stored);
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

bool sameField(const QString &key, const QString &recorded, const QString &stored)
{
    // The unmapped cells are an object, written compactly by one writer and as the file gave them by another.
    if (key == QLatin1String("extra"))
        return QJsonDocument::fromJson(recorded.toUtf8()).object() == QJsonDocument::fromJson(stored.toUtf8()).object();
    return recorded == recordedForm(key, stored);
}

// The protocol the rows read so far belong to, and what its history says it became.
struct Walk
{
    HistoryStateCheck::Mismatch protocol;
    QByteArray savedAt;
    QByteArray rowFigures;
    QByteArray storedFigures;
    qint64 storedRevision = 0;
    QStringList storedFields;
    // Set by the last row when another site wrote it (see the header): nothing to compare then.
    bool merged = false;
    // Each field's value after the last local row that changed it, since the last merged row.
    std::map<QString, QString> fields;
};

class Checker
{
public:
    Checker(const CampaignStore &store, QByteArray site)
        : m_store(store)
        , m_site(std::move(site))
    {
    }

    // ROW: a CampaignQuery, or on a file a SqliteStatement, whose reading skips Qt's values (a third of the time).
    template<typename Statement>
    void take(const Statement &row)
    {
        const qint64 protocolId = row.integer(ProtocolId);
        if (protocolId != m_walk.protocol.protocolId) {
            finish();
            m_walk = Walk();
            m_walk.protocol.protocolId = protocolId;
            m_walk.protocol.contestId = row.string(ContestId);
            m_walk.protocol.territoryId = row.integer(TerritoryId);
            m_walk.protocol.source = row.string(Source);
            m_walk.protocol.copy = row.string(Copy);
            m_walk.storedRevision = row.integer(StoredRevision);
            m_walk.storedFigures = row.text(StoredFigures);
            for (int i = 0; i < fieldKeys.size(); ++i)
                m_walk.storedFields.append(row.string(FirstField + i));
        }
        m_walk.protocol.rowId = row.integer(RowId);
        m_walk.protocol.revision = row.integer(RowRevision);
        m_walk.savedAt = row.text(SavedAt);
        m_walk.rowFigures = row.text(RowFigures);
        const QByteArray origin = row.text(Origin);
        m_walk.merged = !origin.isEmpty() && origin != m_site;
        if (m_walk.merged) {
            m_walk.fields.clear();
            return;
        }
        const QByteArray changes = row.text(Changes);
        // Most rows change figures only: their changes are not parsed at all.
        if (!changes.contains("\"field\""))
            return;
        for (const ProtocolChange &change : HistoryChanges::fromJson(changes)) {
            if (change.kind == ProtocolChange::Kind::Field)
                m_walk.fields[change.key] = change.after;
        }
    }

    QList<HistoryStateCheck::Mismatch> result()
    {
        finish();
        return m_mismatches;
    }

private:
    void finish()
    {
        if (m_walk.protocol.protocolId == 0 || m_walk.merged)
            return;
        QList<HistoryStateCheck::Difference> &differences = m_walk.protocol.differences;
        if (m_walk.storedRevision != m_walk.protocol.revision)
            differences.append({QStringLiteral("revision"), false, QString::number(m_walk.protocol.revision),
                                QString::number(m_walk.storedRevision)});
        if (m_walk.storedFigures != m_walk.rowFigures)
            compareFigures();
        for (const auto &[key, recorded] : m_walk.fields) {
            const qsizetype at = fieldKeys.indexOf(key);
            if (at >= 0 && !sameField(key, recorded, m_walk.storedFields.at(at)))
                differences.append({key, false, recorded, recordedForm(key, m_walk.storedFields.at(at))});
        }
        if (!differences.isEmpty()) {
            m_walk.protocol.savedAt = QString::fromUtf8(m_walk.savedAt);
            m_mismatches.append(m_walk.protocol);
        }
    }

    // Texts that differ may still hold the same numbers (spacing, key order): the numbers are compared.
    void compareFigures()
    {
        const Contest &contest = contestOf(m_walk.protocol.contestId);
        const FiguresCodec &codec = codecOf(m_walk.protocol.contestId);
        Figures recorded;
        Figures stored;
        try {
            recorded = codec.decode(m_walk.rowFigures);
            stored = codec.decode(m_walk.storedFigures);
        } catch (const SaylauError &) {
            m_walk.protocol.differences.append({QStringLiteral("figures"), false, QString::fromUtf8(m_walk.rowFigures),
                                                QString::fromUtf8(m_walk.storedFigures)});
            return;
        }
        for (const ProtocolChange &change : ProtocolDiff::betweenFigures(contest, recorded, stored))
            m_walk.protocol.differences.append({change.key, true, change.before, change.after});
    }

    const Contest &contestOf(const QString &id)
    {
        auto it = m_contests.find(id);
        if (it == m_contests.end())
            it = m_contests.insert(id, m_store.contest(id));
        return *it;
    }

    const FiguresCodec &codecOf(const QString &id)
    {
        auto it = m_codecs.find(id);
        if (it == m_codecs.end())
            it = m_codecs.insert(id, std::make_shared<FiguresCodec>(contestOf(id)));
        return **it;
    }

    const CampaignStore &m_store;
    const QByteArray m_site;
    Walk m_walk;
    QList<HistoryStateCheck::Mismatch> m_mismatches;
    QHash<QString, Contest> m_contests;
    QHash<QString, std::shared_ptr<FiguresCodec>> m_codecs;
};

} // namespace

QList<HistoryStateCheck::Mismatch> HistoryStateCheck::run(CampaignStore &store)
{
    // This campaign's own name in an exchange (none outside one): rows from any other name came in a merge.
    Checker checker(store, ExchangeLedger(store).siteName().toUtf8());
    const QString purpose = tr("reading the protocols and their history");
    if (store.dialect().engine() == SqlDialect::Engine::SQLite) {
        SqliteStatement rows(SqliteHandle::of(store.database()), rowsSql, purpose);
        while (rows.step())
            checker.take(rows);
    } else {
        CampaignQuery rows(store, rowsSql, purpose);
        while (rows.step())
            checker.take(rows);
    }
    return checker.result();
}

} // namespace saylau
