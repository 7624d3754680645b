#include "NavigatorPane.h"

#include "TerritoryTreeModel.h"
#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"
#include "storage/TerritorySearch.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace saylau {

NavigatorPane::NavigatorPane(QWidget *parent)
    : QWidget(parent)
    , m_contestLabel(new QLabel(this))
    , m_contest(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_legend(new QLabel(this))
{
    m_legend->setWordWrap(true);
    m_legend->hide();
    m_search->setObjectName(QStringLiteral("precinctSearch"));
    m_search->setClearButtonEnabled(true);
    m_contest->setObjectName(QStringLiteral("contestBox"));
    m_contest->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contestLabel->setBuddy(m_contest);
    m_tree->setObjectName(QStringLiteral("territoryView"));
    // Every row is one line of text: lets the view skip measuring 100,000 rows.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contestLabel);
    layout->addWidget(m_contest);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_legend);

    connect(m_contest, &QComboBox::currentIndexChanged, this, &NavigatorPane::contestChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findPrecinct(m_search->text()); });
    retranslateUi();
}

void NavigatorPane::setCampaign(const CampaignStore *store)
{
    const QList<Contest> contests = store ? store->contests() : QList<Contest>();
    const QString firstContest = contests.isEmpty() ? QString() : contests.constFirst().id;
    TerritoryTreeModel *model = store ? new TerritoryTreeModel(*store, firstContest, this) : nullptr;

    {
        // The new model already counts for the first contest.
        const QSignalBlocker blocker(m_contest);
        m_contest->clear();
        for (const Contest &contest : contests)
            m_contest->addItem(contest.name, contest.id);
    }

    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    m_tree->setModel(model);
    delete oldSelection;
    delete m_model;
    m_model = model;
    m_store = store;
    if (m_model) {
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &NavigatorPane::emitCurrentChanged);
        m_tree->header()->setStretchLastSection(false);
        m_tree->header()->setSectionResizeMode(TerritoryTreeModel::NameColumn, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(TerritoryTreeModel::PrecinctsColumn, QHeaderView::ResizeToContents);
        m_tree->header()->setSectionResizeMode(TerritoryTreeModel::ReportedColumn, QHeaderView::ResizeToContents);
        m_tree->header()->setSectionResizeMode(TerritoryTreeModel::StatusColumn, QHeaderView::ResizeToContents);
        m_model->setStatusIndex(m_statuses);
        m_tree->setColumnHidden(TerritoryTreeModel::StatusColumn, !m_statuses);
        // The country alone is no use to look at: open it on its regions.
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        if (m_model->rowCount() == 1)
            m_tree->expand(m_model->index(0, 0));
        restore();
    }
    emitCurrentChanged();
}

bool NavigatorPane::select(const QString &contestId, qint64 territoryId)
{
    const int contestIndex = m_contest->findData(contestId);
    if (!m_model || contestIndex < 0)
        return false;
    m_contest->setCurrentIndex(contestIndex);
    const QModelIndex index = m_model->revealTerritory(territoryId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void NavigatorPane::setStatusIndex(const PrecinctStatusIndex *statuses)
{
    m_statuses = statuses;
    if (!m_model)
        return;
    m_model->setStatusIndex(statuses);
    m_tree->setColumnHidden(TerritoryTreeModel::StatusColumn, !statuses);
    m_legend->setVisible(statuses);
}

void NavigatorPane::statusChanged(qint64 precinctId)
{
    if (m_model)
        m_model->statusChanged(precinctId);
}

void NavigatorPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool NavigatorPane::findPrecinct(const QString &number)
{
    if (!m_store || number.trimmed().isEmpty())
        return false;
    bool found = false;
    try {
        const QList<qint64> path = TerritorySearch(*m_store).pathToPrecinct(number);
        found = !path.isEmpty() && select(currentContestId(), path.constLast());
    } catch (const SaylauError &error) {
        QMessageBox::critical(this, tr("SaylauDesk"), error.message());
    }
    // Told in place, without a dialog to dismiss: the next number can be typed straight away.
    m_search->setStyleSheet(found ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    m_search->setToolTip(found ? QString() : tr("There is no precinct No. %1").arg(number.trimmed()));
    return found;
}

namespace {

const QString lastFileKey = QStringLiteral("navigator/lastFile");
const QString lastContestKey = QStringLiteral("navigator/lastContest");
const QString lastTerritoryKey = QStringLiteral("navigator/lastTerritory");

} // namespace

void NavigatorPane::remember()
{
    if (!m_store)
        return;
    QSettings settings;
    settings.setValue(lastFileKey, m_store->path());
    settings.setValue(lastContestKey, currentContestId());
    settings.setValue(lastTerritoryKey, currentTerritoryId());
}

void NavigatorPane::restore()
{
    // Back where the user left this file: a coordinator works through one campaign for days.
    const QSettings settings;
    if (settings.value(lastFileKey).toString() != m_store->path())
        return;
    try {
        select(settings.value(lastContestKey).toString(), settings.value(lastTerritoryKey).toLongLong());
    } catch (const SaylauError &) {
        // Only a convenience: a place that cannot be read again is simply not restored.
    }
}

QString NavigatorPane::currentContestId() const
{
    return m_contest->currentData().toString();
}

qint64 NavigatorPane::currentTerritoryId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_model || !current.isValid())
        return 0;
    return m_model->data(current, TerritoryTreeModel::TerritoryIdRole).toLongLong();
}

void NavigatorPane::contestChanged()
{
    if (m_model) {
        try {
            m_model->setContest(currentContestId());
        } catch (const SaylauError &error) {
            QMessageBox::critical(this, tr("SaylauDesk"), error.message());
        }
    }
    emitCurrentChanged();
}

void NavigatorPane::emitCurrentChanged()
{
    remember();
    emit currentChanged(currentContestId(), currentTerritoryId());
}

void NavigatorPane::retranslateUi()
{
    m_contestLabel->setText(tr("&Contest:"));
    m_search->setPlaceholderText(tr("Go to precinct No."));
    m_legend->setText(TerritoryTreeModel::statusLegend());
    if (m_model)
        m_model->retranslate();
}

void NavigatorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace saylau
