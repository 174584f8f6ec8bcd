// SPDX-License-Identifier: MIT
#include "filingview.h"

#include "findbar.h"
#include "sectionstyle.h"
#include "textview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FilingView::FilingView(QWidget *parent)
    : QWidget(parent)
    , m_documents(new QComboBox(this))
    , m_documentLabel(new QLabel(tr("&Document:"), this))
    , m_legend(new QLabel(this))
    , m_message(new QLabel(this))
    , m_text(new TextView(this))
    , m_find(new FindBar(m_text, this))
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    m_documentLabel->setBuddy(m_documents);
    m_documents->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documents->setMinimumContentsLength(24);
    m_documents->setToolTip(tr("Jump to a document of the submission"));
    top->addWidget(m_documentLabel);
    top->addWidget(m_documents, 1);
    // The legend wraps rather than widening the window.
    m_legend->setWordWrap(true);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_legend->setContentsMargins(6, 2, 6, 2);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 8, 8, 8);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);
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
    // Keep the switcher on the document the reader is in.
    connect(m_text, &TextView::firstVisibleLineChanged, this, &FilingView::syncDocumentSwitcher);
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

void FilingView::setFiling(FilingPtr filing)
{
    m_text->setFiling(filing);
    {
        const QSignalBlocker blocker(m_documents);
        m_documents->clear();
        if (filing) {
            const QLocale locale;
            for (qsizetype i = 0; i < filing->documents.size(); ++i) {
                const Document &d = filing->documents[i];
                QString label = u"%1. %2"_s.arg(i + 1).arg(d.type.value);
                if (!d.filename.isEmpty())
                    label += u"  "_s + d.filename.value;
                if (!d.description.isEmpty() && d.description.value != d.type.value)
                    label += u" \u2014 "_s + d.description.value;
                if (d.isBinary())
                    label += tr("  [binary, %1, not shown]")
                                 .arg(locale.formattedDataSize(d.sourceBytes));
                m_documents->addItem(label, int(i));
            }
        }
    }
    const bool documents = filing && filing->documents.size() > 0;
    m_documents->setVisible(documents);
    m_documentLabel->setVisible(documents);
    m_find->refresh();
}

void FilingView::showFind()
{
    m_find->activate();
}

void FilingView::syncDocumentSwitcher()
{
    const FilingPtr f = m_text->filing();
    if (!f || f->documents.isEmpty() || f->lineStarts.isEmpty())
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

void FilingView::updateLegend()
{
    const SectionStyle style(palette());
    QStringList parts;
    for (const auto &entry : style.legend()) {
        parts << u"<span style=\"color:%1\">\u25A0</span>&nbsp;%2"_s.arg(
            entry.colour.name(), entry.label.toHtmlEscaped());
    }
    m_legend->setText(parts.join(u"&nbsp;&nbsp; "_s));
    m_legend->setToolTip(tr("Colours of the highlighted sections. Hover over the text to see "
                            "which section and value is under the mouse."));
}

} // namespace fl
