#include "CsvScaler.h"

#include "ColumnMapping.h"
#include "CountParser.h"
#include "CsvReader.h"

#include "../domain/SaylauError.h"
#include "../text/CsvWriter.h"

#include <QSaveFile>

namespace saylau {

qint64 CsvScaler::write(const QString &sourcePath, const QString &targetPath, qint64 rows)
{
    CsvReader header(sourcePath);
    if (!header.readRecord())
        throw SaylauError(tr("%1 is empty").arg(sourcePath));
    const ColumnMapping mapping = ColumnMapping::automatic(header.fields(), Contest());
    const int precinctColumn = mapping.columnOf(ColumnMapping::Kind::Precinct);
    const int districtColumn = mapping.columnOf(ColumnMapping::Kind::District);
    if (precinctColumn < 0)
        throw SaylauError(tr("%1 has no precinct column to renumber").arg(sourcePath));

    // The shift between passes: a power of ten above every real precinct number.
    qint64 largest = 0;
    qint64 sourceRows = 0;
    while (header.readRecord()) {
        largest = std::max(largest, CountParser::parse(header.fieldBytes(precinctColumn)).value);
        ++sourceRows;
    }
    if (sourceRows == 0)
        throw SaylauError(tr("%1 has no data rows").arg(sourcePath));
    qint64 shift = 10;
    while (shift <= largest)
        shift *= 10;

    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly))
        throw SaylauError(tr("Cannot write %1: %2").arg(targetPath, target.errorString()));
    qint64 written = 0;
    QByteArray line;
    QList<QByteArrayView> fields;
    for (qint64 pass = 0; written < rows; ++pass) {
        CsvReader reader(sourcePath);
        reader.readRecord();
        if (pass == 0) {
            line.resize(0);
            fields.resize(0);
            for (int i = 0; i < reader.fieldCount(); ++i)
                fields.append(reader.fieldBytes(i));
            CsvWriter::appendRecord(line, fields, reader.delimiter());
            target.write(line);
        }
        // Later passes renumber the precincts and name their TIKs apart, so that every row stays a new precinct.
        const QByteArray passSuffix = " /" + QByteArray::number(pass + 1);
        QByteArray precinct;
        QByteArray district;
        while (written < rows && reader.readRecord()) {
            line.resize(0);
            fields.resize(0);
            for (int i = 0; i < reader.fieldCount(); ++i) {
                if (i == precinctColumn && pass > 0) {
                    precinct = QByteArray::number(CountParser::parse(reader.fieldBytes(i)).value + pass * shift);
                    fields.append(precinct);
                } else if (i == districtColumn && pass > 0) {
                    district = reader.fieldBytes(i).toByteArray() + passSuffix;
                    fields.append(district);
                } else {
                    fields.append(reader.fieldBytes(i));
                }
            }
            CsvWriter::appendRecord(line, fields, reader.delimiter());
            target.write(line);
            ++written;
        }
    }
    if (!target.commit())
        throw SaylauError(tr("Cannot write %1: %2").arg(targetPath, target.errorString()));
    return written;
}

} // namespace saylau
