#include "SampleCommand.h"

#include "analysis/SampleFrame.h"
#include "analysis/SampleSizeCalculator.h"
#include "analysis/TextTable.h"

#include <QLocale>

#include <limits>

namespace saylau {

SampleCommand::SampleCommand()
    : CampaignCommand(QStringLiteral("sample"),
                      tr("Draw a random sample of precincts for observers, or size one for a margin of error"),
                      CampaignStore::Access::ReadWrite)
{
    addContestOption();
    addOption({QStringLiteral("size"), tr("Precincts to draw."), tr("n")});
    addOption({QStringLiteral("stratify"), tr("Strata: region or none."), tr("by"), QStringLiteral("region")},
              Presence::Optional, {QStringLiteral("region"), QStringLiteral("none")});
    addOption({QStringLiteral("allocation"), tr("Stratum sizes proportional to voters, or equal."), tr("rule"),
               QStringLiteral("proportional")},
              Presence::Optional, {QStringLiteral("proportional"), QStringLiteral("equal")});
    addOption({QStringLiteral("seed"), tr("Seed of the generator (a whole number); a new one when left out."), tr("seed")});
    addOption({QStringLiteral("out"), tr("Write the deployment list to this CSV file."), tr("file")});
    addOption({QStringLiteral("margin"),
               tr("Target margin of error of the leader's share, in percentage points at 95%: print the precincts it "
                  "needs."),
               tr("points")});
    addOption({QStringLiteral("icc"), tr("Intra-precinct correlation assumed when there are no official figures."),
               tr("rho"), QString::number(SampleSizeCalculator::defaultIcc)});
}

void SampleCommand::readOptions()
{
    m_request.stratification = *SampleDesign::stratificationFromName(value(QStringLiteral("stratify")));
    m_request.allocation = *SampleDesign::allocationFromName(value(QStringLiteral("allocation")));
    bool ok = false;
    m_request.icc = value(QStringLiteral("icc")).toDouble(&ok);
    if (!ok || m_request.icc < 0 || m_request.icc > 1)
        throw UsageError(tr("--icc must be a number from 0 to 1"));
    if (!isSet(QStringLiteral("size")) && !isSet(QStringLiteral("margin")))
        throw UsageError(tr("give --size to draw a sample, or --margin to size one"));
    if (isSet(QStringLiteral("margin"))) {
        m_margin = value(QStringLiteral("margin")).toDouble(&ok);
        if (!ok || m_margin <= 0 || m_margin >= 50)
            throw UsageError(tr("--margin must be a number of percentage points, more than 0 and less than 50"));
    }
    if (isSet(QStringLiteral("size")))
        m_request.size = int(wholeNumber(QStringLiteral("size"), 1, std::numeric_limits<int>::max(),
                                         tr("--size must be a whole number of precincts, at least 1")));
    if (isSet(QStringLiteral("seed"))) {
        m_request.seed = value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError(tr("--seed must be a whole number from 0 to 18446744073709551615"));
    } else {
        m_request.seed = SampleDrawing::newSeed();
    }
}

int SampleCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    m_request.contestId = selectedContest(store).id;
    if (isSet(QStringLiteral("size")))
        drawSample(store, out);
    else
        adviseSize(store, out);
    return Success;
}

void SampleCommand::adviseSize(const CampaignStore &store, QTextStream &out) const
{
    const SampleFrame frame = SampleFrame::fromStore(store, store.contest(m_request.contestId), m_request.stratification);
    const SampleSizeCalculator calculator(frame, m_request.allocation, m_request.icc);
    const SampleSizeCalculator::Advice advice = calculator.forMargin(m_margin / 100);
    const QLocale locale;
    if (!advice.reachable)
        out << tr("Even all %n precinct(s) give a margin of ±%1 points.", nullptr, advice.precincts)
                   .arg(locale.toString(100 * advice.margin, 'f', 2))
            << Qt::endl;
    else
        out << tr("%n precinct(s) for a margin of error of ±%1 points (expected: ±%2).", nullptr, advice.precincts)
                   .arg(locale.toString(m_margin), locale.toString(100 * advice.margin, 'f', 2))
            << Qt::endl;
    out << calculator.description() << Qt::endl;
}

void SampleCommand::drawSample(CampaignStore &store, QTextStream &out) const
{
    const SampleDrawing drawing = SampleDrawing::run(store, m_request);
    out << drawing.summary();
    if (isSet(QStringLiteral("out"))) {
        drawing.list().save(value(QStringLiteral("out")));
        out << tr("Wrote the deployment list to %1").arg(value(QStringLiteral("out"))) << Qt::endl;
        return;
    }
    TextTable table;
    table.addRow({tr("Region"), tr("District"), tr("Precinct"), tr("Address"), tr("Voters")});
    for (const SampleDeploymentList::Row &row : drawing.list().rows())
        table.addRow({row.region, row.district, row.precinct, row.address,
                      row.voters ? QLocale().toString(*row.voters) : QString()});
    out << Qt::endl << table.render();
}

} // namespace saylau
