#include "TestHelpers.h"

#include "analysis/NumberFormat.h"
#include "domain/Protocol.h"
#include "import/ColumnMappingDialog.h"
#include "import/ImportDialog.h"
#include "import/ImportFlow.h"
#include "import/ImportPreviewModel.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/CampaignStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace saylau;

// File > Import… in the desktop program, on a file as coordinators get them (Windows-1251, semicolons, a
// quoted header spanning lines): the options reach the importer, the preview shows the rows as they will be
// stored, the import stores them and the navigator shows them, the confirmed mapping is used next time, and
// Cancel or a bad row leaves the campaign as it was.
class TestGuiImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void optionsDialogGivesTheImporterItsOptions();
    void previewShowsTheRowsAsTheyWillBeStored();
    void changingAColumnsTargetChangesThePreview();
    void importFromTheFileMenuStoresTheRowsAndRefreshesTheNavigator();
    void confirmedMappingIsAppliedToTheNextFileOfTheSameShape();
    void reimportingTheSameFileChangesNothingAndObserverCopiesKeepTheirLabel();
    void strictImportWantsEveryColumnMappedBeforeItStarts();
    void cancelDuringTheImportLeavesTheCampaignUnchanged();
    void badRowIsReportedAndTheGoodRowsCanBeImportedAside();
    void candidateColumnSwitchesBetweenBallotEntryAndKeptAsText();
    void candidateColumnNobodyTakesMustBeChosenBeforeImport();
    void unitCountedByTheTikShowsAsItsOwnKindInTheNavigator();
    void precinctListCreatesPrecinctsTheNavigatorShowsAtOnce();
    void fileWithoutRegionColumnGoesIntoTheRegionChosen();

private:
    // One answer to a modal dialog of the flow: applied to the first modal window of that class.
    struct Step
    {
        const char *className;
        std::function<bool(QWidget *)> answer; // false: not yet, ask again on the next turn of the loop
    };
    // Answers the flow's modal dialogs in order while it runs.
    void answerDialogs(const QList<Step> &steps);
    bool allAnswered() const { return m_pending.isEmpty(); }

    static QByteArray windows1251(const QString &text);
    QString writeCsv(const QString &name, const QStringList &rows) const;
    static QStringList smallRows();
    // A presidential-style export: two candidates headed by their full names, and a row of votes the TIK
    // counted itself (no precinct, its kind in a text column).
    QString writeCandidateCsv(const QString &name) const;
    // Fills the options dialog the way a user would for an official precinct file.
    static Step fillOptions(const QString &path, const std::function<void(ImportDialog *)> &more = {});
    static Step accept(const char *className);
    // The summary box's text, then OK.
    static Step readSummary(QString &text);
    Contest duma() const { return m_store->contest(QStringLiteral("duma")); }
    qint64 figure(const Protocol &protocol, const QString &key) const
    {
        return protocol.figures.valueOr(duma().slotOf(key), -1);
    }
    QList<Protocol> officialProtocols() const;
    // The navigator's child of parent with this name, its rows read first (the tree reads lazily).
    static QModelIndex navigatorChild(QAbstractItemModel *tree, const QModelIndex &parent, const QString &name);
    std::unique_ptr<Importer> importerOf(const QString &csv, SourceKind source = SourceKind::Official,
                                         bool ballotFromFile = false) const;

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    CampaignStore *m_store = nullptr;
    QList<Step> m_pending;
    QTimer m_answerTimer;
    QString m_lastMessage;
};

void TestGuiImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiImport"));
    QVERIFY(m_dir.isValid());
    QSettings().clear();
    QSettings().setValue(LanguageManager::settingsKey(), QStringLiteral("en"));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));

    // Every turn of the event loop, including the progress dialog's own, looks for the next dialog to answer.
    m_answerTimer.setInterval(0);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (m_pending.isEmpty() || !modal || !modal->isVisible() || !modal->inherits(m_pending.constFirst().className))
            return;
        const Step step = m_pending.constFirst();
        if (step.answer(modal))
            m_pending.removeFirst();
        if (m_pending.isEmpty())
            m_answerTimer.stop();
    });
}

void TestGuiImport::init()
{
    static int campaigns = 0;
    m_dbPath = m_dir.filePath(QStringLiteral("campaign%1.db").arg(++campaigns));
    PresetLibrary::createCampaign(m_dbPath, PresetLibrary::campaignPreset(QStringLiteral("ru-duma-2011")));
    m_window = std::make_unique<MainWindow>(*m_languages);
    QVERIFY(m_window->openCampaign(m_dbPath));
    // The window's own store: what the import writes and the navigator reads.
    m_store = const_cast<CampaignStore *>(m_window->campaign());
    m_window->show();
    m_pending.clear();
    m_lastMessage.clear();
}

