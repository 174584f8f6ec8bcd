// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace fl {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);

private:
    void openDialog();

    QPlainTextEdit *m_text = nullptr;
};

} // namespace fl
