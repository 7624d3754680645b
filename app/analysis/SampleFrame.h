#pragma once

#include "../domain/SampleDesign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace saylau {

class CampaignStore;
class Contest;

// The list a sample is drawn from: every precinct of the campaign, grouped into strata, in a stable order.
// The order is by text keys built from region, TIK and precinct codes (numbers compared by value), never by
// database ids, which depend on import order: the same seed then draws the same precincts on any machine
// from any copy of the precinct list.
class SampleFrame
{
    Q_DECLARE_TR_FUNCTIONS(SampleFrame)

public:
    struct Unit
    {
        qint64 territoryId = 0;
        QString key;
        // Voters on the list, from the official figures, else an observer's copy; unknown before either.
        std::optional<qint64> voters;
        // The leader's votes and the share base in the official figures, for the sample-size helper.
        std::optional<qint64> base;
        std::optional<qint64> leaderVotes;
    };

    struct Stratum
    {
        QString key;
        QString name;
        qint64 territoryId = 0;
        int first = 0; // index of its first unit
        int count = 0;
        qint64 voters = 0; // of the units whose voters are known
    };

    // One precinct as the frame receives it: which stratum it falls in and its own key.
    struct Entry
    {
        QString stratumKey;
        QString stratumName;
        qint64 stratumTerritoryId = 0;
        Unit unit;
    };

    explicit SampleFrame(std::vector<Entry> entries);

    // Every precinct of the campaign; voters from the contest's official figures, else observer copies.
    static SampleFrame fromStore(const CampaignStore &store, const Contest &contest,
                                 SampleDesign::Stratification stratification);

    const std::vector<Unit> &units() const { return m_units; }
    const QList<Stratum> &strata() const { return m_strata; }
    int size() const { return int(m_units.size()); }
    // True when at least one precinct's voters are known: allocation is then proportional to voters.
    bool hasVoters() const { return m_hasVoters; }
    // The official leader the helper's figures are about; empty when the frame has no official figures.
    QString leaderName() const { return m_leaderName; }

    // "Region 07/TIK 0012/UIK 000123": a key segment whose text is all digits is padded so that 9 < 10.
    static QString keySegment(const QString &text);

private:
    std::vector<Unit> m_units;
    QList<Stratum> m_strata;
    bool m_hasVoters = false;
    QString m_leaderName;
};

} // namespace saylau
