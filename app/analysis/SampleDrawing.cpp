#include "SampleDrawing.h"

#include "NumberFormat.h"
#include "PrecinctSampler.h"
#include "SampleFrame.h"
#include "TextTable.h"

#include "../domain/SaylauError.h"
#include "../storage/CampaignStore.h"
#include "../storage/SampleStore.h"

#include <QRandomGenerator>

namespace saylau {

SampleDrawing SampleDrawing::run(CampaignStore &store, const Request &request)
{
    const Contest contest = store.contest(request.contestId);
    const SampleFrame frame = SampleFrame::fromStore(store, contest, request.stratification);
    SampleDrawing drawing;
    drawing.m_framePrecincts = frame.size();
    drawing.m_design = PrecinctSampler::draw(frame, contest.id, request.stratification,
                                             {request.size, request.allocation, request.seed});
    try {
        const SampleSizeCalculator calculator(frame, request.allocation, request.icc);
        drawing.m_expected = calculator.forSize(request.size);
        drawing.m_expectedMethod = calculator.description();
    } catch (const SaylauError &) {
        // Neither figures nor voters: the sample is still drawn, with no expected margin to print.
    }
    SampleStore::save(store, drawing.m_design);
    drawing.m_list.emplace(store, drawing.m_design, frame);
    return drawing;
}

quint64 SampleDrawing::newSeed()
{
    // Short enough to read out over the phone and type again.
    return QRandomGenerator::system()->bounded(quint64(1), quint64(1000000000));
}

QString SampleDrawing::summary() const
{
    const NumberFormat format;
    const SampleDesign &d = m_design;
    QString out = tr("Drew %1 of %n precinct(s) (seed %2).", nullptr, m_framePrecincts)
                      .arg(format.count(d.sampleSize()), QString::number(d.seed))
        + QLatin1Char('\n');
    const QString strata = d.stratification == SampleDesign::Stratification::Region
                             ? tr("Stratified by region, %n stratum/strata", nullptr, int(d.strata.size()))
                             : tr("No strata");
    const QString allocation = d.allocation == SampleDesign::Allocation::Equal
                                 ? tr("the same number of precincts per stratum")
                                 : tr("sizes proportional to %1, at least 2 per stratum").arg(d.sizeMeasure);
    out += tr("%1; %2; simple random sampling without replacement in each stratum.").arg(strata, allocation)
        + QLatin1Char('\n');
    out += tr("Generator: %1.").arg(d.generator) + QLatin1Char('\n');
    TextTable table;
    table.addRow({tr("Stratum"), tr("precincts"), tr("voters"), tr("sample"), tr("inclusion probability")});
    for (const SampleDesign::Stratum &s : d.strata)
        table.addRow({s.name, format.count(s.populationPrecincts), format.count(s.populationVoters),
                      format.count(s.sampleSize), QLocale().toString(s.inclusionProbability(), 'f', 4)});
    out += table.render();
    if (m_expected)
        out += tr("Expected margin of error: ±%1 points. %2")
                   .arg(QLocale().toString(100 * m_expected->margin, 'f', 2), m_expectedMethod)
            + QLatin1Char('\n');
    out += tr("Stored in the campaign, replacing any earlier sample of this contest. The same seed draws the same "
              "precincts again.")
        + QLatin1Char('\n');
    return out;
}

} // namespace saylau
