// SPDX-License-Identifier: MIT
#include "filingview.h"

#include "binarykind.h"
#include "findbar.h"
#include "legendbar.h"
#include "nativepath.h"
#include "outlinemodel.h"
#include "panepages.h"
#include "sectionstyle.h"
#include "textview.h"
#include "units.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QStylePainter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// The outline's combo box: the list sets items in under their parts, the closed box names the
// part too ("Part II, Item 1 ..."), since a 10-Q has an Item 1 in each part. It tells whether a
// choice came from its list (which closes before reporting it): that hands the focus to the
// text to read on, while a step with the arrow keys in the closed box keeps it there.
class OutlineBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

    bool takeChoiceFromList() { return std::exchange(m_listClosed, false); }

    void showPopup() override
    {
        m_listClosed = false;
        QComboBox::showPopup();
    }

    void hidePopup() override
    {
        QComboBox::hidePopup();
        m_listClosed = true;
        // Closed without a choice (Escape, a click outside): forgotten once events run again.
        QTimer::singleShot(0, this, [this] { m_listClosed = false; });
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QModelIndex current = model()->index(currentIndex(), modelColumn(), rootModelIndex());
        if (current.isValid())
            option.currentText = current.data(OutlineModel::FullLabelRole).toString();
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }

private:
    bool m_listClosed = false;
};

} // namespace

FilingView::FilingView(QWidget *parent)
    : QWidget(parent)
    , m_documents(new QComboBox(this))
    , m_documentLabel(new QLabel(tr("&Document:"), this))
    , m_outlineModel(new OutlineModel(this))
    , m_outline(new OutlineBox(this))
    , m_outlineLabel(new QLabel(tr("&Outline:"), this))
    , m_legend(new LegendBar(this))
    , m_message(new QLabel(this))
    , m_errorPage(new QWidget(this))
    , m_errorTitle(new QLabel(m_errorPage))
    , m_errorReason(new QLabel(m_errorPage))
    , m_text(new TextView(this))
    , m_pages(new PanePages(m_text, this))
    , m_find(new FindBar(m_text, this))
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    m_documentLabel->setBuddy(m_documents);
    m_documents->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documents->setMinimumContentsLength(24);
    m_documents->setToolTip(tr("Jump to a document of the submission; type to filter them"));
    setUpDocumentFilter();
    top->addWidget(m_documentLabel);
    top->addWidget(m_documents, 1);
    m_outline->setObjectName(u"outline"_s);
    m_outline->setModel(m_outlineModel);
    m_outlineLabel->setBuddy(m_outline);
    m_outline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outline->setMinimumContentsLength(32);
    m_outline->setMaxVisibleItems(30);
    m_outline->setPlaceholderText(tr("Go to a part or item"));
    m_outline->setToolTip(tr("Jump to a part or item of the report; follows the cursor"));
    top->addWidget(m_outlineLabel);
    top->addWidget(m_outline, 2);
    m_legend->setObjectName(u"legend"_s);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 8, 8, 8);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_message);
    m_pages->addWidget(m_errorPage); // beside PanePages' own pages
    buildErrorPage();
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_find);
    m_find->hide();

    connect(m_documents, &QComboBox::activated, this, [this](int index) {
        const FilingPtr f = m_text->filing();
        const int doc = m_documents->itemData(index).toInt();
        if (f && doc >= 0 && doc < f->documents.size()) {
            const Document &d = f->documents[doc];
            m_text->select(SourceRange{d.range.start, 0});
            m_text->setFirstVisibleLine(f->lineAt(d.range.start));
            m_text->setFocus();
        }
    });
    // A chosen document comes to the top, even the last one of a submission.
    m_text->setScrollPastEnd(true);
    // Keep the switcher on the document the reader is in.
    connect(m_text, &TextView::firstVisibleLineChanged, this, &FilingView::syncDocumentSwitcher);
    connect(m_outline, &QComboBox::activated, this, &FilingView::jumpToOutlineRow);
    connect(m_text, &TextView::findSelectionRequested, m_find, &FindBar::activate);
    // The outline names the part or item the cursor is in.
    connect(m_text, &TextView::selectionChanged, this, &FilingView::syncOutline);
    connect(m_pages, &PanePages::cancelRequested, this, [this] {
        if (!m_loadingPath.isEmpty())
            Q_EMIT cancelLoadingRequested(m_loadingPath);
    });
    connect(m_pages, &PanePages::actionTriggered, this, [this] {
        if (!m_cancelledPath.isEmpty())
            Q_EMIT reopenRequested(m_cancelledPath);
    });
    updateLegend();
    setFiling(nullptr);
}

