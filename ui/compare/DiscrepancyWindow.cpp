#include "DiscrepancyWindow.h"

#include "DiscrepancyFilterModel.h"
#include "DiscrepancyTableModel.h"
#include "PrecinctComparisonDialog.h"

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "analysis/NumberFormat.h"
#include "domain/SaylauError.h"
#include "charts/DeferredRefresh.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace saylau {

namespace {

// Item data of the kind filter besides the kinds themselves.
constexpr int findingsItem = -2;
constexpr int allItem = -1;

} // namespace

DiscrepancyWindow::DiscrepancyWindow(CampaignStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_contestLabel(new QLabel(this))
    , m_contest(new QComboBox(this))
    , m_withoutDoubtful(new QCheckBox(this))
    , m_filterLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_party(new QComboBox(this))
    , m_shiftLabel(new QLabel(this))
    , m_minimumShift(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new DiscrepancyTableModel(this))
    , m_filter(new DiscrepancyFilterModel(this))
{
    m_contest->setObjectName(QStringLiteral("contestCombo"));
    m_withoutDoubtful->setObjectName(QStringLiteral("withoutDoubtfulCheck"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_party->setObjectName(QStringLiteral("partyFilter"));
    m_minimumShift->setObjectName(QStringLiteral("shiftFilter"));
    m_summary->setObjectName(QStringLiteral("discrepancySummary"));
    m_table->setObjectName(QStringLiteral("discrepancyTable"));
    m_minimumShift->setRange(0, 1000000000);
    m_minimumShift->setGroupSeparatorShown(true);
    m_summary->setWordWrap(true);

    m_filter->setTableModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiscrepancyTableModel::ShiftColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DiscrepancyTableModel::TerritoryColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(DiscrepancyTableModel::TerritoryColumn, 320);
    m_table->setColumnWidth(DiscrepancyTableModel::GainLossColumn, 240);
    // Fixed widths, not ResizeToContents: that would measure every one of 100,000 rows. Wide enough for an
    // oblast's name and the longest finding on one line.
    m_table->setColumnWidth(DiscrepancyTableModel::RegionColumn, 200);
    m_table->setColumnWidth(DiscrepancyTableModel::KindColumn, 220);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DiscrepancyWindow::fitNumberColumns);
    connect(m_filter, &QAbstractItemModel::headerDataChanged, this, &DiscrepancyWindow::fitNumberColumns);

    for (const Contest &contest : m_store.contests())
        m_contest->addItem(contest.displayName(), contest.id);

    auto *top = new QHBoxLayout;
    top->addWidget(m_contestLabel);
    top->addWidget(m_contest, 1);
    top->addWidget(m_withoutDoubtful);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterLabel);
    filters->addWidget(m_region, 1);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_party, 1);
    filters->addWidget(m_shiftLabel);
    filters->addWidget(m_minimumShift);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    retranslateUi();
    connect(m_contest, &QComboBox::currentIndexChanged, this, &DiscrepancyWindow::recompute);
    connect(m_withoutDoubtful, &QCheckBox::toggled, this, [this](bool without) { setIncludeDoubtful(!without); });
    for (QComboBox *combo : {m_region, m_kind, m_party})
        connect(combo, &QComboBox::currentIndexChanged, this, &DiscrepancyWindow::applyFilters);
    connect(m_minimumShift, &QSpinBox::valueChanged, this, &DiscrepancyWindow::applyFilters);
    // Activated: a double-click, or Enter on the current row, as the platform has it.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    // A protocol saved, confirmed or imported elsewhere shows here without reopening the window.
    auto *followStore = new DeferredRefresh(this, [this] { recompute(); });
    connect(&m_store.notifier(), &CampaignNotifier::protocolsChanged, followStore,
            [this, followStore](const QString &contestId) {
                if (contestId.isEmpty() || contestId == m_contest->currentData().toString())
                    followStore->request();
            });
    connect(&m_store.notifier(), &CampaignNotifier::territoryChanged, followStore, &DeferredRefresh::request);
    recompute();
}

DiscrepancyWindow::~DiscrepancyWindow()
{
    // The model refers to the result: let it go first.
    m_model->setResult(nullptr);
}

bool DiscrepancyWindow::setContest(const QString &contestId)
{
    const int index = m_contest->findData(contestId);
    if (index < 0)
        return false;
    if (index == m_contest->currentIndex())
        recompute();
    else
        m_contest->setCurrentIndex(index);
    return true;
}

void DiscrepancyWindow::setIncludeDoubtful(bool include)
{
    if (include == m_includeDoubtful)
        return;
    m_includeDoubtful = include;
    const QSignalBlocker blocker(m_withoutDoubtful);
    m_withoutDoubtful->setChecked(!include);
    recompute();
}

void DiscrepancyWindow::recompute()
{
    m_model->setResult(nullptr);
    m_result.reset();
    m_input.reset();
    const QString contestId = m_contest->currentData().toString();
    if (!contestId.isEmpty()) {
        try {
            m_input = std::make_unique<ComparisonInput>(ComparisonInput::load(m_store, contestId));
            DiscrepancyFinder::Options options;
            options.includeDoubtful = m_includeDoubtful;
            m_result = std::make_unique<DiscrepancyResult>(DiscrepancyFinder(*m_input).run(options));
        } catch (const SaylauError &error) {
            m_summary->setText(error.message());
            m_input.reset();
        }
    }
    m_model->setResult(m_result.get());
    fillFilters();
    applyFilters();
}

