#include "TestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;
using saylau::test::CliRun;
using saylau::test::runSaylau;

// The malformed-input corpus: files that are broken in every way a results file can be (encodings, quoting,
// NULs and control characters, sizes, numbers, repeated columns and rows, headers), each generated here,
// each imported with `saylau import` into a campaign that already holds an import. Every one must be
// refused with exit code 2 and a message naming what is wrong and where, and must leave the campaign's
// contents exactly as they were (a digest of every row of every table, before and after).
class TestMalformedInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_files = 0;

    // The header every case starts from: a region, a TIK, the precinct, line 1 (voters) and party 6.
    static QByteArray header()
    {
        return "region,tik,uik,\"Число избирателей, внесенных в список избирателей\","
               "\"6. Всероссийская политическая партия \"\"ЕДИНАЯ РОССИЯ\"\"\"\n";
    }

    static QByteArray rows(int from, int count)
    {
        QByteArray bytes;
        for (int i = from; i < from + count; ++i)
            bytes += "Область,ТИК " + QByteArray::number(i % 7) + "," + QByteArray::number(i) + ",1000,"
                     + QByteArray::number(i % 500) + "\n";
        return bytes;
    }

    // Every row of every table, in order, through one hash: equal digests mean equal contents.
    static QByteArray digest(const QString &path)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot open %s", qPrintable(path));
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &name : std::as_const(names)) {
                hash.addData(name.toUtf8());
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name));
                while (rows.next()) {
                    for (int c = 0; c < rows.record().count(); ++c)
                        hash.addData(rows.value(c).toString().toUtf8().append('\x1f'));
                    hash.addData("\x1e");
                }
            }
            QSqlQuery version(db);
            version.exec(QStringLiteral("PRAGMA user_version"));
            version.next();
            hash.addData(version.value(0).toString().toUtf8());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("digest"));
        return hash.result().toHex();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("campaign.db"));
        const CliRun init = runSaylau({QStringLiteral("init"), m_db, QStringLiteral("--preset"), QStringLiteral("ru-duma-2011")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString good = test::writeFixture(m_dir.filePath(QStringLiteral("good.csv")), header() + rows(1, 20));
        const CliRun import = runSaylau({QStringLiteral("import"), m_db, good, QStringLiteral("--source"),
                                         QStringLiteral("official"), QStringLiteral("--quiet")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    }

    void refusedWithItsMessageAndNothingChanges_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("fragments");

        const auto add = [&](const char *name, const QByteArray &bytes, const QStringList &fragments,
                             const QStringList &options = {}, const QString &fileName = QStringLiteral("data.csv")) {
            QTest::newRow(name) << bytes << fileName << options << 2 << fragments;
        };
        const QByteArray h = header();
        const QString utf8 = QStringLiteral("is not valid UTF-8");

        // Encodings: whatever the position, a byte the encoding in use lacks names its line and column.
        add("utf-8 with one 0xFF", h + rows(1, 3) + "Обл\xFF" "асть,ТИК,9,10,1\n", {u"line 5, column 1"_s, u"0xFF"_s, utf8});
        add("utf-8 with a Latin-1 é", h + "Caf\xE9,ТИК,9,10,1\n", {u"line 2, column 1"_s, u"0xE9"_s, utf8});
        add("bom then windows-1251", "\xEF\xBB\xBF" + h + "\xCE\xE1\xEB\xE0\xF1\xF2\xFC,ТИК,9,10,1\n",
            {u"line 2, column 1"_s, u"0xCE"_s, u"UTF-8 (BOM)"_s, u"byte-order mark"_s});
        {
            QByteArray big = h + rows(1, 30000); // over a megabyte of UTF-8 before the bad row
            const int line = 30002;
            QVERIFY(big.size() > (1 << 20));
            add("windows-1251 row after the first megabyte", big + "\xCE\xE1\xEB,ТИК,40000,10,1\n",
                {QStringLiteral("line %1, column 1").arg(line), u"0xCE"_s, utf8});
        }
        add("windows-1251 with 0x98", "\xF0\xE5\xE3\xE8\xEE\xED,tik,uik,1\n\xCE\xE1\xEB\x98,T,1,10\n",
            {u"line 2, column 1"_s, u"0x98"_s, u"Windows-1251"_s});
        add("truncated sequence at the end", h + "Область,ТИК,9,10,1\xD0", {u"line 2, column 5"_s, u"0xD0"_s, utf8});
        add("overlong encoding", h + "A\xC0\x80,ТИК,9,10,1\n", {u"line 2, column 1"_s, u"0xC0"_s});
        add("encoded surrogate", h + "A\xED\xA0\x80,ТИК,9,10,1\n", {u"line 2, column 1"_s, u"0xED"_s});
        add("code point above U+10FFFF", h + "A\xF4\x90\x80\x80,ТИК,9,10,1\n", {u"line 2, column 1"_s, u"0xF4"_s});
        add("sequence cut by a delimiter", h + "Обл\xD0,\xB0ТИК,9,10,1\n", {u"line 2, column 1"_s, u"0xD0"_s, utf8});
        add("stray continuation byte", h + "Область,\x80ТИК,9,10,1\n", {u"line 2, column 2"_s, u"0x80"_s});
        add("bad byte inside a quoted line break", h + "\"Об\nласть\xFF\",ТИК,9,10,1\n", {u"line 3, column 1"_s, u"0xFF"_s});
        add("utf-16 file", QByteArray("\xFF\xFE") + QByteArray("r\0e\0g\0,\0u\0i\0k\0\n\0", 16),
            {u"column 1"_s, u"control character"_s});

        // Quoting: RFC 4180 or an error, never a guess.
        add("text after a closing quote", h + "Область,ТИК,9,\"26\"09,1\n", {u"line 2, column 4"_s, u"closing quote"_s});
        add("space after a closing quote", h + "Область,ТИК,9,\"26\" ,1\n", {u"line 2, column 4"_s, u"closing quote"_s});
        add("quote closed mid-name", h + "\"Обл\"асть,ТИК,9,10,1\n", {u"line 2, column 1"_s, u"closing quote"_s});
        add("quote never closed", h + "Область,ТИК,9,\"10,1\nОбласть,ТИК,10,10,1\n", {u"line 2, column 4"_s, u"never closed"_s});
        add("quote never closed in the header", "region,\"tik,uik\n1,2,3\n", {u"line 1, column 2"_s, u"never closed"_s});

        // NULs and control characters in names: refused, not stripped.
        add("NUL in a region", h + QByteArray("Обл") + '\0' + "асть,ТИК,9,10,1\n", {u"line 2, column 1"_s, u"U+0000"_s});
        add("NUL in a precinct", h + QByteArray("Область,ТИК,9") + '\0' + ",10,1\n", {u"line 2, column 3"_s, u"U+0000"_s});
        add("line break in a quoted name", h + "\"Обл\nасть\",ТИК,9,10,1\n", {u"line 2, column 1"_s, u"U+000A"_s});
        add("escape in a TIK", h + "Область,ТИК\x1B[31m,9,10,1\n", {u"line 2, column 2"_s, u"U+001B"_s});
        add("DEL in a TIK", h + "Область,Т\x7FИК,9,10,1\n", {u"line 2, column 2"_s, u"U+007F"_s});
        add("NUL in the header", QByteArray("region,t") + '\0' + "ik,uik,1\nA,B,1,1\n", {u"line 1, column 2"_s, u"U+0000"_s});
        add("NUL in a count", h + QByteArray("Область,ТИК,9,1") + '\0' + "0,1\n", {u"line 2, column 4"_s, u"not a whole number"_s});

        // Sizes.
        add("a megabyte-long bad number", h + "Область,ТИК,9," + QByteArray(1 << 20, '7') + "x,1\n",
            {u"line 2, column 4"_s, u"\u2026"_s});
        add("a record over 16 MB", h + "Область,ТИК,9,\"" + QByteArray(17 << 20, 'x') + "\",1\n",
            {u"line 2"_s, u"longer than 16 MB"_s});
        add("an empty file", QByteArray(), {u"is empty"_s});
        add("blank lines only", "\n\r\n\n", {u"is empty"_s});
        add("a row with more fields", h + "Область,ТИК,9,10,1,extra\n", {u"line 2"_s, u"6 fields, the header has 5"_s});
        add("a row with fewer fields", h + "Область,ТИК,9\n", {u"line 2"_s, u"3 fields, the header has 5"_s});

        // Numbers.
        add("a count above the maximum", h + "Область,ТИК,9,1000000001,1\n", {u"line 2, column 4"_s, u"above 1000000000"_s});
        add("the 64-bit maximum", h + "Область,ТИК,9,9223372036854775807,1\n", {u"line 2, column 4"_s, u"above 1000000000"_s});
        add("beyond 64 bits", h + "Область,ТИК,9,99999999999999999999999,1\n", {u"line 2, column 4"_s, u"above"_s});
        add("grouped above the maximum", h + "Область,ТИК,9,\"1 000 000 001\",1\n", {u"line 2, column 4"_s, u"above"_s});
        add("negative", h + "Область,ТИК,9,-5,1\n", {u"line 2, column 4"_s, u"negative"_s});
        add("typographic minus", h + "Область,ТИК,9,\xE2\x88\x92" "5,1\n", {u"line 2, column 4"_s, u"negative"_s});
        add("a fraction", h + "Область,ТИК,9,1.5,1\n", {u"line 2, column 4"_s, u"not a whole number"_s});
        add("an exponent", h + "Область,ТИК,9,1e3,1\n", {u"line 2, column 4"_s, u"not a whole number"_s});
        add("bad grouping", h + "Область,ТИК,9,12 34,1\n", {u"line 2, column 4"_s, u"not a whole number"_s});
        add("hexadecimal", h + "Область,ТИК,9,0x10,1\n", {u"line 2, column 4"_s, u"not a whole number"_s});
        add("Arabic-Indic digits", h + "Область,ТИК,9,\xD9\xA1\xD9\xA2,1\n", {u"line 2, column 4"_s, u"not a whole number"_s});

        // Repeated columns and rows.
        add("a repeated count column that disagrees",
            "region,tik,uik,\"Число избирателей, внесенных в список избирателей\",\"Число избирателей, внесенных в список избирателей\"\n"
            "Область,ТИК,9,10,10\nОбласть,ТИК,10,10,11\n",
            {u"line 3"_s, u"columns 4"_s, u"and 5"_s, u"(10 and 11)"_s});
        add("a precinct twice", h + "Область,ТИК,9,10,1\nОбласть,ТИК,9,10,1\n", {u"line 3"_s, u"appears twice"_s, u"first on line 2"_s});

        // Headers and mappings.
        add("no precinct column", "region,tik,\"Число избирателей, внесенных в список избирателей\"\nA,B,1\n",
            {u"no column gives the precinct number"_s});
        add("no count column", "region,tik,uik,comment\nA,B,1,x\n", {u"no column maps to a line"_s});
        add("strict with a column kept as text", "region,tik,uik,1,comment\nA,B,1,1,x\n", {u"column 5"_s, u"--strict"_s},
            {QStringLiteral("--strict")});
        // (A row with its TIK but no precinct is a unit counted by the TIK itself, not an error.)
        add("an empty precinct and TIK cell", h + "Область,,,10,1\n", {u"line 2, column 3"_s, u"the cell is empty"_s});
        add("a file name with %1 in it", h + rows(1, 1) + "Область,ТИК,9,x,1\n", {u"data%1%2.csv, line 3, column 4"_s},
            {}, QStringLiteral("data%1%2.csv"));
        add("binary data", QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), {u"no column gives the precinct number"_s});
    }

    void refusedWithItsMessageAndNothingChanges()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, fragments);

        const QString folder = m_dir.filePath(QString::number(++m_files));
        QVERIFY(QDir().mkpath(folder));
        const QString path = test::writeFixture(folder + QLatin1Char('/') + fileName, bytes);
        const QByteArray before = digest(m_db);
        const CliRun run = runSaylau(QStringList{QStringLiteral("import"), m_db, path, QStringLiteral("--source"),
                                                 QStringLiteral("official"), QStringLiteral("--quiet")}
                                     + options);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        for (const QString &fragment : fragments)
            QVERIFY2(run.err.contains(fragment), qPrintable(fragment + QStringLiteral(" not in: ") + run.err.left(2000)));
        // One message line, whatever the size of the input that caused it.
        QVERIFY2(run.err.size() < 600, qPrintable(QString::number(run.err.size())));
        QCOMPARE(digest(m_db), before);
    }

    void theSameRowsInOneEncodingImport()
    {
        // The cases above are refused for what is wrong in them, not for their shape: the same header and
        // rows, well formed, import.
        const QString path = test::writeFixture(m_dir.filePath(QStringLiteral("fine.csv")),
                                                header() + "\"Обл\"\"асть\",ТИК,900,\"1 000 000 000\",1\n");
        const CliRun run = runSaylau({QStringLiteral("import"), m_db, path, QStringLiteral("--source"),
                                      QStringLiteral("official"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Imported 1 rows")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "TestMalformedInput.moc"
