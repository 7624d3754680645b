#include "SampleDialog.h"

#include "SampleListModel.h"

#include "analysis/SampleFrame.h"
#include "analysis/SampleSizeCalculator.h"
#include "domain/SaylauError.h"
#include "common/ErrorPresenter.h"
#include "common/WindowPlacement.h"
#include "storage/CampaignStore.h"
#include "storage/SampleStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace saylau {

SampleDialog::SampleDialog(CampaignStore &store, const QString &contestId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_contest(new QComboBox(this))
    , m_size(new QSpinBox(this))
    , m_stratify(new QComboBox(this))
    , m_allocation(new QComboBox(this))
    , m_seed(new QLineEdit(this))
    , m_margin(new QDoubleSpinBox(this))
    , m_sizeButton(new QPushButton(tr("Size for this margin"), this))
    , m_helper(new QLabel(this))
    , m_stored(new QLabel(this))
    , m_drawButton(new QPushButton(tr("&Draw"), this))
    , m_saveButton(new QPushButton(tr("&Save List…"), this))
    , m_summary(new QPlainTextEdit(this))
    , m_list(new QTableView(this))
    , m_model(new SampleListModel(this))
{
    setWindowTitle(tr("Sample of Precincts"));
    m_contest->setObjectName(QStringLiteral("sampleContest"));
    m_size->setObjectName(QStringLiteral("sampleSize"));
    m_stratify->setObjectName(QStringLiteral("sampleStratify"));
    m_allocation->setObjectName(QStringLiteral("sampleAllocation"));
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_margin->setObjectName(QStringLiteral("sampleMargin"));
    m_sizeButton->setObjectName(QStringLiteral("sampleSizeForMargin"));
    m_helper->setObjectName(QStringLiteral("sampleHelper"));
    m_stored->setObjectName(QStringLiteral("sampleStored"));
    m_drawButton->setObjectName(QStringLiteral("sampleDraw"));
    m_saveButton->setObjectName(QStringLiteral("sampleSave"));
    m_summary->setObjectName(QStringLiteral("sampleSummary"));
    m_list->setObjectName(QStringLiteral("sampleList"));

    for (const Contest &contest : store.contests())
        m_contest->addItem(contest.displayName(), contest.id);
    m_contest->setCurrentIndex(std::max(0, m_contest->findData(contestId)));
    m_size->setRange(1, 1000000);
    m_size->setValue(400);
    m_size->setGroupSeparatorShown(true);
    m_stratify->addItem(tr("By region"), int(SampleDesign::Stratification::Region));
    m_stratify->addItem(tr("None"), int(SampleDesign::Stratification::None));
    m_allocation->addItem(tr("Proportional to voters"), int(SampleDesign::Allocation::Proportional));
    m_allocation->addItem(tr("Equal per stratum"), int(SampleDesign::Allocation::Equal));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), m_seed));
    m_seed->setText(QString::number(SampleDrawing::newSeed()));
    m_margin->setRange(0.1, 20);
    m_margin->setSingleStep(0.1);
    m_margin->setDecimals(1);
    m_margin->setValue(1.0);
    m_margin->setSuffix(tr(" points"));
    m_helper->setWordWrap(true);
    m_stored->setWordWrap(true);
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setModel(m_model);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(SampleListModel::Address, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_saveButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Contest:"), m_contest);
    form->addRow(tr("Strata:"), m_stratify);
    form->addRow(tr("Stratum sizes:"), m_allocation);
    auto *helperRow = new QHBoxLayout;
    helperRow->addWidget(m_margin);
    helperRow->addWidget(m_sizeButton);
    form->addRow(tr("Margin of error (95%):"), helperRow);
    form->addRow(QString(), m_helper);
    form->addRow(tr("Precincts to draw:"), m_size);
    form->addRow(tr("Seed:"), m_seed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_drawButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    m_drawButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_drawButton, &QPushButton::clicked, this, &SampleDialog::draw);
    connect(m_saveButton, &QPushButton::clicked, this, &SampleDialog::chooseAndSaveList);
    connect(m_sizeButton, &QPushButton::clicked, this, &SampleDialog::sizeForMargin);
    connect(m_contest, &QComboBox::currentIndexChanged, this, &SampleDialog::showStoredSample);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stored);
    layout->addWidget(m_summary, 2);
    layout->addWidget(m_list, 3);
    layout->addWidget(buttons);
    WindowPlacement::fit(this, QSize(1100, 700));
    showStoredSample();
}

SampleDrawing::Request SampleDialog::request() const
{
    SampleDrawing::Request r;
    r.contestId = m_contest->currentData().toString();
    r.size = m_size->value();
    r.stratification = SampleDesign::Stratification(m_stratify->currentData().toInt());
    r.allocation = SampleDesign::Allocation(m_allocation->currentData().toInt());
    r.seed = m_seed->text().toULongLong();
    return r;
}

void SampleDialog::showStoredSample()
{
    const std::optional<SampleDesign> stored = SampleStore::load(m_store, m_contest->currentData().toString());
    // Opened again later, the dialog offers the stored design: Draw then gives the same list back.
    if (stored) {
        m_size->setValue(stored->requestedSize);
        m_seed->setText(QString::number(stored->seed));
        m_stratify->setCurrentIndex(m_stratify->findData(int(stored->stratification)));
        m_allocation->setCurrentIndex(m_allocation->findData(int(stored->allocation)));
    }
    m_stored->setText(stored ? tr("This contest has a sample of %n precinct(s), seed %1, drawn %2: the same seed "
                                  "draws it again, another replaces it.",
                                  nullptr, stored->sampleSize())
                                   .arg(QString::number(stored->seed),
                                        QLocale().toString(stored->drawnAt.toLocalTime(), QLocale::ShortFormat))
                             : tr("This contest has no sample yet."));
}

void SampleDialog::sizeForMargin()
{
    const SampleDrawing::Request r = request();
    try {
        const SampleFrame frame = SampleFrame::fromStore(m_store, m_store.contest(r.contestId), r.stratification);
        const SampleSizeCalculator calculator(frame, r.allocation, r.icc);
        const SampleSizeCalculator::Advice advice = calculator.forMargin(m_margin->value() / 100);
        m_size->setValue(advice.precincts);
        const QString expected = QLocale().toString(100 * advice.margin, 'f', 2);
        m_helper->setText((advice.reachable ? tr("%n precinct(s) give ±%1 points.", nullptr, advice.precincts)
                                            : tr("Even all %n precinct(s) give only ±%1 points.", nullptr, advice.precincts))
                              .arg(expected)
                          + QLatin1Char(' ') + calculator.description());
    } catch (const SaylauError &error) {
        m_helper->setText(error.message());
    }
}

void SampleDialog::draw()
{
    if (m_seed->text().isEmpty())
        m_seed->setText(QString::number(SampleDrawing::newSeed()));
    if (!ErrorPresenter::attempt(this, tr("Sample of Precincts"),
                                 [this] { m_drawing = SampleDrawing::run(m_store, request()); }))
        return;
    m_summary->setPlainText(m_drawing->summary());
    m_model->setList(m_drawing->list().rows());
    m_list->resizeColumnsToContents();
    m_saveButton->setEnabled(true);
    showStoredSample();
}

void SampleDialog::chooseAndSaveList()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Deployment List"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveList(path);
}

bool SampleDialog::saveList(const QString &path)
{
    if (!m_drawing)
        return false;
    return ErrorPresenter::attempt(this, tr("Save Deployment List"), [&] { m_drawing->list().save(path); });
}

} // namespace saylau
