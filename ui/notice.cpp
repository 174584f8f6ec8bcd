// SPDX-License-Identifier: MIT
#include "notice.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

void showNotice(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"notification"_s);
    box->open();
}

} // namespace fl
