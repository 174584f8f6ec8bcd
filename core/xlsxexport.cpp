// SPDX-License-Identifier: MIT
#include "xlsxexport.h"

#include "nativepath.h"
#include "savefile.h"
#include "xlsxverify.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fl {

QString xlsxSheetName(CsvLayout layout)
{
    switch (layout) {
    case CsvLayout::Wide:
        return u"wide"_s;
    case CsvLayout::Long:
        return u"long"_s;
    case CsvLayout::Items:
        return u"items"_s;
    case CsvLayout::Facts:
        return u"facts"_s;
    }
    return {};
}

namespace {

// Column widths in characters: by the longest line of the column's cells, within these bounds.
constexpr int kMinColumnWidth = 6;
constexpr int kMaxColumnWidth = 60;
constexpr int kDateWidth = 10; // "2005-03-08"

int displayWidth(const ExportCell &cell)
{
    if (cell.type == CellType::Date && cell.date().isValid())
        return kDateWidth;
    // The longest line; lines past the cap need not be measured to the end.
    int widest = 0;
    int line = 0;
    for (const QChar c : cell.text) {
        if (c == u'\n') {
            widest = std::max(widest, line);
            line = 0;
        } else if (++line > kMaxColumnWidth) {
            return kMaxColumnWidth;
        }
    }
    return std::max(widest, line);
}

// The text without the control characters XML cannot hold (all below U+0020 but tab, LF and
// CR): a text filing's form feeds, stray NULs. libxlsxwriter would write them as "_x000C_",
// which most readers show as those seven characters.
QString spreadsheetText(const QString &text)
{
    auto isControl = [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c))
            kept += c;
    }
    return kept;
}

// The text as a cell can hold it: cut before kXlsxMaxCellText characters, never inside a
// surrogate pair, and marked as cut.
QString fitCellText(const QString &text, bool *cut)
{
    *cut = text.size() > kXlsxMaxCellText;
    if (!*cut)
        return text;
    const QString mark = QString::fromUtf16(kXlsxTruncationMark);
    qsizetype keep = kXlsxMaxCellText - mark.size();
    if (text[keep - 1].isHighSurrogate())
        --keep;
    return text.left(keep) + mark;
}

// One worksheet being written row by row (the workbook is in constant-memory mode, so rows go
// to disk as they are finished and must come in order).
class Sheet
{
public:
    Sheet(lxw_workbook *workbook, CsvLayout layout, const QStringList &header,
          lxw_format *headerFormat, lxw_format *dateFormat)
        : m_sheet(workbook_add_worksheet(workbook, xlsxSheetName(layout).toUtf8().constData()))
        , m_dateFormat(dateFormat)
        , m_widths(header.size(), kMinColumnWidth)
        , m_name(xlsxSheetName(layout))
    {
        for (qsizetype column = 0; column < header.size(); ++column) {
            m_widths[column] = std::max<int>(m_widths[column], int(header[column].size()) + 2);
            check(worksheet_write_string(m_sheet, 0, lxw_col_t(column),
                                         header[column].toUtf8().constData(), headerFormat));
        }
    }

    // Returns false once the sheet cannot take more: an error, or Excel's last row reached.
    bool write(const ExportRow &row)
    {
        if (!m_error.isEmpty())
            return false;
        if (m_rows + 1 >= LXW_ROW_MAX) {
            m_error = u"the %1 sheet would pass Excel's limit of %2 rows; export fewer filings "
                      u"or choose CSV"_s.arg(m_name)
                          .arg(LXW_ROW_MAX);
            return false;
        }
        const lxw_row_t r = lxw_row_t(++m_rows);
        for (qsizetype column = 0; column < row.size() && column < m_widths.size(); ++column) {
            const ExportCell &cell = row[column];
            if (cell.text.isEmpty())
                continue;
            writeCell(r, lxw_col_t(column), cell);
            m_widths[column] =
                std::max(m_widths[column], std::min(displayWidth(cell) + 2, kMaxColumnWidth));
        }
        return m_error.isEmpty();
    }

