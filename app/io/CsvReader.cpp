#include "CsvReader.h"

#include "../domain/SaylauError.h"

#include <algorithm>
#include <cstring>

namespace saylau {

namespace {

// Windows-1251 bytes 0x80..0xFF as Unicode. A table of our own rather than a codec: Qt finds this encoding
// only through ICU, which not every Qt build carries, and results files from Russian-speaking offices use it.
constexpr char16_t windows1251High[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

// The one byte Windows-1251 leaves undefined.
constexpr char windows1251Undefined = char(0x98);

// Length of the well-formed UTF-8 sequence at data[i] (Unicode 15, table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF): 1..4; 0 when ill-formed; -1 when it is well formed as far as it
// goes but runs past size.
int utf8SequenceLength(const uchar *data, qsizetype i, qsizetype size)
{
    const uchar c = data[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= size)
            return -1;
        const uchar next = data[i + k];
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

// Whether eight bytes from data on are all ASCII: the common case, checked a word at a time.
bool asciiWord(const uchar *data)
{
    quint64 word;
    std::memcpy(&word, data, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}

// Where the first byte of an ill-formed UTF-8 sequence is in text, or -1.
qsizetype firstInvalidUtf8(QByteArrayView text)
{
    const auto *data = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size && asciiWord(data + i)) {
            i += 8;
            continue;
        }
        const int length = utf8SequenceLength(data, i, size);
        if (length <= 0)
            return i;
        i += length;
    }
    return -1;
}

} // namespace

CsvReader::CsvReader(const QString &path)
    : m_path(path)
    , m_file(std::make_unique<QFile>(path))
    , m_device(m_file.get())
{
    if (!m_file->open(QIODevice::ReadOnly))
        throw SaylauError(tr("Cannot read %1: %2").arg(path, m_file->errorString()));
    m_block.resize(defaultBlockSize);
    start();
}

CsvReader::CsvReader(QIODevice *device, const QString &name, qsizetype blockSize)
    : m_path(name)
    , m_device(device)
{
    m_block.resize(std::max<qsizetype>(blockSize, 4));
    start();
}

CsvReader::~CsvReader() = default;

void CsvReader::start()
{
    m_size = m_device->size();
    fill();
    sniff();
}

void CsvReader::sniff()
{
    const char *data = m_block.constData();
    if (m_end >= 3 && uchar(data[0]) == 0xEF && uchar(data[1]) == 0xBB && uchar(data[2]) == 0xBF) {
        m_encoding = Encoding::Utf8Bom;
        m_encodingReason = tr("it starts with a UTF-8 byte-order mark");
        m_pos = 3;
    } else {
        // A UTF-8 file with one stray byte is still UTF-8 (and the stray byte an error); Windows-1251 Cyrillic
        // read as UTF-8 is ill-formed at nearly every letter, and pairs such as "К№" that happen to be
        // well formed are rare. A sequence cut at the block's end counts for neither.
        const auto *bytes = reinterpret_cast<const uchar *>(data);
        qsizetype wellFormed = 0;
        qsizetype illFormed = 0;
        for (qsizetype i = 0; i < m_end;) {
            const int length = utf8SequenceLength(bytes, i, m_end);
            if (length < 0)
                break;
            if (length == 0) {
                ++illFormed;
                ++i;
                continue;
            }
            wellFormed += length > 1 ? 1 : 0;
            i += length;
        }
        m_encoding = illFormed > wellFormed ? Encoding::Windows1251 : Encoding::Utf8;
        m_encodingReason = m_encoding == Encoding::Utf8 ? tr("its beginning is UTF-8")
                                                        : tr("its beginning is not UTF-8");
    }

    // The delimiter is the candidate seen most often outside quotes in the first record (the header).
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_end; ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
}

void CsvReader::setBlockObserver(std::function<void(QByteArrayView)> observer)
{
    m_blockObserver = std::move(observer);
    if (m_blockObserver && m_end > 0)
        m_blockObserver(QByteArrayView(m_block.constData(), m_end));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_blockOffset += m_end;
    const qint64 count = m_device->read(m_block.data(), m_block.size());
    if (count < 0)
        throw SaylauError(tr("Cannot read %1: %2").arg(m_path, m_device->errorString()));
    m_pos = 0;
    m_end = qsizetype(count);
    if (count == 0) {
        m_eof = true;
        return false;
    }
    if (m_blockObserver)
        m_blockObserver(QByteArrayView(m_block.constData(), m_end));
    return true;
}

bool CsvReader::readRecord()
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    m_record.resize(0);
    m_fieldStarts.clear();
    m_fieldEnds.clear();
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    const char delimiter = m_delimiter;