void TestGuiImport::cleanup()
{
    m_answerTimer.stop();
    m_store = nullptr;
    m_window.reset();
}

QByteArray TestGuiImport::windows1251(const QString &text)
{
    // Enough of the code page for Russian: А..я in one run, Ё, ё and №; the rest is ASCII.
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes.append(char(u));
        else if (u >= 0x0410 && u <= 0x044F)
            bytes.append(char(0xC0 + (u - 0x0410)));
        else if (u == 0x0401)
            bytes.append(char(0xA8));
        else if (u == 0x0451)
            bytes.append(char(0xB8));
        else if (u == 0x2116)
            bytes.append(char(0xB9));
        else
            qFatal("no Windows-1251 byte for U+%04x in the fixture", unsigned(u));
    }
    return bytes;
}

QString TestGuiImport::writeCsv(const QString &name, const QStringList &rows) const
{
    // Headers as CEC exports carry them: quoted, the long ones over two lines, a quote inside a party's name.
    const QString header = QStringLiteral(
        "\"Регион\";\"ТИК\";\"Номер УИК\";\"Число избирателей,\r\nвнесенных в список избирателей\";"
        "\"Число недействительных\r\nизбирательных бюллетеней\";\"1. СПРАВЕДЛИВАЯ РОССИЯ\";"
        "\"6. Всероссийская политическая партия \"\"ЕДИНАЯ РОССИЯ\"\"\";\"Наблюдатель\"\r\n");
    QString text = header;
    for (const QString &row : rows)
        text += row + QStringLiteral("\r\n");
    return test::writeFixture(m_dir.filePath(name), windows1251(text));
}

QString TestGuiImport::writeCandidateCsv(const QString &name) const
{
    const QString text = QStringLiteral(
        "Регион;ТИК;Номер УИК;Число избирателей, внесенных в список избирателей;Иванов Иван Иванович;"
        "Петрова Анна Сергеевна;Вид голосования\r\n"
        "Адыгея;ТИК 1;101;1000;400;300;\r\n"
        "Адыгея;ТИК 1;102;800;350;200;\r\n"
        "Адыгея;ТИК 1;;500;250;150;Почтовое голосование\r\n");
    return test::writeFixture(m_dir.filePath(name), windows1251(text));
}

QStringList TestGuiImport::smallRows()
{
    return {QStringLiteral("Адыгея;ТИК 1;101;\"2 609\";4;36;\"1 242\";Иванов"),
            QStringLiteral("Адыгея;ТИК 1;102;1000;;10;500;"),
            QStringLiteral("Адыгея;ТИК 2;\"УИК №201\";900;1;9;400;")};
}

void TestGuiImport::answerDialogs(const QList<Step> &steps)
{
    m_pending = steps;
    m_answerTimer.start();
}

TestGuiImport::Step TestGuiImport::fillOptions(const QString &path, const std::function<void(ImportDialog *)> &more)
{
    return {"saylau::ImportDialog", [path, more](QWidget *widget) {
                auto *dialog = static_cast<ImportDialog *>(widget);
                dialog->findChild<QLineEdit *>(QStringLiteral("importPathEdit"))->setText(path);
                if (more)
                    more(dialog);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                return true;
            }};
}

TestGuiImport::Step TestGuiImport::accept(const char *className)
{
    return {className, [](QWidget *widget) {
                static_cast<QDialog *>(widget)->accept();
                return true;
            }};
}

TestGuiImport::Step TestGuiImport::readSummary(QString &text)
{
    return {"QMessageBox", [&text](QWidget *widget) {
                auto *box = static_cast<QMessageBox *>(widget);
                text = box->text();
                box->accept();
                return true;
            }};
}

QList<Protocol> TestGuiImport::officialProtocols() const
{
    QList<Protocol> list;
    m_store->forEachProtocol(QStringLiteral("duma"), SourceKind::Official,
                             [&list](const Protocol &protocol) { list.append(protocol); });
    return list;
}

QModelIndex TestGuiImport::navigatorChild(QAbstractItemModel *tree, const QModelIndex &parent, const QString &name)
{
    if (tree->canFetchMore(parent))
        tree->fetchMore(parent);
    for (int row = 0; row < tree->rowCount(parent); ++row) {
        if (tree->index(row, 0, parent).data().toString() == name)
            return tree->index(row, 0, parent);
    }
    return {};
}

