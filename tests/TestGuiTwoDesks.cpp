#include "EntryFixture.h"
#include "MainWindowFixture.h"
#include "ModalAnswerer.h"
#include "PostgresTestServer.h"

#include "analysis/PrecinctStatusIndex.h"
#include "common/ErrorPresenter.h"
#include "entry/CountLineEdit.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryStore.h"
#include "navigator/NavigatorPane.h"
#include "storage/ServerRoles.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace saylau;
using saylau::test::PostgresTestServer;

namespace {

// What a desk writes before each answer, so that anything else a child prints is never taken for one.
const QByteArray answerMark = "desk: ";

// The kz-2021 figures of EntryFixture::consistentProtocol, as typed.
const QList<qint64> consistentFigures{1500, 1600, 1000, 990, 10, 600, 400, 200, 180, 120, 80};

} // namespace

// Two operators at two computers typing into one campaign on the headquarters' server: two real copies of the
// desktop program (this executable started twice with --desk, each the main window and its entry window on
// the offscreen platform, driven by key clicks from commands on its standard input). A save that would overwrite
// the other's newer one is caught and shown (the conflict box), the person's choice saves without losing the
// other's revision (the history keeps it), and each program's navigator hears the other's saves through the
// server (LISTEN/NOTIFY, storage/CampaignNotifier) with nothing refreshed by hand.
class TestGuiTwoDesks : public QObject
{
    Q_OBJECT

public:
    // The child: one desktop program at URL for OPERATOR, answering commands (see runCommand) one line each.
    static int runDesk(const QString &url, const QString &operatorName);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aStaleSaveIsShownAndLosesNothingAndEachDeskHearsTheOther();
    void savesAtTheSameMomentBothLand();
    void anOperatorsConfirmIsRefusedByTheServerAndSaysWhy();

private:
    // Starts a desk for OPERATOR (on URL, or the test's campaign) and waits until its entry window is open.
    bool startDesk(QProcess &desk, const QString &operatorName, const QString &url = QString());
    // Sends COMMAND to DESK and returns its answer (without the mark), or what went wrong.
    static QString ask(QProcess &desk, const QString &command);
    static QString answer(QProcess &desk);
    static QString typed(const QList<qint64> &figures);

    QString m_url;
    QList<qint64> m_precincts;
    QProcess m_first;
    QProcess m_second;
    // A desk whose login is in the operator role only (the other two log in as the server's superuser).
    QProcess m_operator;
};

namespace {

// The child's side: a desktop program and the commands that drive it as a person would.
class Desk
{
public:
    Desk(const QString &url, const QString &operatorName)
        : m_url(url)
        , m_operator(operatorName)
    {
    }

    bool start()
    {
        if (!m_main.start() || !m_main.window->openCampaign(m_url))
            return false;
        m_entry = m_main.openEntryWindow(m_operator);
        return m_entry && QTest::qWaitForWindowActive(m_entry);
    }

