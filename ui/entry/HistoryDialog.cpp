#include "HistoryDialog.h"

#include "analysis/NumberFormat.h"
#include "storage/ProtocolDiff.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace saylau {

namespace {

QString fieldName(const QString &key)
{
    if (key == QLatin1String("observer_name"))
        return HistoryDialog::tr("observer");
    if (key == QLatin1String("observer_contact"))
        return HistoryDialog::tr("contact");
    if (key == QLatin1String("received_at"))
        return HistoryDialog::tr("received at");
    if (key == QLatin1String("received_how"))
        return HistoryDialog::tr("received how");
    if (key == QLatin1String("remarks"))
        return HistoryDialog::tr("remarks");
    // An import keeps the file's unmapped cells with the protocol, as a JSON object of text.
    if (key == QLatin1String("extra"))
        return HistoryDialog::tr("unmapped columns");
    return key;
}

} // namespace

HistoryDialog::HistoryDialog(const Contest &contest, const QString &title, const QList<HistoryEntry> &history,
                             int currentRevision, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(title));
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setHeaderLabels({tr("Save / field"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    const NumberFormat format(locale());
    const QString empty = tr("(empty)");
    const auto figure = [&](const QString &text) {
        const std::optional<qint64> value = ProtocolDiff::figureFromText(text);
        return value ? format.count(*value) : empty;
    };
    QSet<int> typed;
    for (const HistoryEntry &entry : history)
        typed.insert(entry.revision);
    const auto addUntyped = [&](int newerThan, int upTo) {
        for (int revision = upTo; revision > newerThan; --revision) {
            if (typed.contains(revision))
                continue;
            auto *item = new QTreeWidgetItem(
                m_tree, {tr("Revision %1, written by an import or another program: see the import records")
                             .arg(revision)});
            item->setFirstColumnSpanned(true);
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    };
    int upTo = currentRevision;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const HistoryEntry &entry = *it;
        addUntyped(entry.revision, upTo);
        upTo = entry.revision - 1;
        const QString what = entry.importRunId                             ? tr("imported")
                             : entry.action == HistoryEntry::Action::Verify ? tr("verified")
                                                                            : tr("saved");
        auto *item = new QTreeWidgetItem(m_tree, {tr("Revision %1, %2 by %3, %4")
                                                      .arg(entry.revision)
                                                      .arg(what, entry.savedBy,
                                                           QLocale().toString(entry.savedAt.toLocalTime(),
                                                                              QLocale::ShortFormat))});
        for (const ProtocolChange &change : entry.changes) {
            if (change.kind == ProtocolChange::Kind::Figure) {
                const int slot = contest.slotOf(change.key);
                QString label = slot >= 0 ? contest.slotShortLabel(slot) : QString();
                if (label.isEmpty() && slot >= 0)
                    label = contest.slotLabel(slot);
                new QTreeWidgetItem(item, {tr("line %1 (%2)").arg(change.key, label), figure(change.before),
                                           figure(change.after)});
            } else {
                new QTreeWidgetItem(item, {fieldName(change.key), change.before.isEmpty() ? empty : change.before,
                                           change.after.isEmpty() ? empty : change.after});
            }
        }
        // The save's heading is one long line; its changes fill the columns below it.
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
    addUntyped(0, upTo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace saylau
