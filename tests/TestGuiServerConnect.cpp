#include "MainWindowFixture.h"
#include "ModalAnswerer.h"
#include "PostgresTestServer.h"

#include "main/ServerConnectDialog.h"
#include "storage/CampaignStore.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace saylau;
using saylau::test::ModalAnswerer;
using saylau::test::PostgresTestServer;

// File > Connect to Server…: the parts typed into the dialog open the server's campaign in the main window,
// and the dialog remembers them (never a password) for next time.
class TestGuiServerConnect : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_main;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestGuiServerConnect"));
        QSettings().clear();
        const QString problem = PostgresTestServer::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_main.start());
    }

    void cleanupTestCase() { m_main.stop(); }

    void connectingOpensTheServersCampaign()
    {
        QString why;
        const QString url = PostgresTestServer::freshDatabase(QStringLiteral("gui_connect"), &why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        CampaignStore::create(url, [](CampaignStore &store) {
            Election election;
            election.name = QStringLiteral("HQ election");
            store.setElection(election);
            store.addTerritory({0, 0, TerritoryNode::Level::Country, {}, QStringLiteral("Kazakhstan"), {}, false});
        });

        ModalAnswerer answerer;
        answerer.answer({{"saylau::ServerConnectDialog", [](QWidget *dialog) {
                              dialog->findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(PostgresTestServer::socketFolder());
                              dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(5432);
                              dialog->findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(QStringLiteral("postgres"));
                              auto *tls = dialog->findChild<QComboBox *>(QStringLiteral("serverTls"));
                              tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
                              auto *database = dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabase"));
                              database->setFocus();
                              QTest::keyClicks(database, QStringLiteral("gui_connect"));
                              QTest::keyClick(database, Qt::Key_Return);
                          }}});
        m_main.window->findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
        QVERIFY(answerer.allAnswered());

        QVERIFY2(m_main.window->windowTitle().contains(QLatin1String("HQ election")), qPrintable(m_main.window->windowTitle()));
        auto *tree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Kazakhstan"));

        // Remembered for next time, with no password among the settings.
        ServerConnectDialog again;
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->text(), QStringLiteral("gui_connect"));
        QCOMPARE(again.address(), QStringLiteral("postgresql://postgres@:5432/gui_connect?host=%1&sslmode=disable")
                                      .arg(PostgresTestServer::socketFolder()));
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_MAIN(TestGuiServerConnect)
#include "TestGuiServerConnect.moc"
