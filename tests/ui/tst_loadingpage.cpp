// SPDX-License-Identifier: MIT
// Opening a big submission in the viewer: the loading page (file name, progress, Cancel and
// Esc, the Cancelled page and Open Again), and the preview of the header and first document
// that comes before the whole filing and gives way to it where the reader is.

#include "bigsubmission.h"
#include "fieldtreemodel.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "filingview.h"
#include "mainwindow.h"
#include "panepages.h"
#include "testutil.h"
#include "textview.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestLoadingPage : public QObject
{
    Q_OBJECT

    // Rows under the field tree's Documents section (0 when it has none).
    static int documentRows(const MainWindow &window)
    {
        const QAbstractItemModel *model = window.fieldModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex section = model->index(row, 0);
            if (section.data().toString() == u"Documents"_s)
                return model->rowCount(section);
        }
        return 0;
    }

    QTemporaryDir m_dir;
    QString m_big;
    int m_documents = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Past kPreviewMinBytes, with a first document far below a quarter of it.
        m_big = test::writeFile(m_dir.filePath(u"big-8k-submission.txt"_s),
                                test::bigSubmission(kPreviewMinBytes + 4'000'000, &m_documents));
        QCOMPARE(m_documents % 18, 1); // 1 + 18 per copy of the other documents
    }

    void previewBeforeWholeFiling()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        FilingView *view = window.filingView();
        FilingSession *session = window.session();
        QStringList order;
        FilingPtr preview;
        int previewLine = -1;
        SourceRange previewSelection;
        // Connected after the window's own: the view already shows the preview here.
        connect(session, &FilingSession::previewReady, this,
                [&](const QString &path, const FilingPtr &filing) {
                    order << u"preview"_s;
                    QCOMPARE(path, m_big);
                    preview = filing;
                    QCOMPARE(view->filing(), filing);
                    QCOMPARE(view->pages()->page(), PanePages::Page::Content);
                    // The reader scrolls and selects in the preview.
                    previewLine = std::min(40, filing->lineCount() - 1);
                    view->textView()->setFirstVisibleLine(previewLine);
                    previewLine = view->textView()->firstVisibleLine();
                    previewSelection = SourceRange{filing->lineStarts[previewLine], 5};
                    view->textView()->select(previewSelection);
                });
        connect(session, &FilingSession::filingReady, this, [&] { order << u"whole"_s; });
        QSignalSpy progress(session, &FilingSession::loadProgress);
        QSignalSpy listed(session, &FilingSession::listed);
        QSignalSpy shown(&window, &MainWindow::filingShown);

        window.openPaths({m_big});
        QVERIFY(listed.wait(20000));
        QCOMPARE(view->pages()->page(), PanePages::Page::Loading);
        QVERIFY(view->pages()->loadingTitle()->text().contains(u"big-8k-submission.txt"_s));
        QVERIFY(view->pages()->cancelButton()->isVisible());
        QVERIFY(shown.wait(60000));

        QCOMPARE(order, (QStringList{u"preview"_s, u"whole"_s}));
        const FilingPtr whole = view->filing();
        QVERIFY(whole && whole->ok());
        QVERIFY(whole != preview);
        QCOMPARE(view->pages()->page(), PanePages::Page::Content);
        QCOMPARE(preview->documents.size(), 1);
        QCOMPARE(whole->documents.size(), m_documents);
        QVERIFY(preview->text.size() < whole->text.size() / 4);
        QVERIFY(whole->text.startsWith(preview->text));
        // Its fields, built off the GUI thread (the text is past kFieldsOffThreadChars), are in
        // by the time filingShown() comes: one row under Documents for each document.
        QVERIFY(whole->text.size() >= 4'000'000);
        QCOMPARE(window.fieldModel()->filing(), whole);
        QCOMPARE(documentRows(window), m_documents);
        // Where the reader was in the preview.
        QCOMPARE(view->textView()->firstVisibleLine(), previewLine);
        QCOMPARE(view->textView()->selection().start, previewSelection.start);
        QCOMPARE(view->textView()->selection().length, previewSelection.length);

        // Progress came for this file, growing, within its total.
        QVERIFY(!progress.isEmpty());
        qint64 last = 0;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            QCOMPARE(p.at(0).toString(), m_big);
            const qint64 done = p.at(1).toLongLong();
            QVERIFY(done >= last);
            QVERIFY(done <= p.at(2).toLongLong());
            last = done;
        }
        QVERIFY(last > 0);
    }

    void fieldsOfAFilingLeftMeanwhileAreDropped()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        const QString seed = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        QSignalSpy shown(&window, &MainWindow::filingShown);
        window.openPaths({seed});
        QVERIFY(shown.wait(20000));
        // The moment the whole big filing is on screen its tree is being built on a worker;
        // the reader goes back to the seed before it is done.
        bool left = false;
        connect(window.session(), &FilingSession::filingReady, this, [&](const QString &path) {
            if (path != m_big || left)
                return;
            left = true;
            QCOMPARE(window.filingView()->filing()->path, m_big);
            QCOMPARE(window.fieldModel()->filing(), nullptr); // not in yet
            window.openPaths({seed});                         // already open: shown
        });
        window.openPaths({m_big});
        QTRY_VERIFY_WITH_TIMEOUT(left, 60000);
        QTest::qWait(3000); // ample for the big tree to arrive, and be dropped
        QCOMPARE(window.filingView()->filing()->path, seed);
        QVERIFY(window.fieldModel()->filing());
        QCOMPARE(window.fieldModel()->filing()->path, seed);
        QCOMPARE(documentRows(window), 0); // a plain-text 8-K has no <DOCUMENT> blocks
    }

    void progressBar()
    {
        // The page's bar is busy until told, then shows the share done.
        PanePages pages(new QWidget); // takes the content page
        pages.showLoading(u"a.txt"_s);
        QCOMPARE(pages.progressBar()->maximum(), 0);
        pages.setLoadingProgress(250, 1000);
        QCOMPARE(pages.progressBar()->value() * 4, pages.progressBar()->maximum());
        pages.setLoadingProgress(3'000'000'000, 4'000'000'000); // past int
        QCOMPARE(pages.progressBar()->value() * 4, pages.progressBar()->maximum() * 3);
    }

    void cancelAndOpenAgain_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Cancel button") << false;
        QTest::newRow("Esc") << true;
    }

    void cancelAndOpenAgain()
    {
        QFETCH(bool, escape);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FilingView *view = window.filingView();
        FilingSession *session = window.session();
        QSignalSpy listed(session, &FilingSession::listed);
        QSignalSpy finished(session, &FilingSession::finished);
        QSignalSpy shown(&window, &MainWindow::filingShown);

        window.openPaths({m_big});
        QVERIFY(listed.wait(20000));
        QCOMPARE(view->pages()->page(), PanePages::Page::Loading);
        // The parse is still running: its result comes through the event loop, not run since.
        QCOMPARE(session->stateOf(m_big), FilingSession::State::Queued);
        if (escape)
            QTest::keyClick(&window, Qt::Key_Escape);
        else
            QTest::mouseClick(view->pages()->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(session->stateOf(m_big), FilingSession::State::Cancelled);
        const FilingListModel *model = window.filingModel();
        const int row = model->rowOfPath(m_big);
        QCOMPARE(model->index(row, FilingListModel::StatusColumn).data().toString(),
                 u"Cancelled"_s);
        QCOMPARE(view->pages()->page(), PanePages::Page::Message);
        QVERIFY(view->pages()->messageText()->text().contains(u"big-8k-submission.txt"_s));
        QVERIFY(view->pages()->actionButton()->isVisible());
        QVERIFY(!view->filing());
        // Esc does nothing more once cancelled.
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);

        QTest::mouseClick(view->pages()->actionButton(), Qt::LeftButton);
        QCOMPARE(view->pages()->page(), PanePages::Page::Loading);
        QCOMPARE(session->stateOf(m_big), FilingSession::State::Queued);
        QVERIFY(shown.wait(60000));
        QCOMPARE(session->stateOf(m_big), FilingSession::State::Loaded);
        QCOMPARE(view->pages()->page(), PanePages::Page::Content);
        QVERIFY(view->filing() && view->filing()->ok());
        QCOMPARE(view->filing()->documents.size(), m_documents);
    }
};

QTEST_MAIN(TestLoadingPage)
#include "tst_loadingpage.moc"
