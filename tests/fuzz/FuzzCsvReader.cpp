// libFuzzer target: any bytes through CsvReader (as a file of that content, read in blocks as small as four
// bytes so that every record, quote and multi-byte sequence also falls across a block's edge) and every
// cell through CountParser. Beyond "no crash, no sanitizer report", it checks what the reader promises:
// a record it returns holds only what the file's encoding allows, and an accepted count is within bounds.

#include "domain/Figures.h"
#include "domain/SaylauError.h"
#include "io/CountParser.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace saylau;

namespace {

[[noreturn]] void broken(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

void checkCount(QByteArrayView cell)
{
    const CountParser::Result count = CountParser::parse(cell);
    if (count.status == CountParser::Status::Ok && (count.value < 0 || count.value > Figures::maxCount))
        broken("an accepted count is within 0..Figures::maxCount");
    if (count.status == CountParser::Status::Empty) {
        for (char c : cell) {
            if (c >= '0' && c <= '9')
                broken("a cell with digits is never empty");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the block size: 4..67 bytes, or the reader's own when it is 0xFF.
    const qsizetype blockSize = data[0] == 0xFF ? CsvReader::defaultBlockSize : 4 + data[0] % 64;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    checkCount(bytes);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader(&buffer, QStringLiteral("fuzz.csv"), blockSize);
        qint64 lastLine = 0;
        while (reader.readRecord()) {
            if (reader.recordLine() <= lastLine)
                broken("records start on increasing lines");
            lastLine = reader.recordLine();
            for (int i = 0; i < reader.fieldCount(); ++i) {
                const QByteArrayView cell = reader.fieldBytes(i);
                if (reader.encoding() == CsvReader::Encoding::Windows1251 ? cell.contains(char(0x98))
                                                                          : !cell.isValidUtf8())
                    broken("a returned field is valid in the file's encoding");
                checkCount(cell);
                if (reader.field(i).size() > cell.size())
                    broken("decoding never makes a field longer than its bytes");
            }
        }
    } catch (const SaylauError &error) {
        if (error.message().isEmpty())
            broken("a refusal says why");
    }
    return 0;
}
