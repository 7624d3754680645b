#include "ErrorPresenter.h"

#include <QMessageBox>

namespace saylau {

void ErrorPresenter::show(QWidget *parent, const QString &message)
{
    QMessageBox::critical(parent, tr("SaylauDesk"), message);
}

} // namespace saylau
