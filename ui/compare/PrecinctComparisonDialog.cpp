#include "PrecinctComparisonDialog.h"

#include "DiscrepancySheet.h"
#include "PrecinctComparisonModel.h"

#include "analysis/ComparisonInput.h"
#include "charts/SaveFileChooser.h"
#include "domain/SaylauError.h"
#include "common/ErrorPresenter.h"
#include "common/WindowPlacement.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace saylau {

PrecinctComparisonDialog::PrecinctComparisonDialog(CampaignStore &store, const DiscrepancyResult &result,
                                                   int discrepancyIndex, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_result(result)
    , m_index(discrepancyIndex)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_photo(new QLabel(this))
    , m_model(new PrecinctComparisonModel(this))
    , m_pdfButton(new QPushButton(tr("Save discrepancy sheet (PDF)…"), this))
{
    const Discrepancy &d = m_result.discrepancies().at(m_index);
    const DiscrepancySheet sheet(m_store, m_result, d);
    setWindowTitle(sheet.title());
    m_model->setFigures(m_result.contest(), m_result.observerFigures(d), m_result.officialFigures(d), d.compared());

    const TerritoryIndex &territory = m_result.input().territory();
    const QString path = territory.path(d.territoryId);
    QString summary = tr("%1 — %2: %3")
                          .arg(path.isEmpty() ? territory.label(d.territoryId) : path, m_result.contest().displayName(),
                               Discrepancy::kindLabel(d.kind));
    if (d.doubtful)
        summary += QStringLiteral(" — ") + tr("resting on a doubtful copy");
    if (d.aggregate)
        summary += QStringLiteral(" — ") + tr("official total against the copies of %1 of %2 precincts")
                                                .arg(d.precinctsCovered)
                                                .arg(d.precinctsUnder);
    m_summary->setText(summary);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PrecinctComparisonModel::LabelColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(m_pdfButton, &QPushButton::clicked, this, &PrecinctComparisonDialog::chooseAndSavePdf);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_photo->setObjectName(QStringLiteral("protocolPhoto"));
    m_photo->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    auto *photoArea = new QScrollArea(this);
    photoArea->setWidget(m_photo);
    photoArea->setWidgetResizable(true);
    try {
        const QList<DiscrepancySheet::Photo> photos = sheet.photos();
        if (!photos.isEmpty()) {
            m_photo->setPixmap(QPixmap::fromImage(photos.constFirst().image.scaledToWidth(
                std::min(photos.constFirst().image.width(), 520), Qt::SmoothTransformation)));
            m_photo->setToolTip(photos.constFirst().caption);
        }
    } catch (const SaylauError &error) {
        m_photo->setText(error.message());
    }
    photoArea->setVisible(!m_photo->pixmap().isNull() || !m_photo->text().isEmpty());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(photoArea);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    WindowPlacement::fit(this, QSize(photoArea->isVisible() ? 1320 : 760, 640));
}

bool PrecinctComparisonDialog::savePdf(const QString &path)
{
    return ErrorPresenter::attempt(this, tr("Discrepancy sheet"), [&] {
        DiscrepancySheet(m_store, m_result, m_result.discrepancies().at(m_index)).writePdf(path);
    });
}

void PrecinctComparisonDialog::chooseAndSavePdf()
{
    const QString path = SaveFileChooser::ask(this, tr("Save discrepancy sheet"), QString(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

} // namespace saylau
