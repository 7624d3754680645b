#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace saylau {

class CampaignStore;
class NavigatorPane;

// The desktop program's side of the exchange between offices and headquarters: File → Send to Headquarters…
// (or Send Package to an Office… at headquarters), File → Receive Packages…, Protocols → Resolve Conflicts…,
// and the conflict marks in the navigator, kept in step with the store's announcements. The work itself is
// the core's (PackageWriter, PackageMerger, ConflictResolver); this asks for files and shows what happened.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    // operatorName names the person for the history; it may ask (and return empty to cancel).
    ExchangeActions(QWidget *window, NavigatorPane *navigator, std::function<QString()> operatorName);

    // nullptr disables the actions. The store must outlive its use here.
    void setCampaign(CampaignStore *store);

    QAction *sendAction() const { return m_send; }
    QAction *receiveAction() const { return m_receive; }
    QAction *resolveAction() const { return m_resolve; }

    bool send();
    bool receive();
    void resolveConflicts();
    void retranslate();

private:
    void refreshConflicts();

    QWidget *m_window;
    NavigatorPane *m_navigator;
    std::function<QString()> m_operatorName;
    CampaignStore *m_store = nullptr;
    QAction *m_send;
    QAction *m_receive;
    QAction *m_resolve;
};

} // namespace saylau
