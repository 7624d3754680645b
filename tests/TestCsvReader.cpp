#include "TestHelpers.h"

#include "domain/SaylauError.h"
#include "io/CountParser.h"
#include "io/CsvReader.h"
#include "text/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// The CSV reader as spreadsheets and CEC exports exercise it: RFC 4180 quoting, line breaks inside fields,
// encodings and delimiters sniffed, physical line numbers, blocks much smaller than the file; and the counts
// parser that reads its cells.
class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        return test::writeFixture(m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files)), bytes);
    }

    static QList<QStringList> readAll(CsvReader &reader, QList<qint64> *lines = nullptr)
    {
        QList<QStringList> records;
        while (reader.readRecord()) {
            records.append(reader.fields());
            if (lines)
                lines->append(reader.recordLine());
        }
        return records;
    }

private slots:
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks()
    {
        CsvReader reader(write("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\r\n"));
        const QList<QStringList> records = readAll(reader);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")}));
    }

    void headerSpanningLinesAndLineNumbersArePhysical()
    {
        CsvReader reader(write("region,\"Число\nизбирателей\",uik\n"
                               "A,1,1\n"
                               "\n"
                               "B,\"2\",\"note\non two lines\"\n"
                               "C,3,3"));
        QList<qint64> lines;
        const QList<QStringList> records = readAll(reader, &lines);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).at(1), QStringLiteral("Число\nизбирателей"));
        // The header takes lines 1-2, a blank line 4 is skipped, the quoted break makes record 3 two lines.
        QCOMPARE(lines, (QList<qint64>{1, 3, 5, 7}));
        QCOMPARE(records.at(3), (QStringList{QStringLiteral("C"), QStringLiteral("3"), QStringLiteral("3")}));
    }

    void lineEndsOfEveryKind_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n\r\n3,4\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r\r3,4\r");
        QTest::newRow("no final break") << QByteArray("a,b\r\n1,2\r\n\r\n3,4");
    }

    void lineEndsOfEveryKind()
    {
        QFETCH(QByteArray, bytes);
        CsvReader reader(write(bytes));
        QList<qint64> lines;
        const QList<QStringList> records = readAll(reader, &lines);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(2), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
    }

    void trailingDelimiterGivesAnEmptyLastField()
    {
        CsvReader reader(write("a,b,\n1,2,\n"));
        const QList<QStringList> records = readAll(reader);
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QString()}));
    }

    void unclosedQuoteNamesTheLineItOpened()
    {
        CsvReader reader(write("a,b\n1,2\n3,\"open\nnever closed\n"));
        try {
            readAll(reader);
            QFAIL("an unclosed quote was accepted");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(QLatin1String("line 3")), qPrintable(error.message()));
        }
    }

    void encodingsAreSniffed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = QStringLiteral("Регион;Ёлкино «УИК»\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(CsvReader::Encoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(CsvReader::Encoding::Utf8Bom);
        // Windows-1251 bytes of the same text.
        QTest::newRow("windows-1251") << QByteArray("\xD0\xE5\xE3\xE8\xEE\xED;\xA8\xEB\xEA\xE8\xED\xEE \xAB\xD3\xC8\xCA\xBB\n")
                                      << int(CsvReader::Encoding::Windows1251);
    }

    void encodingsAreSniffed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        CsvReader reader(write(bytes));
        QCOMPARE(int(reader.encoding()), encoding);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("Регион"), QStringLiteral("Ёлкино «УИК»")}));
    }

    void delimitersAreSniffed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,\"c;d\"\n1,2,3\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;\"b,c\";d\n1;2;3\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb, c\td\n1\t2\t3\n") << '\t';
    }

    void delimitersAreSniffed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        CsvReader reader(write(bytes));
        QCOMPARE(reader.delimiter(), delimiter);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fieldCount(), 3);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    }

    void recordsAcrossBlockBoundariesAreWhole()
    {
        // 3 MB: several read blocks, with quoted fields and line breaks falling on every offset.
        QByteArray bytes = "n,text,m\n";
        for (int i = 0; i < 60000; ++i)
            bytes += QByteArray::number(i) + ",\"a,\"\"b\"\"\nc " + QByteArray(i % 17, 'x') + "\"," + QByteArray::number(i) + "\r\n";
        CsvReader reader(write(bytes));
        QVERIFY(reader.readRecord());
        int count = 0;
        while (reader.readRecord()) {
            QCOMPARE(reader.fieldCount(), 3);
            QCOMPARE(reader.fieldBytes(0), QByteArray::number(count));
            QCOMPARE(reader.field(1), QStringLiteral("a,\"b\"\nc ") + QString(count % 17, u'x'));
            QCOMPARE(reader.recordLine(), qint64(2 + 2 * count));
            ++count;
        }
        QCOMPARE(count, 60000);
        QCOMPARE(reader.bytesRead(), reader.size());
    }

    void writerOutputReadsBackUnchanged()
    {
        const QStringList fields{QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("\"quoted\""),
                                 QStringLiteral("two\nlines"), QString()};
        CsvReader reader(write(CsvWriter::record(fields) + CsvWriter::record(fields)));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), fields);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), fields);
        QVERIFY(!reader.readRecord());
    }

    void writerDisarmsFormulasButNotNumbers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+cmd") << QByteArray("'+cmd");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QByteArray("'@SUM(1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("negative number") << QStringLiteral("-12") << QByteArray("-12");
        QTest::newRow("negative fraction") << QStringLiteral("-0.5") << QByteArray("-0.5");
        QTest::newRow("signed number") << QStringLiteral("+7") << QByteArray("+7");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("lone minus") << QStringLiteral("-") << QByteArray("'-");
    }

    void writerDisarmsFormulasButNotNumbers()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        QCOMPARE(CsvWriter::field(field), written);
    }

    void encodingIsChosenByTheDocumentedRule_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QByteArray cyrillic = QStringLiteral("Регион,УИК №\nСвердловская область,447\n").toUtf8();
        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(CsvReader::Encoding::Utf8);
        // One stray byte does not make a UTF-8 file Windows-1251: it stays UTF-8, and the byte is an error.
        QTest::newRow("utf-8 with a stray byte") << cyrillic + "\xFF\n" << int(CsvReader::Encoding::Utf8);
        // "К№" in Windows-1251 (CA B9) happens to be well-formed UTF-8; the rest of the text outvotes it.
        QTest::newRow("windows-1251 with a well-formed pair")
            << QByteArray("\xD0\xE5\xE3\xE8\xEE\xED,\xD3\xC8\xCA\xB9\n") << int(CsvReader::Encoding::Windows1251);
        QTest::newRow("bom") << "\xEF\xBB\xBF" + cyrillic << int(CsvReader::Encoding::Utf8Bom);
    }

    void encodingIsChosenByTheDocumentedRule()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        CsvReader reader(write(bytes));
        QCOMPARE(int(reader.encoding()), encoding);
    }

    void bytesTheEncodingLacksAreErrorsWhereverTheyAre_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        const QByteArray rows = QStringLiteral("регион,уик\nМосква,1\n").toUtf8();
        QTest::newRow("stray byte") << rows + "Моск\xFF" "ва,2\n" << QStringLiteral("line 3, column 1: the byte 0xFF");
        QTest::newRow("lead byte at the end") << rows + "Москва,2\xD0" << QStringLiteral("line 3, column 2: the byte 0xD0");
        QTest::newRow("sequence cut by a delimiter")
            << rows + "Моск\xD0,\xB0" "2\n" << QStringLiteral("line 3, column 1: the byte 0xD0");
        QTest::newRow("after a quoted line break")
            << rows + "\"Мо\nск\xC0\x80\",2\n" << QStringLiteral("line 4, column 1: the byte 0xC0");
        QTest::newRow("bom then windows-1251")
            << "\xEF\xBB\xBF" + rows + "\xCC\xEE\xF1\xEA\xE2\xE0,2\n" << QStringLiteral("line 3, column 1: the byte 0xCC");
        QTest::newRow("0x98 in windows-1251")
            << QByteArray("\xF0\xE5\xE3\xE8\xEE\xED,\xF3\xE8\xEA\n\xCC\xEE\x98,1\n")
            << QStringLiteral("line 2, column 1: the byte 0x98 is not valid Windows-1251");
        QByteArray late = rows;
        for (int i = 0; i < 60000; ++i)
            late += QStringLiteral("Москва,%1\n").arg(i).toUtf8();
        QTest::newRow("windows-1251 after the first megabyte")
            << late + "\xCC\xEE\xF1,2\n" << QStringLiteral("line 60003, column 1: the byte 0xCC");
    }

    void bytesTheEncodingLacksAreErrorsWhereverTheyAre()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        // Tiny blocks put every sequence and record across a block's edge: the place must not move.
        for (const qsizetype blockSize : {qsizetype(5), qsizetype(64), CsvReader::defaultBlockSize}) {
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            CsvReader reader(&buffer, QStringLiteral("f.csv"), blockSize);
            try {
                while (reader.readRecord()) {
                }
                QFAIL(qPrintable(QStringLiteral("accepted with blocks of %1 bytes").arg(blockSize)));
            } catch (const SaylauError &error) {
                QVERIFY2(error.message().startsWith(QStringLiteral("f.csv, ") + where), qPrintable(error.message()));
            }
        }
    }

    void textAfterAClosingQuoteIsAnError()
    {
        CsvReader reader(write("a,b\n\"x\",\"y\"\r\n1,\"26\"09\n"));
        QVERIFY(reader.readRecord());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        try {
            reader.readRecord();
            QFAIL("\"26\"09 was read");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(QLatin1String("line 3, column 2: text after the closing quote")),
                     qPrintable(error.message()));
        }
    }

    void countsAcceptThousandsSeparators_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("value");
        using S = CountParser::Status;
        QTest::newRow("plain") << QByteArray("2609") << int(S::Ok) << qint64(2609);
        QTest::newRow("zero") << QByteArray("0") << int(S::Ok) << qint64(0);
        QTest::newRow("space") << QByteArray("1 234") << int(S::Ok) << qint64(1234);
        QTest::newRow("utf-8 nbsp") << QByteArray("1\xC2\xA0" "234\xC2\xA0" "567") << int(S::Ok) << qint64(1234567);
        QTest::newRow("cp1251 nbsp") << QByteArray("12\xA0" "345") << int(S::Ok) << qint64(12345);
        QTest::newRow("thin space") << QByteArray("1\xE2\x80\x89" "000") << int(S::Ok) << qint64(1000);
        QTest::newRow("padded") << QByteArray("  42 ") << int(S::Ok) << qint64(42);
        QTest::newRow("empty") << QByteArray("") << int(S::Empty) << qint64(0);
        QTest::newRow("blank") << QByteArray("   ") << int(S::Empty) << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << int(S::Negative) << qint64(-3);
        QTest::newRow("unicode minus") << QByteArray("\xE2\x88\x92" "3") << int(S::Negative) << qint64(-3);
        QTest::newRow("letters") << QByteArray("12a") << int(S::NotANumber) << qint64(0);
        QTest::newRow("decimal") << QByteArray("12.5") << int(S::NotANumber) << qint64(0);
        QTest::newRow("bad grouping") << QByteArray("12 34") << int(S::NotANumber) << qint64(0);
        QTest::newRow("dash") << QByteArray("-") << int(S::NotANumber) << qint64(0);
        QTest::newRow("huge") << QByteArray("99999999999999999999") << int(S::TooLarge) << qint64(0);
        QTest::newRow("at the bound") << QByteArray("1000000000") << int(S::Ok) << qint64(1000000000);
        QTest::newRow("grouped at the bound") << QByteArray("1 000 000 000") << int(S::Ok) << qint64(1000000000);
        QTest::newRow("one above the bound") << QByteArray("1000000001") << int(S::TooLarge) << qint64(0);
        QTest::newRow("grouped above the bound") << QByteArray("1 000 000 001") << int(S::TooLarge) << qint64(0);
        QTest::newRow("64-bit maximum") << QByteArray("9223372036854775807") << int(S::TooLarge) << qint64(0);
    }

    void countsAcceptThousandsSeparators()
    {
        QFETCH(QByteArray, cell);
        QFETCH(int, status);
        QFETCH(qint64, value);
        const CountParser::Result result = CountParser::parse(cell);
        QCOMPARE(int(result.status), status);
        if (status == int(CountParser::Status::Ok) || status == int(CountParser::Status::Negative))
            QCOMPARE(result.value, value);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
