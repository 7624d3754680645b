#include "ErrorPresenter.h"

#include <QMessageBox>

namespace saylau {

QString ErrorPresenter::boxName()
{
    return QStringLiteral("errorBox");
}

void ErrorPresenter::show(QWidget *parent, const QString &message, const QString &title)
{
    QMessageBox box(QMessageBox::Warning, title.isEmpty() ? tr("SaylauDesk") : title, message, QMessageBox::Ok,
                    parent);
    box.setObjectName(boxName());
    // The core's sentences name files and values: never read as markup.
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace saylau
