#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace saylau {

// Streams the records of a CSV file as spreadsheets export them (RFC 4180: quoted fields with delimiters,
// doubled quotes and line breaks inside; CRLF, LF or CR line ends). The file is read in blocks, so memory stays flat
// however large it is. The encoding and the delimiter (comma, semicolon, tab) are sniffed from the first
// block; fields are kept as raw bytes and decoded only when asked, because most of a results file is digits
// that never need to become QStrings.
//
// The encoding rule (README, "Encodings"): a byte-order mark means UTF-8; otherwise the first block is UTF-8
// unless its ill-formed UTF-8 sequences outnumber its well-formed multi-byte ones, and then it is
// Windows-1251. Whatever was decided, every record is then checked against it: a byte sequence the encoding
// does not have (ill-formed UTF-8; 0x98, the one byte Windows-1251 leaves undefined) is an error naming its
// line and column, wherever it is in the file, so a file that mixes encodings is never imported garbled.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Windows1251 };

    // Large enough that a read per block costs nothing next to parsing it, small enough to keep memory flat.
    static constexpr qsizetype defaultBlockSize = 1 << 20;
    // A record longer than this is refused: no results file has one, and an unclosed quote in a large file
    // would otherwise gather the rest of the file in memory.
    static constexpr qsizetype maxRecordBytes = 16 << 20;

    // Opens the file and sniffs its encoding and delimiter. Throws SaylauError when it cannot be read.
    explicit CsvReader(const QString &path);
    // Reads an open device (a buffer in the fuzzer and in tests); name stands for the file in messages.
    CsvReader(QIODevice *device, const QString &name, qsizetype blockSize = defaultBlockSize);
    ~CsvReader();

    QString path() const { return m_path; }
    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    // Overrides what was sniffed; call before the first readRecord().
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // Called with every block as it is read from the file, from the first (already read) on, so that a
    // hash of the file costs no second read.
    void setBlockObserver(std::function<void(QByteArrayView block)> observer);

    // Reads the next record; false at the end of the file. Blank lines are skipped. Throws SaylauError,
    // naming line and column, on a quoted field that is never closed, text after a closing quote, a record
    // over maxRecordBytes, or bytes that are not valid in the file's encoding.
    bool readRecord();

    int fieldCount() const { return int(m_fieldEnds.size()); }
    // The field's bytes in the file's encoding, quotes removed; empty past the last field.
    QByteArrayView fieldBytes(int index) const;
    QString field(int index) const { return decode(fieldBytes(index)); }
    QStringList fields() const;
    // The physical line (1-based) where the current record starts; a quoted line break makes a record span
    // several lines, so this is not the record's index.
    qint64 recordLine() const { return m_recordLine; }

    // For progress: bytes consumed so far and the file's size.
    qint64 bytesRead() const { return m_blockOffset + m_pos; }
    qint64 size() const { return m_size; }

    QString decode(QByteArrayView bytes) const;
    static QString decode(QByteArrayView bytes, Encoding encoding);
    static QString encodingName(Encoding encoding);
    static QString delimiterName(char delimiter);

private:
    void start();
    bool fill();
    void sniff();
    void checkRecordSize() const;
    void checkEncoding() const;
    [[noreturn]] void fail(qint64 line, int column, const QString &why) const;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    qint64 m_size = 0;
    Encoding m_encoding = Encoding::Utf8;
    QString m_encodingReason; // why the encoding is what it is, for a message about a byte it lacks
    char m_delimiter = ',';

    std::function<void(QByteArrayView)> m_blockObserver;
    QByteArray m_block;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_blockOffset = 0;
    bool m_eof = false;

    qint64 m_line = 1;
    bool m_afterCr = false; // the last record ended with a CR, so an LF next is its CRLF's second half
    qint64 m_recordLine = 0;
    // The record's fields, unquoted, with what separated them in the file in between: fieldBytes(i) is
    // [m_fieldStarts[i], m_fieldEnds[i]).
    QByteArray m_record;
    std::vector<qsizetype> m_fieldStarts;
    std::vector<qsizetype> m_fieldEnds;
};

} // namespace saylau