std::unique_ptr<Importer> TestGuiImport::importerOf(const QString &csv, SourceKind source, bool ballotFromFile) const
{
    Importer::Options options;
    options.contestId = QStringLiteral("duma");
    options.source = source;
    options.ballotFromFile = ballotFromFile;
    return std::make_unique<Importer>(*m_store, csv, options);
}

void TestGuiImport::optionsDialogGivesTheImporterItsOptions()
{
    ImportDialog dialog(m_store->contests(), QStringLiteral("duma"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no file yet
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("importPathEdit"));
    path->setFocus();
    QTest::keyClicks(path, QStringLiteral("/data/observers.csv"));
    QVERIFY(ok->isEnabled());

    auto *copy = dialog.findChild<QLineEdit *>(QStringLiteral("importCopyEdit"));
    QVERIFY(!copy->isEnabled()); // official figures have no copies
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("importSourceBox"));
    source->setCurrentIndex(source->findData(int(SourceKind::Observer)));
    QVERIFY(copy->isEnabled());
    copy->setText(QStringLiteral("group B"));
    auto *level = dialog.findChild<QComboBox *>(QStringLiteral("importLevelBox"));
    level->setCurrentIndex(level->findData(int(TerritoryNode::Level::District)));
    dialog.findChild<QCheckBox *>(QStringLiteral("importBallotFromFileBox"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("importStrictBox"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("importSkipBadBox"))->setChecked(true);

    const Importer::Options options = dialog.options();
    QCOMPARE(dialog.filePath(), QStringLiteral("/data/observers.csv"));
    QCOMPARE(options.contestId, QStringLiteral("duma"));
    QCOMPARE(options.source, SourceKind::Observer);
    QCOMPARE(options.copy, QStringLiteral("group B"));
    QCOMPARE(options.level, TerritoryNode::Level::District);
    QVERIFY(options.ballotFromFile);
    QVERIFY(options.strict);
    // The rejects go beside the file unless the user says otherwise.
    QCOMPARE(options.rejectsPath, QStringLiteral("/data/observers-rejected.csv"));
}

void TestGuiImport::previewShowsTheRowsAsTheyWillBeStored()
{
    const auto importer = importerOf(writeCsv(QStringLiteral("preview.csv"), smallRows()));
    ColumnMappingDialog dialog(*importer);
    ImportPreviewModel *model = dialog.previewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The automatic match, one combo box per column of the file.
    QCOMPARE(dialog.targetBox(2)->currentData().toString(), QStringLiteral("precinct"));
    QCOMPARE(dialog.targetBox(3)->currentData().toString(), QStringLiteral("line:1"));
    QCOMPARE(dialog.targetBox(6)->currentData().toString(), QStringLiteral("party:6"));
    QCOMPARE(dialog.targetBox(7)->currentData().toString(), QStringLiteral("extra"));

    QCOMPARE(model->rowCount(), 3);
    const NumberFormat format;
    const int voters = model->columnOfSlot(duma().slotOf(QStringLiteral("1")));
    const int invalid = model->columnOfSlot(duma().slotOf(QStringLiteral("9")));
    const int unitedRussia = model->columnOfSlot(duma().slotOf(QStringLiteral("p6")));
    QVERIFY(voters > 0 && invalid > 0 && unitedRussia > 0);
    // "2 609" in the file is the number 2609; an empty cell stays empty, not zero.
    QCOMPARE(model->index(0, voters).data().toString(), format.count(2609));
    QCOMPARE(model->index(0, unitedRussia).data().toString(), format.count(1242));
    QCOMPARE(model->index(1, invalid).data().toString(), QString());
    QCOMPARE(model->index(2, invalid).data().toString(), format.count(1));
    // The precinct number as stored: "УИК №201" is precinct 201.
    int precinct = -1;
    int kept = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        if (title == QStringLiteral("Precinct"))
            precinct = column;
        else if (title == QStringLiteral("Kept as text"))
            kept = column;
    }
    QVERIFY(precinct >= 0 && kept >= 0);
    QCOMPARE(model->index(2, precinct).data().toString(), QStringLiteral("201"));
    QVERIFY(model->index(0, kept).data().toString().contains(QStringLiteral("Иванов")));
    QVERIFY(dialog.unmappedLabel()->text().contains(QStringLiteral("Наблюдатель")));
}

void TestGuiImport::changingAColumnsTargetChangesThePreview()
{
    const auto importer = importerOf(writeCsv(QStringLiteral("change.csv"), smallRows()));
    ColumnMappingDialog dialog(*importer);
    ImportPreviewModel *model = dialog.previewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The observer's name is of no use here: ignored, it is neither kept nor listed.
    QComboBox *observer = dialog.targetBox(7);
    observer->setCurrentIndex(observer->findData(QStringLiteral("ignore")));
    QCOMPARE(importer->mapping().columns.at(7).target.kind, ColumnMapping::Kind::Ignore);
    QVERIFY(!dialog.unmappedLabel()->text().contains(QStringLiteral("Наблюдатель")));
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(model->headerData(column, Qt::Horizontal).toString() != QStringLiteral("Kept as text"));

    // The invalid ballots read as line 10 instead: the preview follows at once.
    QComboBox *invalid = dialog.targetBox(4);
    invalid->setCurrentIndex(invalid->findData(QStringLiteral("line:10")));
    QCOMPARE(model->columnOfSlot(duma().slotOf(QStringLiteral("9"))), -1);
    const int line10 = model->columnOfSlot(duma().slotOf(QStringLiteral("10")));
    QVERIFY(line10 > 0);
    QCOMPARE(model->index(0, line10).data().toString(), NumberFormat().count(4));

    // Two columns on one line cannot be imported: said, and Import is off until it is fixed.
    QPushButton *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(import->isEnabled());
    invalid->setCurrentIndex(invalid->findData(QStringLiteral("line:1")));
    QVERIFY(!import->isEnabled());
    invalid->setCurrentIndex(invalid->findData(QStringLiteral("line:9")));
    QVERIFY(import->isEnabled());
}

void TestGuiImport::importFromTheFileMenuStoresTheRowsAndRefreshesTheNavigator()
{
    const QString csv = writeCsv(QStringLiteral("official.csv"), smallRows());
    QString summary;
    answerDialogs({fillOptions(csv), accept("saylau::ColumnMappingDialog"), readSummary(summary)});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());

    QVERIFY2(summary.contains(QStringLiteral("New: 3")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("1 region, 2 TIKs, 3 precincts")));
    QVERIFY(summary.contains(QStringLiteral("Наблюдатель")));

    const QList<Protocol> protocols = officialProtocols();
    QCOMPARE(protocols.size(), 3);
    QCOMPARE(figure(protocols.at(0), QStringLiteral("1")), 2609);
    QCOMPARE(figure(protocols.at(0), QStringLiteral("p6")), 1242);
    QCOMPARE(figure(protocols.at(1), QStringLiteral("9")), -1);
    QCOMPARE(protocols.at(0).extra.value(QStringLiteral("Наблюдатель")).toString(), QStringLiteral("Иванов"));

    // The navigator reads the new territory without reopening the file.
    QAbstractItemModel *tree = m_window->findChild<NavigatorPane *>()->treeView()->model();
    QStringList names;
    for (int row = 0; row < tree->rowCount(); ++row)
        names << tree->index(row, 0).data().toString();
    QVERIFY2(names.join(QLatin1Char('|')).contains(QStringLiteral("Адыгея")), qPrintable(names.join(QLatin1Char('|'))));
}

