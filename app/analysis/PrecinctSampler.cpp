#include "PrecinctSampler.h"

#include "../domain/SaylauError.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace saylau {

namespace {

// Fewest precincts a stratum may have in the sample: two give a within-stratum variance.
constexpr int minimumPerStratum = 2;

// Proportional allocation in integers. weights: the size measure per stratum; caps: precincts per stratum.
QList<int> proportional(int size, const QList<qint64> &weights, const QList<int> &caps)
{
    const int strata = int(weights.size());
    QList<int> sizes(strata, 0);
    QList<bool> fixed(strata, false);
    for (;;) {
        qint64 left = size;
        QList<qint64> weight(strata, 0);
        qint64 total = 0;
        for (int h = 0; h < strata; ++h) {
            if (fixed[h])
                left -= sizes[h];
            else
                total += weight[h] = weights[h];
        }
        // Only strata without a known size measure remain: they share what is left evenly.
        if (total == 0) {
            for (int h = 0; h < strata; ++h)
                if (!fixed[h])
                    total += weight[h] = 1;
            if (total == 0)
                break;
        }
        // A stratum's quota is left * weight / total; compared and rounded as integers.
        bool changed = false;
        for (int h = 0; h < strata; ++h) {
            if (!fixed[h] && left * weight[h] >= qint64(caps[h]) * total) {
                sizes[h] = caps[h];
                fixed[h] = changed = true;
            }
        }
        if (changed)
            continue;
        for (int h = 0; h < strata; ++h) {
            const int minimum = std::min(minimumPerStratum, caps[h]);
            if (!fixed[h] && left * weight[h] < qint64(minimum) * total) {
                sizes[h] = minimum;
                fixed[h] = changed = true;
            }
        }
        if (changed)
            continue;
        // Every free quota now lies between the stratum's minimum and its size.
        QList<int> order;
        QList<qint64> remainder(strata, 0);
        qint64 given = 0;
        for (int h = 0; h < strata; ++h) {
            if (fixed[h])
                continue;
            sizes[h] = int(left * weight[h] / total);
            remainder[h] = left * weight[h] % total;
            given += sizes[h];
            order.append(h);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainder[a] > remainder[b]; });
        for (int i = 0; given < left && i < order.size(); ++i, ++given)
            ++sizes[order[i]];
        break;
    }
    return sizes;
}

} // namespace

QList<int> PrecinctSampler::allocate(const SampleFrame &frame, int size, SampleDesign::Allocation allocation)
{
    const QList<SampleFrame::Stratum> &strata = frame.strata();
    if (frame.size() == 0)
        throw SaylauError(tr("the campaign has no precincts to draw from: import the precinct list first"));
    if (size > frame.size())
        throw SaylauError(tr("a sample of %1 precincts is more than the %n precinct(s) of the list", nullptr,
                             frame.size())
                              .arg(size));
    QList<int> caps;
    int minimumTotal = 0;
    for (const SampleFrame::Stratum &s : strata) {
        caps.append(s.count);
        minimumTotal += std::min(minimumPerStratum, s.count);
    }
    if (size < minimumTotal)
        throw SaylauError(tr("%n stratum/strata need at least 2 precincts each: choose a sample of at least %1 "
                             "precincts, or no strata",
                             nullptr, int(strata.size()))
                              .arg(minimumTotal));
    QList<qint64> weights;
    for (const SampleFrame::Stratum &s : strata) {
        if (allocation == SampleDesign::Allocation::Equal)
            weights.append(1);
        else
            weights.append(frame.hasVoters() ? s.voters : s.count);
    }
    return proportional(size, weights, caps);
}

quint64 PrecinctSampler::uniformBelow(std::mt19937_64 &engine, quint64 bound)
{
    // 2^64 mod bound, computed without overflow: outputs at or above 2^64 - that are rejected.
    const quint64 rejectFrom = (0 - bound) % bound;
    for (;;) {
        const quint64 value = engine();
        if (value >= rejectFrom)
            return value % bound;
    }
}

std::vector<int> PrecinctSampler::drawUnits(const SampleFrame &frame, const QList<int> &sizes, quint64 seed)
{
    std::mt19937_64 engine(seed);
    std::vector<int> drawn;
    drawn.reserve(size_t(std::accumulate(sizes.cbegin(), sizes.cend(), 0)));
    std::vector<int> positions;
    for (int h = 0; h < frame.strata().size(); ++h) {
        const SampleFrame::Stratum &stratum = frame.strata().at(h);
        positions.resize(size_t(stratum.count));
        std::iota(positions.begin(), positions.end(), stratum.first);
        const quint64 count = quint64(stratum.count);
        for (quint64 i = 0; i < quint64(sizes.at(h)); ++i) {
            const quint64 j = i + uniformBelow(engine, count - i);
            std::swap(positions[i], positions[j]);
            drawn.push_back(positions[i]);
        }
    }
    return drawn;
}

SampleDesign PrecinctSampler::draw(const SampleFrame &frame, const QString &contestId,
                                   SampleDesign::Stratification stratification, const Options &options)
{
    SampleDesign design;
    design.contestId = contestId;
    design.seed = options.seed;
    design.stratification = stratification;
    design.allocation = options.allocation;
    design.sizeMeasure = options.allocation == SampleDesign::Allocation::Equal ? QStringLiteral("equal")
                       : frame.hasVoters()                                     ? QStringLiteral("voters")
                                                                               : QStringLiteral("precincts");
    design.requestedSize = options.size;
    design.generator = generatorName();
    design.drawnAt = QDateTime::currentDateTimeUtc();
    const QList<int> sizes = allocate(frame, options.size, options.allocation);
    for (int h = 0; h < frame.strata().size(); ++h) {
        const SampleFrame::Stratum &s = frame.strata().at(h);
        design.strata.append({s.key, s.name, s.territoryId, s.count, s.voters, sizes.at(h)});
    }
    const std::vector<int> drawn = drawUnits(frame, sizes, options.seed);
    // The deployment list reads in frame order; drawOrder keeps the order of the draw.
    std::vector<std::pair<int, int>> byFrameOrder; // unit index, draw order
    for (int i = 0; i < int(drawn.size()); ++i)
        byFrameOrder.emplace_back(drawn[size_t(i)], i);
    std::sort(byFrameOrder.begin(), byFrameOrder.end());
    int stratum = 0;
    for (const auto &[index, drawOrder] : byFrameOrder) {
        while (index >= frame.strata().at(stratum).first + frame.strata().at(stratum).count)
            ++stratum;
        design.members.append({frame.units()[size_t(index)].territoryId, stratum, drawOrder});
    }
    return design;
}

QString PrecinctSampler::generatorName()
{
    return QStringLiteral("mt19937_64; partial Fisher-Yates per stratum over precincts in key order; "
                          "uniform integers by rejection");
}

} // namespace saylau
