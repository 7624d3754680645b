#include "SampleStore.h"

#include "CampaignStore.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

#include <QSqlRecord>

namespace saylau {

namespace {

using S = SqlStatement;

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

} // namespace

void SampleStore::save(CampaignStore &store, const SampleDesign &design)
{
    CampaignStore::Transaction transaction(store);
    const QSqlDatabase db = store.database();
    // Strata and members go with their design (ON DELETE CASCADE).
    QSqlQuery remove = S::prepare(db, QStringLiteral("DELETE FROM sample_design WHERE contest_id = ?"));
    remove.bindValue(0, design.contestId);
    S::exec(remove, tr("removing the previous sample"));

    QSqlQuery insert = S::prepare(
        db, QStringLiteral("INSERT INTO sample_design (contest_id, seed, stratify, allocation, size_measure,"
                           " requested_size, generator, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(insert, {design.contestId, QString::number(design.seed),
                     SampleDesign::stratificationName(design.stratification),
                     SampleDesign::allocationName(design.allocation), S::text(design.sizeMeasure),
                     design.requestedSize, S::text(design.generator), S::dateTimeText(design.drawnAt)});
    S::exec(insert, tr("saving the sample design"));

    QSqlQuery stratum = S::prepare(
        db, QStringLiteral("INSERT INTO sample_stratum (contest_id, position, key, name, territory_id,"
                           " population_precincts, population_voters, sample_size, inclusion_probability)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int h = 0; h < design.strata.size(); ++h) {
        const SampleDesign::Stratum &s = design.strata.at(h);
        bindAll(stratum, {design.contestId, h, S::text(s.key), S::text(s.name),
                          s.territoryId > 0 ? QVariant(s.territoryId) : QVariant(QMetaType::fromType<qint64>()),
                          s.populationPrecincts, s.populationVoters, s.sampleSize, s.inclusionProbability()});
        S::exec(stratum, tr("saving a stratum of the sample"));
    }
    QSqlQuery member = S::prepare(db, QStringLiteral("INSERT INTO sample_member (contest_id, territory_id, stratum,"
                                                     " draw_order) VALUES (?, ?, ?, ?)"));
    for (const SampleDesign::Member &m : design.members) {
        bindAll(member, {design.contestId, m.territoryId, m.stratum, m.drawOrder});
        S::exec(member, tr("saving a precinct of the sample"));
    }
    transaction.commit();
}

std::optional<SampleDesign> SampleStore::load(const CampaignStore &store, const QString &contestId)
{
    const QSqlDatabase db = store.database();
    QSqlQuery query = S::prepare(db, QStringLiteral("SELECT seed, stratify, allocation, size_measure, requested_size,"
                                                    " generator, drawn_at FROM sample_design WHERE contest_id = ?"));
    query.bindValue(0, contestId);
    S::exec(query, tr("reading the sample design"));
    if (!query.next())
        return std::nullopt;
    const QSqlRecord record = query.record();
    const auto value = [&](const char *column) { return query.value(record.indexOf(QLatin1String(column))); };
    SampleDesign design;
    design.contestId = contestId;
    bool ok = false;
    design.seed = value("seed").toString().toULongLong(&ok);
    if (!ok)
        throw SaylauError(tr("the stored sample of %1 has a damaged seed").arg(contestId));
    // The schema's CHECK constraints admit only the names these read.
    design.stratification = SampleDesign::stratificationFromName(value("stratify").toString())
                                .value_or(SampleDesign::Stratification::Region);
    design.allocation = SampleDesign::allocationFromName(value("allocation").toString())
                            .value_or(SampleDesign::Allocation::Proportional);
    design.sizeMeasure = value("size_measure").toString();
    design.requestedSize = value("requested_size").toInt();
    design.generator = value("generator").toString();
    design.drawnAt = S::dateTimeFromText(value("drawn_at").toString());

    QSqlQuery strata = S::prepare(db, QStringLiteral("SELECT key, name, territory_id, population_precincts,"
                                                     " population_voters, sample_size FROM sample_stratum"
                                                     " WHERE contest_id = ? ORDER BY position"));
    strata.bindValue(0, contestId);
    S::exec(strata, tr("reading the strata of the sample"));
    while (strata.next())
        design.strata.append({strata.value(0).toString(), strata.value(1).toString(), strata.value(2).toLongLong(),
                              strata.value(3).toInt(), strata.value(4).toLongLong(), strata.value(5).toInt()});

    QSqlQuery members = S::prepare(db, QStringLiteral("SELECT territory_id, stratum, draw_order FROM sample_member"
                                                      " WHERE contest_id = ? ORDER BY stratum, rowid"));
    members.bindValue(0, contestId);
    S::exec(members, tr("reading the precincts of the sample"));
    while (members.next())
        design.members.append({members.value(0).toLongLong(), members.value(1).toInt(), members.value(2).toInt()});
    return design;
}

} // namespace saylau
