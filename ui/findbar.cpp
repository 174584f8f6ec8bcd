// SPDX-License-Identifier: MIT
#include "findbar.h"

#include "textview.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Every occurrence, left to right, at most FindBar::kMaxMatches. Linear in the text.
QList<SourceRange> findAll(const FilingPtr &filing, const QString &needle, Qt::CaseSensitivity cs)
{
    QList<SourceRange> matches;
    if (!filing || needle.isEmpty())
        return matches;
    const QStringView text(filing->text);
    qsizetype pos = 0;
    while (matches.size() < FindBar::kMaxMatches) {
        pos = text.indexOf(needle, pos, cs);
        if (pos < 0)
            break;
        matches.append(SourceRange{pos, needle.size()});
        pos += std::max<qsizetype>(1, needle.size());
    }
    return matches;
}

} // namespace

FindBar::FindBar(TextView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_wrapNote(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("Text to find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(u"200,000+ matches"_s));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_count);
    m_wrapNote->setObjectName(u"wrapNote"_s);
    m_wrapNote->setForegroundRole(QPalette::PlaceholderText);
    m_wrapNote->hide();
    layout->addWidget(m_wrapNote);
    layout->addWidget(close);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FindBar::startSearch);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindBar::startSearch);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    updateLabel();
}

FindBar::~FindBar() = default;

void FindBar::activate()
{
    show();
    const QString selected = m_view->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n') && selected.size() < 200)
        m_edit->setText(selected);
    m_edit->setFocus();
    m_edit->selectAll();
    startSearch();
}

void FindBar::setView(TextView *view)
{
    if (view == m_view || !view)
        return;
    m_view->setFindMatches({}, -1);
    m_view = view;
    refresh();
}

void FindBar::setQuery(const QString &text)
{
    m_edit->setText(text);
    m_debounce->stop();
    startSearch();
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::refresh()
{
    // Results of a search still running belong to the old filing: drop them.
    ++m_generation;
    m_searching = false;
    m_matches.clear();
    m_current = -1;
    if (isVisible() && !m_edit->text().isEmpty())
        startSearch();
    else
        updateLabel();
}

void FindBar::dismiss()
{
    ++m_generation;
    m_searching = false;
    m_matches.clear();
    m_current = -1;
    hide();
    m_view->setFindMatches({}, -1);
    m_view->setFocus();
    updateLabel();
}

void FindBar::startSearch()
{
    m_debounce->stop();
    setWrapped(0);
    const quint64 generation = ++m_generation;
    const QString needle = m_edit->text();
    const FilingPtr filing = m_view->filing();
    const Qt::CaseSensitivity cs =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (needle.isEmpty() || !filing) {
        applyResults(generation, {});
        return;
    }
    m_searching = true;
    updateLabel();
    auto *watcher = new QFutureWatcher<QList<SourceRange>>(this);
    connect(watcher, &QFutureWatcher<QList<SourceRange>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                applyResults(generation, watcher->result());
            });
    m_searchedFiling = filing;
    watcher->setFuture(QtConcurrent::run(findAll, filing, needle, cs));
}

void FindBar::applyResults(quint64 generation, const QList<SourceRange> &matches)
{
    if (generation != m_generation || (!matches.isEmpty() && m_searchedFiling != m_view->filing()))
        return; // superseded by a newer search, another filing, or the bar was closed
    m_searching = false;
    m_matches = matches;
    m_current = -1;
    // Start at the first match after the cursor, as editors do (the last one before it when
    // the search was started by Find Previous).
    const qsizetype cursor = m_view->selection().start;
    const auto after =
        std::lower_bound(m_matches.cbegin(), m_matches.cend(), cursor,
                         [](const SourceRange &m, qsizetype at) { return m.start < at; });
    int wrapped = 0;
    if (!m_matches.isEmpty()) {
        const int first = int(after - m_matches.cbegin());
        m_current = m_backwards ? (first + int(m_matches.size()) - 1) % int(m_matches.size())
                                : first % int(m_matches.size());
        // Nothing after the cursor (before it, backwards): the search went round.
        if (m_backwards && first == 0)
            wrapped = -1;
        else if (!m_backwards && first == m_matches.size())
            wrapped = +1;
    }
    setWrapped(wrapped);
    m_backwards = false;
    m_view->setFindMatches(m_matches, m_current);
    if (m_current >= 0)
        m_view->select(m_matches[m_current]);
    updateLabel();
    Q_EMIT searchFinished(int(m_matches.size()));
}

void FindBar::goTo(int index)
{
    if (m_matches.isEmpty())
        return;
    const int size = int(m_matches.size());
    setWrapped(index >= size ? +1 : index < 0 ? -1 : 0);
    m_current = (index + size) % size;
    m_view->setFindMatches(m_matches, m_current);
    m_view->select(m_matches[m_current]);
    updateLabel();
}

void FindBar::setWrapped(int direction)
{
    m_wrapNote->setText(direction > 0       ? tr("Wrapped to the top")
                            : direction < 0 ? tr("Wrapped to the bottom")
                                            : QString());
    m_wrapNote->setVisible(direction != 0);
}

QString FindBar::wrapNotice() const
{
    return m_wrapNote->text();
}

void FindBar::findNext()
{
    m_backwards = false;
    if (m_debounce->isActive())
        startSearch();
    if (!m_searching) // else the new results select the first match after the cursor
        goTo(m_current + 1);
}

void FindBar::findPrevious()
{
    m_backwards = true;
    if (m_debounce->isActive())
        startSearch();
    if (!m_searching) // else the new results select the last match before the cursor
        goTo(m_current - 1);
}

void FindBar::updateLabel()
{
    QString text;
    if (m_searching)
        text = tr("Searching…");
    else if (m_edit->text().isEmpty())
        text.clear();
    else if (m_matches.isEmpty())
        text = tr("No matches");
    else if (m_matches.size() >= kMaxMatches)
        text = tr("%1 of %2+").arg(m_current + 1).arg(kMaxMatches);
    else
        text = tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
    m_count->setText(text);
    QPalette pal = m_edit->palette();
    const bool miss = !m_searching && !m_edit->text().isEmpty() && m_matches.isEmpty();
    pal.setColor(QPalette::Base, miss ? QColor(0xff, 0xcd, 0xd2) : palette().color(QPalette::Base));
    if (miss)
        pal.setColor(QPalette::Text, Qt::black);
    else
        pal.setColor(QPalette::Text, palette().color(QPalette::Text));
    m_edit->setPalette(pal);
    m_next->setEnabled(!m_matches.isEmpty());
    m_previous->setEnabled(!m_matches.isEmpty());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fl
