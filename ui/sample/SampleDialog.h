#pragma once

#include "analysis/SampleDrawing.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace saylau {

class CampaignStore;
class SampleListModel;

// Reports → Sample of precincts…: draws a contest's random sample for observers (the same SampleDrawing as
// `saylau sample`), shows the design and the deployment list, and saves the list as CSV. The helper sizes a
// sample for a target margin of error.
class SampleDialog : public QDialog
{
    Q_OBJECT

public:
    SampleDialog(CampaignStore &store, const QString &contestId, QWidget *parent = nullptr);

    // Writes the deployment list of the last draw; false (with a message box) when it cannot.
    bool saveList(const QString &path);

private:
    void draw();
    void sizeForMargin();
    void chooseAndSaveList();
    void showStoredSample();
    SampleDrawing::Request request() const;

    CampaignStore &m_store;
    QComboBox *m_contest = nullptr;
    QSpinBox *m_size = nullptr;
    QComboBox *m_stratify = nullptr;
    QComboBox *m_allocation = nullptr;
    QLineEdit *m_seed = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QPushButton *m_sizeButton = nullptr;
    QLabel *m_helper = nullptr;
    QLabel *m_stored = nullptr;
    QPushButton *m_drawButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QTableView *m_list = nullptr;
    SampleListModel *m_model = nullptr;
    std::optional<SampleDrawing> m_drawing;
};

} // namespace saylau