void TestGuiImport::confirmedMappingIsAppliedToTheNextFileOfTheSameShape()
{
    const QString first = writeCsv(QStringLiteral("first.csv"), smallRows());
    answerDialogs({fillOptions(first),
                   {"saylau::ColumnMappingDialog", [](QWidget *widget) {
                        QComboBox *observer = static_cast<ColumnMappingDialog *>(widget)->targetBox(7);
                        observer->setCurrentIndex(observer->findData(QStringLiteral("ignore")));
                        static_cast<QDialog *>(widget)->accept();
                        return true;
                    }},
                   accept("QMessageBox")});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QVERIFY(officialProtocols().at(0).extra.isEmpty());

    // A file of the same shape from the same source: the choice made last time is already there.
    const QString second = writeCsv(QStringLiteral("second.csv"), {QStringLiteral("Адыгея;ТИК 3;301;700;2;5;300;Петров")});
    const auto importer = importerOf(second);
    QVERIFY(importer->usesStoredMapping());
    ColumnMappingDialog dialog(*importer);
    QCOMPARE(dialog.targetBox(7)->currentData().toString(), QStringLiteral("ignore"));
    QVERIFY(!dialog.unmappedLabel()->text().contains(QStringLiteral("Наблюдатель")));

    // Observer figures are another source: their mapping is their own.
    QVERIFY(!importerOf(second, SourceKind::Observer)->usesStoredMapping());
}