FilingView::~FilingView() = default;

FilingPtr FilingView::filing() const
{
    return m_text->filing();
}

void FilingView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void FilingView::showLoading(const QString &path)
{
    setFiling(nullptr);
    m_loadingPath = path;
    const QFileInfo info(path); // for its parts only: fileSizeOf asks by the native name
    m_pages->showLoading(tr("Opening %1").arg(displayFileName(path)),
                         tr("%1 in %2")
                             .arg(humanSize(std::max<qint64>(0, fileSizeOf(path))),
                                  displayLine(info.absolutePath())));
}

void FilingView::showPreview(const QString &path, const FilingPtr &preview)
{
    if (path != m_loadingPath || !preview)
        return;
    setFiling(preview);
    m_preview = preview;
    m_loadingPath = path;
    m_pages->setCancelShortcutEnabled(true); // Esc still stops the rest
}

void FilingView::setLoadingProgress(const QString &path, qint64 done, qint64 total)
{
    if (path == m_loadingPath)
        m_pages->setLoadingProgress(done, total);
}

void FilingView::showCancelled(const QString &path)
{
    setFiling(nullptr);
    m_cancelledPath = path;
    m_pages->showMessage(
        tr("Opening was cancelled"),
        tr("<b>%1</b> was not read to the end.").arg(displayFileName(path).toHtmlEscaped()),
        tr("&Open Again"));
}

void FilingView::buildErrorPage()
{
    m_errorPage->setObjectName(u"errorPage"_s);
    m_errorPage->setAutoFillBackground(true);
    m_errorPage->setBackgroundRole(QPalette::Base);
    auto *icon = new QLabel(m_errorPage);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize) * 3 / 2;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_errorTitle->setObjectName(u"errorTitle"_s);
    m_errorTitle->setWordWrap(true);
    m_errorTitle->setTextFormat(Qt::PlainText); // a file name is not markup
    m_errorReason->setTextFormat(Qt::PlainText);
    QFont bigger = m_errorTitle->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_errorTitle->setFont(bigger);
    m_errorReason->setObjectName(u"errorReason"_s);
    m_errorReason->setWordWrap(true);
    m_errorReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Open another file with File ▸ Open, or drop one here. The "
                               "browser's Status column says why each file failed."),
                            m_errorPage);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *words = new QVBoxLayout;
    words->setSpacing(10);
    words->addWidget(m_errorTitle);
    words->addWidget(m_errorReason);
    words->addWidget(hint);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addStretch(1);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(words, 4);
    row->addStretch(1);
    auto *page = new QVBoxLayout(m_errorPage);
    page->addStretch(1);
    page->addLayout(row);
    page->addStretch(2);
}

void FilingView::showError(const QString &fileName, const QString &reason)
{
    m_errorTitle->setText(tr("%1 could not be opened").arg(fileName));
    m_errorReason->setText(reason);
    m_pages->setCurrentWidget(m_errorPage);
    m_legend->hide();
    m_find->hide();
}

bool FilingView::isShowingError() const
{
    return m_pages->currentWidget() == m_errorPage;
}

void FilingView::findText(const QString &query)
{
    if (query.isEmpty() || !filing())
        return;
    m_find->show();
    m_find->setQuery(query);
}

void FilingView::setFiling(FilingPtr filing)
{
    // The whole filing in place of its preview: the reader stays where they are. The
    // preview's text is the start of the whole text, so offsets and lines still hold.
    const bool replacesPreview =
        filing && m_preview && m_text->filing() == m_preview && filing->path == m_preview->path;
    const int firstLine = m_text->firstVisibleLine();
    const int column = m_text->horizontalScrollBar()->value();
    const SourceRange selection = m_text->selection();
    m_preview.reset();
    m_loadingPath.clear();
    m_cancelledPath.clear();
    m_pages->showContent();
    m_pages->setCancelShortcutEnabled(false);
    m_legend->show();
    m_text->setFiling(filing);
    if (replacesPreview) {
        if (selection.length > 0 || selection.start > 0)
            m_text->select(selection);
        m_text->setFirstVisibleLine(firstLine);
        m_text->horizontalScrollBar()->setValue(column);
    }
    {
        const QSignalBlocker blocker(m_documents);
        m_documents->clear();
        if (filing) {
            // One insertion for all of them: added one by one, the 1,263 documents of a 100 MB
            // submission took 10 ms of the GUI thread at open, each row told to the combo box.
            QList<QStandardItem *> rows;
            rows.reserve(filing->documents.size());
            for (qsizetype i = 0; i < filing->documents.size(); ++i) {
                const Document &d = filing->documents[i];
                QString label = u"%1. %2"_s.arg(i + 1).arg(d.type.value);
                if (!d.filename.isEmpty())
                    label += u"  "_s + d.filename.value;
                if (!d.description.isEmpty() && d.description.value != d.type.value)
                    label += u" \u2014 "_s + d.description.value;
                if (d.isBinary())
                    label += tr("  [binary, %1, not shown]").arg(humanSize(d.sourceBytes));
                auto *row = new QStandardItem(label);
                row->setData(int(i), Qt::UserRole); // what QComboBox::addItem stores it as
                rows.append(row);
            }
            qobject_cast<QStandardItemModel *>(m_documents->model())
                ->invisibleRootItem()
                ->appendRows(rows);
        }
    }
    const bool documents = filing && filing->documents.size() > 0;
    m_documents->setVisible(documents);
    m_documentLabel->setVisible(documents);
    m_outlineModel->setFiling(filing);
    const bool outline = m_outlineModel->rowCount() > 0;
    m_outline->setVisible(outline);
    m_outlineLabel->setVisible(outline);
    syncOutline();
    m_find->refresh();
    Q_EMIT filingChanged();
}

