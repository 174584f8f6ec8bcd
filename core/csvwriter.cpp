// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace fl {

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(options)
{
}

QString CsvWriter::escape(const QString &field, bool formulaGuard)
{
    QString value = field;
    if (formulaGuard && !value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            value.prepend(u'\'');
    }
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\r')
        || value.contains(u'\n');
    if (!quote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_ok)
        return false;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += u',';
        line += escape(fields[i], m_options.formulaGuard);
    }
    line += u"\r\n"_s;
    QByteArray bytes = line.toUtf8();
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            bytes.prepend("\xEF\xBB\xBF");
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_ok = false;
        return false;
    }
    ++m_rows;
    return true;
}

} // namespace fl