void TestGuiImport::reimportingTheSameFileChangesNothingAndObserverCopiesKeepTheirLabel()
{
    const QString csv = writeCsv(QStringLiteral("twice.csv"), smallRows());
    QString summary;
    for (int run = 0; run < 2; ++run) {
        answerDialogs({fillOptions(csv), accept("saylau::ColumnMappingDialog"), readSummary(summary)});
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(allAnswered());
    }
    QVERIFY2(summary.contains(QStringLiteral("Unchanged (the same figures): 3")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("New: 0")));
    QCOMPARE(m_store->protocolCount(QStringLiteral("duma"), SourceKind::Official), 3);

    // The same file as one observer group's copies: beside the official figures, under the group's label.
    answerDialogs({fillOptions(csv, [](ImportDialog *dialog) {
                       auto *source = dialog->findChild<QComboBox *>(QStringLiteral("importSourceBox"));
                       source->setCurrentIndex(source->findData(int(SourceKind::Observer)));
                       dialog->findChild<QLineEdit *>(QStringLiteral("importCopyEdit"))->setText(QStringLiteral("group A"));
                   }),
                   accept("saylau::ColumnMappingDialog"), readSummary(summary)});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QVERIFY2(summary.contains(QStringLiteral("New: 3")), qPrintable(summary));
    QList<Protocol> copies;
    m_store->forEachProtocol(QStringLiteral("duma"), SourceKind::Observer,
                             [&copies](const Protocol &protocol) { copies.append(protocol); });
    QCOMPARE(copies.size(), 3);
    QCOMPARE(copies.at(0).copy, QStringLiteral("group A"));
    QCOMPARE(m_store->protocolCount(QStringLiteral("duma"), SourceKind::Official), 3);
}

void TestGuiImport::strictImportWantsEveryColumnMappedBeforeItStarts()
{
    Importer::Options options;
    options.contestId = QStringLiteral("duma");
    options.strict = true;
    Importer importer(*m_store, writeCsv(QStringLiteral("strict.csv"), smallRows()), options);
    ColumnMappingDialog dialog(importer);
    QPushButton *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!import->isEnabled());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"));
    QVERIFY2(problem->text().contains(QStringLiteral("Наблюдатель")), qPrintable(problem->text()));

    dialog.targetBox(7)->setCurrentIndex(dialog.targetBox(7)->findData(QStringLiteral("ignore")));
    QVERIFY(import->isEnabled());

    // Nor can it start without the column that says where each row goes.
    dialog.targetBox(2)->setCurrentIndex(dialog.targetBox(2)->findData(QStringLiteral("ignore")));
    QVERIFY(!import->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("precinct number")), qPrintable(problem->text()));
}

void TestGuiImport::cancelDuringTheImportLeavesTheCampaignUnchanged()
{
    // Longer than one of the importer's progress steps, so that Cancel comes while rows are being stored.
    QStringList rows;
    for (int i = 1; i <= 6000; ++i)
        rows << QStringLiteral("Адыгея;ТИК %1;%2;1000;1;10;500;").arg(i / 100 + 1).arg(i);
    const QString csv = writeCsv(QStringLiteral("large.csv"), rows);
    const QList<TerritoryNode> territoryBefore = m_store->allTerritory();

    bool cancelledMidway = false;
    answerDialogs({fillOptions(csv), accept("saylau::ColumnMappingDialog"),
                   {"QProgressDialog", [&cancelledMidway](QWidget *widget) {
                        auto *progress = static_cast<QProgressDialog *>(widget);
                        if (progress->value() <= 0)
                            return false; // not started yet
                        cancelledMidway = progress->value() < progress->maximum();
                        progress->findChild<QPushButton *>()->click();
                        return true;
                    }},
                   {"QMessageBox", [this](QWidget *widget) {
                        m_lastMessage = static_cast<QMessageBox *>(widget)->text();
                        static_cast<QDialog *>(widget)->accept();
                        return true;
                    }}});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QVERIFY(cancelledMidway);
    QVERIFY2(m_lastMessage.contains(QStringLiteral("cancelled")), qPrintable(m_lastMessage));

    QCOMPARE(m_store->protocolCount(QStringLiteral("duma"), std::nullopt), 0);
    QCOMPARE(m_store->allTerritory().size(), territoryBefore.size());
    QVERIFY(m_store->imports(QStringLiteral("duma")).isEmpty());
    const QString shape = ColumnMapping::headerSignature(importerOf(csv)->headers());
    QVERIFY(!m_store->savedMapping(QStringLiteral("duma"), SourceKind::Official, shape));
}

