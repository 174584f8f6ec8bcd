// SPDX-License-Identifier: MIT
#include "edgardialog.h"

#include "edgarcompany.h"
#include "edgarendpoints.h"
#include "edgarfilingmodel.h"
#include "headermenu.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// The forms offered in the filter (any other can be typed); the first entry means all.
const QStringList kForms{u"10-K"_s, u"10-Q"_s, u"8-K"_s,   u"20-F"_s,   u"6-K"_s, u"DEF 14A"_s,
                         u"S-1"_s,  u"S-3"_s,  u"424B5"_s, u"SC 13G"_s, u"3"_s,   u"4"_s};
const QDate kAnyDate(1993, 1, 1); // before EDGAR: the date edits' "any"

} // namespace

EdgarDialog::EdgarDialog(QWidget *parent)
    : QDialog(parent)
    , m_tickers(new edgar::TickerDirectory(this))
    , m_fetch(new edgar::FilingsFetch(this))
    , m_model(new EdgarFilingModel(this))
    , m_proxy(new EdgarFilingFilter(this))
    , m_completions(new QStringListModel(this))
{
    setWindowTitle(tr("Open from EDGAR"));
    m_proxy->setSourceModel(m_model);
    buildLayout();

    connect(m_tickers, &edgar::TickerDirectory::loaded, this, &EdgarDialog::onTickersLoaded);
    connect(m_tickers, &edgar::TickerDirectory::failed, this, [this](const QString &message) {
        m_status->setText(message + tr(" You can still type a CIK."));
    });
    connect(m_tickers, &edgar::TickerDirectory::retrying, m_status, &QLabel::setText);
    connect(m_fetch, &edgar::FilingsFetch::retrying, m_status, &QLabel::setText);
    connect(m_fetch, &edgar::FilingsFetch::recentReady, this,
            [this](const edgar::CompanyFilings &company) {
                m_companyName = company.name;
                m_model->setCompany(company);
                m_table->sortByColumn(EdgarFilingModel::FilingDate, Qt::DescendingOrder);
                m_status->setText(tr("%1 (CIK %2): %n filing(s)", nullptr, m_model->rowCount())
                                      .arg(company.name)
                                      .arg(company.cik));
                Q_EMIT listed(company.cik, m_model->rowCount());
            });
    connect(m_fetch, &edgar::FilingsFetch::pageReady, this,
            [this](const QList<edgar::FilingEntry> &older) {
                m_model->appendFilings(older);
                m_status->setText(tr("%1 (CIK %2): %n filing(s)", nullptr, m_model->rowCount())
                                      .arg(m_companyName)
                                      .arg(m_model->cik()));
                Q_EMIT listed(m_model->cik(), m_model->rowCount());
            });
    connect(m_fetch, &edgar::FilingsFetch::failed, this, [this](const QString &message) {
        m_status->setText(message);
        Q_EMIT listingFailed(message);
    });
}

EdgarDialog::~EdgarDialog() = default;

