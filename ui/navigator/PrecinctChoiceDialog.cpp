#include "PrecinctChoiceDialog.h"

#include "TerritoryNames.h"
#include "storage/TerritorySearch.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace saylau {

PrecinctChoiceDialog::PrecinctChoiceDialog(const CampaignStore &store, const QList<TerritoryNode> &precincts,
                                           QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("precinctChoiceDialog"));
    const QString number = precincts.isEmpty() ? QString() : precincts.constFirst().code;
    setWindowTitle(tr("Precinct No. %1").arg(number));
    m_list->setObjectName(QStringLiteral("precinctChoices"));
    const TerritorySearch search(store);
    for (const TerritoryNode &precinct : precincts) {
        // The place first: the number is the same on every line, the region is what a person looks for.
        QString text = TerritoryNames::place(search.lineage(precinct.id));
        if (!precinct.address.isEmpty())
            text += QStringLiteral(" — ") + precinct.address;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, precinct.id);
        item->setToolTip(text);
    }
    m_list->setCurrentRow(0);

    auto *intro = new QLabel(tr("%n precinct(s) have No. %1. Choose the one you mean:", nullptr, int(precincts.size()))
                                 .arg(number),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
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
