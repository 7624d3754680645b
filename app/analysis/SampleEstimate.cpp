#include "SampleEstimate.h"

#include "Aggregator.h"
#include "PrecinctMeasureTable.h"
#include "TotalsCache.h"

#include "../domain/TerritoryIndex.h"
#include "../storage/CampaignStore.h"
#include "../storage/SampleStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace saylau {

namespace {

std::optional<double> fraction(const Percentage &p)
{
    return p.isDefined() ? std::optional<double>(double(p.part()) / double(p.whole())) : std::nullopt;
}

// The sampled precincts of one stratum that reported, as the estimator reads them.
struct StratumData
{
    RatioEstimator::Stratum turnout;
    std::vector<RatioEstimator::Stratum> parties;
};

} // namespace

SampleEstimate SampleEstimate::fromStore(const CampaignStore &store, const QString &contestId, SummaryReport::ShareBase base)
{
    TotalsCache totals(store);
    return fromStore(totals, contestId, base);
}

SampleEstimate SampleEstimate::fromStore(TotalsCache &totals, const QString &contestId, SummaryReport::ShareBase base)
{
    const CampaignStore &store = totals.store();
    SampleEstimate e;
    e.m_election = store.election();
    e.m_contest = store.contest(contestId);
    e.m_shareBase = base;
    e.m_design = SampleStore::load(store, contestId);
    SummaryReport::Options options;
    options.sources = {SourceKind::Official};
    options.by = TerritoryNode::Level::Region;
    options.shareBase = base;
    const SummaryReport official =
        SummaryReport::build(e.m_election, {totals.aggregator(contestId, SourceKind::Official)}, options);
    const PrecinctMeasureTable observed = PrecinctMeasureTable::read(
        store, e.m_contest, SourceKind::Observer, SummaryReport::shareBaseMeasure(base));
    e.estimate(observed, official);
    e.measureCoverage(totals.tree(), observed, totals.aggregator(contestId, SourceKind::Official));
    return e;
}

void SampleEstimate::estimate(const PrecinctMeasureTable &observed, const SummaryReport &official)
{
    // Without a design there is nothing to estimate from; the figures keep their official values.
    const SampleDesign design = m_design.value_or(SampleDesign());
    const int partyCount = int(m_contest.ballot.size());
    std::vector<StratumData> data(size_t(design.strata.size()));
    QList<Part> parts(design.strata.size());
    for (int h = 0; h < design.strata.size(); ++h) {
        const double population = design.strata.at(h).populationPrecincts;
        data[size_t(h)].turnout.populationUnits = population;
        data[size_t(h)].parties.assign(size_t(partyCount), RatioEstimator::Stratum{population, {}, {}});
        parts[h].name = design.strata.at(h).name;
    }
    QSet<qint64> members;
    for (const SampleDesign::Member &member : design.members) {
        members.insert(member.territoryId);
        Part &part = parts[member.stratum];
        ++part.sampled;
        const PrecinctMeasureTable::Row *row = observed.row(member.territoryId);
        if (!row)
            continue;
        const bool complete = row->voters && row->turnout && row->base
            && std::all_of(row->parties.cbegin(), row->parties.cend(), [](const auto &v) { return v.has_value(); });
        // A copy missing a line is set aside whole: its other figures would weigh in some ratios and not others.
        if (!complete) {
            ++m_incomplete;
            continue;
        }
        ++part.reported;
        part.reportedVoters += *row->voters;
        StratumData &d = data[size_t(member.stratum)];
        d.turnout.x.push_back(double(*row->voters));
        d.turnout.y.push_back(double(*row->turnout));
        for (int p = 0; p < partyCount; ++p) {
            d.parties[size_t(p)].x.push_back(double(*row->base));
            d.parties[size_t(p)].y.push_back(double(*row->parties[size_t(p)]));
        }
    }
    QHash<qint64, const SummaryReport::Cell *> officialByRegion;
    for (const SummaryReport::Row &row : official.rows())
        officialByRegion.insert(row.node.id, &row.cells.first());
    const SummaryReport::Cell &officialTotal = official.total().cells.first();

    const auto fill = [&](Part &part, const std::vector<const StratumData *> &strata, const SummaryReport::Cell *cell) {
        std::vector<RatioEstimator::Stratum> turnout;
        for (const StratumData *d : strata)
            turnout.push_back(d->turnout);
        part.turnout = {tr("Turnout"), QStringLiteral("turnout"), RatioEstimator::estimate(turnout),
                        cell ? fraction(cell->turnout) : std::nullopt};
        for (int p = 0; p < partyCount; ++p) {
            std::vector<RatioEstimator::Stratum> votes;
            for (const StratumData *d : strata)
                votes.push_back(d->parties[size_t(p)]);
            const int slot = m_contest.partySlot(p);
            part.parties.append({m_contest.slotShortLabel(slot), m_contest.slotKey(slot), RatioEstimator::estimate(votes),
                                 cell && p < cell->parties.size() ? fraction(cell->parties.at(p)) : std::nullopt});
        }
    };

    std::vector<const StratumData *> all;
    m_total = Part{tr("Total"), 0, 0, 0, {}, {}};
    for (int h = 0; h < design.strata.size(); ++h) {
        all.push_back(&data[size_t(h)]);
        const qint64 region = design.strata.at(h).territoryId;
        // Without strata the one stratum is the whole contest; a region since removed has no official figures.
        const SummaryReport::Cell *cell = region > 0 ? officialByRegion.value(region)
                                        : design.stratification == SampleDesign::Stratification::None ? &officialTotal
                                                                                                      : nullptr;
        fill(parts[h], {&data[size_t(h)]}, cell && !cell->isEmpty() ? cell : nullptr);
        m_total.sampled += parts[h].sampled;
        m_total.reported += parts[h].reported;
        m_total.reportedVoters += parts[h].reportedVoters;
    }
    fill(m_total, all, officialTotal.isEmpty() ? nullptr : &officialTotal);
    if (m_design)
        m_strata = parts;
    // Observer copies are counted once per precinct, as the table holds them.
    m_outsideSample = observed.size() - int(std::count_if(members.cbegin(), members.cend(), [&](qint64 id) {
                          return observed.row(id) != nullptr;
                      }));
}

