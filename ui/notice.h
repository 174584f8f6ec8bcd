// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

namespace fl {

// A message about work that ran in the background: window-modal, but it does not block the
// event loop (loading and exports go on behind it). Named "notification" for tests.
void showNotice(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

} // namespace fl
