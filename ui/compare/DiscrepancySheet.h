#pragma once

#include "analysis/DiscrepancyResult.h"
#include "analysis/NumberFormat.h"

#include <QCoreApplication>
#include <QString>

namespace saylau {

class CampaignStore;

// The printable evidence for one precinct (or aggregate): the document a lawyer attaches to a complaint.
// Precinct, contest, both sets of figures line by line with the differences, how far the copy can be trusted,
// who brought the copy and when. Written as PDF through QTextDocument and QPdfWriter, into a QSaveFile so that
// a failed write never leaves half a document.
class DiscrepancySheet
{
    Q_DECLARE_TR_FUNCTIONS(DiscrepancySheet)

public:
    // The store, the result and the discrepancy must outlive the sheet.
    DiscrepancySheet(const CampaignStore &store, const DiscrepancyResult &result, const Discrepancy &discrepancy);

    QString title() const;
    // Throws SaylauError when the store cannot be read.
    QString html() const;
    // Throws SaylauError when the file cannot be written.
    void writePdf(const QString &path) const;

private:
    QString figuresTable() const;
    QString copiesSection() const;

    const CampaignStore &m_store;
    const DiscrepancyResult &m_result;
    const Discrepancy &m_discrepancy;
    NumberFormat m_format;
};

} // namespace saylau
