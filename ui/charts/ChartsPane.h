#pragma once

#include "analysis/ChartDataBuilder.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace saylau {

class CampaignStore;
class ChartCanvas;
class DeferredRefresh;
class TotalsCache;

// The press charts of the open campaign: pick the contest, the kind, the source, the party the regions are
// sorted by and the denominator; see the slide as it will be exported; export PNG (full HD or 4K), SVG or
// PDF, or copy it to the clipboard for a presentation.
class ChartsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPane(QWidget *parent = nullptr);
    ~ChartsPane() override;

    // The store and its sums stay the caller's; nullptr clears the pane. Not const: the report's provenance
    // reads the entry status of the protocols. Without sums of the campaign's (TotalsCache), the pane keeps
    // its own.
    void setCampaign(CampaignStore *store, TotalsCache *totals = nullptr);
    // What the chart is drawn from now; for tests and for the exports.
    ChartDataBuilder::Options options() const;
    QString contestId() const;
    // The slide as exported, at this size; a null image when there is nothing to draw.
    QImage slide(const QSize &size) const;

public slots:
    void refresh();
    void copyToClipboard();
    void exportTo(const QString &path, const QSize &size);
    // The contest's summary report (by region, the figures chosen above) as .pdf with the charts, .xlsx or .csv.
    void exportReport(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillParties();
    // Shows the sources the contest has: both where both exist, otherwise the one there is.
    void chooseSourcesOfContest();
    void exportDialog(const QString &suffix, const QSize &size);
    void chooseColor(const QString &party);
    void chooseLogo();

    CampaignStore *m_store = nullptr;
    TotalsCache *m_totals = nullptr;
    std::unique_ptr<TotalsCache> m_ownTotals;
    DeferredRefresh *m_followStore;
    std::optional<ChartSpec> m_spec;

    QFormLayout *m_controls = nullptr;
    QComboBox *m_contest;
    QComboBox *m_kind;
    QComboBox *m_source;
    QComboBox *m_sortParty;
    QComboBox *m_shareBase;
    QComboBox *m_fineBin;
    QCheckBox *m_spoiled;
    QLineEdit *m_organisation;
    ChartCanvas *m_canvas;
    QPushButton *m_pngButton;
    QPushButton *m_png4kButton;
    QPushButton *m_svgButton;
    QPushButton *m_pdfButton;
    QPushButton *m_copyButton;
    QPushButton *m_colorsButton;
    QPushButton *m_logoButton;
    QPushButton *m_reportButton;
    QCheckBox *m_reportForensics;
    // Press staff's choices, kept in QSettings across sessions: party colours by short name, the logo.
    QMap<QString, QString> m_colors;
    QString m_logoPath;
};

} // namespace saylau
