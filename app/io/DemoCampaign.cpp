#include "DemoCampaign.h"

#include "PresetLibrary.h"
#include "PublishedResult.h"

#include "../domain/LargestRemainder.h"
#include "../domain/SaylauError.h"
#include "../forms/FormEvaluator.h"
#include "../forms/MeasureSolver.h"
#include "../storage/CampaignStore.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace saylau {

namespace {

// SplitMix64 (Steele, Lea, Flood 2014): our own generator, because the std:: distributions may give other
// numbers with another standard library, and the demo must be the same file everywhere. Only +, -, * and /
// of doubles follow from it, which IEEE 754 makes exact to the bit on every machine.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

constexpr quint64 demoSeed = 20210110;

struct DistrictPlan
{
    const char *name;
    const char *settlement;
    // The district's Kazakh and English names, kept in the campaign's book of territory names.
    const char *nameKk;
    const char *nameEn;
};

// The regions the demo's precincts lie in, a few districts (TIKs) each, and the number the region's
// precincts start from (precinct numbers are unique within a region in Kazakhstan; the demo keeps them
// unique in the whole file as well, so that a precinct number alone finds it).
struct RegionPlan
{
    const char *code;
    int firstPrecinct;
    std::vector<DistrictPlan> districts;
};

const std::vector<RegionPlan> &regionPlans()
{
    static const std::vector<RegionPlan> plans{
        {"turkistan", 101, {
            {"Сайрамский район", "с. Аксукент", "Сайрам ауданы", "Sairam District"},
            {"Толебийский район", "г. Ленгер", "Төле би ауданы", "Tole Bi District"},
            {"Казыгуртский район", "с. Казыгурт", "Қазығұрт ауданы", "Kazygurt District"}}},
        {"shymkent", 201, {
            {"Абайский район", "г. Шымкент", "Абай ауданы", "Abai District"},
            {"Аль-Фарабийский район", "г. Шымкент", "Әл-Фараби ауданы", "Al-Farabi District"},
            {"Енбекшинский район", "г. Шымкент", "Еңбекші ауданы", "Enbekshi District"}}},
        {"almaty-oblast", 301, {
            {"Илийский район", "пос. Отеген батыр", "Іле ауданы", "Ile District"},
            {"Карасайский район", "г. Каскелен", "Қарасай ауданы", "Karasai District"},
            {"Талгарский район", "г. Талгар", "Талғар ауданы", "Talgar District"}}},
        {"almaty-city", 401, {
            {"Алмалинский район", "г. Алматы", "Алмалы ауданы", "Almaly District"},
            {"Ауэзовский район", "г. Алматы", "Әуезов ауданы", "Auezov District"},
            {"Бостандыкский район", "г. Алматы", "Бостандық ауданы", "Bostandyk District"},
            {"Медеуский район", "г. Алматы", "Медеу ауданы", "Medeu District"}}},
        {"zhambyl", 501, {
            {"город Тараз", "г. Тараз", "Тараз қаласы", "Taraz city"},
            {"Байзакский район", "с. Сарыкемер", "Байзақ ауданы", "Baizak District"},
            {"Меркенский район", "с. Мерке", "Меркі ауданы", "Merki District"}}},
        {"nur-sultan", 601, {
            {"Алматинский район", "г. Нур-Султан", "Алматы ауданы", "Almaty District"},
            {"Есильский район", "г. Нур-Султан", "Есіл ауданы", "Yesil District"},
            {"Сарыаркинский район", "г. Нур-Султан", "Сарыарқа ауданы", "Saryarka District"}}},
        {"kyzylorda", 701, {
            {"город Кызылорда", "г. Кызылорда", "Қызылорда қаласы", "Kyzylorda city"},
            {"Шиелийский район", "пос. Шиели", "Шиелі ауданы", "Shieli District"}}},
        {"karaganda", 901, {
            {"город Караганда", "г. Караганда", "Қарағанды қаласы", "Karaganda city"},
            {"город Темиртау", "г. Темиртау", "Теміртау қаласы", "Temirtau city"}}},
    };
    return plans;
}

struct RegionShare
{
    const char *region;
    int precincts;
    double turnout;    // aimed at; the contest's exact total rescales it slightly
    double leaderBias; // the leading party's support here relative to the contest
    double size;       // relative size of the precincts (voters)
};

struct PartyShare
{
    const char *shortName; // on the kz-2021 ballot
    int permille;          // of all ballots cast
};

// One table of the seed. Shares are in tenths of a percent of all ballots cast (spoiled included) and add up
// to 1000 with the spoiled ballots, each chosen so that it rounds to the seed's whole percent with room to
// spare: the seed's own rounded figures add up to 101% (Mazhilis) and 99% (oblast maslikhat).
struct ContestPlan
{
    const char *id;
    qint64 voters;
    int turnoutPermille; // ballots cast of voters on the list
    int unusedPermille;  // unused ballots of ballots received
    std::vector<PartyShare> parties;
    int spoiledPermille;
    std::vector<RegionShare> regions;
};

const char leader[] = "Нур Отан";

const std::vector<ContestPlan> &contestPlans()
{
    static const std::vector<ContestPlan> plans{
        // Seed: 192 precincts, 433 325 voters, voted 32%, unused 68%; Nur Otan 50, Auyl 10, Ak Zhol 18,
        // Adal 12, People's Party 8, spoiled 3.
        {"mazhilis", 433325, 320, 680,
         {{leader, 497}, {"Ауыл", 99}, {"Ак жол", 178}, {"Адал", 118}, {"НПК", 79}}, 29,
         {{"turkistan", 30, 0.345, 1.15, 1.0},
          {"shymkent", 26, 0.340, 1.00, 1.05},
          {"almaty-oblast", 28, 0.345, 1.05, 1.0},
          {"almaty-city", 22, 0.280, 0.90, 1.1},
          {"zhambyl", 24, 0.340, 1.08, 1.0},
          {"nur-sultan", 18, 0.160, 0.92, 1.1},
          {"kyzylorda", 22, 0.335, 1.18, 0.95},
          {"karaganda", 22, 0.330, 0.98, 1.0}}},
        // Seed: 99 precincts, 225 070 voters, voted 23%, unused 77%; 44 / 14 / 21 / 14 / 3, spoiled 4.
        {"city-maslikhat", 225070, 230, 770,
         {{leader, 441}, {"Ауыл", 139}, {"Ак жол", 210}, {"Адал", 140}, {"НПК", 30}}, 40,
         {{"shymkent", 29, 0.300, 1.05, 1.0}, {"almaty-city", 40, 0.210, 0.95, 1.0}, {"nur-sultan", 30, 0.180, 0.97, 1.0}}},
        // Seed: 79 precincts, 167 228 voters, voted 38%, unused 64% (sic: 38 + 64 = 102; the commissions
        // here received more ballots than voters on the list, which is what makes both figures true, and the
        // report warns that they do not add up); 58 / 9 / 16 / 10 / 3, spoiled 3.
        {"oblast-maslikhat", 167228, 380, 640,
         {{leader, 583}, {"Ауыл", 93}, {"Ак жол", 163}, {"Адал", 103}, {"НПК", 29}}, 29,
         {{"turkistan", 25, 0.420, 1.08, 1.0},
          {"almaty-oblast", 20, 0.400, 1.00, 1.0},
          {"zhambyl", 18, 0.360, 1.00, 1.0},
          {"karaganda", 16, 0.330, 0.92, 1.0}}},
    };
    return plans;
}

struct InflationPlan
{
    const char *contest;
    const char *region;
    int ordinal; // among the contest's precincts in that region, from 0
    qint64 ballots;
};

// The official figures' deliberate differences (see DemoCampaign).
constexpr InflationPlan inflationPlans[] = {
    {"mazhilis", "turkistan", 3, 212},      {"mazhilis", "almaty-city", 5, 347},
    {"mazhilis", "shymkent", 10, 158},      {"mazhilis", "nur-sultan", 2, 405},
    {"mazhilis", "kyzylorda", 7, 126},      {"city-maslikhat", "almaty-city", 12, 233},
    {"oblast-maslikhat", "zhambyl", 4, 187},
};

const RegionPlan &regionPlan(const QString &code)
{
    for (const RegionPlan &plan : regionPlans())
        if (QLatin1String(plan.code) == code)
            return plan;
    throw SaylauError(DemoCampaign::tr("demo: no plan for region %1").arg(code));
}

// Where each contest's precincts go, numbered in plan order: contest by contest, region by region.
struct PrecinctPlace
{
    QString contestId;
    QString regionCode;
    int ordinal = 0; // among the contest's precincts in the region
    int district = 0;
    QString code;
};

QList<PrecinctPlace> precinctPlaces()
{
    QHash<QString, int> next;
    QList<PrecinctPlace> places;
    for (const ContestPlan &contest : contestPlans()) {
        for (const RegionShare &share : contest.regions) {
            const QString region = QLatin1String(share.region);
            const RegionPlan &plan = regionPlan(region);
            for (int k = 0; k < share.precincts; ++k) {
                const int number = plan.firstPrecinct + next[region]++;
                places.append({QLatin1String(contest.id), region, k, k % int(plan.districts.size()),
                               QString::number(number)});
            }
        }
    }
    return places;
}

// Splits total into parts proportional to weights, exactly, through the one largest-remainder apportionment;
// the generator's fractional weights are kept to a millionth.
std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights)
{
    QList<qint64> scaled;
    for (double w : weights)
        scaled.append(qint64(std::llround(w * 1e6)));
    const QList<qint64> parts = LargestRemainder::apportion(scaled, total).units;
    return std::vector<qint64>(parts.cbegin(), parts.cend());
}

