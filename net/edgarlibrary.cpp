// SPDX-License-Identifier: MIT
#include "edgarlibrary.h"

#include "edgarendpoints.h"
#include "savefile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

namespace {
const QString kRootKey = u"edgar/libraryFolder"_s;
}

EdgarLibrary::EdgarLibrary(const QString &root)
    : m_root(QDir::cleanPath(root))
{
}

QString EdgarLibrary::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/edgar"_s;
}

QString EdgarLibrary::configuredRoot()
{
    const QString root = QSettings().value(kRootKey).toString();
    return root.isEmpty() ? defaultRoot() : root;
}

void EdgarLibrary::setConfiguredRoot(const QString &root)
{
    QSettings().setValue(kRootKey, root);
}

QString EdgarLibrary::filingFolder(qint64 cik, const QString &accession) const
{
    return u"%1/%2/%3"_s.arg(m_root).arg(cik).arg(accessionFolder(accession));
}

QString EdgarLibrary::pathFor(qint64 cik, const QString &accession, const QString &file) const
{
    return filingFolder(cik, accession) + u'/' + file;
}

QString EdgarLibrary::fullSubmissionName(const QString &accession)
{
    return accession + u".txt"_s;
}

QString EdgarLibrary::writeProblem() const
{
    if (const QString why = folderWriteProblem(m_root); !why.isEmpty())
        return u"Cannot write in the library folder %1: %2."_s.arg(m_root, why);
    return {};
}

} // namespace fl::edgar