bool FilingView::hasItems() const
{
    const FilingPtr f = filing();
    return f && !f->items.isEmpty();
}

bool FilingView::stepItem(int delta)
{
    const FilingPtr f = filing();
    if (!f || f->items.isEmpty() || delta == 0)
        return false;
    QList<qsizetype> headings;
    for (const Item &item : f->items)
        headings << item.heading.start;
    std::sort(headings.begin(), headings.end());
    const qsizetype cursor = m_text->selection().start;
    qsizetype target = -1;
    if (delta > 0) {
        const auto next = std::upper_bound(headings.cbegin(), headings.cend(), cursor);
        target = next == headings.cend() ? -1 : *next;
    } else {
        // Inside an item, Previous goes to its own heading first.
        const auto here = std::lower_bound(headings.cbegin(), headings.cend(), cursor);
        target = here == headings.cbegin() ? -1 : *(here - 1);
    }
    if (target < 0)
        return false;
    m_text->jumpTo(target);
    return true;
}

void FilingView::jumpToOutlineRow(int row)
{
    const qsizetype start = m_outlineModel->headingStart(row);
    if (start < 0)
        return;
    m_text->jumpTo(start);
    if (static_cast<OutlineBox *>(m_outline)->takeChoiceFromList())
        m_text->setFocus();
}

void FilingView::syncOutline()
{
    if (m_outlineModel->rowCount() == 0)
        return;
    const QSignalBlocker blocker(m_outline);
    m_outline->setCurrentIndex(m_outlineModel->rowAt(m_text->selection().start));
}

void FilingView::showFind()
{
    m_find->activate();
}

void FilingView::syncDocumentSwitcher()
{
    const FilingPtr f = m_text->filing();
    if (!f || f->documents.isEmpty() || f->lineStarts.isEmpty() || m_documents->hasFocus())
        return;
    const qsizetype offset =
        f->lineStarts[std::clamp(m_text->firstVisibleLine(), 0, f->lineCount() - 1)];
    for (qsizetype i = f->documents.size() - 1; i >= 0; --i) {
        if (f->documents[i].range.start <= offset) {
            const QSignalBlocker blocker(m_documents);
            m_documents->setCurrentIndex(int(i));
            return;
        }
    }
}

void FilingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateLegend(); // light or dark swatches
    QWidget::changeEvent(event);
}

void FilingView::updateLegend()
{
    const SectionStyle style(palette());
    m_legend->setEntries(style.legend(),
                         tr("Colours of the highlighted sections. Hover over the text to see "
                            "which section and value is under the mouse."));
}

void FilingView::setShowSections(bool show)
{
    m_text->setShowSections(show);
    m_legend->setVisible(show);
}

void FilingView::setUpDocumentFilter()
{
    // Editable, so that typing filters the documents (by any part of their labels) in a
    // completer's list; the box itself never takes what is typed as a new entry.
    m_documents->setEditable(true);
    m_documents->setInsertPolicy(QComboBox::NoInsert);
    m_documents->setMaxVisibleItems(20);
    m_documents->lineEdit()->setPlaceholderText(tr("Type to filter the documents"));
    auto *completer = new QCompleter(m_documents->model(), m_documents);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(20);
    m_documents->setCompleter(completer);
    // Left without a choice: the box names the current document again.
    connect(m_documents->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_documents->currentIndex() >= 0)
            m_documents->setEditText(m_documents->itemText(m_documents->currentIndex()));
    });
}

} // namespace fl
