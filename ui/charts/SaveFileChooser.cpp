#include "SaveFileChooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace saylau {

QString SaveFileChooser::ask(QWidget *parent, const QString &caption, const QString &suggested, const QString &filters)
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(parent, caption, suggested, filters, &selectedFilter);
    return path.isEmpty() ? path : withExtension(path, selectedFilter);
}

QString SaveFileChooser::withExtension(const QString &path, const QString &selectedFilter)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression firstPattern(QStringLiteral("\\*\\.(\\w+)"));
    const QRegularExpressionMatch match = firstPattern.match(selectedFilter);
    return match.hasMatch() ? path + QLatin1Char('.') + match.captured(1) : path;
}

} // namespace saylau
