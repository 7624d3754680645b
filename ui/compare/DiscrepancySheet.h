#pragma once

#include "analysis/DiscrepancyResult.h"
#include "analysis/NumberFormat.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QTextDocument;

namespace saylau {

class CampaignStore;

// The printable evidence for one precinct (or aggregate): the document a lawyer attaches to a complaint.
// Precinct, contest, both sets of figures line by line with the differences, how far the copy can be trusted,
// who brought the copy and when, and the photos of the copy. Written as PDF through QTextDocument and QPdfWriter, into a QSaveFile so that
// a failed write never leaves half a document.
class DiscrepancySheet
{
    Q_DECLARE_TR_FUNCTIONS(DiscrepancySheet)

public:
    // The store, the result and the discrepancy must outlive the sheet.
    struct Photo
    {
        QString caption;
        QImage image;
    };

    DiscrepancySheet(CampaignStore &store, const DiscrepancyResult &result, const Discrepancy &discrepancy);

    QString title() const;
    // The photos and scans attached to the compared observer copies that are images, scaled to at most
    // maxPhotoSide pixels a side. Throws SaylauError when the store cannot be read.
    QList<Photo> photos() const;
    static constexpr int maxPhotoSide = 1600;
    // Throws SaylauError when the store cannot be read.
    QString html() const;
    // The sheet with its photos, ready to print. Throws SaylauError when the store cannot be read.
    void fill(QTextDocument &document) const;
    // Throws SaylauError when the file cannot be written.
    void writePdf(const QString &path) const;

private:
    QString html(const QList<Photo> &photos) const;
    QString figuresTable() const;
    QString copiesSection() const;
    static QString photoUrl(int index);

    CampaignStore &m_store;
    const DiscrepancyResult &m_result;
    const Discrepancy &m_discrepancy;
    NumberFormat m_format;
};

} // namespace saylau
