#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace saylau {

class CampaignStore;

// An official result published only for a whole territory (the country, a region), as data: a JSON file
// (resources/results/) with the measures and the votes per party by short name, never by ballot position.
// It becomes an official protocol whose territory is that node, so the aggregation takes it in place of the
// sum of the precincts below, and reports set it beside what observers saw.
class PublishedResult
{
    Q_DECLARE_TR_FUNCTIONS(PublishedResult)

public:
    QString id;
    QString name;
    QString citation;
    QString contestId;
    QString level; // "country" or "region"
    QString regionCode;
    QMap<QString, qint64> measures; // measure name -> count
    QMap<QString, qint64> parties;  // short name -> votes
    // The published seats by short name, for checking an allocation against them.
    QMap<QString, int> seats;
    // Spoiled ballots were not published: they are the ballots cast less the votes for the parties.
    bool invalidFromParties = false;

    // Throws SaylauError naming the file and the field.
    static PublishedResult load(const QString &path);
    // Saves it as an official protocol of its node (replacing an earlier one). Throws SaylauError.
    void saveTo(CampaignStore &store) const;
};

} // namespace saylau