void TestGuiImport::badRowIsReportedAndTheGoodRowsCanBeImportedAside()
{
    QStringList rows = smallRows();
    rows.insert(1, QStringLiteral("Адыгея;ТИК 1;103;12a;0;1;2;"));
    const QString csv = writeCsv(QStringLiteral("bad.csv"), rows);
    const QString rejects = m_dir.filePath(QStringLiteral("bad-rejects.csv"));

    // All or nothing first: the error names the file, the line and the column, and nothing is stored.
    QString error;
    answerDialogs({fillOptions(csv), accept("saylau::ColumnMappingDialog"),
                   {"QMessageBox", [&error](QWidget *widget) {
                        auto *box = static_cast<QMessageBox *>(widget);
                        error = box->text();
                        box->button(QMessageBox::Close)->click();
                        return true;
                    }}});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    // Line 5 of the file: the header spans lines 1 to 3, and the bad row is the second.
    QVERIFY2(error.contains(QStringLiteral("bad.csv, line 5, column 4")), qPrintable(error));
    QCOMPARE(m_store->protocolCount(QStringLiteral("duma"), std::nullopt), 0);

    // Then the good rows, the bad one set aside with its reason.
    answerDialogs({fillOptions(csv), accept("saylau::ColumnMappingDialog"),
                   {"QMessageBox", [](QWidget *widget) {
                        auto *box = static_cast<QMessageBox *>(widget);
                        for (QAbstractButton *button : box->buttons()) {
                            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                                button->click();
                        }
                        return true;
                    }},
                   {"QFileDialog", [rejects](QWidget *widget) {
                        auto *dialog = static_cast<QFileDialog *>(widget);
                        dialog->selectFile(rejects);
                        static_cast<QDialog *>(dialog)->accept();
                        return true;
                    }},
                   accept("QMessageBox")});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QCOMPARE(m_store->protocolCount(QStringLiteral("duma"), SourceKind::Official), 3);
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY2(written.contains(QStringLiteral("12a")) && written.contains(QStringLiteral("column 4")), qPrintable(written));
}

void TestGuiImport::candidateColumnSwitchesBetweenBallotEntryAndKeptAsText()
{
    const auto importer = importerOf(writeCandidateCsv(QStringLiteral("candidates.csv")), SourceKind::Official, true);
    ColumnMappingDialog dialog(*importer);
    QPushButton *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // The ballot of the Duma contest has 7 parties: the file's candidates follow them, in column order.
    QComboBox *ivanov = dialog.targetBox(4);
    QComboBox *petrova = dialog.targetBox(5);
    QCOMPARE(ivanov->currentData().toString(), QStringLiteral("party:8"));
    QCOMPARE(petrova->currentData().toString(), QStringLiteral("party:9"));
    QVERIFY(ivanov->currentText().contains(QStringLiteral("Иванов Иван Иванович")));
    QVERIFY(import->isEnabled());
    const int ivanovSlot = importer->contest().slotOf(Contest::partyKey(8));
    QVERIFY(ivanovSlot >= 0);
    QCOMPARE(dialog.previewModel()->index(0, dialog.previewModel()->columnOfSlot(ivanovSlot)).data().toString(),
             NumberFormat().count(400));

    // Kept as text on purpose: no longer on the ballot, listed as text, and the import may go ahead.
    ivanov->setCurrentIndex(ivanov->findData(QStringLiteral("extra")));
    QCOMPARE(importer->mapping().columns.at(4).target.kind, ColumnMapping::Kind::Extra);
    QCOMPARE(importer->contest().slotOf(Contest::partyKey(8)), -1);
    QVERIFY(dialog.unmappedLabel()->text().contains(QStringLiteral("Иванов Иван Иванович")));
    QVERIFY(import->isEnabled());

    // And back to a ballot entry: its votes are in the preview again.
    ivanov->setCurrentIndex(ivanov->findData(QStringLiteral("party:8")));
    QCOMPARE(importer->mapping().columns.at(4).target.kind, ColumnMapping::Kind::Party);
    QVERIFY(importer->contest().slotOf(Contest::partyKey(8)) >= 0);
    QVERIFY(!dialog.unmappedLabel()->text().contains(QStringLiteral("Иванов Иван Иванович")));
    QCOMPARE(dialog.previewModel()
                 ->index(0, dialog.previewModel()->columnOfSlot(importer->contest().slotOf(Contest::partyKey(8))))
                 .data()
                 .toString(),
             NumberFormat().count(400));
}

void TestGuiImport::candidateColumnNobodyTakesMustBeChosenBeforeImport()
{
    const auto importer = importerOf(writeCandidateCsv(QStringLiteral("undecided.csv")));
    ColumnMappingDialog dialog(*importer);
    QPushButton *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"));
    // Columns of counts no target takes: no choice shown, the reason said, Import off.
    QCOMPARE(dialog.targetBox(4)->currentIndex(), -1);
    QCOMPARE(dialog.targetBox(5)->currentIndex(), -1);
    QVERIFY(!import->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("Column 5 holds counts")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("Column 6 holds counts")));
    QVERIFY(!dialog.unmappedLabel()->text().contains(QStringLiteral("Иванов")));

    dialog.targetBox(4)->setCurrentIndex(dialog.targetBox(4)->findData(QStringLiteral("extra")));
    QVERIFY(!problem->text().contains(QStringLiteral("Column 5")));
    QVERIFY(dialog.unmappedLabel()->text().contains(QStringLiteral("Иванов Иван Иванович")));
    QVERIFY(!import->isEnabled());
    dialog.targetBox(5)->setCurrentIndex(dialog.targetBox(5)->findData(QStringLiteral("ignore")));
    QVERIFY(import->isEnabled());
}

