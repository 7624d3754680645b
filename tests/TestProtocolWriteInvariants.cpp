#include "SingleContestCampaign.h"
#include "TestEngine.h"
#include "TestHelpers.h"

#include "domain/SaveConflict.h"
#include "entry/EntrySession.h"
#include "entry/EntryStore.h"
#include "io/Importer.h"
#include "storage/ImportWriter.h"
#include "storage/CampaignStore.h"
#include "storage/HistoryChain.h"
#include "storage/ProtocolWriter.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace saylau;
using saylau::test::TestEngine;

// One way of writing figures to the campaign's one protocol.
using Write = std::function<void(CampaignStore &, const Figures &)>;
Q_DECLARE_METATYPE(Write)

// Every path that writes a protocol (a typed save, a program's save, a CSV import, the bulk writer on its own)
// leaves the same traces: the revision, the history row linked into a chain that verifies, the status, the
// time in the one stored format, and the figures as written. One check function runs after each path's first
// write of a protocol and after its replacement.
class TestProtocolWriteInvariants : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const char *suffix)
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_files).arg(QLatin1String(suffix)));
    }

    // A campaign on the Russian Duma form with its ballot, one precinct under a region and a TIK.
    std::unique_ptr<CampaignStore> campaign()
    {
        return test::singleContestCampaign(TestEngine::freshLocation(m_dir.path(), QStringLiteral("f%1.db").arg(++m_files)),
                                           QStringLiteral("duma"), QStringLiteral("ru-duma-2011"),
                                           QStringLiteral("ru-duma-2011"));
    }

    // The precinct the paths that do not make territory write to (the importer makes its own).
    static qint64 precinct(CampaignStore &store)
    {
        const QList<TerritoryNode> roots = store.territoryChildren(0);
        if (!roots.isEmpty())
            return store.territoryChildren(roots.constFirst().id).constFirst().id;
        const qint64 region =
            store.addTerritory({0, 0, TerritoryNode::Level::Region, QStringLiteral("01"), QStringLiteral("Адыгея"), {}});
        return store.addTerritory({0, region, TerritoryNode::Level::Precinct, QStringLiteral("101"), {}, {}});
    }

    // Voters on the list, invalid ballots, parties 1 and 6: the columns of the CSV below.
    static Figures figures(const CampaignStore &store, qint64 voters, qint64 invalid, qint64 first, qint64 sixth)
    {
        const Contest contest = store.contest(QStringLiteral("duma"));
        Figures result(contest.slotCount());
        result.set(contest.slotOf(QStringLiteral("1")), voters);
        result.set(contest.slotOf(QStringLiteral("9")), invalid);
        result.set(contest.slotOf(QStringLiteral("p1")), first);
        result.set(contest.slotOf(QStringLiteral("p6")), sixth);
        return result;
    }

    static qint64 value(const CampaignStore &store, const Figures &figures, const char *key)
    {
        return figures.valueOr(store.contest(QStringLiteral("duma")).slotOf(QLatin1String(key)), -1);
    }

    static Protocol protocolWith(CampaignStore &store, const Figures &written)
    {
        Protocol protocol;
        protocol.contestId = QStringLiteral("duma");
        protocol.territoryId = precinct(store);
        protocol.source = SourceKind::Official;
        protocol.figures = written;
        protocol.enteredBy = QStringLiteral("program");
        return protocol;
    }

    Write typed()
    {
        return [](CampaignStore &store, const Figures &written) {
            EntrySession session(store, QStringLiteral("operator"));
            const Protocol key = protocolWith(store, written);
            session.open(store.contest(QStringLiteral("duma")), ProtocolKey::of(key));
            for (int slot = 0; slot < written.size(); ++slot)
                session.setFigure(slot, written.value(slot));
            session.save();
        };
    }

    Write program()
    {
        return [](CampaignStore &store, const Figures &written) { store.saveProtocol(protocolWith(store, written)); };
    }

    Write csvImport()
    {
        return [this](CampaignStore &store, const Figures &written) {
            const QByteArray row = "Адыгея;ТИК 1;101;" + QByteArray::number(value(store, written, "1")) + ';'
                + QByteArray::number(value(store, written, "9")) + ';' + QByteArray::number(value(store, written, "p1"))
                + ';' + QByteArray::number(value(store, written, "p6")) + '\n';
            const QString csv = test::writeFixture(
                path(".csv"), "Регион;ТИК;УИК;Число избирателей, внесенных в список избирателей;"
                              "Число недействительных избирательных бюллетеней;1. СПРАВЕДЛИВАЯ РОССИЯ;"
                              "6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"\n"
                    + row);
            Importer::Options options;
            options.contestId = QStringLiteral("duma");
            options.source = SourceKind::Official;
            QCOMPARE(Importer(store, csv, options).run().imported, 1);
        };
    }

    Write bulk()
    {
        return [](CampaignStore &store, const Figures &written) {
            const qint64 territory = precinct(store);
            CampaignStore::Transaction transaction(store);
            // The engine's bulk writer: SQLite's prepared statements on a file, COPY on a server.
            const auto writer = ImportWriter::create(store, store.contest(QStringLiteral("duma")),
                                                     SourceKind::Official, QString(), QStringLiteral("bulk"),
                                                     QStringLiteral("program"));
            writer->saveProtocol(territory, written, {});
            writer->flush();
            ImportRecord record;
            record.id = writer->importRunId();
            record.contestId = QStringLiteral("duma");
            record.source = SourceKind::Official;
            record.fileName = QStringLiteral("bulk");
            store.recordImport(record);
            writer->finishRun();
            transaction.commit();
        };
    }

    // The one check: what any write of `written` must leave, revision-th time the protocol was written by
    // a path of this origin.
    static void checkInvariants(CampaignStore &store, ProtocolWriter::Origin origin, const Figures &written,
                                int revision)
    {
        QList<Protocol> stored;
        store.forEachProtocol(QStringLiteral("duma"), SourceKind::Official,
                              [&stored](const Protocol &p) { stored.append(p); });
        QCOMPARE(stored.size(), 1);
        const Protocol &protocol = stored.constFirst();
        QCOMPARE(protocol.revision, revision);
        QCOMPARE(protocol.figures, written);

        QSqlQuery raw(store.database());
        raw.prepare(QStringLiteral("SELECT updated_at FROM protocol WHERE id = :id"));
        raw.bindValue(QStringLiteral(":id"), protocol.id);
        QVERIFY(raw.exec() && raw.next());
        const QString updatedAt = raw.value(QStringLiteral("updated_at")).toString();
        static const QRegularExpression utcWithMs(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QVERIFY2(utcWithMs.match(updatedAt).hasMatch(), qPrintable(updatedAt));
        QVERIFY(qAbs(protocol.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        EntryStore entries(store);
        QCOMPARE(entries.status(protocol.id), EntryStatus::Entered);
        // Only what a person saved was checked against the form's relations.
        QCOMPARE(entries.relationErrors(protocol.id).has_value(), ProtocolWriter::personWrites(origin));

        const QList<HistoryEntry> history = entries.history(protocol.id);
        const bool rowExpected = revision > 1 || ProtocolWriter::recordsCreation(origin);
        QCOMPARE(history.isEmpty(), !rowExpected);
        if (rowExpected) {
            QCOMPARE(history.constLast().revision, revision);
            QCOMPARE(history.constLast().savedAt, protocol.updatedAt);
        }
        if (revision > 1) {
            // The replaced figures are in the change list: nothing is lost.
            QVERIFY(!history.constLast().changes.isEmpty());
        }
        const HistoryChain::Verdict verdict = HistoryChain::verify(store);
        QVERIFY(!verdict.broken);
        QCOMPARE(verdict.rows, qint64(history.size()));
    }

private slots:
    void everyPathKeepsTheInvariants_data()
    {
        QTest::addColumn<int>("origin");
        QTest::addColumn<Write>("write");
        QTest::newRow("typed save") << int(ProtocolWriter::Origin::Typed) << typed();
        QTest::newRow("program save") << int(ProtocolWriter::Origin::Program) << program();
        QTest::newRow("CSV import") << int(ProtocolWriter::Origin::Import) << csvImport();
        QTest::newRow("bulk writer") << int(ProtocolWriter::Origin::Import) << bulk();
    }

    void everyPathKeepsTheInvariants()
    {
        QFETCH(int, origin);
        QFETCH(Write, write);
        const auto from = static_cast<ProtocolWriter::Origin>(origin);
        auto store = campaign();
        const Figures first = figures(*store, 2609, 4, 36, 1242);
        write(*store, first);
        if (QTest::currentTestFailed())
            return;
        checkInvariants(*store, from, first, 1);
        if (QTest::currentTestFailed())
            return;
        const Figures corrected = figures(*store, 2609, 5, 36, 1241);
        write(*store, corrected);
        if (QTest::currentTestFailed())
            return;
        checkInvariants(*store, from, corrected, 2);
    }

    void aSaveOverANewerRevisionIsRefusedAndLosesNothing()
    {
        auto store = campaign();
        const Figures imported = figures(*store, 2609, 4, 36, 1242);
        EntrySession session(*store, QStringLiteral("operator"));
        const Protocol key = protocolWith(*store, imported);
        session.open(store->contest(QStringLiteral("duma")), ProtocolKey::of(key));
        // Someone else's write lands while the operator types.
        program()(*store, imported);
        session.setFigure(0, 100);
        QVERIFY_THROWS_EXCEPTION(SaveConflict, session.save());
        const std::optional<Protocol> stored = EntryStore(*store).find(ProtocolKey::of(key));
        QVERIFY(stored);
        QCOMPARE(stored->figures, imported);
        QCOMPARE(stored->revision, 1);
    }
};

QTEST_GUILESS_MAIN(TestProtocolWriteInvariants)
#include "TestProtocolWriteInvariants.moc"
