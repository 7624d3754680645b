#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace saylau {

// Reads a count (voters, ballots, votes) from a spreadsheet cell's bytes, UTF-8 or Windows-1251. Spreadsheets
// export thousands grouped with a space, a no-break space or a thin space ("1 234"); those are accepted when
// the groups are well formed. An empty cell is a missing figure, never zero.
class CountParser
{
    Q_DECLARE_TR_FUNCTIONS(CountParser)

public:
    enum class Status { Ok, Empty, NotANumber, Negative, TooLarge };

    struct Result
    {
        Status status = Status::Empty;
        qint64 value = 0;
    };

    static Result parse(QByteArrayView cell);
    // Why a cell was refused, for an error message that already names file, line and column.
    static QString problem(Status status);
};

} // namespace saylau