// An integer table with exactly these row and column totals, close to the profile given: iterative
// proportional fitting, then the rounding remainders handed out row by row to the columns still short.
std::vector<std::vector<qint64>> fitTable(const std::vector<qint64> &rowTotals, const std::vector<qint64> &columnTotals,
                                          std::vector<std::vector<double>> table)
{
    const size_t rows = rowTotals.size();
    const size_t columns = columnTotals.size();
    for (int iteration = 0; iteration < 200; ++iteration) {
        for (size_t c = 0; c < columns; ++c) {
            double sum = 0;
            for (size_t r = 0; r < rows; ++r)
                sum += table[r][c];
            for (size_t r = 0; r < rows; ++r)
                table[r][c] *= double(columnTotals[c]) / sum;
        }
        for (size_t r = 0; r < rows; ++r) {
            double sum = 0;
            for (size_t c = 0; c < columns; ++c)
                sum += table[r][c];
            for (size_t c = 0; c < columns; ++c)
                table[r][c] *= double(rowTotals[r]) / sum;
        }
    }
    std::vector<std::vector<qint64>> result(rows, std::vector<qint64>(columns, 0));
    std::vector<qint64> columnShort = columnTotals;
    for (size_t r = 0; r < rows; ++r)
        for (size_t c = 0; c < columns; ++c) {
            result[r][c] = qint64(std::floor(table[r][c]));
            columnShort[c] -= result[r][c];
        }
    for (size_t r = 0; r < rows; ++r) {
        qint64 rowShort = rowTotals[r];
        for (qint64 v : result[r])
            rowShort -= v;
        std::vector<size_t> order(columns);
        for (size_t c = 0; c < columns; ++c)
            order[c] = c;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return table[r][a] - std::floor(table[r][a]) > table[r][b] - std::floor(table[r][b]);
        });
        while (rowShort > 0) {
            bool gave = false;
            for (size_t c : order) {
                if (rowShort > 0 && columnShort[c] > 0) {
                    ++result[r][c];
                    --columnShort[c];
                    --rowShort;
                    gave = true;
                }
            }
            if (!gave)
                throw SaylauError(DemoCampaign::tr("demo: the vote table cannot be fitted"));
        }
    }
    for (qint64 left : columnShort)
        if (left != 0)
            throw SaylauError(DemoCampaign::tr("demo: the vote table cannot be fitted"));
    return result;
}

