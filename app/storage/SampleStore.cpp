#include "SampleStore.h"

#include "CampaignStore.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

namespace saylau {

namespace {

using S = SqlStatement;

} // namespace

void SampleStore::save(CampaignStore &store, const SampleDesign &design)
{
    CampaignStore::Transaction transaction(store);
    const QSqlDatabase db = store.database();
    // Strata and members go with their design (ON DELETE CASCADE).
    QSqlQuery remove = S::prepare(db, QStringLiteral("DELETE FROM sample_design WHERE contest_id = :contest_id"));
    S::bind(remove, {{":contest_id", design.contestId}});
    S::exec(remove, tr("removing the previous sample"));

    QSqlQuery insert = S::prepare(
        db, QStringLiteral("INSERT INTO sample_design (contest_id, seed, stratify, allocation, size_measure,"
                           " requested_size, generator, drawn_at) VALUES (:contest_id, :seed, :stratify, :allocation,"
                           " :size_measure, :requested_size, :generator, :drawn_at)"));
    S::bind(insert, {{":contest_id", design.contestId},
                     {":seed", QString::number(design.seed)},
                     {":stratify", SampleDesign::stratificationName(design.stratification)},
                     {":allocation", SampleDesign::allocationName(design.allocation)},
                     {":size_measure", S::text(design.sizeMeasure)},
                     {":requested_size", design.requestedSize},
                     {":generator", S::text(design.generator)},
                     {":drawn_at", S::dateTimeText(design.drawnAt)}});
    S::exec(insert, tr("saving the sample design"));

    QSqlQuery stratum = S::prepare(
        db, QStringLiteral("INSERT INTO sample_stratum (contest_id, position, key, name, territory_id,"
                           " population_precincts, population_voters, sample_size, inclusion_probability)"
                           " VALUES (:contest_id, :position, :key, :name, :territory_id, :population_precincts,"
                           " :population_voters, :sample_size, :inclusion_probability)"));
    for (int h = 0; h < design.strata.size(); ++h) {
        const SampleDesign::Stratum &s = design.strata.at(h);
        S::bind(stratum, {{":contest_id", design.contestId},
                          {":position", h},
                          {":key", S::text(s.key)},
                          {":name", S::text(s.name)},
                          {":territory_id", s.territoryId > 0 ? QVariant(s.territoryId)
                                                              : QVariant(QMetaType::fromType<qint64>())},
                          {":population_precincts", s.populationPrecincts},
                          {":population_voters", s.populationVoters},
                          {":sample_size", s.sampleSize},
                          {":inclusion_probability", s.inclusionProbability()}});
        S::exec(stratum, tr("saving a stratum of the sample"));
    }
    QSqlQuery member = S::prepare(db, QStringLiteral("INSERT INTO sample_member (contest_id, territory_id, stratum,"
                                                     " draw_order) VALUES (:contest_id, :territory_id, :stratum, :draw_order)"));
    for (const SampleDesign::Member &m : design.members) {
        S::bind(member, {{":contest_id", design.contestId},
                         {":territory_id", m.territoryId},
                         {":stratum", m.stratum},
                         {":draw_order", m.drawOrder}});
        S::exec(member, tr("saving a precinct of the sample"));
    }
    transaction.commit();
}

std::optional<SampleDesign> SampleStore::load(const CampaignStore &store, const QString &contestId)
{
    const QSqlDatabase db = store.database();
    QSqlQuery query = S::prepare(db, QStringLiteral("SELECT seed, stratify, allocation, size_measure, requested_size,"
                                                    " generator, drawn_at FROM sample_design WHERE contest_id = :contest_id"));
    S::bind(query, {{":contest_id", contestId}});
    S::exec(query, tr("reading the sample design"));
    if (!query.next())
        return std::nullopt;
    const auto value = [&query](const char *column) { return query.value(QLatin1String(column)); };
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
                                                     " WHERE contest_id = :contest_id ORDER BY position"));
    S::bind(strata, {{":contest_id", contestId}});
    S::exec(strata, tr("reading the strata of the sample"));
    while (strata.next())
        design.strata.append({strata.value(QLatin1String("key")).toString(),
                              strata.value(QLatin1String("name")).toString(),
                              strata.value(QLatin1String("territory_id")).toLongLong(),
                              strata.value(QLatin1String("population_precincts")).toInt(),
                              strata.value(QLatin1String("population_voters")).toLongLong(),
                              strata.value(QLatin1String("sample_size")).toInt()});

    QSqlQuery members = S::prepare(db, QStringLiteral("SELECT territory_id, stratum, draw_order FROM sample_member"
                                                      " WHERE contest_id = :contest_id ORDER BY stratum, rowid"));
    S::bind(members, {{":contest_id", contestId}});
    S::exec(members, tr("reading the precincts of the sample"));
    while (members.next())
        design.members.append({members.value(QLatin1String("territory_id")).toLongLong(),
                               members.value(QLatin1String("stratum")).toInt(),
                               members.value(QLatin1String("draw_order")).toInt()});
    return design;
}

} // namespace saylau
