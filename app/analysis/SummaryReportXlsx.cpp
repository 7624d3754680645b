#include "SummaryReportXlsx.h"

#include "../domain/BuildInfo.h"
#include "../domain/SaylauError.h"
#include "../storage/FileBuiltAside.h"

#include <QFile>

#include <xlsxwriter.h>


namespace saylau {

namespace {

class Workbook
{
public:
    explicit Workbook(const QString &path, int precision)
        : m_book(workbook_new(QFile::encodeName(path).constData()))
    {
        if (!m_book)
            return;
        // The workbook's properties name the program that made it, so a sheet passed around keeps its origin
        // (libxlsxwriter copies the strings).
        QByteArray madeBy = BuildInfo::madeBy().toUtf8();
        lxw_doc_properties properties = {};
        properties.comments = madeBy.data();
        workbook_set_properties(m_book, &properties);
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_count = workbook_add_format(m_book);
        format_set_num_format(m_count, "#,##0");
        m_decimal = workbook_add_format(m_book);
        format_set_num_format(m_decimal, "#,##0.0");
        m_percent = workbook_add_format(m_book);
        QByteArray pattern("0");
        if (precision > 0)
            pattern += '.' + QByteArray(precision, '0');
        pattern += '%';
        format_set_num_format(m_percent, pattern.constData());
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isOpen() const { return m_book != nullptr; }

    lxw_worksheet *sheet(const QString &name)
    {
        // Excel limits sheet names to 31 characters.
        return workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
    }

    void write(lxw_worksheet *sheet, int row, int column, const SummaryReportWriter::TableCell &cell, bool bold = false)
    {
        using Kind = SummaryReportWriter::TableCell::Kind;
        switch (cell.kind) {
        case Kind::Count:
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), cell.number, m_count);
            break;
        case Kind::Decimal:
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), cell.number, m_decimal);
            break;
        case Kind::Percent:
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), cell.number / 100.0, m_percent);
            break;
        case Kind::Text:
            if (!cell.text.isEmpty())
                worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), cell.text.toUtf8().constData(),
                                       bold ? m_bold : nullptr);
            break;
        }
    }

    void text(lxw_worksheet *sheet, int row, const QString &text, bool bold = false)
    {
        write(sheet, row, 0, {text, SummaryReportWriter::TableCell::Kind::Text, 0}, bold);
    }

    // Returns the next free row.
    int table(lxw_worksheet *sheet, int row, const SummaryReportWriter::Table &table, int headerRows)
    {
        for (int r = 0; r < table.size(); ++r, ++row)
            for (int c = 0; c < table.at(r).size(); ++c)
                write(sheet, row, c, table.at(r).at(c), r < headerRows);
        return row;
    }

    lxw_error close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error;
    }

private:
    lxw_workbook *m_book;
    lxw_format *m_bold = nullptr;
    lxw_format *m_count = nullptr;
    lxw_format *m_decimal = nullptr;
    lxw_format *m_percent = nullptr;
};

} // namespace

void SummaryReportXlsx::write(const SummaryReportWriter &writer, const QString &path)
{
    // libxlsxwriter writes to a path: built aside and renamed over the target once complete, so that a failed
    // export never leaves half a file.
    FileBuiltAside temporary(path);
    {
        Workbook book(temporary.temporaryPath(), writer.precision());
        if (!book.isOpen())
            throw SaylauError(tr("cannot write %1").arg(path));
        lxw_worksheet *summary = book.sheet(tr("Summary"));
        worksheet_set_column(summary, 0, 0, 34, nullptr);
        worksheet_set_column(summary, 1, 8, 14, nullptr);
        int row = 0;
        for (const QString &line : writer.titleLines()) {
            book.text(summary, row, line, row == 0);
            ++row;
        }
        ++row;
        row = book.table(summary, row, writer.totalTable(), 2);
        ++row;
        for (const QString &line : writer.notes())
            book.text(summary, row++, line);

        const SummaryReportWriter::Table rows = writer.rowsTable();
        if (rows.size() > 1) {
            lxw_worksheet *detail = book.sheet(tr("By territory"));
            const int labelColumns = writer.rowsLabelColumns();
            worksheet_set_column(detail, 0, lxw_col_t(labelColumns - 1), 30, nullptr);
            book.table(detail, 0, rows, 1);
            worksheet_freeze_panes(detail, 1, lxw_col_t(labelColumns));
        }
        if (const std::optional<ForensicsReport> &forensics = writer.forensics()) {
            lxw_worksheet *sheet = book.sheet(tr("Forensics"));
            worksheet_set_column(sheet, 0, 0, 50, nullptr);
            worksheet_set_column(sheet, 1, 6, 12, nullptr);
            int at = 0;
            book.text(sheet, at++, forensics->title(), true);
            book.text(sheet, at++, ForensicsReport::definitions());
            for (const QString &line : forensics->testLines())
                book.text(sheet, at++, line);
            ++at;
            at = book.table(sheet, at, writer.forensicsTable(), 1);
            ++at;
            for (const QString &line : forensics->excessLines())
                book.text(sheet, at++, line.trimmed());
        }
        const lxw_error error = book.close();
        if (error != LXW_NO_ERROR)
            throw SaylauError(tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    temporary.place(FileBuiltAside::Placement::Replace);
}

} // namespace saylau