struct PrecinctFigures
{
    qint64 voters = 0;
    qint64 received = 0;
    qint64 issued = 0;
    qint64 cast = 0;
    qint64 invalid = 0;
    qint64 unused = 0;
    QList<qint64> parties; // ballot order

    QMap<Measure, qint64> measures() const
    {
        return {{Measure::Voters, voters}, {Measure::Received, received}, {Measure::Issued, issued},
                {Measure::Cast, cast},     {Measure::Invalid, invalid},   {Measure::Valid, cast - invalid},
                {Measure::Unused, unused}};
    }
};

int ballotIndex(const Contest &contest, const QString &shortName)
{
    for (int i = 0; i < contest.ballot.size(); ++i)
        if (contest.ballot.at(i).shortName == shortName)
            return i;
    throw SaylauError(DemoCampaign::tr("demo: the ballot of %1 has no party \"%2\"").arg(contest.id, shortName));
}

// The observer's figures of every precinct of one contest, in the order of its places.
std::vector<PrecinctFigures> generate(const ContestPlan &plan, quint64 stream, const Contest &contest,
                                     const QList<int> &regionOf)
{
    SplitMix64 random(demoSeed + stream);
    const size_t n = size_t(regionOf.size());

    std::vector<double> sizes;
    for (int r : regionOf)
        sizes.push_back(plan.regions[size_t(r)].size * (0.6 + 0.8 * random.uniform()));
    const std::vector<qint64> voters = apportion(plan.voters, sizes);

    const qint64 cast = (plan.voters * plan.turnoutPermille + 500) / 1000;
    std::vector<double> turnout;
    for (size_t p = 0; p < n; ++p)
        turnout.push_back(double(voters[p]) * (plan.regions[size_t(regionOf[int(p)])].turnout + 0.06 * (random.uniform() - 0.5)));
    const std::vector<qint64> casts = apportion(cast, turnout);

    // A few voters at one precinct in four carry their ballot away: issued, not found in the box.
    std::vector<qint64> issued(n);
    qint64 totalIssued = 0;
    for (size_t p = 0; p < n; ++p) {
        issued[p] = casts[p] + (random.below(4) == 0 ? 1 + random.below(2) : 0);
        totalIssued += issued[p];
    }
    // Ballots received, so that the unused ones are the seed's share of them; the commissions' reserve above
    // the voter list goes to the precincts by size.
    const qint64 received = (totalIssued * 1000 + (1000 - plan.unusedPermille) / 2) / (1000 - plan.unusedPermille);
    if (received < plan.voters)
        throw SaylauError(DemoCampaign::tr("demo: contest %1 would receive fewer ballots than voters").arg(contest.id));
    std::vector<double> reserveWeights;
    for (size_t p = 0; p < n; ++p)
        reserveWeights.push_back(double(voters[p]) * (0.5 + random.uniform()));
    const std::vector<qint64> reserve = apportion(received - plan.voters, reserveWeights);

    // Columns: the ballot's parties in ballot order, then spoiled ballots.
    const int parties = int(contest.ballot.size());
    std::vector<double> columnShares(size_t(parties) + 1, 0.0);
    for (const PartyShare &share : plan.parties)
        columnShares[size_t(ballotIndex(contest, QString::fromUtf8(share.shortName)))] = share.permille;
    columnShares[size_t(parties)] = plan.spoiledPermille;
    const std::vector<qint64> columnTotals = apportion(cast, columnShares);
    const int leaderIndex = ballotIndex(contest, QString::fromUtf8(leader));

    std::vector<std::vector<double>> profile(n, std::vector<double>(size_t(parties) + 1));
    for (size_t p = 0; p < n; ++p) {
        for (size_t c = 0; c < columnShares.size(); ++c)
            profile[p][c] = double(casts[p]) * columnShares[c] * (0.8 + 0.4 * random.uniform());
        profile[p][size_t(leaderIndex)] *= plan.regions[size_t(regionOf[int(p)])].leaderBias;
    }
    const std::vector<std::vector<qint64>> votes = fitTable(casts, columnTotals, profile);

    std::vector<PrecinctFigures> figures(n);
    for (size_t p = 0; p < n; ++p) {
        PrecinctFigures &f = figures[p];
        f.voters = voters[p];
        f.received = voters[p] + reserve[p];
        f.issued = issued[p];
        f.cast = casts[p];
        f.unused = f.received - f.issued;
        f.invalid = votes[p][size_t(parties)];
        for (int i = 0; i < parties; ++i)
            f.parties.append(votes[p][size_t(i)]);
    }
    return figures;
}

