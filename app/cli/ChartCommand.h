#pragma once

#include "CampaignCommand.h"
#include "analysis/ChartDataBuilder.h"

#include <QSize>

namespace saylau {

// `saylau chart`: one press chart of a contest, written as PNG, SVG or PDF with the desktop program's renderer.
class ChartCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    ChartCommand();

    bool needsGuiApplication(const QStringList &arguments) const override;

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;

    ChartDataBuilder::Options m_options;
    QSize m_size;
};

} // namespace saylau
