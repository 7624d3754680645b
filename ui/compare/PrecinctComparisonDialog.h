#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace saylau {

class CampaignStore;
class DiscrepancyResult;
class PrecinctComparisonModel;
struct Discrepancy;

// One precinct (or aggregate) opened from the discrepancy table: the observer's copy and the official figures
// side by side, the differing lines highlighted, the photo of the copy beside them, and the printable sheet.
class PrecinctComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    // The store and the result must outlive the dialog.
    PrecinctComparisonDialog(CampaignStore &store, const DiscrepancyResult &result, int discrepancyIndex,
                             QWidget *parent = nullptr);

    PrecinctComparisonModel *model() const { return m_model; }
    // Writes the discrepancy sheet; false (with a message box) when it cannot.
    bool savePdf(const QString &path);

private:
    void chooseAndSavePdf();

    CampaignStore &m_store;
    const DiscrepancyResult &m_result;
    int m_index;
    QLabel *m_summary;
    QTableView *m_table;
    // The first photo of the observer's copy, beside the figures; hidden when there is none.
    QLabel *m_photo;
    PrecinctComparisonModel *m_model;
    QPushButton *m_pdfButton;
};

} // namespace saylau
