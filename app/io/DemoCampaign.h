#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

class CampaignStore;

// The demo campaign: the 10 January 2021 Mazhilis and maslikhat elections with synthetic precinct protocols
// whose totals reproduce, after rounding to whole percent, the summary tables of the observers' press
// release (HAQ / Adil saylau, January 2021): precinct counts and voters exactly, turnout, unused ballots, the
// parties' and the spoiled ballots' shares of all ballots cast. The protocols are invented, deterministically
// (a fixed seed and our own generator, so every build on every machine makes the same file), and the
// election is marked synthetic so that every view and export says so.
//
// Each contest's precincts are those where observers brought that contest's protocol. The three sets are
// kept apart: the seed's three tables (turnout 32%, 23%, 38%) cannot come from the same voters.
//
// The official figures are the observer's copies except for the inflations() listed below, where the
// official protocol counts extra ballots, all for the leading party, as a falsifier who keeps the
// arithmetic would: they are taken from the unused ballots, so every official protocol still satisfies the
// form's relations and only a comparison with the observer's copy shows them.
class DemoCampaign
{
    Q_DECLARE_TR_FUNCTIONS(DemoCampaign)

public:
    struct Inflation
    {
        QString contestId;
        QString regionCode;
        QString precinctCode;
        // Added to ballots issued, ballots cast (voters who took part), valid ballots and the leader's votes;
        // subtracted from unused ballots. Voters on the list, ballots received and invalid ballots are as the
        // observer saw them.
        qint64 ballots = 0;
    };

    // The deliberate differences of the official figures, in the order they were planned.
    static QList<Inflation> inflations();
    // The party the inflations add to: its short name on the kz-2021 ballot.
    static QString leaderShortName();
    static QStringList contestIds();

    // Creates a new campaign file (refusing an existing path) with the demo in it; on failure the file is
    // removed again. Throws SaylauError.
    static void create(const QString &path);
    // Fills a new, empty campaign. Throws SaylauError.
    static void fill(CampaignStore &store);
};

} // namespace saylau
