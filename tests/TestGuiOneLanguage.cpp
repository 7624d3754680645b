// In Kazakh and in English, the names of contests, parties, protocol lines and territories show in that
// language in every view a coordinator works in: the main window (navigator, overview), the entry window, the
// discrepancy table and the charts. The check compares what the widgets show with the Russian names the
// presets and the campaign translate, so it fails as soon as one view shows a stored name instead of its
// translation.

#include "MainWindowFixture.h"

#include "analysis/ChartDataBuilder.h"
#include "render/ChartRenderer.h"
#include "compare/DiscrepancyWindow.h"
#include "domain/Contest.h"
#include "io/DemoCampaign.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QChart>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
            if (column == 0 && model->hasChildren(index))
                addModelTexts(model, index, texts);
        }
    }
    if (!parent.isValid()) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString()
                  << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
}

// What a window shows in words: titles, labels, buttons, boxes' items, texts and every cell of its views.
QStringList visibleTexts(const QWidget *window)
{
    QStringList texts{window->windowTitle()};
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        texts << widget->windowTitle();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            texts << group->title();
        else if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
            texts << edit->toPlainText();
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (view->model())
                addModelTexts(view->model(), {}, texts);
        }
    }
    return texts;
}

QStringList chartTexts(const QChart &chart)
{
    QStringList texts{chart.title()};
    for (const QLegendMarker *marker : chart.legend()->markers())
        texts << marker->label();
    for (QAbstractAxis *axis : chart.axes()) {
        texts << axis->titleText();
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            texts << categories->categories();
    }
    return texts;
}

} // namespace

class TestGuiOneLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    MainWindowFixture m_fixture;

    // The preset's Russian names that the language translates differently ("ADAL" stays "ADAL").
    static QStringList russianOnlyNames(const QString &language)
    {
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(u"kz-2021"_s);
        QStringList names;
        const auto add = [&](const QString &stored, const LocalizedText &text) {
            if (text.text(stored, language) != stored)
                names << stored;
        };
        for (const PresetLibrary::ContestPreset &contest : preset.contests)
            add(contest.name, contest.nameTranslations);
        for (const FormLine &line : PresetLibrary::form(preset.formId).lines) {
            add(line.label, line.labelTranslations);
            add(line.shortLabel, line.shortLabelTranslations);
        }
        for (const BallotEntry &entry : PresetLibrary::ballot(preset.ballotId)) {
            add(entry.name, entry.nameTranslations);
            add(entry.shortName, entry.shortNameTranslations);
        }
        return names;
    }

    // The territory names the campaign knows a translation of (its book of names, filled from the presets and
    // the demo), as stored.
    static QStringList russianTerritoryNames(const CampaignStore &store, const QString &language)
    {
        QStringList names;
        for (const TerritoryNode &node : store.allTerritory()) {
            if (!node.name.isEmpty() && node.nameTranslations.text(node.name, language) != node.name)
                names << node.name;
        }
        return names;
    }

    void verifyNoRussianName(const QString &view, const QStringList &texts, const QString &language)
    {
        QVERIFY2(texts.join(QString()).size() > 0, qPrintable(view));
        for (const QString &name : russianOnlyNames(language) + m_territoryNames) {
            for (const QString &text : texts)
                QVERIFY2(!text.contains(name), qPrintable(u"%1 shows \"%2\" in \"%3\""_s.arg(view, name, text)));
        }
    }

    // The translated name that must be there instead, so that an empty view cannot pass.
    static QString translatedLeader(const QString &language)
    {
        const QList<BallotEntry> ballot = PresetLibrary::ballot(u"kz-2021"_s);
        return ballot.at(1).shortNameTranslations.text(ballot.at(1).shortName, language);
    }

    // The region of the demo's first deliberate difference, in the language: the discrepancy table lists it.
    static QString translatedRegion(const CampaignStore &store, const QString &language)
    {
        const QString code = DemoCampaign::inflations().constFirst().regionCode;
        for (const TerritoryNode &node : store.allTerritory()) {
            if (node.level == TerritoryNode::Level::Region && node.code == code)
                return node.nameTranslations.text(node.name, language);
        }
        return {};
    }

    QStringList m_territoryNames;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.db"_s);
        DemoCampaign::create(m_path);
        QVERIFY(m_fixture.start());
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void everyViewShowsNamesInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("kk") << u"kk"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void everyViewShowsNamesInTheLanguage()
    {
        QFETCH(QString, language);
        m_fixture.languages->apply(language);
        std::unique_ptr<CampaignStore> store = CampaignStore::open(m_path);
        m_territoryNames = russianTerritoryNames(*store, language);
        // The country, the regions of the preset and the demo's districts.
        QVERIFY(m_territoryNames.size() > 20);
        const QString region = translatedRegion(*store, language);
        QVERIFY(!region.isEmpty());

        QVERIFY(m_fixture.window->openCampaign(m_path));
        auto *contestBox = m_fixture.window->findChild<QComboBox *>(u"contestBox"_s);
        QVERIFY(contestBox);
        contestBox->setCurrentIndex(contestBox->findData(u"mazhilis"_s));
        // A region chosen in the navigator, opened to its districts: the tree and the region's overview.
        auto *tree = m_fixture.window->findChild<QTreeView *>(u"territoryView"_s);
        QVERIFY(tree);
        QAbstractItemModel &model = *tree->model();
        const QModelIndex country = model.index(0, 0);
        const QModelIndexList regions = model.match(model.index(0, 0, country), Qt::DisplayRole, region, 1,
                                                    Qt::MatchStartsWith);
        QCOMPARE(regions.size(), 1);
        tree->expand(regions.first());
        tree->setCurrentIndex(regions.first());
        QApplication::processEvents();
        const QStringList mainTexts = visibleTexts(m_fixture.window.get());
        verifyNoRussianName(u"the main window"_s, mainTexts, language);
        QVERIFY(mainTexts.join(u'\n').contains(translatedLeader(language)));
        // The overview's heading names the region chosen.
        QVERIFY(std::any_of(mainTexts.cbegin(), mainTexts.cend(), [&](const QString &text) {
            return text.contains(region) && !text.contains(u'\n');
        }));
        qint64 precinct = 0;
        for (const TerritoryNode &node : store->allTerritory()) {
            if (node.level == TerritoryNode::Level::Precinct && precinct == 0)
                precinct = node.id;
        }
        QVERIFY(precinct > 0);
        EntryWindow entry(*store, u"Operator"_s);
        entry.openProtocol(u"mazhilis"_s, precinct);
        entry.show();
        QVERIFY(QTest::qWaitForWindowExposed(&entry));
        const QStringList entryTexts = visibleTexts(&entry);
        verifyNoRussianName(u"the entry window"_s, entryTexts, language);
        QVERIFY(entryTexts.join(u'\n').contains(store->contest(u"mazhilis"_s).slotLabel(0)));

        DiscrepancyWindow discrepancies(*store);
        QVERIFY(discrepancies.setContest(u"mazhilis"_s));
        discrepancies.show();
        QVERIFY(QTest::qWaitForWindowExposed(&discrepancies));
        const QStringList tableTexts = visibleTexts(&discrepancies);
        verifyNoRussianName(u"the discrepancy table"_s, tableTexts, language);
        QVERIFY(tableTexts.join(u'\n').contains(translatedLeader(language)));
        QVERIFY(tableTexts.contains(region));

        ChartDataBuilder::Options options;
        options.kind = ChartSpec::Kind::Shares;
        options.sources = {SourceKind::Observer, SourceKind::Official};
        const ChartSpec spec = ChartDataBuilder::build(*store, u"mazhilis"_s, options);
        const std::unique_ptr<QChart> chart(ChartRenderer(spec).createChart(1080));
        const QStringList texts = chartTexts(*chart) << spec.subtitle;
        verifyNoRussianName(u"the shares chart"_s, texts, language);
        QVERIFY(texts.join(u'\n').contains(translatedLeader(language)));
        QVERIFY(spec.subtitle.contains(store->contest(u"mazhilis"_s).displayName()));

        options.kind = ChartSpec::Kind::TurnoutByRegion;
        const ChartSpec byRegion = ChartDataBuilder::build(*store, u"mazhilis"_s, options);
        const std::unique_ptr<QChart> regionChart(ChartRenderer(byRegion).createChart(1080));
        const QStringList regionTexts = chartTexts(*regionChart) << byRegion.notes;
        verifyNoRussianName(u"the turnout by region chart"_s, regionTexts, language);
        QVERIFY(regionTexts.contains(region));
    }

    // Qt's own buttons and boxes speak Kazakh too, from the program's catalogue where the system has none; in
    // Russian from the system's.
    void qtsOwnTextsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("details");
        QTest::newRow("kk") << u"kk"_s << u"Бас тарту"_s << u"Толығырақ..."_s;
        QTest::newRow("ru") << u"ru"_s << u"Отмена"_s << u"Показать подробности..."_s;
    }
    void qtsOwnTextsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, details);
        m_fixture.languages->apply(language);
        QMessageBox box(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Ok | QMessageBox::Cancel);
        box.setDetailedText(u"details"_s);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), cancel);
        QStringList buttons;
        for (const QAbstractButton *button : box.buttons())
            buttons << button->text();
        QVERIFY2(buttons.contains(details), qPrintable(buttons.join(u", "_s)));
        m_fixture.languages->apply(u"en"_s);
        QMessageBox english(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Cancel);
        QCOMPARE(english.button(QMessageBox::Cancel)->text(), u"Cancel"_s);
    }
};

QTEST_MAIN(TestGuiOneLanguage)
#include "TestGuiOneLanguage.moc"
