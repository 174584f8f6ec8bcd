// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "filingparser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace fl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setCentralWidget(m_text);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1000, 750);
    setWindowTitle(u"FilingLens"_s);
}

MainWindow::~MainWindow() = default;

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Filing"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    const FilingPtr filing = parseFile(path);
    if (!filing->ok()) {
        QMessageBox::warning(this, tr("Cannot open filing"), filing->errorMessage);
        return;
    }
    m_text->setPlainText(filing->text);
    setWindowTitle(QFileInfo(path).fileName() + u" - FilingLens"_s);
    statusBar()->showMessage(tr("%1: %2 items, %3 warnings")
                                 .arg(filing->registrantName())
                                 .arg(filing->items.size())
                                 .arg(filing->warnings.size()));
}

} // namespace fl
