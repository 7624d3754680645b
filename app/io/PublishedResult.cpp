#include "PublishedResult.h"

#include "../domain/Protocol.h"
#include "../domain/SaylauError.h"
#include "../storage/CampaignStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

PublishedResult PublishedResult::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SaylauError(tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw SaylauError(tr("%1: %2").arg(path, error.errorString()));
    PublishedResult result;
    result.id = o.value(QStringLiteral("id")).toString();
    result.name = o.value(QStringLiteral("name")).toString();
    result.citation = o.value(QStringLiteral("citation")).toString();
    result.contestId = o.value(QStringLiteral("contest")).toString();
    result.level = o.value(QStringLiteral("level")).toString(QStringLiteral("country"));
    result.regionCode = o.value(QStringLiteral("region")).toString();
    result.invalidFromParties = o.value(QStringLiteral("invalidFromParties")).toBool();
    const auto counts = [&](const QString &key) {
        QMap<QString, qint64> map;
        const QJsonObject values = o.value(key).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it.value().isDouble() || it.value().toDouble() < 0)
                throw SaylauError(tr("%1: \"%2\" of \"%3\" is not a count").arg(path, it.key(), key));
            map.insert(it.key(), qint64(it.value().toDouble()));
        }
        return map;
    };
    result.measures = counts(QStringLiteral("measures"));
    result.parties = counts(QStringLiteral("parties"));
    const QMap<QString, qint64> seats = counts(QStringLiteral("seats"));
    for (auto it = seats.begin(); it != seats.end(); ++it)
        result.seats.insert(it.key(), int(it.value()));
    if (result.contestId.isEmpty() || result.parties.isEmpty())
        throw SaylauError(tr("%1: a published result needs \"contest\" and \"parties\"").arg(path));
    return result;
}

void PublishedResult::saveTo(CampaignStore &store) const
{
    const Contest contest = store.contest(contestId);
    const TerritoryNode::Level wanted = level == QLatin1String("region") ? TerritoryNode::Level::Region
                                                                         : TerritoryNode::Level::Country;
    qint64 territory = 0;
    for (const TerritoryNode &node : store.allTerritory())
        if (node.level == wanted && (wanted == TerritoryNode::Level::Country || node.code == regionCode))
            territory = node.id;
    if (territory == 0)
        throw SaylauError(tr("%1: the campaign has no territory \"%2\"").arg(id, regionCode.isEmpty() ? level : regionCode));

    Figures figures(contest.slotCount());
    // A measure is written to the form's line when the form reads it off a single line; the kz-2021 form
    // does for every measure published here.
    const auto setMeasure = [&](Measure measure, qint64 value) {
        const QString line = contest.form.measures.value(measure).trimmed();
        const int slot = contest.slotOf(line);
        if (slot < 0 || contest.isPartySlot(slot))
            throw SaylauError(tr("%1: the form %2 has no single line for \"%3\"").arg(id, contest.form.id, measureName(measure)));
        figures.set(slot, value);
    };
    for (auto it = measures.begin(); it != measures.end(); ++it) {
        const std::optional<Measure> measure = measureFromName(it.key());
        if (!measure)
            throw SaylauError(tr("%1: unknown measure \"%2\"").arg(id, it.key()));
        setMeasure(*measure, it.value());
    }
    qint64 partyVotes = 0;
    for (auto it = parties.begin(); it != parties.end(); ++it) {
        const int index = contest.findParty(it.key());
        if (index < 0)
            throw SaylauError(tr("%1: no party \"%2\" on the ballot of %3").arg(id, it.key(), contest.id));
        figures.set(contest.partySlot(index), it.value());
        partyVotes += it.value();
    }
    if (invalidFromParties) {
        const qint64 cast = measures.value(measureName(Measure::Cast), -1);
        if (cast < partyVotes)
            throw SaylauError(tr("%1: fewer ballots cast than votes for the parties").arg(id));
        setMeasure(Measure::Invalid, cast - partyVotes);
    }

    Protocol protocol;
    protocol.contestId = contest.id;
    protocol.territoryId = territory;
    protocol.source = SourceKind::Official;
    protocol.figures = figures;
    protocol.receivedHow = tr("published result");
    protocol.remarks = citation
        + (invalidFromParties ? QLatin1Char(' ') + tr("Spoiled ballots: ballots cast less the votes for the parties.")
                              : QString());
    protocol.enteredBy = id;
    store.saveProtocol(protocol);
}

} // namespace saylau
