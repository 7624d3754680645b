#include "domain/Contest.h"
#include "domain/Figures.h"
#include "domain/SaylauError.h"
#include "forms/FormEvaluator.h"

#include <QTest>

#include <limits>

using namespace saylau;

// The generic evaluator, on a small form built in code: every comparison, sums over parties, parentheses,
// missing lines, and formulas that must be refused with a message naming what is wrong.
class TestFormEvaluator : public QObject
{
    Q_OBJECT

private:
    static Contest contest(const QStringList &formulas)
    {
        Contest c;
        c.id = QStringLiteral("test");
        c.form.id = QStringLiteral("test-form");
        for (const char *key : {"1", "2", "3", "4", "5", "9a"})
            c.form.lines.append({QString::fromLatin1(key), QStringLiteral("line ") + QString::fromLatin1(key), {}});
        c.ballot = {{1, QStringLiteral("A"), {}, {}}, {2, QStringLiteral("B"), {}, {}}, {4, QStringLiteral("C"), {}, {}}};
        for (const QString &f : formulas)
            c.form.relations.append({f, Severity::Error, {}});
        c.form.measures.insert(Measure::Voters, QStringLiteral("1"));
        c.form.measures.insert(Measure::Cast, QStringLiteral("3 + 4"));
        return c;
    }

