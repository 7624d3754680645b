#pragma once

#include "../domain/BallotEntry.h"
#include "../domain/Contest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

// How the columns of a results file map onto a contest: each header goes to a protocol line, a ballot
// position, a territory level, or is kept as text with the record ("extra"), or dropped on purpose.
//
// Built automatically from the headers by label (the printed line texts vary by a word or two between
// elections, so labels are compared as sets of word stems, not as strings), shown for confirmation, edited,
// and saved as JSON so that the next file of the same shape imports in one step.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    enum class Kind { Extra, Ignore, Region, District, Precinct, Address, Line, Party };

    struct Target
    {
        Kind kind = Kind::Extra;
        QString lineKey;  // Kind::Line
        int position = 0; // Kind::Party: ballot position

        bool operator==(const Target &other) const = default;
        // "line:3", "party:6", "region", "extra", ... as saved in JSON.
        QString toText() const;
        // Throws SaylauError naming the text it cannot read.
        static Target fromText(const QString &text);
    };

    struct Column
    {
        QString header;
        Target target;
        // For a party column: the party's name as the header gives it ("1. Party" -> "Party").
        QString partyName;
        // How sure the automatic match is, 0..1 (1 for exact and saved matches); shown in the dialog.
        double confidence = 1.0;
        // The file's first rows hold counts in this column (see markCountColumns); not saved.
        bool holdsCounts = false;
        // A saved mapping or a person chose the target: a column of counts kept as text is then on purpose.
        bool chosen = false;
        // Why the automatic match left the column unmatched although it looks like a line or a party (its
        // number and its name disagree, its name could be two parties, it reads like a protocol line the
        // form lacks): such a column is never taken as a ballot entry, and an import names the reason. Not
        // saved.
        QString unmatchedBecause;
    };

    // The ballot entry a name clearly names: one whose name, short name or a translation of either is the
    // name, or the best by the words that tell parties apart, ahead of the next. The words every party's
    // registered name has ("Всероссийская политическая партия", "саяси партиясы") count for nothing.
    struct BallotMatch
    {
        int position = 0; // the entry named best; 0 when none comes near enough
        double score = 0.0;
        int rival = 0;    // an entry named nearly as well: the name is then no clear answer
        bool clear() const { return position > 0 && rival == 0; }
    };
    static BallotMatch matchBallotName(const QString &name, const QList<BallotEntry> &ballot);

    QList<Column> columns;

    // Matches headers against the contest. A saved mapping, when given, decides first for the headers it
    // knows (compared after normalisation); the rest are matched automatically.
    static ColumnMapping automatic(const QStringList &headers, const Contest &contest,
                                   const ColumnMapping *saved = nullptr);

    // Marks the columns that hold counts: in the sample of data rows (raw cells), every filled cell is a count
    // and at least one is filled, and the header names no identifier (id, code, number, №, date, index, ...)
    // and is not empty. Identifiers are numbers but no votes; territory columns are matched before this.
    void markCountColumns(const QList<QByteArrayList> &rows);
    // --ballot-from-file: every column that holds counts and maps to nothing (and was not kept as text on
    // purpose) becomes a ballot entry, in column order, numbered after the highest position the contest or
    // the mapping already has. A candidate's column ("Surname Name Patronymic") carries no number.
    void takeCountColumnsAsBallot(const Contest &contest);
    // Columns that hold counts but map to nothing without anyone having chosen so: an import refuses them.
    QList<int> countColumnsKeptAsText() const;
    // A person's choice for a column. A party target on the ballot takes the entry's name as the column's
    // party name, so that a saved mapping names the party it stores the column as and is checked against
    // the ballot it meets next time; a party the file adds keeps the name the header gives it.
    void choose(int column, const Target &target, const Contest &contest);

    int columnOf(Kind kind) const;
    QList<int> columnsOf(Kind kind) const;
    // Headers kept as text because they map to nothing, as columnName gives them.
    QStringList unmappedHeaders() const;
    // The column's header with its whitespace simplified, or "column 29 (no header)" when it has none.
    QString columnName(int column) const;
    // The file's parties in column order, as a ballot: positions from the headers' numbers, or the column
    // order when the headers carry none.
    QList<BallotEntry> ballotFromColumns() const;
    // Every target a column of a file for this contest can be given, with its description, in the order a
    // mapping dialog offers them: kept as text, ignored, the territory levels, the form's lines, the parties.
    static QList<std::pair<Target, QString>> choices(const Contest &contest);
    // Human-readable target ("line 3: Выдано досрочно", "party 6: ЕР", "region"), short labels first.
    QString describe(int column, const Contest &contest) const;

    QJsonObject toJson() const;
    // Throws SaylauError when the JSON is not a column mapping.
    static ColumnMapping fromJson(const QJsonObject &object);
    // Reads / writes a mapping file; throws SaylauError naming the file.
    static ColumnMapping load(const QString &path);
    void save(const QString &path) const;

    // The shape of a file's header (its normalised headers in order): the key a mapping is saved under,
    // so that the next file of the same shape from the same source imports in one step.
    static QString headerSignature(const QStringList &headers);
    // Lowercase, ё as е, punctuation and quotes folded to spaces, whitespace collapsed.
    static QString normalise(const QString &text);
    // A header worded as a protocol line: "Число ...", "Количество ...", "Number of ...", Kazakh "... саны", or
    // one naming ballots or voters (бюллетени, избиратели, сайлаушылар, ballots, voters). Such a column is a
    // line of the form or nothing, never a party or candidate.
    static bool readsLikeProtocolLine(const QString &header);
    // Similarity of two labels as sets of word stems (Dice coefficient), 0..1.
    static double similarity(const QString &a, const QString &b);
    // A party's short name from its ballot text: the last quoted part ("... партия "ЕДИНАЯ РОССИЯ"" ->
    // "ЕДИНАЯ РОССИЯ"), or the text after a leading "party" phrase.
    static QString shortPartyName(const QString &name);
};

} // namespace saylau
