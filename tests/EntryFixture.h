#pragma once

#include "domain/Protocol.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QList>
#include <QString>

#include <memory>

// A small campaign on the real kz-2021 form (lines 1-6, five parties): one district of three precincts
// (No. 101-103) under the first region. Shared by the protocol-entry tests, which each make their own file.
class EntryFixture
{
public:
    std::unique_ptr<saylau::CampaignStore> store;
    QList<qint64> precincts;
    qint64 district = 0;

    static EntryFixture create(const QString &path)
    {
        using namespace saylau;
        EntryFixture fixture;
        fixture.store = PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(QStringLiteral("kz-2021")));
        const QList<TerritoryNode> countries = fixture.store->territoryChildren(0);
        const qint64 region = fixture.store->territoryChildren(countries.constFirst().id).constFirst().id;
        CampaignStore::Transaction transaction(*fixture.store);
        fixture.district = fixture.store->addTerritory(
            {0, region, TerritoryNode::Level::District, QStringLiteral("D1"), QStringLiteral("Район 1"), {}});
        for (int code = 101; code <= 103; ++code)
            fixture.precincts.append(fixture.store->addTerritory(
                {0, fixture.district, TerritoryNode::Level::Precinct, QString::number(code), {}, {}}));
        transaction.commit();
        return fixture;
    }

    // A protocol whose every relation holds: 1 500 voters, 1 600 ballots received, 1 000 issued, 990 in the
    // boxes, 10 invalid, 600 unused; the parties 400 + 200 + 180 + 120 + 80 = 980 valid.
    static saylau::Protocol consistentProtocol(qint64 precinct)
    {
        saylau::Protocol p;
        p.contestId = QStringLiteral("mazhilis");
        p.territoryId = precinct;
        p.copy = QStringLiteral("1");
        p.figures = saylau::Figures(11);
        const qint64 values[] = {1500, 1600, 1000, 990, 10, 600, 400, 200, 180, 120, 80};
        for (int slot = 0; slot < 11; ++slot)
            p.figures.set(slot, values[slot]);
        return p;
    }
};
