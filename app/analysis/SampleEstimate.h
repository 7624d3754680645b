#pragma once

#include "RatioEstimator.h"
#include "SummaryReport.h"

#include "../domain/SampleDesign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace saylau {

class Aggregator;
class CampaignStore;
class TotalsCache;
class PrecinctMeasureTable;

// What the observers' copies can claim about a whole contest.
//
// When the contest has a random sample of precincts (SampleStore), the copies of the sampled precincts give
// turnout and each party's share as ratio estimates with 95% intervals (RatioEstimator), for the contest and
// per stratum, each beside the official figure with whether it falls inside. Copies of precincts outside
// the sample are counted, not used: they were not drawn at random.
//
// Without a sample, the copies come from wherever observers could go: no margin of error can be attached to
// them. Then there are no estimates, only coverage: precincts and voters observed per region, as a share of
// the region's. Coverage is given in both cases.
class SampleEstimate
{
    Q_DECLARE_TR_FUNCTIONS(SampleEstimate)

public:
    struct Figure
    {
        QString name;
        QString key; // "turnout" or the party's slot key ("p2")
        RatioEstimator::Result result;
        std::optional<double> official; // as a fraction, from the official figures the summary report shows
        std::optional<bool> officialInside() const
        {
            if (!official || !result.defined)
                return std::nullopt;
            return result.contains(*official);
        }
    };

    // The whole contest, or one stratum.
    struct Part
    {
        QString name;
        int sampled = 0;
        int reported = 0;
        qint64 reportedVoters = 0;
        Figure turnout;
        QList<Figure> parties; // in ballot order
    };

    // Precincts and voters observed in a region or the whole contest. The voter share is taken over the
    // precincts the official voters count (countedVoters over voters), which are not always all the precincts:
    // official figures may have been entered for some of them only.
    struct Coverage
    {
        QString name;
        int precincts = 0;
        int observed = 0;
        qint64 observedVoters = 0; // on every copy
        std::optional<qint64> voters; // the official voters on the list, when the official figures give them
        // Precincts whose own official figures give the voters counted in voters.
        int officialPrecincts = 0;
        // Of the observed precincts, those among officialPrecincts.
        int observedOfficial = 0;
        // Voters on the copies of the precincts voters counts: the part of the voter share.
        qint64 countedVoters = 0;
        // voters is, or includes, a total published for a territory as a whole (a country's, a region's), which
        // may count precincts beyond the campaign's list: then no precinct count goes with it.
        bool publishedVoters = false;

        bool votersOfEveryPrecinct() const { return !publishedVoters && officialPrecincts == precincts; }
    };

    // Throws SaylauError for an unknown contest.
    static SampleEstimate fromStore(const CampaignStore &store, const QString &contestId, SummaryReport::ShareBase base);
    // The same from sums kept while the campaign changes (the desktop program's charts window).
    static SampleEstimate fromStore(TotalsCache &totals, const QString &contestId, SummaryReport::ShareBase base);

    const Election &election() const { return m_election; }
    const Contest &contest() const { return m_contest; }
    SummaryReport::ShareBase shareBase() const { return m_shareBase; }
    bool isRandomSample() const { return m_design.has_value(); }
    const std::optional<SampleDesign> &design() const { return m_design; }
    const Part &total() const { return m_total; }
    const QList<Part> &strata() const { return m_strata; }
    const QList<Coverage> &coverage() const { return m_coverage; }
    const Coverage &coverageTotal() const { return m_coverageTotal; }
    // Regions of the campaign's list where the contest has no figures at all, official or observed (a city
    // maslikhat is not elected in the rest of the country): left out of the coverage, not counted as unobserved.
    int regionsLeftOut() const { return m_regionsLeftOut; }
    int precinctsLeftOut() const { return m_precinctsLeftOut; }
    // Observer copies of precincts outside the sample (not used), and sampled copies missing a needed line.
    int copiesOutsideSample() const { return m_outsideSample; }
    int incompleteCopies() const { return m_incomplete; }

    // The sentence for the reader: what the copies are and what they can claim.
    QString statement() const;
    QString methodDescription() const;
    QString shareBaseDescription() const;

private:
    void estimate(const PrecinctMeasureTable &observed, const SummaryReport &official);
    void measureCoverage(const QList<TerritoryNode> &tree, const PrecinctMeasureTable &observed,
                         const Aggregator &official);

    Election m_election;
    Contest m_contest;
    SummaryReport::ShareBase m_shareBase = SummaryReport::defaultShareBase;
    std::optional<SampleDesign> m_design;
    Part m_total;
    QList<Part> m_strata;
    QList<Coverage> m_coverage;
    Coverage m_coverageTotal;
    int m_regionsLeftOut = 0;
    int m_precinctsLeftOut = 0;
    int m_outsideSample = 0;
    int m_incomplete = 0;
};

} // namespace saylau
