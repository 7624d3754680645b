#include "PrecinctChoiceDialog.h"

#include "TerritoryNames.h"
#include "storage/CampaignStore.h"
#include "storage/TerritorySearch.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace saylau {

PrecinctChoiceDialog::PrecinctChoiceDialog(const CampaignStore &store, const QList<TerritoryNode> &precincts,
                                           QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    const QString number = precincts.isEmpty() ? QString() : precincts.constFirst().code;
    const TerritorySearch search(store);
    QList<QList<TerritoryNode>> lineages;
    for (const TerritoryNode &precinct : precincts)
        lineages.append(search.lineage(precinct.id));
    fill(lineages, true, tr("Precinct No. %1").arg(number),
         tr("%n precinct(s) have No. %1. Choose the one you mean:", nullptr, int(precincts.size())).arg(number));
}

PrecinctChoiceDialog::PrecinctChoiceDialog(const CampaignStore &store, const QList<qint64> &precinctIds,
                                           const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    // One read of the tree however long the list: a count of 40,000 precincts not entered yet opens too.
    QHash<qint64, TerritoryNode> nodes;
    for (const TerritoryNode &node : store.allTerritory())
        nodes.insert(node.id, node);
    QList<QList<TerritoryNode>> lineages;
    for (const qint64 id : precinctIds) {
        QList<TerritoryNode> lineage;
        for (qint64 node = id; nodes.contains(node); node = nodes.value(node).parentId)
            lineage.prepend(nodes.value(node));
        if (!lineage.isEmpty())
            lineages.append(lineage);
    }
    // In the tree's order: region, district, then the precinct's number.
    std::sort(lineages.begin(), lineages.end(), [](const QList<TerritoryNode> &a, const QList<TerritoryNode> &b) {
        const QString placeA = TerritoryNames::place(a);
        const QString placeB = TerritoryNames::place(b);
        if (placeA != placeB)
            return placeA.localeAwareCompare(placeB) < 0;
        return a.constLast().code.toLongLong() < b.constLast().code.toLongLong();
    });
    fill(lineages, false, title, intro);
}

void PrecinctChoiceDialog::fill(const QList<QList<TerritoryNode>> &lineages, bool sameNumber, const QString &title,
                                const QString &intro)
{
    setObjectName(QStringLiteral("precinctChoiceDialog"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("precinctChoices"));
    for (const QList<TerritoryNode> &lineage : lineages) {
        const TerritoryNode &precinct = lineage.constLast();
        // The place first where the number is the same on every line: the region is what a person looks for.
        QString text = sameNumber ? TerritoryNames::place(lineage) : TerritoryNames::withPlace(lineage);
        if (!precinct.address.isEmpty())
            text += QStringLiteral(" — ") + precinct.address;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, precinct.id);
        item->setToolTip(text);
    }
    m_list->setCurrentRow(0);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

qint64 PrecinctChoiceDialog::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return result() == Accepted && item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace saylau