    // The header frozen and filtered, the columns sized; once all rows are written.
    void finish()
    {
        worksheet_freeze_panes(m_sheet, 1, 0);
        const lxw_col_t last = lxw_col_t(std::max<qsizetype>(m_widths.size(), 1) - 1);
        check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_rows), last));
        for (qsizetype column = 0; column < m_widths.size(); ++column)
            check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                                       m_widths[column], nullptr));
    }

    qint64 rows() const { return m_rows; }
    qint64 truncatedCells() const { return m_truncated; }
    const QString &error() const { return m_error; }

private:
    void writeCell(lxw_row_t row, lxw_col_t column, const ExportCell &cell)
    {
        if (const std::optional<double> value = cell.number()) {
            check(worksheet_write_number(m_sheet, row, column, *value, nullptr));
            return;
        }
        if (const QDate date = cell.date(); date.isValid()) {
            lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0};
            check(worksheet_write_datetime(m_sheet, row, column, &when, m_dateFormat));
            return;
        }
        // Always a string: a value starting with "=" stays the text it is, never a formula.
        bool cut = false;
        const QByteArray utf8 = fitCellText(spreadsheetText(cell.text), &cut).toUtf8();
        m_truncated += cut ? 1 : 0;
        check(worksheet_write_string(m_sheet, row, column, utf8.constData(), nullptr));
    }

    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error.isEmpty())
            m_error = u"%1 (sheet %2)"_s.arg(QString::fromUtf8(lxw_strerror(error)), m_name);
    }

    lxw_worksheet *m_sheet;
    lxw_format *m_dateFormat;
    QList<int> m_widths;
    QString m_name;
    qint64 m_rows = 0; // data rows written (the header is row 0)
    qint64 m_truncated = 0;
    QString m_error;
};

// The workbook as it is built: in a temporary file, closed (and so written) once. Its own
// temporary files (one per sheet in constant-memory mode) go in `tmpdir`, not tmpfile()'s /tmp.
class Workbook
{
public:
    Workbook(const QString &path, const QString &tmpdir)
        : m_tmpdir(pathToNative(tmpdir))
    {
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE; // item texts can pass 4 GB uncompressed
        options.tmpdir = m_tmpdir.data();
        m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (m_workbook) {
            m_bold = workbook_add_format(m_workbook);
            format_set_bold(m_bold);
            m_date = workbook_add_format(m_workbook);
            format_set_num_format(m_date, "yyyy-mm-dd");
        }
    }
    ~Workbook() { close(); }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    Sheet &addSheet(CsvLayout layout, const QStringList &header)
    {
        return *m_sheets.emplace_back(
            std::make_unique<Sheet>(m_workbook, layout, header, m_bold, m_date));
    }
    const std::vector<std::unique_ptr<Sheet>> &sheets() const { return m_sheets; }

    // Writes the file; an error message, or empty.
    QString close()
    {
        if (!m_workbook)
            return {};
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(error));
    }

private:
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    std::vector<std::unique_ptr<Sheet>> m_sheets;
};

// Less free space than this in the temporary folder, and a workbook that came out damaged
// (or an error from libxlsxwriter) is put down to a full folder: its writes go through stdio
// buffers of a few KB, which fail only when less than a buffer is left.
constexpr qint64 kFullFolder = 256 * 1024;

// Copies the built workbook into the file being saved; an error message, or empty.
QString copyInto(const QString &built, SaveFile &target)
{
    QFile source(built);
    if (!source.open(QIODevice::ReadOnly))
        return source.errorString();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return source.errorString();
        if (target.write(chunk) != chunk.size())
            return target.errorString();
    }
    return {};
}

} // namespace