void EdgarDialog::buildLayout()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Ticker, company name or CIK"));
    m_search->setClearButtonEnabled(true);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);
    auto *find = new QPushButton(tr("&List Filings"), this);
    connect(find, &QPushButton::clicked, this, [this] { lookUp(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { lookUp(m_search->text()); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &EdgarDialog::lookUp);

    m_form = new QComboBox(this);
    m_form->setEditable(true);
    m_form->addItem(tr("All forms"));
    m_form->addItems(kForms);
    m_amendments = new QCheckBox(tr("and amendments"), this);
    m_amendments->setChecked(true);
    m_since = new QDateEdit(this);
    m_until = new QDateEdit(this);
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
        connect(edit, &QDateEdit::dateChanged, this, &EdgarDialog::applyFilter);
    }
    connect(m_form, &QComboBox::currentTextChanged, this, &EdgarDialog::applyFilter);
    connect(m_amendments, &QCheckBox::toggled, this, &EdgarDialog::applyFilter);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EdgarFilingModel::Form, 80);
    m_table->setColumnWidth(EdgarFilingModel::Description, 220);
    new HeaderMenu(m_table->horizontalHeader(), u"edgarFilings"_s);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EdgarDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EdgarDialog::updateButtons);

    m_fullSubmission = new QCheckBox(tr("Full submission (.txt, with header and exhibits)"), this);
    m_status = new QLabel(tr("Type a ticker, a company name or a CIK."), this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_download = buttons->addButton(tr("&Download and Open"), QDialogButtonBox::AcceptRole);
    m_download->setDefault(false);
    m_download->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QList<edgar::DownloadTarget> targets = selectedTargets();
        if (targets.isEmpty())
            return;
        Q_EMIT downloadRequested(targets);
        accept();
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    auto *filterRow = new QHBoxLayout;
    auto *formLabel = new QLabel(tr("&Form:"), this);
    formLabel->setBuddy(m_form);
    filterRow->addWidget(formLabel);
    filterRow->addWidget(m_form);
    filterRow->addWidget(m_amendments);
    filterRow->addSpacing(12);
    filterRow->addWidget(new QLabel(tr("Filed from"), this));
    filterRow->addWidget(m_since);
    filterRow->addWidget(new QLabel(tr("to"), this));
    filterRow->addWidget(m_until);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_fullSubmission);
    layout->addWidget(buttons);
    resize(900, 560);
}

void EdgarDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_tickers->isLoaded())
        m_tickers->load();
}

void EdgarDialog::onTickersLoaded()
{
    QStringList completions;
    completions.reserve(m_tickers->tickers().size());
    for (const edgar::CompanyTicker &t : m_tickers->tickers())
        completions.append(u"%1 — %2 (%3)"_s.arg(t.ticker, t.title).arg(t.cik));
    m_completions->setStringList(completions);
    Q_EMIT tickersLoaded();
    if (!m_pendingQuery.isEmpty())
        lookUp(std::exchange(m_pendingQuery, QString()));
}

void EdgarDialog::lookUp(const QString &query)
{
    static const QRegularExpression completion(u"\\(([0-9]{1,10})\\)\\s*$"_s);
    const QRegularExpressionMatch match = completion.match(query);
    qint64 cik = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (cik == 0 && !m_tickers->isLoaded() && edgar::parseCik(query) == 0) {
        m_pendingQuery = query;
        m_status->setText(tr("Loading EDGAR's ticker list…"));
        m_tickers->load();
        return;
    }
    if (cik == 0) {
        const auto found = m_tickers->find(query);
        if (!found) {
            m_status->setText(
                tr("No company \"%1\" in EDGAR's ticker list; try its CIK.").arg(query.trimmed()));
            return;
        }
        cik = found->cik;
    }
    m_status->setText(tr("Listing the filings of CIK %1…").arg(cik));
    m_fetch->start(cik);
}

void EdgarDialog::applyFilter()
{
    const QString form = m_form->currentIndex() == 0 && m_form->currentText() == m_form->itemText(0)
        ? QString()
        : m_form->currentText();
    m_proxy->setForm(form);
    m_proxy->setAmendments(m_amendments->isChecked());
    auto bound = [](const QDateEdit *edit) {
        return edit->date() == kAnyDate ? QDate() : edit->date();
    };
    m_proxy->setDateRange(bound(m_since), bound(m_until));
    updateButtons();
}

void EdgarDialog::updateButtons()
{
    m_download->setEnabled(m_table->selectionModel()->hasSelection());
}

QList<edgar::DownloadTarget> EdgarDialog::selectedTargets() const
{
    QList<edgar::DownloadTarget> targets;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const edgar::FilingEntry &entry = m_model->entry(m_proxy->mapToSource(index).row());
        targets.append(m_fullSubmission->isChecked()
                           ? edgar::DownloadTarget::fullSubmission(entry)
                           : edgar::DownloadTarget::primaryDocument(entry));
    }
    return targets;
}

} // namespace fl
