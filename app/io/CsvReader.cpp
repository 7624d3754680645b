#include "CsvReader.h"

#include "../domain/SaylauError.h"

#include <QStringDecoder>

namespace saylau {

namespace {

// Large enough that a read per block costs nothing next to parsing it, small enough to keep memory flat.
constexpr qsizetype blockSize = 1 << 20;

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

} // namespace

CsvReader::CsvReader(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw SaylauError(tr("Cannot read %1: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    m_block.resize(blockSize);
    fill();
    sniff();
}

void CsvReader::sniff()
{
    const char *data = m_block.constData();
    if (m_end >= 3 && uchar(data[0]) == 0xEF && uchar(data[1]) == 0xBB && uchar(data[2]) == 0xBF) {
        m_encoding = Encoding::Utf8Bom;
        m_pos = 3;
    } else {
        // A stateful decoder tolerates a sequence cut at the block's end; any other invalid byte means the
        // file is not UTF-8, and the one 8-bit encoding these exports come in is Windows-1251.
        QStringDecoder utf8(QStringConverter::Utf8);
        const QString ignored = utf8.decode(QByteArrayView(data, m_end));
        m_encoding = utf8.hasError() ? Encoding::Windows1251 : Encoding::Utf8;
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
    const qint64 count = m_file.read(m_block.data(), m_block.size());
    if (count < 0)
        throw SaylauError(tr("Cannot read %1: %2").arg(m_path, m_file.errorString()));
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
            // The hot loop: most fields are short runs of digits between delimiters.
            const qsizetype start = m_pos;
            while (m_pos < m_end) {
                const char c = data[m_pos];
                if (c == delimiter || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            m_record.append(data + start, m_pos - start);
            if (m_pos == m_end)
                continue;
            const char c = data[m_pos++];
            if (c == delimiter) {
                m_fieldEnds.push_back(m_record.size());
                state = State::FieldStart;
            } else {
                // LF, CRLF or a CR alone ends the record; the LF of a CRLF is skipped by the next call.
                ++m_line;
                m_afterCr = c == '\r';
                m_fieldEnds.push_back(m_record.size());
                return true;
            }
            continue;
        }
        case State::Quoted: {
            const qsizetype start = m_pos;
            while (m_pos < m_end && data[m_pos] != '"') {
                if (data[m_pos] == '\n')
                    ++m_line;
                ++m_pos;
            }
            m_record.append(data + start, m_pos - start);
            if (m_pos < m_end) {
                ++m_pos;
                state = State::AfterQuote;
            }
            continue;
        }
        case State::AfterQuote:
            if (data[m_pos] == '"') {
                // A doubled quote inside a quoted field is one quote.
                m_record.append('"');
                ++m_pos;
                state = State::Quoted;
            } else {
                // Whatever follows the closing quote up to the delimiter is kept: spreadsheets write
                // `"a"b` rarely, and losing the b would be worse than keeping it.
                state = State::Unquoted;
            }
            continue;
        }
    }

    if (state == State::Quoted)
        throw SaylauError(tr("%1, line %2: a quoted field is never closed").arg(m_path).arg(quoteLine));
    if (!started)
        return false;
    m_fieldEnds.push_back(m_record.size());
    return true;
}

QByteArrayView CsvReader::fieldBytes(int index) const
{
    if (index < 0 || index >= fieldCount())
        return {};
    const qsizetype begin = index == 0 ? 0 : m_fieldEnds[size_t(index - 1)];
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
