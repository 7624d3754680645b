#include "LinearExpression.h"

#include "../domain/Contest.h"
#include "../domain/Figures.h"
#include "../domain/SaylauError.h"

#include <QtNumeric>

namespace saylau {

namespace {

// Recursive descent over: expr := ['+'|'-'] operand (('+'|'-') operand)*;
// operand := KEY | 'sum(parties)' | '(' expr ')'.
class ExpressionParser
{
public:
    ExpressionParser(const QString &text, const Contest &contest, qsizetype begin, qsizetype end)
        : m_text(text)
        , m_contest(contest)
        , m_pos(begin)
        , m_end(end < 0 ? text.size() : end)
    {
    }

    QList<LinearExpression::Term> parseAll()
    {
        QList<LinearExpression::Term> terms;
        parseSum(1, terms);
        skipSpace();
        if (m_pos < m_end)
            fail(LinearExpression::tr("unexpected \"%1\"").arg(m_text.at(m_pos)));
        // No terms only from sum(parties) over a ballot not filled yet (a campaign made with empty ballots for
        // its first import to fill): an empty sum, 0.
        return terms;
    }

private:
    void parseSum(int outerSign, QList<LinearExpression::Term> &terms)
    {
        int sign = 1;
        skipSpace();
        if (peek(u'+') || peek(u'-')) {
            sign = m_text.at(m_pos) == u'-' ? -1 : 1;
            ++m_pos;
        }
        parseOperand(outerSign * sign, terms);
        for (;;) {
            skipSpace();
            if (!peek(u'+') && !peek(u'-'))
                return;
            sign = m_text.at(m_pos) == u'-' ? -1 : 1;
            ++m_pos;
            parseOperand(outerSign * sign, terms);
        }
    }

    void parseOperand(int sign, QList<LinearExpression::Term> &terms)
    {
        skipSpace();
        if (peek(u'(')) {
            ++m_pos;
            parseSum(sign, terms);
            skipSpace();
            if (!peek(u')'))
                fail(LinearExpression::tr("a closing parenthesis is missing"));
            ++m_pos;
            return;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_end && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start);
        if (word.isEmpty())
            fail(m_pos < m_end ? LinearExpression::tr("unexpected \"%1\"").arg(m_text.at(m_pos))
                                       : LinearExpression::tr("the formula ends where a line number is expected"));
        if (word == QLatin1String("sum")) {
            if (!matchParties())
                fail(LinearExpression::tr("only sum(parties) is known"));
            for (int i = 0; i < m_contest.ballot.size(); ++i)
                terms.append({m_contest.partySlot(i), sign});
            return;
        }
        const int slot = m_contest.slotOf(word);
        if (slot < 0)
            fail(LinearExpression::tr("the form has no line %1").arg(word));
        terms.append({slot, sign});
    }

    // Accepts "( parties )" with inner spaces; advances past it.
    bool matchParties()
    {
        qsizetype p = m_pos;
        auto skip = [&] {
            while (p < m_end && m_text.at(p).isSpace())
                ++p;
        };
        skip();
        if (p >= m_end || m_text.at(p) != u'(')
            return false;
        ++p;
        skip();
        static const QLatin1String word("parties");
        if (p + word.size() > m_end || m_text.mid(p, word.size()) != word)
            return false;
        p += word.size();
        skip();
        if (p >= m_end || m_text.at(p) != u')')
            return false;
        m_pos = p + 1;
        return true;
    }

    bool peek(char16_t c) const { return m_pos < m_end && m_text.at(m_pos) == c; }
    void skipSpace()
    {
        while (m_pos < m_end && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    [[noreturn]] void fail(const QString &why) const
    {
        throw SaylauError(LinearExpression::tr("formula \"%1\", at character %2: %3").arg(m_text, QString::number(m_pos + 1), why));
    }

    const QString &m_text;
    const Contest &m_contest;
    qsizetype m_pos;
    qsizetype m_end;
};

} // namespace

LinearExpression LinearExpression::parse(const QString &text, const Contest &contest, qsizetype begin, qsizetype end)
{
    LinearExpression expression;
    expression.m_terms = ExpressionParser(text, contest, begin, end).parseAll();
    return expression;
}

std::optional<qint64> LinearExpression::evaluate(const Figures &figures) const
{
    qint64 total = 0;
    for (const Term &term : m_terms) {
        const std::optional<qint64> v = figures.value(term.slot);
        if (!v)
            return std::nullopt;
        // Checked rather than wrapped: two huge counts wrapping round to equal sides would pass a relation
        // they break.
        if (term.sign > 0 ? qAddOverflow(total, *v, &total) : qSubOverflow(total, *v, &total))
            return std::nullopt;
    }
    return total;
}

} // namespace saylau
