#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace saylau {

class CampaignStore;
class ComparisonInput;
class DiscrepancyFilterModel;
class DiscrepancyResult;
class DiscrepancyTableModel;

// Observer copies against official figures for one contest, as a table a coordinator can sort and filter by
// region, party, kind of finding and size of the shift; a double-click opens the precinct side by side
// (PrecinctComparisonDialog). The comparison itself is the core's (DiscrepancyFinder); this only presents it.
class DiscrepancyWindow : public QWidget
{
    Q_OBJECT

public:
    // The store must outlive the window (MainWindow closes it with the campaign).
    explicit DiscrepancyWindow(CampaignStore &store, QWidget *parent = nullptr);
    ~DiscrepancyWindow() override;

    // Compares another contest; false when the campaign has no such contest.
    bool setContest(const QString &contestId);
    void setIncludeDoubtful(bool include);

    const DiscrepancyResult *result() const { return m_result.get(); }
    DiscrepancyTableModel *tableModel() const { return m_model; }
    DiscrepancyFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *partyFilter() const { return m_party; }
    QSpinBox *shiftFilter() const { return m_minimumShift; }

    // Opens the comparison of a row of the (filtered) table.
    void openRow(int proxyRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitNumberColumns();
    void recompute();
    void fillFilters();
    void applyFilters();
    void updateSummary();

    CampaignStore &m_store;
    std::unique_ptr<ComparisonInput> m_input;
    std::unique_ptr<DiscrepancyResult> m_result;
    bool m_includeDoubtful = true;

    QLabel *m_contestLabel;
    QComboBox *m_contest;
    QCheckBox *m_withoutDoubtful;
    QLabel *m_filterLabel;
    QComboBox *m_region;
    QComboBox *m_kind;
    QComboBox *m_party;
    QLabel *m_shiftLabel;
    QSpinBox *m_minimumShift;
    QLabel *m_summary;
    QTableView *m_table;
    DiscrepancyTableModel *m_model;
    DiscrepancyFilterModel *m_filter;
};

} // namespace saylau