    // open ID: shows precinct ID's Mazhilis protocol; answers the revision the typing starts from.
    // type V,V,...: types the figures into the form's lines from the first, Tab after each.
    // save: Ctrl+S; a conflict box is answered "Keep my values"; answers the stored revision and the box's text.
    // confirm V,V,...: a blind second entry (Ctrl+D) of the open protocol, saved (Ctrl+S) and reconciled by
    // "Verify protocol" (confirming by name figures that break a relation); answers the message box that
    // follows, if any.
    // await ID STATUS: waits (20 s at most) until the navigator marks precinct ID so; answers the mark.
    QString run(const QString &line)
    {
        const QString command = line.section(QLatin1Char(' '), 0, 0);
        const QString argument = line.section(QLatin1Char(' '), 1);
        // The person looks at the entry window again (a closed message box leaves another window active).
        m_entry->activateWindow();
        if (!QTest::qWaitForWindowActive(m_entry))
            return QStringLiteral("the entry window is not active");
        if (command == QLatin1String("open")) {
            if (!m_entry->navigator()->select(QStringLiteral("mazhilis"), argument.toLongLong()))
                return QStringLiteral("no such precinct");
            return QStringLiteral("opened %1").arg(m_entry->session().current().revision);
        }
        if (command == QLatin1String("type")) {
            typeFigures(argument);
            return QStringLiteral("typed");
        }
        if (command == QLatin1String("save")) {
            QString shown = QStringLiteral("-");
            test::ModalAnswerer answerer;
            answerer.answer({{"QMessageBox", [&shown](QWidget *modal) {
                                  auto *box = qobject_cast<QMessageBox *>(modal);
                                  shown = box->objectName() + QLatin1Char(' ') + box->text();
                                  for (QAbstractButton *button : box->buttons()) {
                                      if (box->buttonRole(button) == QMessageBox::AcceptRole)
                                          button->click();
                                  }
                              }}});
            QTest::keyClick(m_entry, Qt::Key_S, Qt::ControlModifier);
            if (!m_entry->session().exists() || m_entry->session().isModified())
                return QStringLiteral("unsaved %1 (%2)").arg(shown, m_entry->windowTitle());
            return QStringLiteral("saved %1 %2").arg(m_entry->session().stored().revision).arg(shown);
        }
        if (command == QLatin1String("confirm")) {
            QString shown = QStringLiteral("-");
            test::ModalAnswerer answerer;
            std::function<void(QWidget *)> answerBox = [&](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                // Figures that break a relation are confirmed by name first; the box after it is the answer.
                if (box->objectName() == QLatin1String("confirmBrokenRelations")) {
                    answerer.answer({{"QMessageBox", answerBox}});
                    for (QAbstractButton *button : box->buttons()) {
                        if (box->buttonRole(button) == QMessageBox::AcceptRole)
                            button->click();
                    }
                    return;
                }
                shown = box->objectName() + QLatin1Char(' ') + box->text();
                box->buttons().constFirst()->click();
            };
            answerer.answer({{"saylau::DoubleEntryDialog",
                              [](QWidget *dialog) {
                                  dialog->findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
                              }},
                             {"QMessageBox", answerBox}});
            QTest::keyClick(m_entry, Qt::Key_D, Qt::ControlModifier);
            if (!m_entry->isSecondEntry())
                return QStringLiteral("no second entry");
            typeFigures(argument);
            QTest::keyClick(m_entry, Qt::Key_S, Qt::ControlModifier);
            // The reconciliation opens without blocking: its answers come on later turns of the event loop.
            QDeadlineTimer deadline(20000);
            while (!answerer.allAnswered() && !deadline.hasExpired())
                QTest::qWait(20);
            return QStringLiteral("confirm %1").arg(shown);
        }
        if (command == QLatin1String("await")) {
            const qint64 precinct = argument.section(QLatin1Char(' '), 0, 0).toLongLong();
            const int wanted = argument.section(QLatin1Char(' '), 1, 1).toInt();
            QDeadlineTimer deadline(20000);
            while (int(m_entry->statuses().status(precinct)) != wanted && !deadline.hasExpired())
                QTest::qWait(20);
            return QStringLiteral("status %1").arg(int(m_entry->statuses().status(precinct)));
        }
        return QStringLiteral("unknown command %1").arg(command);
    }

private:
    // VALUES (comma-separated) typed over the form's lines from the first, Tab after each.
    void typeFigures(const QString &values)
    {
        const QStringList figures = values.split(QLatin1Char(','));
        for (int slot = 0; slot < figures.size(); ++slot) {
            CountLineEdit *field = m_entry->form()->field(slot);
            field->setFocus();
            field->selectAll();
            QTest::keyClicks(field, figures.at(slot));
            QTest::keyClick(field, Qt::Key_Tab);
        }
    }

    QString m_url;
    QString m_operator;
    MainWindowFixture m_main;
    EntryWindow *m_entry = nullptr;
};

} // namespace

int TestGuiTwoDesks::runDesk(const QString &url, const QString &operatorName)
{
    // Settings of their own: two programs on one machine would otherwise write one settings file.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiTwoDesks-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QFile out;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    const auto reply = [&out](const QString &text) { out.write(answerMark + text.toUtf8() + '\n'); };

    Desk desk(url, operatorName);
    if (!desk.start()) {
        reply(QStringLiteral("cannot start"));
        return 1;
    }
    reply(QStringLiteral("ready"));

    // Commands arrive as the parent sends them; read(2) gives what has arrived, whole lines or not (a QFile
    // would wait to fill its buffer).
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&] {
        char chunk[4096];
        const ssize_t size = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (size <= 0) {
            QCoreApplication::quit();
            return;
        }
        pending.append(chunk, size);
        // A command may open a dialog whose event loop would hear the next one in the middle.
        input.setEnabled(false);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            if (line == QLatin1String("quit")) {
                QCoreApplication::quit();
                return;
            }
            reply(desk.run(line));
        }
        input.setEnabled(true);
    });
    return QCoreApplication::exec();
}

