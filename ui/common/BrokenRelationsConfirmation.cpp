#include "BrokenRelationsConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace saylau {

bool BrokenRelationsConfirmation::ask(QWidget *parent, const Texts &texts, const QStringList &broken)
{
    QMessageBox box(QMessageBox::Warning, texts.title, texts.intro + QLatin1Char('\n') + broken.join(QLatin1Char('\n')),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmBrokenRelations"));
    box.setInformativeText(texts.advice);
    QPushButton *confirm = box.addButton(texts.confirm, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace saylau
