// SPDX-License-Identifier: MIT
// Answering the window's modal dialogs from a timer, as a user would, without hanging: a test
// that triggers an action running a dialog's exec() gets control back only once it closes.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QString>

namespace fl::test {

// Qt's own file dialog for every QFileDialog::getSaveFileName(): a platform theme's native
// one (GTK, a desktop portal) is no widget a test can fill in. Call before the first dialog.
inline void useQtFileDialogs()
{
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

// Puts `path` into a file dialog and accepts it; false while the dialog does not hold it yet
// (it may still be reading its folder). QFileDialog::selectFile() leaves the name box alone
// while it has the focus, as it does once the dialog was activated: on a busy machine the
// first answer comes after that, and the dialog kept its suggested name forever (the hang of
// tst_exportdialog on re-runs). Taking the focus away first makes the answer take.
inline bool answerFileDialog(QFileDialog *dialog, const QString &path)
{
    if (QWidget *focus = dialog->focusWidget())
        focus->clearFocus();
    dialog->selectFile(path);
    if (dialog->selectedFiles().value(0) != path)
        return false;
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept()
    return true;
}

} // namespace fl::test