void TestGuiTwoDesks::initTestCase()
{
    const QString problem = PostgresTestServer::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString why;
    m_url = PostgresTestServer::freshDatabase(QStringLiteral("gui_two_desks"), &why);
    QVERIFY2(!m_url.isEmpty(), qPrintable(why));
    {
        EntryFixture fixture = EntryFixture::create(m_url);
        m_precincts = fixture.precincts;
        ServerRoles::grant(*fixture.store);
    }
    const QString login = PostgresTestServer::runSql(
        QStringLiteral("postgres"),
        {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'test_desk_operator') THEN"
                        " CREATE ROLE test_desk_operator LOGIN IN ROLE %1; END IF; END $$")
             .arg(ServerRoles::operatorRole())});
    QVERIFY2(login.isEmpty(), qPrintable(login));
    QVERIFY(startDesk(m_first, QStringLiteral("Айгерим")));
    QVERIFY(startDesk(m_second, QStringLiteral("Бауыржан")));
}

void TestGuiTwoDesks::cleanupTestCase()
{
    for (QProcess *desk : {&m_first, &m_second, &m_operator}) {
        if (desk->state() == QProcess::NotRunning)
            continue;
        desk->write("quit\n");
        if (!desk->waitForFinished(30000)) {
            desk->kill();
            desk->waitForFinished();
            QFAIL("a desk did not quit");
        }
        QCOMPARE(desk->exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk->exitCode(), 0);
    }
}

bool TestGuiTwoDesks::startDesk(QProcess &desk, const QString &operatorName, const QString &url)
{
    desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    desk.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--desk"), url.isEmpty() ? m_url : url, operatorName});
    const QString ready = answer(desk);
    if (ready != QLatin1String("ready"))
        qWarning("the desk of %s did not start: %s", qPrintable(operatorName), qPrintable(ready));
    return ready == QLatin1String("ready");
}

QString TestGuiTwoDesks::ask(QProcess &desk, const QString &command)
{
    desk.write(command.toUtf8() + '\n');
    return answer(desk);
}

QString TestGuiTwoDesks::answer(QProcess &desk)
{
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        while (desk.canReadLine()) {
            const QByteArray line = desk.readLine().trimmed();
            if (line.startsWith(answerMark))
                return QString::fromUtf8(line.mid(answerMark.size()));
        }
        if (desk.state() == QProcess::NotRunning)
            return QStringLiteral("the desk ended");
        desk.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return QStringLiteral("no answer within a minute");
}

QString TestGuiTwoDesks::typed(const QList<qint64> &figures)
{
    QStringList values;
    for (const qint64 value : figures)
        values.append(QString::number(value));
    return QStringLiteral("type ") + values.join(QLatin1Char(','));
}

void TestGuiTwoDesks::aStaleSaveIsShownAndLosesNothingAndEachDeskHearsTheOther()
{
    const qint64 precinct = m_precincts.at(0);
    const QString open = QStringLiteral("open %1").arg(precinct);
    // Both open the same empty protocol; Aigerim saves it first.
    QCOMPARE(ask(m_first, open), QStringLiteral("opened 0"));
    QCOMPARE(ask(m_second, open), QStringLiteral("opened 0"));
    QCOMPARE(ask(m_first, typed(consistentFigures)), QStringLiteral("typed"));
    QCOMPARE(ask(m_first, QStringLiteral("save")), QStringLiteral("saved 1 -"));
    // Bauyrzhan's navigator marks the precinct entered: his program heard her save.
    QCOMPARE(ask(m_second, QStringLiteral("await %1 %2").arg(precinct).arg(int(PrecinctStatus::Entered))),
             QStringLiteral("status %1").arg(int(PrecinctStatus::Entered)));

    // His typing started before her save: saving it would overwrite hers unseen. He is shown whose save
    // came first, keeps his values, and they become revision 2 on top of hers. Line 4 read as 991 breaks
    // "4 = 5 + sum(parties)".
    QList<qint64> his = consistentFigures;
    his[3] = 991;
    QCOMPARE(ask(m_second, typed(his)), QStringLiteral("typed"));
    const QString saved = ask(m_second, QStringLiteral("save"));
    QVERIFY2(saved.startsWith(QLatin1String("saved 2 conflictBox ")), qPrintable(saved));
    QVERIFY2(saved.contains(QStringLiteral("Айгерим")), qPrintable(saved));
    // And her navigator hears his save.
    QCOMPARE(ask(m_first, QStringLiteral("await %1 %2").arg(precinct).arg(int(PrecinctStatus::RelationError))),
             QStringLiteral("status %1").arg(int(PrecinctStatus::RelationError)));

    // Nothing was lost: both revisions are in the history, and his names her line 4 as what he replaced.
    auto store = CampaignStore::open(m_url);
    EntryStore entries(*store);
    const QList<Protocol> protocols = store->protocolsAt(precinct, QStringLiteral("mazhilis"));
    QCOMPARE(protocols.size(), 1);
    const std::optional<Protocol> stored = protocols.constFirst();
    QCOMPARE(stored->revision, 2);
    QCOMPARE(stored->figures.value(3), std::optional<qint64>(991));
    const QList<HistoryEntry> history = entries.history(stored->id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).savedBy, QStringLiteral("Айгерим"));
    QCOMPARE(history.at(1).savedBy, QStringLiteral("Бауыржан"));
    QCOMPARE(history.at(1).changes.size(), 1);
    QCOMPARE(history.at(1).changes.at(0).key, QStringLiteral("4"));
    QCOMPARE(history.at(1).changes.at(0).before, QStringLiteral("990"));
    QCOMPARE(history.at(1).changes.at(0).after, QStringLiteral("991"));
}