ExportResult exportXlsx(const QStringList &files, const QString &output,
                        const XlsxExportOptions &options, const QList<FilingPtr> &known)
{
    ExportResult result;
    result.error = refuseExportTarget(files, output, u"workbook"_s);
    if (!result.error.isEmpty())
        return result;
    if (options.layouts.isEmpty()) {
        result.error = u"No layout chosen; %1 was not written."_s.arg(output);
        return result;
    }
    auto cannotWrite = [&](const QString &why) {
        result.error = u"Cannot write %1: %2."_s.arg(output, why);
        return result;
    };
    // Opened first so that an unwritable target fails before any parsing.
    SaveFile target(output);
    if (!target.open())
        return cannotWrite(target.errorString());
    // QDir::tempPath() is empty when TMPDIR names no folder: then beside the output.
    const QString tempDir = QDir::tempPath();
    const QString workDir = tempDir.isEmpty() ? QFileInfo(output).absolutePath() : tempDir;
    QTemporaryFile built(QDir(workDir).filePath(u"filinglens-XXXXXX.xlsx"_s));
    if (!built.open())
        return cannotWrite(u"no temporary file for the workbook: "_s + built.errorString());
    // The least free space seen there while the workbook was built: libxlsxwriter does not
    // say when writing its temporary files failed, so a full folder is told from this.
    qint64 leastFree = -1;
    auto sampleFreeSpace = [&] {
        const qint64 free = freeSpaceIn(workDir);
        if (free >= 0 && (leastFree < 0 || free < leastFree))
            leastFree = free;
    };
    sampleFreeSpace();

    Workbook workbook(built.fileName(), workDir);
    if (!workbook.isOpen())
        return cannotWrite(u"the workbook could not be created"_s);
    QList<CsvLayout> layouts;
    for (CsvLayout layout : options.layouts) {
        if (!layouts.contains(layout))
            layouts << layout;
    }
    for (CsvLayout layout : layouts)
        workbook.addSheet(layout, csvHeader(layout, options.itemText));

    QString sheetError;
    int done = 0;
    parseInOrder(files, known, options.threads, options.cancel, [&](const FilingPtr &filing) {
        result.bytesRead += filing->fileSize;
        if (!filing->ok())
            result.failedFiles << filing->path;
        for (qsizetype i = 0; i < layouts.size(); ++i) {
            Sheet &sheet = *workbook.sheets()[size_t(i)];
            if (!forEachRow(layouts[i], *filing, options.itemText,
                            [&](const ExportRow &row) { return sheet.write(row); })) {
                sheetError = sheet.error();
                return false;
            }
        }
        ++done;
        sampleFreeSpace();
        if (options.progress)
            options.progress(done, int(files.size()), *filing);
        return true;
    });
    for (const auto &sheet : workbook.sheets()) {
        sheet->finish();
        result.rows += sheet->rows();
        result.truncatedCells += sheet->truncatedCells();
        if (sheetError.isEmpty())
            sheetError = sheet->error();
    }
    sampleFreeSpace();
    const QString closeError = workbook.close();
    sampleFreeSpace();
    if (options.cancel && options.cancel->load()) {
        target.cancelWriting();
        result.cancelled = true;
        result.error = u"Export cancelled; %1 was not written."_s.arg(output);
        return result;
    }
    if (!sheetError.isEmpty()) {
        target.cancelWriting();
        return cannotWrite(sheetError);
    }
    // Checked before it replaces anything: read whole, every CRC and XML part.
    const QString damage = closeError.isEmpty() ? verifyXlsxFile(built.fileName()) : QString();
    if (!closeError.isEmpty() || !damage.isEmpty()) {
        target.cancelWriting();
        if (leastFree >= 0 && leastFree < kFullFolder)
            return cannotWrite(u"the Excel library could not write its temporary files in %1: "
                               u"No space left on device"_s.arg(displayLine(workDir)));
        if (!closeError.isEmpty())
            return cannotWrite(closeError);
        return cannotWrite(u"the workbook the Excel library built in %1 is damaged (%2); its "
                           u"temporary files there may not have been written whole"_s.arg(
                               displayLine(workDir), damage));
    }
    if (const QString copyError = copyInto(built.fileName(), target); !copyError.isEmpty()) {
        target.cancelWriting();
        return cannotWrite(copyError);
    }
    if (!target.commit())
        return cannotWrite(target.errorString());
    result.sheets = int(layouts.size());
    result.ok = true;
    return result;
}

} // namespace fl
