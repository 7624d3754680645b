// Every chart kind drawn offscreen from the demo: a full-HD PNG with content in it, SVG and PDF files, and
// the Qt chart carrying exactly the values the core computed.

#include "analysis/ChartDataBuilder.h"
#include "analysis/SampleDrawing.h"
#include "render/ChartRenderer.h"
#include "render/NumericPlot.h"
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
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
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
        for (ChartSpec::Kind kind : ChartSpec::barKinds())
            QTest::newRow(qPrintable(ChartSpec::kindName(kind))) << kind;
    }

    void forensicKinds_data()
    {
        QTest::addColumn<ChartSpec::Kind>("kind");
        for (ChartSpec::Kind kind : ChartSpec::forensicKinds())
            QTest::newRow(qPrintable(ChartSpec::kindName(kind))) << kind;
    }

    // Drawn by NumericPlot: the plot carries the series' colours where the data put them.
    void forensicKinds()
    {
        QFETCH(ChartSpec::Kind, kind);
        ChartDataBuilder::Options options;
        options.kind = kind;
        options.sources = {SourceKind::Official};
        const ChartRenderer renderer(ChartDataBuilder::build(*m_store, u"mazhilis"_s, options));
        const ChartSpec &spec = renderer.spec();
        QVERIFY(spec.numericAxes());
        QVERIFY(spec.notes.join(u' ').contains(u"turnout t = B/V"_s));
        QVERIFY(!spec.curves.isEmpty() || spec.heatMap.columns == 100 || !spec.panels.isEmpty());
        const QImage image = renderer.image(ChartRenderer::fullHd());
        // The series' own colour appears on the slide (a heat map: something is drawn).
        const QColor wanted = spec.curves.isEmpty() ? QColor() : QColor(spec.curves.constFirst().color);
        int coloured = 0;
        int nonWhite = 0;
        for (int y = 300; y < 800; y += 2)
            for (int x = 300; x < 1800; x += 2) {
                const QColor c = image.pixelColor(x, y);
                nonWhite += c != Qt::white ? 1 : 0;
                if (wanted.isValid() && std::abs(c.red() - wanted.red()) < 40 && std::abs(c.green() - wanted.green()) < 40
                    && std::abs(c.blue() - wanted.blue()) < 40)
                    ++coloured;
            }
        QVERIFY2(nonWhite > 1000, qPrintable(QString::number(nonWhite)));
        if (wanted.isValid() && spec.curves.constFirst().style != ChartSpec::Curve::Style::Points)
            QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));
        const QString base = m_dir.filePath(ChartSpec::kindName(kind));
        renderer.save(base + u".svg"_s, ChartRenderer::fullHd());
        QFile svg(base + u".svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        // The dots and the heat map are one image: the SVG stays small.
        QVERIFY(svg.size() < 3'000'000);
    }

    void heatColoursGrowDarkerWithCounts()
    {
        QCOMPARE(NumericPlot::heatColor(0, 100), QColor(Qt::white));
        QVERIFY(NumericPlot::heatColor(1, 1000).lightness() > NumericPlot::heatColor(100, 1000).lightness());
        QVERIFY(NumericPlot::heatColor(100, 1000).lightness() > NumericPlot::heatColor(1000, 1000).lightness());
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

    void aLongBallotsLegendStandsBesideThePlotWithWholeNames()
    {
        // The demo's six parties and a threshold fit in the row above the plot.
        const ChartRenderer few(spec(ChartSpec::Kind::Shares));
        std::unique_ptr<QChart> fewChart(few.createChart(1080));
        QCOMPARE(fewChart->legend()->alignment(), Qt::AlignTop);

        // A 2016 Duma ballot: fourteen parties under their long names. In one row Qt cut them all to a few
        // letters ("КОМ…" twice); beside the plot each keeps its name.
        ChartSpec many = spec(ChartSpec::Kind::Shares);
        const QStringList names{u"ЕДИНАЯ РОССИЯ"_s, u"ЛДПР - Либерально-демократическая партия России"_s,
                                u"КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ"_s, u"СПРАВЕДЛИВАЯ РОССИЯ"_s,
                                u"КОММУНИСТИЧЕСКАЯ ПАРТИЯ КОММУНИСТЫ РОССИИ"_s, u"ЯБЛОКО"_s,
                                u"Российская партия пенсионеров за справедливость"_s, u"РОДИНА"_s, u"ПАРТИЯ РОСТА"_s,
                                u"Зеленые"_s, u"ПАРНАС"_s, u"Патриоты России"_s, u"Гражданская Платформа"_s,
                                u"Гражданская Сила"_s};
        const ChartSpec::Series model = many.series.first();
        many.series.clear();
        for (const QString &name : names) {
            ChartSpec::Series series = model;
            series.name = name;
            many.series.append(series);
        }
        const ChartRenderer renderer(many);
        std::unique_ptr<QChart> chart(renderer.createChart(1080));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
        const QImage image = renderer.image(ChartRenderer::fullHd());
        QCOMPARE(image.size(), QSize(1920, 1080));
    }

    void estimateIsDrawnAsDotsAndWhiskersWithOfficialMarks()
    {
        // The demo's copies are no random sample: no interval to draw, and the message says why.
        ChartDataBuilder::Options options;
        options.kind = ChartSpec::Kind::EstimateVsOfficial;
        QVERIFY_THROWS_EXCEPTION(SaylauError, ChartDataBuilder::build(*m_store, u"mazhilis"_s, options));

        const QString path = m_dir.filePath(u"sampled.db"_s);
        DemoCampaign::create(path);
        auto store = CampaignStore::open(path);
        SampleDrawing::Request request;
        request.contestId = u"mazhilis"_s;
        request.size = 120;
        request.seed = 5;
        SampleDrawing::run(*store, request);
        const ChartSpec spec = ChartDataBuilder::build(*store, u"mazhilis"_s, options);
        const SampleEstimate estimate = SampleEstimate::fromStore(*store, u"mazhilis"_s, SummaryReport::ShareBase::Cast);
        // Turnout on top (the last category of a horizontal chart), then the parties.
        QCOMPARE(spec.intervals.size(), 6);
        QCOMPARE(spec.intervals.last().estimate, 100 * estimate.total().turnout.result.estimate);
        QCOMPARE(*spec.intervals.last().official, 100 * *estimate.total().turnout.official);

        const ChartRenderer renderer(spec);
        std::unique_ptr<QChart> chart(renderer.createChart(1080));
        int whiskers = 0;
        QList<QPointF> officialMarks;
        for (QAbstractSeries *series : chart->series()) {
            if (qobject_cast<QLineSeries *>(series) && !qobject_cast<QScatterSeries *>(series))
                ++whiskers;
            if (auto *scatter = qobject_cast<QScatterSeries *>(series); scatter && scatter->name() == spec.officialLegend)
                officialMarks = scatter->points();
        }
        QCOMPARE(whiskers, 3 * 6); // the interval and its two end caps
        QCOMPARE(officialMarks.size(), 6);
        QCOMPARE(officialMarks.last(), QPointF(*spec.intervals.last().official, 5));
        const QImage image = renderer.image(ChartRenderer::fullHd());
        QCOMPARE(image.size(), QSize(1920, 1080));
        renderer.save(m_dir.filePath(u"estimate.png"_s), ChartRenderer::fullHd());
        QVERIFY(QFile::exists(m_dir.filePath(u"estimate.png"_s)));
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
        // The forensic kinds follow, each by its name, the leader chosen in the party box.
        for (ChartSpec::Kind forensic : ChartSpec::forensicKinds())
            QVERIFY(kind->findData(ChartSpec::kindName(forensic)) >= 0);
        auto *bins = pane->findChild<QComboBox *>(u"chartFineBin"_s);
        QVERIFY(bins && !bins->isEnabled());
        kind->setCurrentIndex(kind->findData(ChartSpec::kindName(ChartSpec::Kind::TurnoutHistogramFine)));
        QVERIFY(bins->isEnabled());
        bins->setFocus();
        QTest::keyClick(bins, Qt::Key_Down);
        QCOMPARE(pane->options().fineBinTenths, 5);
        QVERIFY(pane->slide(ChartRenderer::fullHd()).size() == QSize(1920, 1080));
        QCOMPARE(qobject_cast<QLabel *>(form->labelForField(pane->findChild<QComboBox *>(u"chartSortParty"_s)))->text(),
                 u"Leader:"_s);
        kind->setCurrentIndex(kind->findData(ChartSpec::kindName(ChartSpec::Kind::Shares)));
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