void TestGuiImport::unitCountedByTheTikShowsAsItsOwnKindInTheNavigator()
{
    const QString csv = writeCandidateCsv(QStringLiteral("commission.csv"));
    QString summary;
    answerDialogs({fillOptions(csv,
                               [](ImportDialog *dialog) {
                                   dialog->findChild<QCheckBox *>(QStringLiteral("importBallotFromFileBox"))->setChecked(true);
                               }),
                   accept("saylau::ColumnMappingDialog"), readSummary(summary)});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QVERIFY2(summary.contains(QStringLiteral("Units counted by a TIK itself (rows with a TIK and no precinct): 1")),
             qPrintable(summary));
    QCOMPARE(officialProtocols().size(), 3);

    // Адыгея > ТИК 1 > two precincts and the unit, which is its own kind and no precinct.
    QAbstractItemModel *tree = m_window->findChild<NavigatorPane *>()->treeView()->model();
    const auto childNamed = [tree](const QModelIndex &parent, const QString &name) {
        return navigatorChild(tree, parent, name);
    };
    const QModelIndex region = childNamed({}, QStringLiteral("Адыгея"));
    QVERIFY(region.isValid());
    const QModelIndex tik = childNamed(region, QStringLiteral("ТИК 1"));
    QVERIFY(tik.isValid());
    const QModelIndex unit = childNamed(tik, QStringLiteral("ТИК 1: counted by the commission (Почтовое голосование)"));
    QCOMPARE(tree->rowCount(tik), 3);
    QCOMPARE(tik.siblingAtColumn(TerritoryTreeModel::PrecinctsColumn).data().toString(), QStringLiteral("2"));
    QVERIFY(unit.isValid());
    QVERIFY(unit.data(TerritoryTreeModel::CountedByCommissionRole).toBool());
    QVERIFY(unit.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(unit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a precinct")));
    const QModelIndex precinct = childNamed(tik, QStringLiteral("Precinct No. 101"));
    QVERIFY(precinct.isValid());
    QVERIFY(!precinct.data(TerritoryTreeModel::CountedByCommissionRole).toBool());
}

void TestGuiImport::precinctListCreatesPrecinctsTheNavigatorShowsAtOnce()
{
    const QString csv = test::writeFixture(
        m_dir.filePath(QStringLiteral("list.csv")),
        windows1251(QStringLiteral("Область;ТИК;№ участка;Адрес;Число избирателей\r\n"
                                   "Адыгея;ТИК 1;101;ул. Ленина, 1;1500\r\n"
                                   "Адыгея;ТИК 1;102;ул. Ленина, 2;1200\r\n")));
    bool figureOptionsOff = false;
    bool mappingAcceptable = false;
    QStringList previewTitles;
    QStringList previewFirstRow;
    QString summary;
    answerDialogs({fillOptions(csv,
                               [&figureOptionsOff](ImportDialog *dialog) {
                                   // The last entry of "A row of the file is a:", chosen by keyboard.
                                   auto *level = dialog->findChild<QComboBox *>(QStringLiteral("importLevelBox"));
                                   level->setFocus();
                                   QTest::keyClick(level, Qt::Key_End);
                                   figureOptionsOff =
                                       level->currentText() == QStringLiteral("Precinct list only (no figures)")
                                       && !dialog->findChild<QComboBox *>(QStringLiteral("importSourceBox"))->isEnabled()
                                       && !dialog->findChild<QCheckBox *>(QStringLiteral("importBallotFromFileBox"))
                                               ->isEnabled();
                               }),
                   {"saylau::ColumnMappingDialog",
                    [&mappingAcceptable, &previewTitles, &previewFirstRow](QWidget *widget) {
                        auto *dialog = static_cast<ColumnMappingDialog *>(widget);
                        const ImportPreviewModel *model = dialog->previewModel();
                        for (int column = 0; column < model->columnCount(); ++column) {
                            previewTitles << model->headerData(column, Qt::Horizontal).toString();
                            previewFirstRow << model->index(0, column).data().toString();
                        }
                        QPushButton *ok = widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                        mappingAcceptable = ok->isEnabled() && dialog->targetBox(4)->currentData().toString()
                                                                   == QStringLiteral("ignore");
                        ok->click();
                        return true;
                    }},
                   readSummary(summary)});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QVERIFY(figureOptionsOff);
    QVERIFY(mappingAcceptable);
    // The voters column is ignored: the preview shows the territory and the address, no figure.
    QCOMPARE(previewTitles, (QStringList{QStringLiteral("Line"), QStringLiteral("Region"), QStringLiteral("TIK"),
                                         QStringLiteral("Precinct"), QStringLiteral("Address")}));
    QCOMPARE(previewFirstRow, (QStringList{QStringLiteral("2"), QStringLiteral("Адыгея"), QStringLiteral("ТИК 1"),
                                           QStringLiteral("101"), QStringLiteral("ул. Ленина, 1")}));
    QVERIFY2(summary.contains(QStringLiteral("precincts: 2 created, 0 with a new address, 0 unchanged")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Число избирателей")), qPrintable(summary));
    QVERIFY(officialProtocols().isEmpty());

    // The navigator shows the new precincts without reopening the file.
    QAbstractItemModel *tree = m_window->findChild<NavigatorPane *>()->treeView()->model();
    const auto childNamed = [tree](const QModelIndex &parent, const QString &name) {
        return navigatorChild(tree, parent, name);
    };
    const QModelIndex tik = childNamed(childNamed({}, QStringLiteral("Адыгея")), QStringLiteral("ТИК 1"));
    QVERIFY(tik.isValid());
    QVERIFY(childNamed(tik, QStringLiteral("Precinct No. 102")).isValid());
    QCOMPARE(tree->rowCount(tik), 2);
    const std::optional<TerritoryNode> precinct =
        m_store->findTerritory(tik.data(TerritoryTreeModel::TerritoryIdRole).toLongLong(),
                               TerritoryNode::Level::Precinct, QStringLiteral("102"), {});
    QVERIFY(precinct.has_value());
    QCOMPARE(precinct->address, QStringLiteral("ул. Ленина, 2"));
}

void TestGuiImport::fileWithoutRegionColumnGoesIntoTheRegionChosen()
{
    // The campaign gets two regions from a first file; the second, one region's TIK file, names none.
    const QString first = writeCsv(QStringLiteral("regions.csv"),
                                   smallRows() << QStringLiteral("Алтай;ТИК 9;901;500;1;5;200;"));
    answerDialogs({fillOptions(first), accept("saylau::ColumnMappingDialog"), accept("QMessageBox")});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    const QString tikFile = test::writeFixture(
        m_dir.filePath(QStringLiteral("one-region.csv")),
        windows1251(QStringLiteral("ТИК;Номер УИК;Число избирателей, внесенных в список избирателей\r\n"
                                   "ТИК 3;301;700\r\n")));
    QStringList offered;
    bool okBeforeChoosing = true;
    QString summary;
    answerDialogs({fillOptions(tikFile), accept("saylau::ColumnMappingDialog"),
                   {"saylau::RegionChoiceDialog",
                    [&offered, &okBeforeChoosing](QWidget *widget) {
                        auto *box = widget->findChild<QComboBox *>(QStringLiteral("regionBox"));
                        for (int i = 0; i < box->count(); ++i)
                            offered << box->itemText(i);
                        QPushButton *ok = widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                        okBeforeChoosing = ok->isEnabled();
                        box->setFocus();
                        QTest::keyClick(box, Qt::Key_End);
                        ok->click();
                        return true;
                    }},
                   readSummary(summary)});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(allAnswered());
    QCOMPARE(offered, (QStringList{QStringLiteral("Адыгея"), QStringLiteral("Алтай")}));
    QVERIFY(!okBeforeChoosing);
    QVERIFY2(summary.contains(QStringLiteral("in the region Алтай, as chosen")), qPrintable(summary));
    QHash<qint64, TerritoryNode> nodes;
    for (const TerritoryNode &node : m_store->allTerritory())
        nodes.insert(node.id, node);
    const auto precinct = std::find_if(nodes.cbegin(), nodes.cend(),
                                       [](const TerritoryNode &node) { return node.code == QStringLiteral("301"); });
    QVERIFY(precinct != nodes.cend());
    const TerritoryNode tik = nodes.value(precinct->parentId);
    QCOMPARE(tik.name, QStringLiteral("ТИК 3"));
    QCOMPARE(nodes.value(tik.parentId).name, QStringLiteral("Алтай"));
}

QTEST_MAIN(TestGuiImport)
#include "TestGuiImport.moc"
