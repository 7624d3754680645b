// A revision's details are built in C++ (RevisionDetails) on both engines, and compared as text with the details
// of revisions SQLite's json_object built before: the two must give the same bytes for any text.

#include "storage/RevisionDetails.h"
#include "storage/SqlDialect.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace saylau;

class TestRevisionDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameBytesAsSqlitesJsonObject_data();
    void sameBytesAsSqlitesJsonObject();
    void randomTextsGiveTheSameBytesAndReadBack();
    void columnsComparedFieldByField();

private:
    QByteArray sqliteJson(const RevisionDetails::Fields &fields);
    QSqlDatabase m_db;
};

void TestRevisionDetails::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("details"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void TestRevisionDetails::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("details"));
}

QByteArray TestRevisionDetails::sqliteJson(const RevisionDetails::Fields &fields)
{
    QStringList pairs;
    for (const char *column : RevisionDetails::columns)
        pairs.append(QStringLiteral("'%1', ?").arg(QLatin1String(column)));
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT json_object(%1)").arg(pairs.join(QStringLiteral(", ")))))
        return "cannot prepare: " + query.lastError().text().toUtf8();
    for (int i = 0; i < RevisionDetails::fieldCount; ++i)
        query.bindValue(i, fields.at(size_t(i)));
    if (!query.exec() || !query.next())
        return "cannot run: " + query.lastError().text().toUtf8();
    return query.value(0).toString().toUtf8();
}

void TestRevisionDetails::sameBytesAsSqlitesJsonObject_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString(QLatin1String(""));
    QTest::newRow("plain") << QStringLiteral("entered");
    QTest::newRow("extra json") << QStringLiteral("{\"note\":\"a\\\\b\"}");
    QTest::newRow("quotes and backslashes") << QStringLiteral("\"quoted\" \\back\\slash\\");
    QTest::newRow("controls") << QStringLiteral("tab\there\nnew\rcr\bbs\fff\x01\x1f\x7f end");
    QTest::newRow("cyrillic and kazakh") << QStringLiteral("«Қайта санау» — учаскелік комиссия №12");
    QTest::newRow("outside the basic plane") << QStringLiteral("ballot 🗳 ok");
    QTest::newRow("slash and unicode separators") << QStringLiteral("a/b \u2028 \u2029 \u00a0");
}

void TestRevisionDetails::sameBytesAsSqlitesJsonObject()
{
    QFETCH(QString, text);
    RevisionDetails::Fields fields;
    for (int i = 0; i < RevisionDetails::fieldCount; ++i)
        fields.at(size_t(i)) = i % 2 == 0 ? text : QStringLiteral("other %1").arg(i);
    QCOMPARE(RevisionDetails::toJson(fields), sqliteJson(fields));
    QCOMPARE(RevisionDetails::fromJson(RevisionDetails::toJson(fields)), fields);
}

void TestRevisionDetails::randomTextsGiveTheSameBytesAndReadBack()
{
    QRandomGenerator random(20261130);
    for (int round = 0; round < 300; ++round) {
        RevisionDetails::Fields fields;
        for (QString &field : fields) {
            // The columns are NOT NULL: an empty text, never a null one.
            field = QLatin1String("");
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i) {
                // Mostly the first 128 code points (every control character among them), some Cyrillic.
                const char32_t code = random.bounded(4) == 0 ? char32_t(0x400 + random.bounded(0x100))
                                                             : char32_t(1 + random.bounded(127));
                field.append(QChar(char16_t(code)));
            }
        }
        QCOMPARE(RevisionDetails::toJson(fields), sqliteJson(fields));
        QCOMPARE(RevisionDetails::fromJson(RevisionDetails::toJson(fields)), fields);
    }
}

void TestRevisionDetails::columnsComparedFieldByField()
{
    QSqlQuery query(m_db);
    QStringList columns;
    for (const char *column : RevisionDetails::columns)
        columns.append(QLatin1String(column) + QStringLiteral(" TEXT NOT NULL"));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE p (%1, details TEXT)").arg(columns.join(QStringLiteral(", ")))));
    RevisionDetails::Fields fields = {QStringLiteral("verified"), QStringLiteral("{}"), QStringLiteral("+7 701"),
                                      QStringLiteral("Айгерим \"А\""), QStringLiteral("2026-11-30T10:00:00.000Z"),
                                      QStringLiteral("photo"), QStringLiteral("line\nbreak")};
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    for (int i = 0; i < RevisionDetails::fieldCount; ++i)
        query.bindValue(i, fields.at(size_t(i)));
    query.bindValue(RevisionDetails::fieldCount, QString::fromUtf8(RevisionDetails::toJson(fields)));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QString same = RevisionDetails::sameAsColumns(SqlDialect(SqlDialect::Engine::SQLite), QStringLiteral("p.details"),
                                                        QStringLiteral("p"));
    const auto holds = [&] {
        QSqlQuery check(m_db);
        return check.exec(QStringLiteral("SELECT %1 FROM p").arg(same)) && check.next() && check.value(0).toBool();
    };
    QVERIFY(holds());
    // Any one field changed is told apart.
    for (int i = 0; i < RevisionDetails::fieldCount; ++i) {
        RevisionDetails::Fields changed = fields;
        changed.at(size_t(i)) += QLatin1Char('x');
        QSqlQuery update(m_db);
        QVERIFY(update.prepare(QStringLiteral("UPDATE p SET details = ?")));
        update.bindValue(0, QString::fromUtf8(RevisionDetails::toJson(changed)));
        QVERIFY(update.exec());
        QVERIFY2(!holds(), RevisionDetails::columns.at(size_t(i)));
    }
}

QTEST_GUILESS_MAIN(TestRevisionDetails)
#include "TestRevisionDetails.moc"
