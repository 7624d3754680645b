// `saylau chart` as a user runs it: every kind to PNG at both sizes, SVG and PDF, and the usage errors.

#include "io/DemoCampaign.h"

#include "TestHelpers.h"

#include <QFile>
#include <QtEndian>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestCliChart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int chart(const QStringList &arguments, QByteArray *error = nullptr) const
    {
        return chartOf(m_dir.filePath(u"demo.db"_s), arguments, error);
    }

    int chartOf(const QString &campaign, const QStringList &arguments, QByteArray *error = nullptr) const
    {
        QProcess cli;
        // As from a terminal without a display: the command must find its way offscreen by itself.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SAYLAU_CLI_PATH), QStringList{u"chart"_s, campaign} + arguments);
        if (!cli.waitForFinished(60000))
            return -1;
        if (error)
            *error = cli.readAllStandardError();
        return cli.exitCode();
    }

    // A PNG's size from its header (IHDR), without a GUI library.
    static QSize pngSize(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray head = file.read(24);
        if (head.size() < 24 || !head.startsWith("\x89PNG"))
            return {};
        return {int(qFromBigEndian<quint32>(head.constData() + 16)), int(qFromBigEndian<quint32>(head.constData() + 20))};
    }

private slots:
    void initTestCase()
    {
        DemoCampaign::create(m_dir.filePath(u"demo.db"_s));
    }

    void everyKindToPng()
    {
        for (const QString &kind : {u"shares-by-region"_s, u"turnout-by-region"_s, u"shares"_s, u"turnout-histogram"_s}) {
            const QString path = m_dir.filePath(kind + u".png"_s);
            QByteArray error;
            QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, kind, u"--source"_s, u"both"_s, u"--out"_s, path},
                           &error),
                     0);
            QCOMPARE(pngSize(path), QSize(1920, 1080));
        }
        const QString big = m_dir.filePath(u"big.png"_s);
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares"_s, u"--size"_s, u"3840x2160"_s,
                        u"--out"_s, big}),
                 0);
        QCOMPARE(pngSize(big), QSize(3840, 2160));
    }

    void forensicKindsToPngAtBothSizes()
    {
        for (const QString &kind : {u"turnout-histogram-fine"_s, u"turnout-share-scatter"_s, u"fingerprint"_s,
                                    u"votes-by-turnout"_s, u"fingerprint-by-region"_s}) {
            for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
                const QString path = m_dir.filePath(kind + QString::number(size.width()) + u".png"_s);
                QByteArray error;
                QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, kind, u"--source"_s, u"official"_s,
                                u"--size"_s, u"%1x%2"_s.arg(size.width()).arg(size.height()), u"--out"_s, path},
                               &error),
                         0);
                QCOMPARE(pngSize(path), size);
            }
        }
        const QString coarse = m_dir.filePath(u"coarse.svg"_s);
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"turnout-histogram-fine"_s, u"--bin"_s, u"0.5"_s,
                        u"--out"_s, coarse}),
                 0);
        QVERIFY(QFile(coarse).size() > 1000);
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"turnout-histogram-fine"_s, u"--bin"_s, u"0.3"_s,
                        u"--out"_s, coarse}),
                 2);
    }

    void svgAndPdf()
    {
        for (const QString &suffix : {u"svg"_s, u"pdf"_s}) {
            const QString path = m_dir.filePath(u"chart."_s + suffix);
            QCOMPARE(chart({u"--contest"_s, u"city-maslikhat"_s, u"--kind"_s, u"turnout-by-region"_s, u"--out"_s, path}),
                     0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.size() > 1000);
        }
    }

    void drawsTheSourcesTheContestHasOrSaysWhyNot()
    {
        // Official figures only: one precinct of the Mazhilis, and a published country total of a maslikhat.
        const QList<qint64> figures = test::consistentKzFigures();
        const QString campaign = test::writeKzCampaign(m_dir.filePath(u"official-only.db"_s),
                                                       {{u"101"_s, SourceKind::Official, figures}});
        {
            auto store = CampaignStore::open(campaign);
            Protocol total;
            total.contestId = u"city-maslikhat"_s;
            total.territoryId = store->territoryChildren(0).constFirst().id;
            total.source = SourceKind::Official;
            total.figures = Figures(int(figures.size()));
            for (int i = 0; i < figures.size(); ++i)
                total.figures.set(i, figures.at(i));
            store->saveProtocol(total);
        }
        const QString out = m_dir.filePath(u"official.png"_s);
        QByteArray error;
        QCOMPARE(chartOf(campaign, {u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares-by-region"_s, u"--out"_s, out},
                         &error),
                 0);
        QCOMPARE(pngSize(out), QSize(1920, 1080));

        QCOMPARE(chartOf(campaign, {u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares"_s, u"--source"_s,
                                    u"observer"_s, u"--out"_s, m_dir.filePath(u"observer.png"_s)},
                         &error),
                 2);
        QVERIFY2(error.contains("no observers' copies yet"), error.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(u"observer.png"_s)));
        // Nor is an estimate drawn from copies there are none of: said as such, not as copies that are no
        // random sample.
        QCOMPARE(chartOf(campaign, {u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"estimate-vs-official"_s, u"--out"_s,
                                    m_dir.filePath(u"estimate.png"_s)},
                         &error),
                 2);
        QVERIFY2(error.contains("no observers' copies yet"), error.constData());
        QVERIFY2(!error.contains("random sample"), error.constData());

        // A published total has no regions to draw by: said, not drawn empty.
        QCOMPARE(chartOf(campaign, {u"--contest"_s, u"city-maslikhat"_s, u"--kind"_s, u"shares"_s, u"--out"_s,
                                    m_dir.filePath(u"total.png"_s)}),
                 0);
        QCOMPARE(chartOf(campaign, {u"--contest"_s, u"city-maslikhat"_s, u"--kind"_s, u"turnout-by-region"_s,
                                    u"--out"_s, m_dir.filePath(u"regions.png"_s)},
                         &error),
                 2);
        QVERIFY2(error.contains("no figures by region"), error.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(u"regions.png"_s)));
    }

    void usageErrorsExitWithTwo()
    {
        const QString out = m_dir.filePath(u"x.png"_s);
        QByteArray error;
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"pie"_s, u"--out"_s, out}, &error), 2);
        QVERIFY(error.contains("--kind"));
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares"_s}), 2);
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares"_s, u"--source"_s, u"cec"_s, u"--out"_s, out}), 2);
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares"_s, u"--out"_s, m_dir.filePath(u"x.gif"_s)}), 2);
        QCOMPARE(chart({u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares-by-region"_s, u"--sort-by"_s, u"Nobody"_s,
                        u"--out"_s, out}),
                 2);
        QCOMPARE(chart({u"--contest"_s, u"nowhere"_s, u"--kind"_s, u"shares"_s, u"--out"_s, out}), 2);
        QVERIFY(!QFile::exists(out));
    }

    void sizeIsBoundedAndTheLogoMustBeAnImage()
    {
        const QString out = m_dir.filePath(u"bounded.png"_s);
        const QStringList shares{u"--contest"_s, u"mazhilis"_s, u"--kind"_s, u"shares"_s, u"--out"_s, out};
        QByteArray error;
        // 99999x99999 once printed 762 painter warnings and "Unknown error".
        QCOMPARE(chart(shares + QStringList{u"--size"_s, u"99999x99999"_s}, &error), 2);
        QVERIFY2(error.contains("from 100 to 7680 pixels") && !error.contains("QPainter"), error.constData());
        QCOMPARE(chart(shares + QStringList{u"--size"_s, u"7681x1080"_s}), 2);
        QCOMPARE(chart(shares + QStringList{u"--size"_s, u"1920x99"_s}), 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(chart(shares + QStringList{u"--size"_s, u"100x100"_s}), 0);
        QVERIFY(QFile::remove(out));

        QCOMPARE(chart(shares + QStringList{u"--logo"_s, m_dir.filePath(u"missing.png"_s)}, &error), 2);
        QVERIFY2(error.contains("missing.png"), error.constData());
        const QString notAnImage = m_dir.filePath(u"logo.png"_s);
        QFile text(notAnImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        QCOMPARE(chart(shares + QStringList{u"--logo"_s, notAnImage}, &error), 2);
        QVERIFY2(error.contains("logo.png"), error.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliChart)
#include "TestCliChart.moc"