    for (;;) {
        if (m_pos == m_end && !fill())
            break;
        const char *data = m_block.constData();
        switch (state) {
        case State::FieldStart: {
            const char c = data[m_pos];
            if (!started) {
                // Blank lines are skipped; a CR is a line break of its own (old Mac exports) unless an LF
                // follows it.
                if (c == '\n' || c == '\r') {
                    if (c == '\r' || !m_afterCr)
                        ++m_line;
                    m_afterCr = c == '\r';
                    ++m_pos;
                    continue;
                }
                m_afterCr = false;
                started = true;
                m_recordLine = m_line;
            }
            m_fieldStarts.push_back(m_record.size());
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            continue;
        }
        case State::Unquoted: {
            // The hot loop: most fields are short runs of digits between delimiters. Unquoted fields that
            // follow each other are one run of the block, copied into the record at once with the delimiters
            // between them (a copy per field was a tenth of the reading).
            const qsizetype start = m_pos;
            const qsizetype recordOffset = m_record.size() - start;
            qsizetype pos = m_pos;
            bool fieldEnded = false;
            char c = 0;
            for (;;) {
                while (pos < m_end && (c = data[pos]) != delimiter && c != '\n' && c != '\r')
                    ++pos;
                if (pos == m_end || c != delimiter)
                    break;
                m_fieldEnds.push_back(recordOffset + pos);
                ++pos;
                // A quoted field next, or the block's end, is the field start's to look at.
                if (pos == m_end || data[pos] == '"') {
                    fieldEnded = true;
                    break;
                }
                m_fieldStarts.push_back(recordOffset + pos);
            }
            m_record.append(data + start, pos - start);
            m_pos = pos;
            checkRecordSize();
            if (fieldEnded) {
                state = State::FieldStart;
                continue;
            }
            if (m_pos == m_end)
                continue;
            // LF, CRLF or a CR alone ends the record; the LF of a CRLF is skipped by the next call.
            ++m_pos;
            ++m_line;
            m_afterCr = c == '\r';
            m_fieldEnds.push_back(m_record.size());
            checkEncoding();
            return true;
        }
        case State::Quoted: {
            const qsizetype start = m_pos;
            while (m_pos < m_end && data[m_pos] != '"') {
                if (data[m_pos] == '\n')
                    ++m_line;
                ++m_pos;
            }
            m_record.append(data + start, m_pos - start);
            checkRecordSize();
            if (m_pos < m_end) {
                ++m_pos;
                state = State::AfterQuote;
            }
            continue;
        }
        case State::AfterQuote: {
            const char c = data[m_pos];
            if (c == '"') {
                // A doubled quote inside a quoted field is one quote.
                m_record.append('"');
                ++m_pos;
                state = State::Quoted;
            } else if (c == delimiter || c == '\n' || c == '\r') {
                state = State::Unquoted;
            } else {
                // `"26"09` is no number a spreadsheet wrote: reading it as 2609 would invent a count.
                fail(m_line, fieldCount() + 1,
                     tr("text after the closing quote of a quoted field (a quote inside a field is written twice)"));
            }
            continue;
        }
        }
    }

    if (state == State::Quoted)
        fail(quoteLine, fieldCount() + 1, tr("a quoted field is never closed"));
    if (!started)
        return false;
    // The file ended right after a delimiter: an empty last field.
    if (state == State::FieldStart)
        m_fieldStarts.push_back(m_record.size());
    m_fieldEnds.push_back(m_record.size());
    checkEncoding();
    return true;
}

void CsvReader::checkRecordSize() const
{
    if (m_record.size() <= maxRecordBytes)
        return;
    // The column is the field the limit falls in: fields are read a run of them at a time.
    const auto column = std::upper_bound(m_fieldEnds.cbegin(), m_fieldEnds.cend(), maxRecordBytes) - m_fieldEnds.cbegin();
    fail(m_recordLine, int(column) + 1, tr("the record is longer than %n MB", nullptr, int(maxRecordBytes >> 20)));
}

void CsvReader::checkEncoding() const
{
    qsizetype bad = -1;
    if (m_encoding == Encoding::Windows1251) {
        bad = m_record.indexOf(windows1251Undefined);
    } else {
        // The record keeps a delimiter between its fields, so a sequence cut by one (its lead byte ending a
        // field, its continuation starting the next) is ill-formed here as it is in the file.
        bad = firstInvalidUtf8(m_record);
    }
    if (bad < 0)
        return;
    int column = 1;
    while (size_t(column) < m_fieldEnds.size() && m_fieldEnds[size_t(column - 1)] <= bad)
        ++column;
    const qint64 line = m_recordLine + QByteArrayView(m_record).first(bad).count('\n');
    fail(line, column,
         tr("the byte 0x%1 is not valid %2, the encoding the file is read in (%3); "
            "save the file in one encoding and import it again")
             .arg(QString::number(uchar(m_record[bad]), 16).toUpper(), encodingName(m_encoding), m_encodingReason));
}

void CsvReader::fail(qint64 line, int column, const QString &why) const
{
    throw SaylauError(tr("%1, line %2, column %3: %4").arg(m_path, QString::number(line), QString::number(column), why));
}

QByteArrayView CsvReader::fieldBytes(int index) const
{
    if (index < 0 || index >= fieldCount())
        return {};
    const qsizetype begin = m_fieldStarts[size_t(index)];
    return QByteArrayView(m_record.constData() + begin, m_fieldEnds[size_t(index)] - begin);
}

QStringList CsvReader::fields() const
{
    QStringList result;
    result.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        result.append(field(i));
    return result;
}

QString CsvReader::decode(QByteArrayView bytes) const
{
    return decode(bytes, m_encoding);
}

QString CsvReader::decode(QByteArrayView bytes, Encoding encoding)
{
    if (encoding != Encoding::Windows1251)
        return QString::fromUtf8(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        out[i] = QChar(c < 0x80 ? char16_t(c) : windows1251High[c - 0x80]);
    }
    return text;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1251: return QStringLiteral("Windows-1251");
    }
    return {};
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return tr("comma");
    case ';': return tr("semicolon");
    case '\t': return tr("tab");
    }
    return QString(QLatin1Char(delimiter));
}

} // namespace saylau
