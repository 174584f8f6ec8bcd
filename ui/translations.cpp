// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace fl {

bool installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    const QString folder = u":/i18n"_s;
    if (translator->load(QLocale(), u"filinglens"_s, u"_"_s, folder)
        || translator->load(u"filinglens_en"_s, folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace fl