QString address(const RegionPlan &region, int district, SplitMix64 &random)
{
    static const char *const streets[] = {"Абая", "Толе би", "Сейфуллина", "Жамбыла", "Байтурсынова",
                                          "Кунаева", "Момышулы", "Республики", "Гагарина", "Ауэзова"};
    static const char *const buildings[] = {"средняя школа № %1", "школа-гимназия № %1", "колледж",
                                            "Дом культуры", "школа-лицей № %1"};
    QString building = QString::fromUtf8(buildings[random.below(int(std::size(buildings)))]);
    if (building.contains(QLatin1String("%1")))
        building = building.arg(1 + random.below(120));
    return QStringLiteral("%1, ул. %2, %3, %4")
        .arg(QString::fromUtf8(region.districts[size_t(district)].settlement),
             QString::fromUtf8(streets[random.below(int(std::size(streets)))]))
        .arg(1 + random.below(150))
        .arg(building);
}

} // namespace

QList<DemoCampaign::Inflation> DemoCampaign::inflations()
{
    const QList<PrecinctPlace> places = precinctPlaces();
    QList<Inflation> list;
    for (const InflationPlan &plan : inflationPlans) {
        for (const PrecinctPlace &place : places) {
            if (place.contestId == QLatin1String(plan.contest) && place.regionCode == QLatin1String(plan.region)
                && place.ordinal == plan.ordinal)
                list.append({place.contestId, place.regionCode, place.code, plan.ballots});
        }
    }
    return list;
}

