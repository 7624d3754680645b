#include "OperatorDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace saylau {

namespace {

const QString operatorKey = QStringLiteral("entry/operator");
const QString knownOperatorsKey = QStringLiteral("entry/knownOperators");

} // namespace

OperatorDialog::OperatorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QComboBox(this))
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(tr("Who is entering protocols?"));
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->addItems(QSettings().value(knownOperatorsKey).toStringList());
    // Names offered in a list under the field, never filled in: inline completion turned a typed «Данияр»
    // into the longer «Данияр202» used before, and Enter recorded another operator's name in the history.
    m_name->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_name->setCurrentText(rememberedOperator());
    m_name->lineEdit()->selectAll();

    auto *label = new QLabel(tr("Your &name, as it will appear in the history of every protocol you save:"), this);
    label->setWordWrap(true);
    label->setBuddy(m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->currentText().trimmed().isEmpty());
    connect(m_name, &QComboBox::currentTextChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
}

QString OperatorDialog::operatorName() const
{
    return m_name->currentText().trimmed();
}

QString OperatorDialog::choose(QWidget *parent)
{
    OperatorDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    remember(dialog.operatorName());
    return dialog.operatorName();
}

QString OperatorDialog::rememberedOperator()
{
    return QSettings().value(operatorKey).toString();
}

void OperatorDialog::remember(const QString &name)
{
    QSettings settings;
    settings.setValue(operatorKey, name);
    QStringList known = settings.value(knownOperatorsKey).toStringList();
    known.removeAll(name);
    known.prepend(name);
    settings.setValue(knownOperatorsKey, known.mid(0, 20));
}

} // namespace saylau
