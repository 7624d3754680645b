// The embedded presets are data, so nothing but a test notices a typo in them: a formula naming a line that
// does not exist, a measure that does not compile, a new oblast pointing at a region that is not there.

#include "domain/Contest.h"
#include "domain/SaylauError.h"
#include "forms/FormEvaluator.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

void addPresetRows(const QString &folder)
{
    QTest::addColumn<QString>("id");
    const QStringList files = QDir(u":/"_s + folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(5);
}

QSet<QString> regionCodes(const PresetLibrary::TerritorySet &set)
{
    QSet<QString> codes;
    for (const PresetLibrary::Region &region : set.regions)
        codes.insert(region.code);
    return codes;
}

} // namespace

class TestPresetFiles : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreEmbedded();
    void everyFormLoadsWithItsSource_data() { addPresetRows(u"forms"_s); }
    void everyFormLoadsWithItsSource();
    void everyCampaignCompilesItsFormAgainstItsBallot_data();
    void everyCampaignCompilesItsFormAgainstItsBallot();
    void everyBallotIsInOrderWithDistinctColours_data() { addPresetRows(u"ballots"_s); }
    void everyBallotIsInOrderWithDistinctColours();
    void kazakhFormsDifferOnlyWhereTheLawChanged();
    void territoriesHaveTheRegionsOfTheirYear_data();
    void territoriesHaveTheRegionsOfTheirYear();
    void newRegionsPointAtRegionsOf2021();
    void everyCampaignIsNamedInEachLanguage();
    void territoryNamesAreKeptInTheCampaign();
    void importedRegionsFindTheirNamesByTheStoredName();
    void everyNameIsTranslatedIntoKazakhAndEnglish_data();
    void everyNameIsTranslatedIntoKazakhAndEnglish();
    void aCampaignKeepsTheTranslationsOfItsPreset();
};

void TestPresetFiles::presetsAreEmbedded()
{
    for (const QString &path : {u":/forms/kz-2021.json"_s, u":/forms/kz-2023.json"_s, u":/forms/ru-duma-2011.json"_s,
                                u":/ballots/kz-2021.json"_s, u":/ballots/kz-2023.json"_s,
                                u":/territories/kz-2021.json"_s, u":/territories/kz-2023.json"_s})
        QVERIFY2(QFile::exists(path), qPrintable(path));
}

