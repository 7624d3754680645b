#include "ReceiveSummaryDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saylau {

ReceiveSummaryDialog::ReceiveSummaryDialog(const QList<PackageMerger::Summary> &summaries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Packages Received"));
    // One row per package received at once: a handful, so a plain table widget.
    auto *table = new QTableWidget(int(summaries.size()), 7, this);
    table->setObjectName(QStringLiteral("receiveSummaryTable"));
    table->setHorizontalHeaderLabels({tr("Office"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicts"),
                                      tr("Photos"), tr("Package")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    QStringList setAside;
    QStringList kept;
    int conflicts = 0;
    for (int row = 0; row < summaries.size(); ++row) {
        const PackageMerger::Summary &summary = summaries.at(row);
        const QList<QVariant> cells = {summary.sender,   summary.newProtocols, summary.updated, summary.unchanged,
                                       summary.conflicts, summary.photos,      QFileInfo(summary.path).fileName()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, cells.at(column));
            if (column > 0 && column < 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
        for (const QString &line : summary.setAside)
            setAside.append(summary.sender + QStringLiteral(": ") + line);
        for (const QString &node : summary.keptDespiteDeletion)
            kept.append(tr("%1 deleted %2").arg(summary.sender, node));
        conflicts += summary.conflicts - int(summary.keptDespiteDeletion.size());
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        conflicts > 0 ? tr("Merged. %n protocol(s) were changed differently in two places: both versions are kept and "
                           "the precincts are marked in the navigator (Protocols → Resolve Conflicts…).",
                           nullptr, conflicts)
                      : tr("Merged, without conflicts."),
        this);
    heading->setObjectName(QStringLiteral("receiveSummaryHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(table);
    if (!setAside.isEmpty()) {
        layout->addWidget(new QLabel(tr("Set aside (outside what the office may change), not merged:"), this));
        auto *list = new QPlainTextEdit(setAside.join(QLatin1Char('\n')), this);
        list->setObjectName(QStringLiteral("setAsideList"));
        list->setReadOnly(true);
        layout->addWidget(list);
    }
    if (!kept.isEmpty()) {
        layout->addWidget(new QLabel(tr("Kept, though deleted elsewhere: protocols, photos or drafts lie there "
                                        "(listed by `saylau conflicts`):"),
                                     this));
        auto *list = new QPlainTextEdit(kept.join(QLatin1Char('\n')), this);
        list->setObjectName(QStringLiteral("keptDespiteDeletionList"));
        list->setReadOnly(true);
        layout->addWidget(list);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace saylau