void TestGuiTwoDesks::savesAtTheSameMomentBothLand()
{
    const qint64 hers = m_precincts.at(1);
    const qint64 his = m_precincts.at(2);
    QCOMPARE(ask(m_first, QStringLiteral("open %1").arg(hers)), QStringLiteral("opened 0"));
    QCOMPARE(ask(m_second, QStringLiteral("open %1").arg(his)), QStringLiteral("opened 0"));
    QCOMPARE(ask(m_first, typed(consistentFigures)), QStringLiteral("typed"));
    QCOMPARE(ask(m_second, typed(consistentFigures)), QStringLiteral("typed"));
    // Both press Ctrl+S before either hears back: the server's lock makes them take turns.
    m_first.write("save\n");
    m_second.write("save\n");
    QCOMPARE(answer(m_first), QStringLiteral("saved 1 -"));
    QCOMPARE(answer(m_second), QStringLiteral("saved 1 -"));
    const QString entered = QStringLiteral("status %1").arg(int(PrecinctStatus::Entered));
    QCOMPARE(ask(m_first, QStringLiteral("await %1 %2").arg(his).arg(int(PrecinctStatus::Entered))), entered);
    QCOMPARE(ask(m_second, QStringLiteral("await %1 %2").arg(hers).arg(int(PrecinctStatus::Entered))), entered);

    auto store = CampaignStore::open(m_url);
    for (const qint64 precinct : {hers, his}) {
        const QList<Protocol> stored = store->protocolsAt(precinct, QStringLiteral("mazhilis"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().revision, 1);
        QCOMPARE(stored.constFirst().figures, EntryFixture::consistentProtocol(precinct).figures);
    }
}

void TestGuiTwoDesks::anOperatorsConfirmIsRefusedByTheServerAndSaysWhy()
{
    // Aigerim's protocol of the first precinct (saved above), typed blind a second time by an operator whose
    // login has the operator's rights only: the entries match, and verifying them is the coordinator's.
    const qint64 precinct = m_precincts.at(0);
    QVERIFY(startDesk(m_operator, QStringLiteral("Ерлан"),
                      PostgresTestServer::address(QStringLiteral("gui_two_desks"), QStringLiteral("test_desk_operator"))));
    QCOMPARE(ask(m_operator, QStringLiteral("open %1").arg(precinct)), QStringLiteral("opened 2"));
    QList<qint64> second = consistentFigures;
    second[3] = 991;
    const QString confirm = ask(m_operator, QStringLiteral("confirm ") + typed(second).mid(5));
    QVERIFY2(confirm.startsWith(QStringLiteral("confirm %1 confirming the protocol was refused by the server: your role "
                                               "on it has no right to do this (only a coordinator may confirm a protocol")
                                    .arg(ErrorPresenter::boxName())),
             qPrintable(confirm));

    auto store = CampaignStore::open(m_url);
    const QList<Protocol> stored = store->protocolsAt(precinct, QStringLiteral("mazhilis"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().revision, 2);
    QCOMPARE(EntryStore(*store).status(stored.constFirst().id), EntryStatus::Entered);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--desk") == 0)
        return TestGuiTwoDesks::runDesk(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestGuiTwoDesks test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestGuiTwoDesks.moc"