void TestPresetFiles::everyFormLoadsWithItsSource()
{
    QFETCH(QString, id);
    try {
        const ProtocolForm form = PresetLibrary::form(id);
        QCOMPARE(form.id, id);
        QVERIFY2(!form.citation.isEmpty(), "a preset form must say where its lines and relations come from");
        QVERIFY(!form.relations.isEmpty());
    } catch (const SaylauError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

void TestPresetFiles::everyCampaignCompilesItsFormAgainstItsBallot_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : PresetLibrary::campaignPresetIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestPresetFiles::everyCampaignCompilesItsFormAgainstItsBallot()
{
    QFETCH(QString, id);
    try {
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(id);
        Contest contest;
        contest.form = PresetLibrary::form(preset.formId);
        // Relations read sum(parties), so a form only compiles for real against a ballot.
        contest.ballot = PresetLibrary::ballot(preset.ballotId);
        QVERIFY(!contest.ballot.isEmpty());

        const FormEvaluator evaluator(contest);
        QCOMPARE(evaluator.relations().size(), contest.form.relations.size());
        for (auto it = contest.form.measures.cbegin(); it != contest.form.measures.cend(); ++it)
            QVERIFY2(evaluator.hasMeasure(it.key()), qPrintable(measureName(it.key())));
        QVERIFY(evaluator.hasMeasure(contest.form.turnoutMeasure));
        if (contest.form.thresholdPercent > 0)
            QVERIFY(evaluator.hasMeasure(contest.form.thresholdBase));

        if (!preset.territoryId.isEmpty())
            QVERIFY(!PresetLibrary::territorySet(preset.territoryId).regions.isEmpty());
    } catch (const SaylauError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

void TestPresetFiles::everyBallotIsInOrderWithDistinctColours()
{
    QFETCH(QString, id);
    static const QRegularExpression rgb(u"^#[0-9a-fA-F]{6}$"_s);
    const QList<BallotEntry> ballot = PresetLibrary::ballot(id);
    QVERIFY(!ballot.isEmpty());

    QSet<QString> colours;
    for (int i = 0; i < ballot.size(); ++i) {
        const BallotEntry &entry = ballot.at(i);
        QCOMPARE(entry.position, i + 1);
        QVERIFY(!entry.shortName.isEmpty());
        QVERIFY2(rgb.match(entry.color).hasMatch(), qPrintable(entry.color));
        colours.insert(entry.color.toLower());
    }
    QCOMPARE(colours.size(), ballot.size());
}

void TestPresetFiles::kazakhFormsDifferOnlyWhereTheLawChanged()
{
    const ProtocolForm before = PresetLibrary::form(u"kz-2021"_s);
    const ProtocolForm after = PresetLibrary::form(u"kz-2023"_s);

    QCOMPARE(before.thresholdPercent, 7.0);
    QCOMPARE(after.thresholdPercent, 5.0);
    QVERIFY(before.thresholdBase == Measure::Cast);
    QVERIFY(after.thresholdBase == Measure::Cast);
    QVERIFY(!before.measures.contains(Measure::AgainstAll));
    QVERIFY(after.hasLine(after.measures.value(Measure::AgainstAll)));

    // The 2021 lines survive unchanged, so figures of the two elections line up key by key.
    for (const FormLine &line : before.lines) {
        QVERIFY2(after.hasLine(line.key), qPrintable(line.key));
        QCOMPARE(after.line(line.key)->label, line.label);
    }
    QCOMPARE(after.lines.size(), before.lines.size() + 1);
}

void TestPresetFiles::territoriesHaveTheRegionsOfTheirYear_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("regions");
    QTest::newRow("2021: 14 oblasts + Nur-Sultan, Almaty, Shymkent") << u"kz-2021"_s << 17;
    QTest::newRow("2023: 17 oblasts + Astana, Almaty, Shymkent") << u"kz-2023"_s << 20;
}

void TestPresetFiles::territoriesHaveTheRegionsOfTheirYear()
{
    QFETCH(QString, id);
    QFETCH(int, regions);
    const PresetLibrary::TerritorySet set = PresetLibrary::territorySet(id);
    QCOMPARE(set.countryCode, u"KZ"_s);
    QCOMPARE(int(set.regions.size()), regions);
    QCOMPARE(int(regionCodes(set).size()), regions);

    int cities = 0;
    for (const PresetLibrary::Region &region : set.regions) {
        // Official Kazakh and English names, the English one in Latin letters.
        QVERIFY2(!region.nameTranslations.translation(u"kk"_s).isEmpty(), qPrintable(region.code));
        QVERIFY2(!region.nameTranslations.translation(u"en"_s).contains(QRegularExpression(u"\\p{Cyrillic}"_s)), qPrintable(region.code));
        QVERIFY2(!region.nameTranslations.translation(u"en"_s).isEmpty(), qPrintable(region.code));
        QVERIFY2(region.kind == u"oblast"_s || region.kind == u"city"_s, qPrintable(region.code));
        cities += region.kind == u"city"_s;
    }
    QCOMPARE(cities, 3);
}

void TestPresetFiles::newRegionsPointAtRegionsOf2021()
{
    const QSet<QString> codes2021 = regionCodes(PresetLibrary::territorySet(u"kz-2021"_s));
    QMap<QString, QString> splits;
    QMap<QString, QString> renames;
    for (const PresetLibrary::Region &region : PresetLibrary::territorySet(u"kz-2023"_s).regions) {
        if (!region.splitFrom.isEmpty())
            splits.insert(region.code, region.splitFrom);
        if (!region.renamedFrom.isEmpty())
            renames.insert(region.code, region.renamedFrom);
        // A current region is one of 2021's, or says where it came from.
        QVERIFY2(codes2021.contains(region.code) || splits.contains(region.code) || renames.contains(region.code),
                 qPrintable(region.code));
    }
    const QMap<QString, QString> expectedSplits{
        {u"abai"_s, u"east-kazakhstan"_s}, {u"jetisu"_s, u"almaty-oblast"_s}, {u"ulytau"_s, u"karaganda"_s}};
    QCOMPARE(splits, expectedSplits);
    QCOMPARE(renames, (QMap<QString, QString>{{u"astana"_s, u"nur-sultan"_s}}));
    for (const QString &parent : std::as_const(splits))
        QVERIFY2(codes2021.contains(parent), qPrintable(parent));
    QVERIFY(codes2021.contains(renames.value(u"astana"_s)));
}

void TestPresetFiles::everyCampaignIsNamedInEachLanguage()
{
    for (const QString &id : PresetLibrary::campaignPresetIds()) {
        const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(id);
        QVERIFY2(!preset.name.isEmpty() && !preset.nameRu.isEmpty() && !preset.nameKk.isEmpty(), qPrintable(id));
    }
    // File > New shows the one of the program's language.
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(u"kz-2021"_s);
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(preset.displayName(), preset.nameKk);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(preset.displayName(), preset.nameRu);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(preset.displayName(), preset.name);
}

void TestPresetFiles::territoryNamesAreKeptInTheCampaign()
{
    const QString path = QDir::temp().filePath(u"saylau-territory-names.saylau"_s);
    QFile::remove(path);
    const auto cleanup = qScopeGuard([&path] { QFile::remove(path); });
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

    std::unique_ptr<CampaignStore> store = PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(u"kz-2021"_s));
    const TerritoryNode country = store->territoryChildren(0).constFirst();
    std::optional<TerritoryNode> akmola = store->findTerritory(country.id, TerritoryNode::Level::Region, u"akmola"_s, {});
    QVERIFY(akmola);
    // Stored as the source files print it, shown in the program's language.
    QCOMPARE(akmola->name, u"Акмолинская область"_s);
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(akmola->displayName(), u"Ақмола облысы"_s);
    QCOMPARE(country.displayName(), u"Қазақстан Республикасы"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(akmola->displayName(), u"Akmola Region"_s);
    QCOMPARE(store->territory(akmola->id)->displayName(), u"Akmola Region"_s);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(akmola->displayName(), u"Акмолинская область"_s);

    // A district typed by hand has no translation and shows as stored in every language.
    TerritoryNode district;
    district.parentId = akmola->id;
    district.level = TerritoryNode::Level::District;
    district.name = u"Целиноградский район"_s;
    const qint64 districtId = store->addTerritory(district);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(store->territory(districtId)->displayName(), district.name);
    // Taught a name, every node of that level and name shows it; forgotten, the stored name again.
    LocalizedText names;
    names.setTranslation(u"en"_s, u"Tselinograd District"_s);
    store->setTerritoryTranslations(TerritoryNode::Level::District, district.name, names);
    QCOMPARE(store->territory(districtId)->displayName(), u"Tselinograd District"_s);
    QCOMPARE(store->territoryChildren(akmola->id).constFirst().displayName(), u"Tselinograd District"_s);
    store->setTerritoryTranslations(TerritoryNode::Level::District, district.name, {});
    QCOMPARE(store->territory(districtId)->displayName(), district.name);
}

void TestPresetFiles::importedRegionsFindTheirNamesByTheStoredName()
{
    // The 2011 Duma preset makes no regions: the CEC's file brings them, named as the CEC prints them.
    const QString path = QDir::temp().filePath(u"saylau-territory-names-2011.saylau"_s);
    QFile::remove(path);
    const auto cleanup = qScopeGuard([&path] { QFile::remove(path); });
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

    std::unique_ptr<CampaignStore> store = PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(u"ru-duma-2011"_s));
    QVERIFY(store->allTerritory().isEmpty());
    TerritoryNode region;
    region.level = TerritoryNode::Level::Region;
    region.name = u"Республика Татарстан (Татарстан)"_s;
    const qint64 regionId = store->addTerritory(region);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(store->territory(regionId)->displayName(), u"Republic of Tatarstan"_s);
    // Kazakh has no names of Russia's regions in the preset: the CEC's own.
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(store->territory(regionId)->displayName(), region.name);
    // Import matching and keys keep the stored name.
    QCOMPARE(store->findTerritory(0, TerritoryNode::Level::Region, {}, region.name)->id, regionId);

    // Every region of the CEC's 2011 file has an English name.
    const PresetLibrary::TerritorySet names = PresetLibrary::territorySet(u"ru-2011"_s);
    QCOMPARE(int(names.regions.size()), 84);
    for (const PresetLibrary::Region &r : names.regions)
        QVERIFY2(!r.nameTranslations.translation(u"en"_s).isEmpty(), qPrintable(r.name));
}

void TestPresetFiles::everyNameIsTranslatedIntoKazakhAndEnglish_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : PresetLibrary::campaignPresetIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestPresetFiles::everyNameIsTranslatedIntoKazakhAndEnglish()
{
    QFETCH(QString, id);
    static const QRegularExpression cyrillic(u"\\p{Cyrillic}"_s);
    // Every contest, line and party name has a Kazakh and an English text; the English one is in Latin letters
    // only (a Russian name left untranslated would show up here), and the Kazakh one is not simply the Russian.
    const auto check = [](const QString &what, const QString &stored, const LocalizedText &text) {
        const QString kazakh = text.translation(u"kk"_s);
        const QString english = text.translation(u"en"_s);
        QVERIFY2(!kazakh.isEmpty(), qPrintable(u"no Kazakh for "_s + what));
        QVERIFY2(!english.isEmpty(), qPrintable(u"no English for "_s + what));
        QVERIFY2(!cyrillic.match(english).hasMatch(), qPrintable(what + u": "_s + english));
        QVERIFY2(text.text(stored, u"ru"_s) == stored, qPrintable(what));
    };
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(id);
    check(u"the election"_s, preset.election.name, preset.election.nameTranslations);
    // The form's title is written in English: its Russian and Kazakh titles are the translations.
    const ProtocolForm form = PresetLibrary::form(preset.formId);
    QVERIFY2(cyrillic.match(form.nameTranslations.translation(u"ru"_s)).hasMatch(), qPrintable(form.id));
    QVERIFY2(!form.nameTranslations.translation(u"kk"_s).isEmpty(), qPrintable(form.id));
    QVERIFY2(form.nameTranslations.translation(u"kk"_s) != form.nameTranslations.translation(u"ru"_s), qPrintable(form.id));
    QCOMPARE(form.nameTranslations.text(form.name, u"en"_s), form.name);
    for (const PresetLibrary::ContestPreset &contest : preset.contests) {
        check(u"contest "_s + contest.id, contest.name, contest.nameTranslations);
        QVERIFY2(contest.nameTranslations.translation(u"kk"_s) != contest.name, qPrintable(contest.id));
    }
    for (const FormLine &line : PresetLibrary::form(preset.formId).lines) {
        check(u"line "_s + line.key, line.label, line.labelTranslations);
        check(u"short label of line "_s + line.key, line.shortLabel, line.shortLabelTranslations);
        QVERIFY2(line.labelTranslations.translation(u"kk"_s) != line.label, qPrintable(line.key));
    }
    for (const BallotEntry &entry : PresetLibrary::ballot(preset.ballotId)) {
        check(entry.name, entry.name, entry.nameTranslations);
        check(entry.shortName, entry.shortName, entry.shortNameTranslations);
    }
}

void TestPresetFiles::aCampaignKeepsTheTranslationsOfItsPreset()
{
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(u"kz-2021"_s);
    const QString path = QDir::temp().filePath(u"saylau-preset-translations.saylau"_s);
    QFile::remove(path);
    const auto cleanup = qScopeGuard([&path] { QFile::remove(path); });
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

    const Contest contest = PresetLibrary::createCampaign(path, preset)->contest(u"mazhilis"_s);
    const Contest expected{u"mazhilis"_s, preset.contests.first().name, PresetLibrary::form(preset.formId),
                           PresetLibrary::ballot(preset.ballotId), 98, preset.contests.first().nameTranslations};
    QCOMPARE(contest.name, expected.name);

    // Stored names stay what matching and keys use; what is shown follows the language.
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(contest.displayName(), u"Парламент Мәжілісі (партиялық тізімдер)"_s);
    QCOMPARE(contest.slotLabel(0), u"Сайлаушылар тізімдеріне енгізілген сайлаушылардың саны"_s);
    QCOMPARE(contest.slotShortLabel(contest.partySlot(1)), u"Nur Otan"_s);
    QCOMPARE(contest.ballot.at(3).displayName(), u"«Ақ жол» Қазақстан демократиялық партиясы"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(contest.displayName(), u"Mazhilis of Parliament (party lists)"_s);
    QCOMPARE(contest.slotShortLabel(4), u"Invalid"_s);
    QCOMPARE(contest.slotLabel(contest.partySlot(0)), u"People's Party of Kazakhstan"_s);
    QCOMPARE(contest.findParty(u"НПК"_s), 0);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(contest.displayName(), expected.name);
    QCOMPARE(contest.slotShortLabel(contest.partySlot(0)), u"НПК"_s);

    for (int i = 0; i < expected.ballot.size(); ++i) {
        QVERIFY(contest.ballot.at(i).nameTranslations == expected.ballot.at(i).nameTranslations);
        QVERIFY(contest.ballot.at(i).shortNameTranslations == expected.ballot.at(i).shortNameTranslations);
    }
    for (int i = 0; i < expected.lineCount(); ++i) {
        QVERIFY(contest.form.lines.at(i).labelTranslations == expected.form.lines.at(i).labelTranslations);
        QVERIFY(contest.form.lines.at(i).shortLabelTranslations == expected.form.lines.at(i).shortLabelTranslations);
    }
    QVERIFY(contest.nameTranslations == expected.nameTranslations);
    // The form travels in the campaign with its titles.
    QVERIFY(!contest.form.nameTranslations.isEmpty());
    QVERIFY(contest.form.nameTranslations == expected.form.nameTranslations);
}

QTEST_GUILESS_MAIN(TestPresetFiles)
#include "TestPresetFiles.moc"
