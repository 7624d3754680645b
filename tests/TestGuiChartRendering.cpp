// Every chart kind drawn offscreen from the demo: a full-HD PNG with content in it, SVG and PDF files, and
// the Qt chart carrying exactly the values the core computed.

#include "analysis/ChartDataBuilder.h"
#include "charts/ChartRenderer.h"
#include "charts/ChartsPane.h"
#include "domain/SaylauError.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"

#include "TestHelpers.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestGuiChartRendering : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;

    ChartSpec spec(ChartSpec::Kind kind) const
    {
        ChartDataBuilder::Options options;
        options.kind = kind;
        options.sources = {SourceKind::Observer, SourceKind::Official};
        options.organisation = u"ОФ «Әділ сайлау» — ғқңөұүһі"_s;
        return ChartDataBuilder::build(*m_store, u"mazhilis"_s, options);
    }

    // The pane as a user sees it, on this campaign.
    static std::unique_ptr<ChartsPane> openPane(CampaignStore *store)
    {
        auto pane = std::make_unique<ChartsPane>();
        pane->setCampaign(store);
        pane->resize(1200, 700);
        pane->show();
        return pane;
    }

private slots:
    void initTestCase()
    {
        DemoCampaign::create(m_dir.filePath(u"demo.db"_s));
        m_store = CampaignStore::open(m_dir.filePath(u"demo.db"_s));
    }

    void eachKind_data()
    {
        QTest::addColumn<ChartSpec::Kind>("kind");
        for (ChartSpec::Kind kind : ChartSpec::allKinds())
            QTest::newRow(qPrintable(ChartSpec::kindName(kind))) << kind;
    }

    void eachKind()
    {
        QFETCH(ChartSpec::Kind, kind);
        const ChartRenderer renderer(spec(kind));

        // The chart holds the core's values, set by set.
        std::unique_ptr<QChart> chart(renderer.createChart(1080));
        QAbstractBarSeries *bars = nullptr;
        int lines = 0;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *b = qobject_cast<QAbstractBarSeries *>(series))
                bars = b;
            if (qobject_cast<QLineSeries *>(series))
                ++lines;
        }
        QVERIFY(bars);
        QCOMPARE(lines, renderer.spec().markers.size());
        QCOMPARE(bars->count(), renderer.spec().series.size());
        for (const ChartSpec::Series &expected : renderer.spec().series) {
            const QList<QBarSet *> sets = bars->barSets();
            const auto found = std::find_if(sets.cbegin(), sets.cend(), [&](QBarSet *s) { return s->label() == expected.name; });
            QVERIFY2(found != sets.cend(), qPrintable(expected.name));
            QCOMPARE((*found)->count(), expected.values.size());
            for (int i = 0; i < expected.values.size(); ++i)
                QCOMPARE((*found)->at(i), expected.values.at(i));
            QCOMPARE((*found)->color(), QColor(expected.color));
        }

        // A full-HD slide with something on it: far more than a white page's worth of non-white pixels.
        const QImage image = renderer.image(ChartRenderer::fullHd());
        QCOMPARE(image.size(), QSize(1920, 1080));
        int inked = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        QVERIFY2(inked > 2000, qPrintable(QString::number(inked)));

        const QString base = m_dir.filePath(ChartSpec::kindName(kind));
        renderer.save(base + u".png"_s, ChartRenderer::ultraHd());
        QCOMPARE(QImage(base + u".png"_s).size(), QSize(3840, 2160));
        renderer.save(base + u".svg"_s, ChartRenderer::fullHd());
        renderer.save(base + u".pdf"_s, ChartRenderer::fullHd());
        QFile svg(base + u".svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        // Text stays text in SVG, Kazakh letters included.
        QVERIFY(svgText.contains(u"Әділ"_s.toUtf8()));
        QFile pdf(base + u".pdf"_s);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 5000);
    }

    void paneDrawsExportsAndCopies()
    {
        const auto pane = openPane(m_store.get());
        auto *kind = pane->findChild<QComboBox *>(u"chartKind"_s);
        auto *source = pane->findChild<QComboBox *>(u"chartSource"_s);
        auto *contest = pane->findChild<QComboBox *>(u"chartContest"_s);
        QVERIFY(kind && source && contest);
        auto *form = qobject_cast<QFormLayout *>(kind->parentWidget()->layout()->itemAt(0)->layout()->itemAt(0)->layout());
        QVERIFY(form);
        auto *kindLabel = qobject_cast<QLabel *>(form->labelForField(kind));
        QVERIFY(kindLabel && !kindLabel->text().isEmpty());
        contest->setCurrentIndex(contest->findData(u"mazhilis"_s));
        kind->setFocus();
        // Keys as a user types them: the third kind is the shares, observed against official.
        QTest::keyClick(kind, Qt::Key_Home);
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(pane->options().kind, ChartSpec::Kind::Shares);
        source->setCurrentIndex(source->findData(u"both"_s));
        QCOMPARE(pane->options().sources, (QList<SourceKind>{SourceKind::Observer, SourceKind::Official}));

        // Party colours chosen by the press staff replace the ballot's (and are kept for the next session).
        QCOMPARE(pane->options().partyColors.size(), 0);

        const QImage slide = pane->slide(ChartRenderer::fullHd());
        QCOMPARE(slide.size(), QSize(1920, 1080));
        pane->copyToClipboard();
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(1920, 1080));
        const QString path = m_dir.filePath(u"pane.png"_s);
        pane->exportTo(path, ChartRenderer::ultraHd());
        QCOMPARE(QImage(path).size(), QSize(3840, 2160));
        const QString report = m_dir.filePath(u"pane-report.pdf"_s);
        pane->exportReport(report);
        QFile pdf(report);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pane->setCampaign(nullptr);
        QVERIFY(pane->slide(ChartRenderer::fullHd()).isNull());
    }

    void paneShowsTheSourcesTheContestHasOrSaysWhy()
    {
        const auto store = CampaignStore::open(test::writeKzCampaign(
            m_dir.filePath(u"official-only.db"_s), {{u"101"_s, SourceKind::Official, test::consistentKzFigures()}}));
        const auto pane = openPane(store.get());
        auto *contest = pane->findChild<QComboBox *>(u"chartContest"_s);
        auto *source = pane->findChild<QComboBox *>(u"chartSource"_s);
        auto *canvas = pane->findChild<QWidget *>(u"chartCanvas"_s);
        QVERIFY(contest && source && canvas);
        contest->setCurrentIndex(contest->findData(u"mazhilis"_s));
        QCOMPARE(source->currentData().toString(), u"official"_s);
        QCOMPARE(pane->options().sources, QList<SourceKind>{SourceKind::Official});
        QVERIFY(!pane->slide(ChartRenderer::fullHd()).isNull());
        QVERIFY(canvas->accessibleDescription().isEmpty());

        // The user asks for the observers' figures: no chart, and the reason where the chart would be.
        source->setFocus();
        QTest::keyClick(source, Qt::Key_Home);
        QCOMPARE(source->currentData().toString(), u"observer"_s);
        QVERIFY(pane->slide(ChartRenderer::fullHd()).isNull());
        QVERIFY2(canvas->accessibleDescription().contains(u"no observers' copies yet"_s),
                 qPrintable(canvas->accessibleDescription()));

        // A contest with no protocols at all says so too.
        contest->setCurrentIndex(contest->findData(u"city-maslikhat"_s));
        QVERIFY(pane->slide(ChartRenderer::fullHd()).isNull());
        QVERIFY2(canvas->accessibleDescription().contains(u"has no protocols yet"_s),
                 qPrintable(canvas->accessibleDescription()));

        // The demo has both: both are drawn.
        pane->setCampaign(m_store.get());
        contest->setCurrentIndex(contest->findData(u"mazhilis"_s));
        QCOMPARE(pane->options().sources, (QList<SourceKind>{SourceKind::Observer, SourceKind::Official}));
        pane->setCampaign(nullptr);
    }

    void refusesAnUnknownFormat()
    {
        const ChartRenderer renderer(spec(ChartSpec::Kind::Shares));
        QVERIFY_THROWS_EXCEPTION(SaylauError, renderer.save(m_dir.filePath(u"chart.gif"_s), ChartRenderer::fullHd()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"chart.gif"_s)));
    }
};

QTEST_MAIN(TestGuiChartRendering)
#include "TestGuiChartRendering.moc"
