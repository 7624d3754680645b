#pragma once

#include <QDialog>

class QComboBox;

namespace saylau {

// Who is typing: asked when the entry window opens, offered the names used before on this computer, and
// remembered (QSettings) so the next start only needs Enter. Every save and draft carries the name.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorDialog(QWidget *parent = nullptr);

    QString operatorName() const;

    // Asks (offering the remembered name, so Enter is enough) and remembers the answer; empty when cancelled.
    static QString choose(QWidget *parent);
    static QString rememberedOperator();
    static void remember(const QString &name);

private:
    QComboBox *m_name;
};

} // namespace saylau
