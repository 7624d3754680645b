#pragma once

#include "ExcessVotesEstimate.h"
#include "IntegerPercentTest.h"

#include "../domain/SourceKind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace saylau {

class Contest;
class NumberFormat;

// The forensics of one contest and source: the integer-percentage test (the whole contest and each region)
// and the excess-votes estimate, written for people (text in the user's locale) and machines (CSV and JSON,
// whose keys, numbers and stored_ names are the same on every machine beside the names shown in the user's
// language; columns and keys documented in the README under "saylau forensics").
class ForensicsReport
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsReport)

public:
    // known: chances worked out while data was read (EarlyChances), or none.
    ForensicsReport(const ForensicsData &data, const Contest &contest, SourceKind source,
                    const IntegerPercentTest::Options &options, const EarlyChances::Known *known = nullptr);

    // The Forensics page of a summary report showing `sources`: the official figures when it shows them, the
    // observers' otherwise; the leader, seed and draws are saylau forensics' defaults. Throws SaylauError.
    static ForensicsReport forSummary(const CampaignStore &store, const Contest &contest, const QList<SourceKind> &sources);

    const IntegerPercentTest::Result &integerTest() const { return m_test; }
    const ExcessVotesEstimate::Result &excessVotes() const { return m_excess; }
    // Regions by the larger of their two z scores, highest first.
    QList<IntegerPercentTest::Group> regionsByZ() const;

    QString text(int topRegions = 10, const QLocale &locale = QLocale()) const;
    // What was tested and how: the precincts in and out, the draws and the seed.
    QStringList testLines(const QLocale &locale = QLocale()) const;
    // The excess-votes estimate in words, its plain-language caveat and its assumptions.
    QStringList excessLines(const QLocale &locale = QLocale()) const;
    QString title() const;
    QByteArray csv() const;
    QJsonObject json() const;
    // The definitions, in one paragraph, for the text output and the charts' footnotes.
    static QString definitions();

    static constexpr int formatVersion = 1;

private:
    // What fromStore left out, or kept without every party's votes.
    struct Coverage
    {
        int withoutVotersOrBallots = 0;
        int withoutLeader = 0;
        int lackingParty = 0;
        QStringList partiesWithoutVotes;
        QStringList storedPartiesWithoutVotes;
        bool isFull() const
        {
            return withoutVotersOrBallots == 0 && withoutLeader == 0 && lackingParty == 0 && partiesWithoutVotes.isEmpty();
        }
    };

    QStringList coverageLines(const NumberFormat &format) const;

    QString m_contestName;
    QString m_storedContestName;
    SourceKind m_source;
    QString m_leader;
    QString m_storedLeader;
    Coverage m_coverage;
    IntegerPercentTest::Result m_test;
    ExcessVotesEstimate::Result m_excess;
};

} // namespace saylau
