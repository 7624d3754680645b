#include "TerritoryEditDialog.h"

#include "TerritoryLevelFilter.h"
#include "TerritoryNames.h"
#include "TerritoryTreeModel.h"
#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "common/ErrorPresenter.h"
#include "storage/CampaignStore.h"
#include "storage/TerritoryEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace saylau {

TerritoryEditDialog::TerritoryEditDialog(CampaignStore &store, const QString &changedBy, Mode mode,
                                         TerritoryNode::Level level, qint64 near, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_changedBy(changedBy)
    , m_mode(mode)
    , m_intro(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("territoryEditDialog"));
    if (mode == Mode::Add) {
        m_node.level = level;
    } else {
        const std::optional<TerritoryNode> node = store.territory(near);
        if (!node)
            throw SaylauError(tr("This territory is no longer in the campaign."));
        m_node = *node;
    }
    const bool precinct = m_node.level == TerritoryNode::Level::Precinct;
    m_code->setObjectName(QStringLiteral("territoryCode"));
    m_name->setObjectName(QStringLiteral("territoryName"));
    m_address->setObjectName(QStringLiteral("territoryAddress"));
    m_code->setText(m_node.code);
    m_name->setText(m_node.name);
    m_address->setText(m_node.address);
    m_intro->setWordWrap(true);

    auto *form = new QFormLayout;
    if (mode != Mode::Edit) {
        m_totals = std::make_unique<TotalsCache>(store);
        m_model = new TerritoryTreeModel(*m_totals, QString(), this);
        m_filter = new TerritoryLevelFilter(m_node.level, this);
        m_filter->setSourceModel(m_model);
        m_places = new QTreeView(this);
        m_places->setObjectName(QStringLiteral("placeView"));
        m_places->setModel(m_filter);
        for (int column = 1; column < TerritoryTreeModel::ColumnCount; ++column)
            m_places->setColumnHidden(column, true);
        m_places->header()->hide();
        m_places->setUniformRowHeights(true);
        m_places->setMinimumHeight(220);
        auto *placeLabel = new QLabel(precinct ? tr("&Region or district (type the first letters; arrows open a region):")
                                               : tr("&Region (type its first letters):"),
                                      this);
        placeLabel->setBuddy(m_places);
        form->addRow(placeLabel);
        form->addRow(m_places);
        connect(m_places->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TerritoryEditDialog::updateButtons);
        choosePlace(near);
    }
    if (mode != Mode::Move) {
        form->addRow(precinct ? tr("&Number:") : tr("&Code (optional):"), m_code);
        // A precinct is known by its number and address, a district or region by its name.
        if (!precinct)
            form->addRow(tr("N&ame:"), m_name);
        else
            form->addRow(tr("&Address (optional):"), m_address);
        (precinct ? m_name : m_address)->hide();
    } else {
        m_code->hide();
        m_name->hide();
        m_address->hide();
    }

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(precinct ? tr("New Precinct") : tr("New District"));
        ok->setText(tr("&Create"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Rename %1").arg(TerritoryNames::name(m_node)));
        ok->setText(tr("&Save"));
        break;
    case Mode::Move:
        setWindowTitle(tr("Move %1").arg(TerritoryNames::name(m_node)));
        m_intro->setText(tr("Choose where %1 belongs.").arg(TerritoryNames::name(m_node)));
        ok->setText(tr("&Move"));
        break;
    }
    m_intro->setVisible(!m_intro->text().isEmpty());
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TerritoryEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &TerritoryEditDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
}

void TerritoryEditDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Where the person starts: the place when there is one to choose, else the number or name.
    if (m_places)
        m_places->setFocus();
    else
        m_code->setFocus();
}

TerritoryEditDialog::~TerritoryEditDialog() = default;

void TerritoryEditDialog::setCode(const QString &code)
{
    m_code->setText(code.trimmed());
    if (m_mode == Mode::Add && m_node.level == TerritoryNode::Level::Precinct)
        m_intro->setText(tr("There is no precinct No. %1 in this campaign yet. Choose its district and press Enter "
                            "to create it.")
                             .arg(code.trimmed()));
    m_intro->setVisible(!m_intro->text().isEmpty());
}

void TerritoryEditDialog::choosePlace(qint64 near)
{
    // The regions open, so that typing a name finds its place straight away.
    m_places->expandToDepth(0);
    // Start from the node the person was at: its own district when it is a precinct, or the nearest ancestor
    // that may hold the new node.
    for (std::optional<TerritoryNode> node = near ? m_store.territory(near) : std::nullopt; node;
         node = node->parentId ? m_store.territory(node->parentId) : std::nullopt) {
        if (int(node->level) >= int(m_node.level) || node->id == m_node.id)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->revealTerritory(node->id));
        if (index.isValid()) {
            m_places->setCurrentIndex(index);
            m_places->scrollTo(index);
            return;
        }
    }
    m_places->setCurrentIndex(m_filter->index(0, 0));
}

qint64 TerritoryEditDialog::chosenPlace() const
{
    const QModelIndex current = m_places ? m_places->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(TerritoryTreeModel::TerritoryIdRole).toLongLong() : 0;
}

void TerritoryEditDialog::updateButtons()
{
    const bool precinct = m_node.level == TerritoryNode::Level::Precinct;
    bool ready = m_mode == Mode::Move
                 || (precinct ? !m_code->text().trimmed().isEmpty()
                              : !(m_name->text().trimmed().isEmpty() && m_code->text().trimmed().isEmpty()));
    if (m_places)
        ready = ready && chosenPlace() != 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void TerritoryEditDialog::accept()
{
    const bool done = ErrorPresenter::attempt(this, windowTitle(), [this] {
        TerritoryEditor editor(m_store, m_changedBy);
        switch (m_mode) {
        case Mode::Add: {
            TerritoryNode node = m_node;
            node.parentId = chosenPlace();
            node.code = m_code->text();
            node.name = m_name->text();
            node.address = m_address->text();
            m_result = editor.add(node);
            break;
        }
        case Mode::Edit:
            m_result = editor.rename(m_node.id, m_code->text(), m_name->text(), m_address->text());
            break;
        case Mode::Move:
            m_result = editor.move(m_node.id, chosenPlace());
            break;
        }
    });
    if (done)
        QDialog::accept();
}

} // namespace saylau
