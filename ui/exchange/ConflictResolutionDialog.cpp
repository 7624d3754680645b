#include "ConflictResolutionDialog.h"

#include "common/BrokenRelationsConfirmation.h"
#include "common/ErrorPresenter.h"
#include "navigator/TerritoryNames.h"

#include "analysis/NumberFormat.h"
#include "analysis/RelationExplanation.h"
#include "forms/FormEvaluator.h"
#include "forms/RelationBreaks.h"
#include "domain/SourceKind.h"
#include "storage/CampaignStore.h"
#include "storage/ConflictResolver.h"
#include "storage/ExchangeLedger.h"
#include "storage/FiguresCodec.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saylau {

ConflictResolutionDialog::ConflictResolutionDialog(CampaignStore &store, std::function<QString()> operatorName,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_operatorName(std::move(operatorName))
    , m_list(new QListWidget(this))
    , m_table(new QTableWidget(this))
    , m_who(new QLabel(this))
    , m_breaks(new QLabel(this))
    , m_resolveButton(new QPushButton(tr("&Resolve"), this))
{
    setWindowTitle(tr("Resolve Conflicts"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_who->setObjectName(QStringLiteral("conflictVersions"));
    m_who->setWordWrap(true);
    m_breaks->setObjectName(QStringLiteral("brokenRelations"));
    m_breaks->setWordWrap(true);
    m_breaks->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_breaks->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_who);
    rightLayout->addWidget(m_table);
    rightLayout->addWidget(m_breaks);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 740});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resolveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolveButton, &QPushButton::clicked, this, &ConflictResolutionDialog::resolve);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictResolutionDialog::showConflict);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int line, int column) {
        if (column < m_versions.size())
            choose(line, column);
    });

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Each column is one place's version of the protocol. Click a value to take it; the last "
                               "column is what the protocol will say."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
    reload();
}

void ConflictResolutionDialog::reload()
{
    if (!ErrorPresenter::attempt(this, [&] { m_conflicts = ExchangeLedger(m_store).conflicts(); }))
        m_conflicts.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // Contests by the name the program shows, not their keys.
    QHash<QString, QString> contestNames;
    ErrorPresenter::attempt(this, [&] {
        for (const Contest &contest : m_store.contests())
            contestNames.insert(contest.id, contest.displayName());
    });
    for (const ExchangeConflict &conflict : std::as_const(m_conflicts)) {
        const std::optional<TerritoryNode> node = m_store.territory(conflict.key.territoryId);
        QString label = node ? TerritoryNames::name(*node) : QString::number(conflict.key.territoryId);
        label += QStringLiteral(" — ") + contestNames.value(conflict.key.contestId, conflict.key.contestId)
                 + QStringLiteral(", ")
                 + (conflict.key.source == SourceKind::Official ? tr("official") : tr("observer copy %1").arg(conflict.key.copy));
        m_list->addItem(label.trimmed());
        // A long contest name does not fit the list's width: the whole of it on hovering.
        m_list->item(m_list->count() - 1)->setToolTip(label.trimmed());
    }
    m_resolveButton->setEnabled(!m_conflicts.isEmpty());
    if (m_conflicts.isEmpty()) {
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_who->setText(tr("No conflicts: every protocol has one version."));
        m_breaks->hide();
        return;
    }
    m_list->setCurrentRow(0);
    showConflict(0);
}