    // Slots: 1,2,3,4,5,9a then p1,p2,p4.
    static Figures figures(std::initializer_list<std::optional<qint64>> values)
    {
        Figures f(9);
        int slot = 0;
        for (const auto &v : values)
            f.set(slot++, v);
        return f;
    }

private slots:
    void eachComparison_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<bool>("holds");
        QTest::addColumn<qint64>("difference");
        // line 1 = 100, line 2 = 60, line 3 = 40
        QTest::newRow("equal holds") << QStringLiteral("1 = 2 + 3") << true << qint64(0);
        QTest::newRow("double equal") << QStringLiteral("1 == 2 + 3") << true << qint64(0);
        QTest::newRow("equal broken") << QStringLiteral("1 = 2") << false << qint64(40);
        QTest::newRow("less-or-equal holds") << QStringLiteral("2 <= 1") << true << qint64(-40);
        QTest::newRow("less-or-equal broken") << QStringLiteral("1 <= 2") << false << qint64(40);
        QTest::newRow("greater-or-equal holds at equality") << QStringLiteral("1 >= 2 + 3") << true << qint64(0);
        QTest::newRow("greater-or-equal broken") << QStringLiteral("3 >= 2") << false << qint64(-20);
        QTest::newRow("less broken at equality") << QStringLiteral("1 < 2 + 3") << false << qint64(0);
        QTest::newRow("greater holds") << QStringLiteral("1 > 2") << true << qint64(40);
        QTest::newRow("leading sign") << QStringLiteral("-3 + 1 = 2") << true << qint64(0);
    }

    void eachComparison()
    {
        QFETCH(QString, formula);
        QFETCH(bool, holds);
        QFETCH(qint64, difference);
        const FormEvaluator evaluator(contest({formula}));
        const auto outcome = evaluator.evaluate(0, figures({100, 60, 40, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(outcome.status, holds ? FormEvaluator::Outcome::Status::Holds : FormEvaluator::Outcome::Status::Violated);
        QCOMPARE(outcome.difference(), difference);
    }

    void parenthesesFlipSigns()
    {
        const FormEvaluator evaluator(contest({QStringLiteral("1 - (2 - 3) = 2")}));
        // 100 - (60 - 40) = 80, against 60.
        const auto outcome = evaluator.evaluate(0, figures({100, 60, 40, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(outcome.left, 80);
        QCOMPARE(outcome.right, 60);
        QCOMPARE(outcome.difference(), 20);
    }

    void sumOverPartiesUsesTheBallot()
    {
        const FormEvaluator evaluator(contest({QStringLiteral("4 = sum(parties)"), QStringLiteral("4 = sum ( parties ) + 5")}));
        const Figures f = figures({0, 0, 0, 60, 5, 0, 10, 20, 30});
        QCOMPARE(evaluator.evaluate(0, f).status, FormEvaluator::Outcome::Status::Holds);
        const auto second = evaluator.evaluate(1, f);
        QCOMPARE(second.status, FormEvaluator::Outcome::Status::Violated);
        QCOMPARE(second.right, 65);
        QCOMPARE(evaluator.relations().at(0).involvedSlots, (QList<int>{3, 6, 7, 8}));
    }

    void partyAndLetteredKeysAreOperands()
    {
        const FormEvaluator evaluator(contest({QStringLiteral("9a = p1 + p4")}));
        QCOMPARE(evaluator.evaluate(0, figures({0, 0, 0, 0, 0, 40, 10, 99, 30})).status,
                 FormEvaluator::Outcome::Status::Holds);
    }

    void missingLineMeansNotChecked()
    {
        const FormEvaluator evaluator(contest({QStringLiteral("1 = 2 + 3"), QStringLiteral("4 = sum(parties)")}));
        const Figures f = figures({100, 60, std::nullopt, 10, 0, 0, 10, std::nullopt, 0});
        QCOMPARE(evaluator.evaluate(0, f).status, FormEvaluator::Outcome::Status::NotChecked);
        QCOMPARE(evaluator.evaluate(1, f).status, FormEvaluator::Outcome::Status::NotChecked);
        // Zero is a value, not a missing line.
        const Figures zeros = figures({0, 0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(evaluator.evaluate(0, zeros).status, FormEvaluator::Outcome::Status::Holds);
    }

    void relationsAreExactAtTheCountBoundAndNeverWrapBeyondIt()
    {
        // 1 = sum(parties): at the bound every side is exact, and a violation of one vote is seen.
        const FormEvaluator evaluator(contest({QStringLiteral("1 = sum(parties)"), QStringLiteral("1 >= 2 + 3 + 4")}));
        const qint64 max = Figures::maxCount;
        const FormEvaluator::Outcome atBound = evaluator.evaluate(0, figures({3 * max, 0, 0, 0, 0, 0, max, max, max - 1}));
        QCOMPARE(atBound.status, FormEvaluator::Outcome::Status::Violated);
        QCOMPARE(atBound.difference(), qint64(1));
        QCOMPARE(evaluator.evaluate(1, figures({max, max, max, max, 0, 0, 0, 0, 0})).difference(), -2 * max);

        // Stored values far beyond the bound (an old or hand-edited campaign): 2^63 - 1 three times used to wrap
        // round to a side equal to the other and pass; it is now "not checked", never a false "holds".
        const qint64 huge = std::numeric_limits<qint64>::max();
        const Figures wrapping = figures({huge - 2, 0, 0, 0, 0, 0, huge, huge, huge});
        QCOMPARE(evaluator.evaluate(0, wrapping).status, FormEvaluator::Outcome::Status::NotChecked);
        // Both sides fit, their difference does not.
        const FormEvaluator difference(contest({QStringLiteral("1 = -2")}));
        QCOMPARE(difference.evaluate(0, figures({huge, huge, 0, 0, 0, 0, 0, 0, 0})).status,
                 FormEvaluator::Outcome::Status::NotChecked);
    }

    void measuresComeFromTheForm()
    {
        const FormEvaluator evaluator(contest({}));
        QCOMPARE(evaluator.measure(Measure::Cast, figures({100, 60, 40, 2, 0, 0, 0, 0, 0})), std::optional<qint64>(42));
        QCOMPARE(evaluator.measure(Measure::Issued, figures({100, 60, 40, 2, 0, 0, 0, 0, 0})), std::nullopt);
        QCOMPARE(evaluator.measure(Measure::Cast, figures({100, 60, std::nullopt, 2, 0, 0, 0, 0, 0})), std::nullopt);
    }

    void badFormulasAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown line") << QStringLiteral("1 = 2 + 77") << QStringLiteral("no line 77");
        QTest::newRow("no comparison") << QStringLiteral("1 + 2") << QStringLiteral("no comparison");
        QTest::newRow("two comparisons") << QStringLiteral("1 = 2 = 3") << QStringLiteral("only one comparison");
        QTest::newRow("unknown function") << QStringLiteral("1 = sum(lines)") << QStringLiteral("sum(parties)");
        QTest::newRow("unclosed parenthesis") << QStringLiteral("1 = (2 + 3") << QStringLiteral("parenthesis");
        QTest::newRow("empty side") << QStringLiteral("1 = ") << QStringLiteral("line number is expected");
        QTest::newRow("stray character") << QStringLiteral("1 = 2 * 3") << QStringLiteral("unexpected \"*\"");
    }

    void badFormulasAreRefusedWithTheReason()
    {
        QFETCH(QString, formula);
        QFETCH(QString, reason);
        try {
            FormEvaluator evaluator(contest({formula}));
            QFAIL("the formula was accepted");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            QVERIFY2(error.message().contains(formula.trimmed()), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFormEvaluator)
#include "TestFormEvaluator.moc"