QString DemoCampaign::leaderShortName()
{
    return QString::fromUtf8(leader);
}

QStringList DemoCampaign::contestIds()
{
    QStringList ids;
    for (const ContestPlan &plan : contestPlans())
        ids.append(QLatin1String(plan.id));
    return ids;
}

void DemoCampaign::create(const QString &path)
{
    CampaignStore::create(path, fill);
}

void DemoCampaign::fill(CampaignStore &store)
{
    PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(QStringLiteral("kz-2021"));
    const QStringList ids = contestIds();
    preset.contests.removeIf([&ids](const PresetLibrary::ContestPreset &c) { return !ids.contains(c.id); });
    preset.election.synthetic = true;
    preset.election.notes = tr("Synthetic demonstration data made by \"saylau demo\": the precinct protocols are "
                               "invented so that their totals reproduce the summary tables of the observers' "
                               "press release (HAQ / Adil saylau, January 2021). They are not real protocols. As in the "
                               "press release, the observers went where they could: their copies are not a random "
                               "sample of precincts, so no margin of error can be given for them (\"saylau "
                               "estimate\" shows what they cover instead).");
    PresetLibrary::apply(store, preset);

    QHash<QString, qint64> regionIds;
    for (const TerritoryNode &node : store.allTerritory())
        if (node.level == TerritoryNode::Level::Region)
            regionIds.insert(node.code, node.id);

    // The territory below the preset's regions: districts, then the precincts of every contest.
    const QList<PrecinctPlace> places = precinctPlaces();
    QList<qint64> precinctIds;
    {
        SplitMix64 random(demoSeed);
        CampaignStore::Transaction transaction(store);
        QHash<QString, QList<qint64>> districtIds;
        for (const RegionPlan &plan : regionPlans()) {
            const QString code = QLatin1String(plan.code);
            if (!regionIds.contains(code))
                throw SaylauError(tr("demo: the kz-2021 territory has no region %1").arg(code));
            for (size_t d = 0; d < plan.districts.size(); ++d) {
                TerritoryNode district;
                district.parentId = regionIds.value(code);
                district.level = TerritoryNode::Level::District;
                district.code = code + QLatin1Char('-') + QString::number(d + 1);
                district.name = QString::fromUtf8(plan.districts[d].name);
                districtIds[code].append(store.addTerritory(district));
                LocalizedText names;
                names.setTranslation(QStringLiteral("kk"), QString::fromUtf8(plan.districts[d].nameKk));
                names.setTranslation(QStringLiteral("en"), QString::fromUtf8(plan.districts[d].nameEn));
                store.setTerritoryTranslations(TerritoryNode::Level::District, district.name, names);
            }
        }
        for (const PrecinctPlace &place : places) {
            TerritoryNode precinct;
            precinct.parentId = districtIds.value(place.regionCode).at(place.district);
            precinct.level = TerritoryNode::Level::Precinct;
            precinct.code = place.code;
            precinct.address = address(regionPlan(place.regionCode), place.district, random);
            precinctIds.append(store.addTerritory(precinct));
        }
        transaction.commit();
    }

    const QList<Inflation> planned = inflations();
    const QDateTime received(QDate(2021, 1, 11), QTime(2, 0), Qt::UTC);
    for (size_t c = 0; c < contestPlans().size(); ++c) {
        const ContestPlan &plan = contestPlans()[c];
        const Contest contest = store.contest(QLatin1String(plan.id));
        const FormEvaluator evaluator(contest);
        const MeasureSolver solver(evaluator);
        QList<int> regionOf;
        QList<int> placeIndex;
        for (int i = 0; i < places.size(); ++i) {
            if (places.at(i).contestId != contest.id)
                continue;
            placeIndex.append(i);
            for (size_t r = 0; r < plan.regions.size(); ++r)
                if (QLatin1String(plan.regions[r].region) == places.at(i).regionCode)
                    regionOf.append(int(r));
        }
        const std::vector<PrecinctFigures> observed = generate(plan, c + 1, contest, regionOf);
        const int leaderIndex = ballotIndex(contest, leaderShortName());

        CampaignStore::Transaction transaction(store);
        for (size_t p = 0; p < observed.size(); ++p) {
            const PrecinctPlace &place = places.at(placeIndex.at(int(p)));
            Protocol protocol;
            protocol.contestId = contest.id;
            protocol.territoryId = precinctIds.at(placeIndex.at(int(p)));
            protocol.source = SourceKind::Observer;
            protocol.figures = solver.solve(observed[p].measures(), observed[p].parties);
            protocol.receivedAt = received.addSecs(qint64(p) * 97);
            protocol.receivedHow = tr("synthetic");
            protocol.enteredBy = QStringLiteral("saylau demo");
            protocol.updatedAt = protocol.receivedAt;
            store.saveProtocol(protocol);

            PrecinctFigures official = observed[p];
            for (const Inflation &inflation : planned) {
                if (inflation.contestId != contest.id || inflation.precinctCode != place.code)
                    continue;
                official.issued += inflation.ballots;
                official.cast += inflation.ballots;
                official.unused -= inflation.ballots;
                official.parties[leaderIndex] += inflation.ballots;
            }
            protocol.source = SourceKind::Official;
            protocol.figures = solver.solve(official.measures(), official.parties);
            protocol.receivedHow = tr("synthetic official figures");
            store.saveProtocol(protocol);
        }
        transaction.commit();
    }
    // Beside the synthetic precincts, the CEC's real national result (the only one it published): the
    // seed's contrast, 32% turnout at the observed precincts against 63.25% officially, and the seats.
    PublishedResult::load(QStringLiteral(":/results/kz-2021-mazhilis-cec.json")).saveTo(store);
}

} // namespace saylau
