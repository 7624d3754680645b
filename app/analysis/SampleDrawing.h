#pragma once

#include "SampleDeploymentList.h"
#include "SampleSizeCalculator.h"

#include "../domain/SampleDesign.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saylau {

class CampaignStore;

// Drawing a contest's sample as the CLI and the desktop program both do it: the frame from the campaign, the
// draw, the design stored (replacing the previous one), the deployment list, and the margin of error the
// size is expected to give.
class SampleDrawing
{
    Q_DECLARE_TR_FUNCTIONS(SampleDrawing)

public:
    struct Request
    {
        QString contestId;
        int size = 0;
        SampleDesign::Stratification stratification = SampleDesign::Stratification::Region;
        SampleDesign::Allocation allocation = SampleDesign::Allocation::Proportional;
        quint64 seed = 0;
        double icc = SampleSizeCalculator::defaultIcc;
    };

    // Throws SaylauError (nothing is stored then).
    static SampleDrawing run(CampaignStore &store, const Request &request);

    const SampleDesign &design() const { return m_design; }
    const SampleDeploymentList &list() const { return *m_list; }
    int framePrecincts() const { return m_framePrecincts; }
    // Lines for the reader: what was drawn, how, from which seed, per stratum, and the expected margin.
    QString summary() const;

    // A fresh seed for a draw whose user gave none (printed and stored, so the draw can be repeated).
    static quint64 newSeed();

private:
    SampleDesign m_design;
    std::optional<SampleDeploymentList> m_list;
    int m_framePrecincts = 0;
    std::optional<SampleSizeCalculator::Advice> m_expected;
    QString m_expectedMethod;
};

} // namespace saylau