void ConflictResolutionDialog::showConflict(int row)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    const ExchangeConflict &conflict = m_conflicts.at(row);
    const Contest contest = m_store.contest(conflict.key.contestId);
    const FiguresCodec codec(contest);
    m_versions.clear();
    QStringList headers;
    QStringList who;
    for (const ExchangeConflict::Version &version : conflict.versions) {
        m_versions.append(codec.decode(version.figures));
        const QString when = QLocale().toString(version.savedAt.toLocalTime(), QLocale::ShortFormat);
        headers.append(QStringLiteral("%1\n%2\n%3").arg(version.origin, version.savedBy, when));
        who.append(tr("%1 saved by %2 at %3").arg(version.origin, version.savedBy, when));
        if (version.shown)
            m_chosen = m_versions.constLast();
    }
    headers.append(tr("Chosen"));
    m_who->setText(tr("Versions: %1.").arg(who.join(QStringLiteral("; "))));
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setRowCount(contest.slotCount());
    m_table->setHorizontalHeaderLabels(headers);
    // Short labels beside the figures, the form's own wording in the tooltip: the versions must stay in view.
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        auto *header = new QTableWidgetItem(contest.slotShortLabel(slot));
        header->setToolTip(contest.slotLabel(slot));
        m_table->setVerticalHeaderItem(slot, header);
    }
    const NumberFormat format;
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        bool differs = false;
        for (int v = 0; v < m_versions.size(); ++v) {
            const std::optional<qint64> value = m_versions.at(v).value(slot);
            differs = differs || value != m_versions.constFirst().value(slot);
            auto *item = new QTableWidgetItem(value ? format.count(*value) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(slot, v, item);
        }
        if (differs) {
            for (int v = 0; v < m_versions.size(); ++v) {
                QFont font = m_table->item(slot, v)->font();
                font.setBold(true);
                m_table->item(slot, v)->setFont(font);
                m_table->item(slot, v)->setToolTip(tr("The versions differ on this line: click the value to take"));
            }
        }
        choose(slot, -1);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    showBrokenRelations();
}

void ConflictResolutionDialog::choose(int line, int version)
{
    if (version >= 0)
        m_chosen.set(line, m_versions.at(version).value(line));
    const std::optional<qint64> value = m_chosen.value(line);
    auto *item = new QTableWidgetItem(value ? NumberFormat().count(*value) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    m_table->setItem(line, int(m_versions.size()), item);
    if (version >= 0)
        showBrokenRelations();
}

QStringList ConflictResolutionDialog::brokenRelations() const
{
    QStringList explained;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return explained;
    const FormEvaluator evaluator(m_store.contest(m_conflicts.at(row).key.contestId));
    const RelationBreaks breaks(evaluator, m_chosen);
    for (const RelationBreaks::Break &each : breaks.breaks())
        explained.append(RelationExplanation::explain(evaluator.relations().at(each.relationIndex), each.outcome));
    return explained;
}

void ConflictResolutionDialog::showBrokenRelations()
{
    QStringList broken;
    ErrorPresenter::attempt(this, [&] { broken = brokenRelations(); });
    m_breaks->setVisible(!broken.isEmpty());
    m_breaks->setText(tr("The chosen figures break %n control relation(s): %1.", nullptr, int(broken.size()))
                          .arg(broken.join(QStringLiteral("; "))));
}

void ConflictResolutionDialog::resolve()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const QString person = m_operatorName();
    if (person.isEmpty())
        return;
    QStringList acknowledged;
    QStringList broken;
    if (!ErrorPresenter::attempt(this, [&] { broken = brokenRelations(); }))
        return;
    if (!broken.isEmpty()) {
        // The resolution is what the protocol will say everywhere it travels: a broken relation is confirmed by name.
        const BrokenRelationsConfirmation::Texts texts{
            tr("Resolve with figures that break control relations?"),
            tr("The chosen figures break %n control relation(s):", nullptr, int(broken.size())),
            tr("Resolve so only if the paper protocol itself says so; otherwise cancel and choose the values again."),
            tr("&Resolve anyway")};
        if (!BrokenRelationsConfirmation::ask(this, texts, broken))
            return;
        acknowledged = RelationBreaks(FormEvaluator(m_store.contest(m_conflicts.at(row).key.contestId)), m_chosen)
                           .formulas();
    }
    if (ErrorPresenter::attempt(
            this, [&] { ConflictResolver(m_store).resolve(m_conflicts.at(row), m_chosen, person, acknowledged); }))
        reload();
}

} // namespace saylau
