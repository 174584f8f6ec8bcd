// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace fl {

struct CsvOptions
{
    // A UTF-8 byte-order mark first, so that Excel reads the file as UTF-8.
    bool byteOrderMark = false;
    // Values that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
    // get a leading apostrophe, as OWASP advises: filings are untrusted input.
    bool formulaGuard = true;
};

// Writes RFC 4180 CSV: comma separated, CRLF after every row, UTF-8; a field holding a comma,
// a quote, CR or LF is quoted and its quotes doubled.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, CsvOptions options = {});

    bool writeRow(const QStringList &fields);
    bool ok() const { return m_ok; }
    qint64 rows() const { return m_rows; }

    // One field as it appears in the file.
    static QString escape(const QString &field, bool formulaGuard = true);

private:
    QIODevice *m_device;
    CsvOptions m_options;
    bool m_ok = true;
    bool m_started = false;
    qint64 m_rows = 0;
};

} // namespace fl
