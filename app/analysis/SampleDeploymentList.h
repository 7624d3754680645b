#pragma once

#include "../domain/SampleDesign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace saylau {

class CampaignStore;
class SampleFrame;

// Where observers go: the drawn precincts as a list to hand out, in frame order (region, TIK, precinct).
class SampleDeploymentList
{
    Q_DECLARE_TR_FUNCTIONS(SampleDeploymentList)

public:
    struct Row
    {
        QString region;
        QString district;
        QString precinct;
        QString address;
        std::optional<qint64> voters;
        double inclusionProbability = 0;
        int drawOrder = 0;
    };

    // voters: from the frame the design was drawn from (official figures, else observer copies).
    SampleDeploymentList(const CampaignStore &store, const SampleDesign &design, const SampleFrame &frame);

    const QList<Row> &rows() const { return m_rows; }
    // Columns: region,district,precinct,address,voters,inclusion_probability,draw_order.
    QByteArray csv() const;
    // Writes csv() to a file atomically (the old file stays until the new one is complete). Throws SaylauError.
    void save(const QString &path) const;

private:
    QList<Row> m_rows;
};

} // namespace saylau