void SampleEstimate::measureCoverage(const QList<TerritoryNode> &tree, const PrecinctMeasureTable &observed,
                                     const Aggregator &official)
{
    const TerritoryIndex index(tree);
    QHash<qint64, int> regionAt;
    QList<bool> regionHasFigures;
    for (const TerritoryNode &node : index.nodes()) {
        if (node.level != TerritoryNode::Level::Region)
            continue;
        regionAt.insert(node.id, int(m_coverage.size()));
        m_coverage.append({node.name.isEmpty() ? node.code : node.displayName(), 0, 0, 0,
                           official.totals(node.id).measure(Measure::Voters)});
        regionHasFigures.append(!official.totals(node.id).isEmpty());
    }
    m_coverageTotal = {tr("Total"), 0, 0, 0, official.grandTotal().measure(Measure::Voters)};

    // Whose official figures count a precinct's voters in the sum up to a node (the region, or the whole
    // contest): those of the topmost node with a protocol of its own, which stand for its subtree as the
    // Aggregator sums; nullptr when none on the way has one.
    const auto officialSource = [&](const TerritoryNode &precinct, qint64 upTo) {
        const TerritoryNode *topmost = nullptr;
        for (const TerritoryNode *n = &precinct; n; n = n->parentId != 0 ? index.node(n->parentId) : nullptr) {
            if (official.hasOwnProtocol(n->id))
                topmost = n;
            if (n->id == upTo)
                break;
        }
        return topmost;
    };
    const auto tally = [&](Coverage &c, const TerritoryNode &precinct, const TerritoryNode *source) {
        const PrecinctMeasureTable::Row *row = observed.row(precinct.id);
        const qint64 copyVoters = row ? row->voters.value_or(0) : 0;
        ++c.precincts;
        if (row) {
            ++c.observed;
            c.observedVoters += copyVoters;
        }
        if (!source || !official.totals(source->id).measure(Measure::Voters))
            return;
        if (source->id == precinct.id) {
            ++c.officialPrecincts;
            c.observedOfficial += row ? 1 : 0;
        } else {
            c.publishedVoters = true;
        }
        c.countedVoters += copyVoters;
    };

    for (const TerritoryNode &node : index.nodes()) {
        if (node.level != TerritoryNode::Level::Precinct)
            continue;
        if (const TerritoryNode *region = index.ancestorAt(node.id, TerritoryNode::Level::Region))
            tally(m_coverage[regionAt.value(region->id)], node, officialSource(node, region->id));
    }
    for (int r = 0; r < m_coverage.size(); ++r)
        regionHasFigures[r] = regionHasFigures.at(r) || m_coverage.at(r).observed > 0;
    for (const TerritoryNode &node : index.nodes()) {
        if (node.level != TerritoryNode::Level::Precinct)
            continue;
        const TerritoryNode *region = index.ancestorAt(node.id, TerritoryNode::Level::Region);
        if (!region || regionHasFigures.at(regionAt.value(region->id)))
            tally(m_coverageTotal, node, officialSource(node, 0));
    }
    QList<Coverage> kept;
    for (int r = 0; r < m_coverage.size(); ++r) {
        // Regions of the preset with no precinct in this campaign say nothing.
        if (m_coverage.at(r).precincts == 0)
            continue;
        if (regionHasFigures.at(r)) {
            kept.append(m_coverage.at(r));
        } else {
            ++m_regionsLeftOut;
            m_precinctsLeftOut += m_coverage.at(r).precincts;
        }
    }
    m_coverage = kept;
}

QString SampleEstimate::statement() const
{
    if (!m_design)
        return tr("The observers' copies do not come from a random sample of precincts: they were brought from "
                  "wherever observers could go, so no margin of error can be given for them. Below: what they "
                  "cover.");
    return tr("Estimates from a random sample of %Ln precinct(s) drawn before election day (seed %1); %2 of them "
              "reported. Intervals: 95%.",
              nullptr, m_total.sampled)
        .arg(QString::number(m_design->seed))
        .arg(m_total.reported);
}

QString SampleEstimate::methodDescription() const
{
    if (!m_design)
        return {};
    const QString strata = m_design->stratification == SampleDesign::Stratification::Region
                             ? tr("stratified by region (%n strata)", nullptr, int(m_design->strata.size()))
                             : tr("without strata");
    const QString allocation = m_design->allocation == SampleDesign::Allocation::Equal
                                 ? tr("the same number of precincts in each stratum")
                                 : tr("stratum sizes proportional to %1, at least 2 each").arg(m_design->sizeMeasure);
    return tr("Simple random sample of precincts %1, %2; ratio estimates weighted by the inverse of each "
              "precinct's inclusion probability among those that reported; standard errors by Taylor "
              "linearisation for a stratified sample of precincts.")
        .arg(strata, allocation);
}

QString SampleEstimate::shareBaseDescription() const
{
    return SummaryReport::measureDescription(SummaryReport::shareBaseMeasure(m_shareBase));
}

} // namespace saylau
