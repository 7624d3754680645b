#include "RegionChoiceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saylau {

RegionChoiceDialog::RegionChoiceDialog(const QString &fileName, const QStringList &regions, QWidget *parent)
    : QDialog(parent)
    , m_regions(new QComboBox(this))
{
    setWindowTitle(tr("Region of the File"));
    auto *label = new QLabel(tr("No column of %1 gives the region, and the campaign has regions.\n"
                                "Which region are the file's TIKs and precincts in?")
                                 .arg(fileName),
                             this);
    label->setBuddy(m_regions);
    m_regions->setObjectName(QStringLiteral("regionBox"));
    m_regions->addItems(regions);
    m_regions->setPlaceholderText(tr("Choose a region"));
    m_regions->setCurrentIndex(-1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_regions, &QComboBox::currentIndexChanged, ok, [ok](int index) { ok->setEnabled(index >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_regions);
    layout->addWidget(buttons);
    m_regions->setFocus();
}

QString RegionChoiceDialog::region() const
{
    return m_regions->currentIndex() >= 0 ? m_regions->currentText() : QString();
}

} // namespace saylau