void DiscrepancyWindow::fitNumberColumns()
{
    // Each figure's column as wide as its heading in the program's language ("Added votes" is long in Kazakh),
    // from the heading alone: measuring the rows would read every one of 100,000.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int room = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    for (int column = DiscrepancyTableModel::ShiftColumn; column < m_filter->columnCount(); ++column) {
        const int wanted = metrics.horizontalAdvance(m_filter->headerData(column, Qt::Horizontal).toString()) + room;
        m_table->setColumnWidth(column, std::max(header->defaultSectionSize(), wanted));
    }
}

void DiscrepancyWindow::fillFilters()
{
    const QSignalBlocker regionBlocker(m_region);
    const QSignalBlocker partyBlocker(m_party);
    const qint64 region = m_region->currentData().toLongLong();
    const int party = m_party->currentData().isValid() ? m_party->currentData().toInt() : -1;
    m_region->clear();
    m_region->addItem(tr("All regions"), qint64(0));
    m_party->clear();
    m_party->addItem(tr("All parties"), -1);
    if (m_result) {
        for (const DiscrepancySummary &summary : m_result->regions())
            m_region->addItem(m_result->input().territory().label(summary.regionId), summary.regionId);
        const Contest &contest = m_result->contest();
        for (int i = 0; i < contest.ballot.size(); ++i)
            m_party->addItem(contest.slotShortLabel(contest.partySlot(i)), i);
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_party->setCurrentIndex(std::max(0, m_party->findData(party)));
}

void DiscrepancyWindow::applyFilters()
{
    m_filter->setRegion(m_region->currentData().toLongLong());
    const int kind = m_kind->currentData().toInt();
    if (kind == findingsItem)
        m_filter->setKindFilter(DiscrepancyFilterModel::KindFilter::Findings);
    else if (kind == allItem)
        m_filter->setKindFilter(DiscrepancyFilterModel::KindFilter::All);
    else
        m_filter->setKindFilter(DiscrepancyFilterModel::KindFilter::OnlyKind, Discrepancy::allKinds[kind]);
    m_filter->setParty(m_party->currentData().isValid() ? m_party->currentData().toInt() : -1);
    m_filter->setMinimumShift(m_minimumShift->value());
    updateSummary();
}

void DiscrepancyWindow::updateSummary()
{
    if (!m_result)
        return;
    const NumberFormat format;
    const DiscrepancySummary &total = m_result->total();
    QString text = tr("%1 precincts compared like for like; %2 differ (%3 resting on a doubtful copy); %4 rows shown.")
                       .arg(format.count(total.compared), format.count(total.differing),
                            format.count(total.differingDoubtful), format.count(m_filter->rowCount()));
    // The press release's line: what the official figures changed, net, party by party and in turnout.
    const Contest &contest = m_result->contest();
    QStringList changes;
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const int slot = contest.partySlot(i);
        if (total.net(slot) != 0)
            changes.append(contest.slotShortLabel(slot) + QLatin1Char(' ') + format.signedCount(total.net(slot)));
    }
    const qint64 turnout = total.measureNet(contest.form.turnoutMeasure);
    if (turnout != 0)
        changes.append(tr("turnout %1 ballots").arg(format.signedCount(turnout)));
    if (!changes.isEmpty())
        text += QLatin1Char(' ') + tr("Official figures against the copies: %1.").arg(changes.join(QStringLiteral(", ")));
    if (m_store.election().synthetic)
        text += QLatin1Char(' ') + tr("Synthetic demo data.");
    m_summary->setText(text);
}

void DiscrepancyWindow::openRow(int proxyRow)
{
    if (!m_result || proxyRow < 0 || proxyRow >= m_filter->rowCount())
        return;
    const int row = m_filter->mapToSource(m_filter->index(proxyRow, 0)).row();
    auto *dialog = new PrecinctComparisonDialog(m_store, *m_result, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new comparison (another contest, doubtful copies toggled) would pull the figures from under it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, dialog, &QDialog::close);
    dialog->show();
}

void DiscrepancyWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void DiscrepancyWindow::retranslateUi()
{
    setWindowTitle(tr("Discrepancies — SaylauDesk"));
    m_contestLabel->setText(tr("Contest:"));
    m_withoutDoubtful->setText(tr("Set aside doubtful copies"));
    m_withoutDoubtful->setToolTip(tr("Copies that break their own control relations, or whose voters on the list "
                                     "are far from the official figure, are left out of the comparison."));
    m_filterLabel->setText(tr("Show:"));
    m_shiftLabel->setText(tr("Shift at least:"));
    const QSignalBlocker blocker(m_kind);
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("All findings"), findingsItem);
    m_kind->addItem(tr("Everything compared"), allItem);
    for (int i = 0; i < int(std::size(Discrepancy::allKinds)); ++i)
        m_kind->addItem(Discrepancy::kindLabel(Discrepancy::allKinds[i]), i);
    m_kind->setCurrentIndex(std::max(0, kind));
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("All regions"));
    if (m_party->count() > 0)
        m_party->setItemText(0, tr("All parties"));
    updateSummary();
}

} // namespace saylau
