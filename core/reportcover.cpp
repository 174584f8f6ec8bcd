// SPDX-License-Identifier: MIT
#include "reportcover.h"

#include "checkboxes.h"
#include "covertext.h"
#include "lineshapes.h"
#include "normalize.h"
#include "textlines.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

using namespace covertext;

class ReportCoverReader
{
public:
    ReportCoverReader(const TextLines &lines, CoverPage &cover)
        : m_text(lines)
        , m_t(m_text.text())
        , m_cover(cover)
    {
    }

    void read()
    {
        readPeriod();
        readTransitionPeriod();
        readReportBoxes();
        readQuestions();
        readPublicFloat();
        readSharesTable();
        readSharesOutstanding();
        readDocumentsIncorporated();
    }

private:
    void readPeriod()
    {
        struct Lead
        {
            QStringView phrase;
            bool annual;
        };
        static constexpr Lead leads[] = {
            {u"fiscal year ended", true},        {u"fiscal year ending", true},
            {u"quarterly period ended", false},  {u"quarter ended", false},
            {u"for the year ended", true},       {u"for the period ended", false},
            {u"transition period ended", false},
        };
        Span best;
        bool annual = false;
        for (const Lead &lead : leads) {
            const Span s = findPhrase(m_t, lead.phrase);
            if (s.isValid() && (!best.isValid() || s.start < best.start)) {
                best = s;
                annual = lead.annual;
            }
        }
        if (!best.isValid())
            return;
        const auto date = firstDate(m_t, best.end, std::min(m_t.size(), best.end + 40));
        if (!date || skipSpaces(m_t, best.end) + 2 < date->span.start)
            return;
        m_cover.periodOfReport = m_text.field(date->span.start, date->span.end, date->iso);
        if (annual)
            m_cover.fiscalYearEnd = m_cover.periodOfReport;
    }

    void readTransitionPeriod()
    {
        const Span lead = findPhrase(m_t, u"transition period from");
        if (!lead.isValid())
            return;
        const auto from = firstDate(m_t, lead.end, std::min(m_t.size(), lead.end + 40));
        if (!from || skipSpaces(m_t, lead.end) != from->span.start)
            return;
        const qsizetype to = skipSpaces(m_t, from->span.end);
        if (!wordAt(m_t, to, u"to") && !wordAt(m_t, to, u"through"))
            return;
        const qsizetype second = skipSpaces(m_t, to + (wordAt(m_t, to, u"to") ? 2 : 7));
        const auto until = firstDate(m_t, second, std::min(m_t.size(), second + 30));
        if (!until || until->span.start != second)
            return;
        m_cover.transitionPeriod =
            m_text.field(from->span.start, until->span.end, from->iso + u'/' + until->iso);
    }

    // The mark just before `at` (only spaces between), or just after `at`.
    std::optional<Span> markBefore(qsizetype at, bool *checked) const
    {
        qsizetype i = at - 1;
        while (i >= 0 && (m_t[i].isSpace() || m_t[i].unicode() == 0xA0) && at - i <= 8)
            --i;
        for (qsizetype start = i; start >= 0 && start >= i - 6; --start) {
            if (const auto mark = checkMarkAt(m_t, start); mark && start + mark->length == i + 1) {
                *checked = mark->checked;
                return Span{start, i + 1};
            }
        }
        return std::nullopt;
    }

    std::optional<Span> markAfter(qsizetype at, qsizetype limit, bool *checked) const
    {
        const qsizetype i = skipSpaces(m_t, at);
        if (i >= limit || i - at > 8)
            return std::nullopt;
        if (const auto mark = checkMarkAt(m_t, i)) {
            *checked = mark->checked;
            return Span{i, i + mark->length};
        }
        return std::nullopt;
    }

    Field boxField(Span mark, bool checked) const
    {
        return m_text.field(mark.start, mark.end, checked ? u"checked"_s : u"unchecked"_s);
    }

    // "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) ..." and the transition report's box.
    void readReportBoxes()
    {
        auto box = [&](std::initializer_list<QStringView> phrases, Field &into) {
            for (const QStringView phrase : phrases) {
                const Span s = findPhrase(m_t, phrase);
                if (!s.isValid())
                    continue;
                bool checked = false;
                if (const auto mark = markBefore(s.start, &checked)) {
                    into = boxField(*mark, checked);
                    return;
                }
                const Span act = findPhrase(m_t, u"1934", s.end, s.end + 120);
                if (act.isValid()) {
                    if (const auto mark = markAfter(act.end, m_t.size(), &checked)) {
                        into = boxField(*mark, checked);
                        return;
                    }
                }
            }
        };
        box({u"annual report pursuant to section 13", u"quarterly report pursuant to section 13",
             u"annual report under section 13", u"quarterly report under section 13"},
            m_cover.periodicReportBox);
        box({u"transition report pursuant to section 13", u"transition report under section 13"},
            m_cover.transitionReportBox);
    }

    // The questions: each "Indicate by check mark" (or "Check whether") up to the next.
    QList<Span> questions() const
    {
        QList<qsizetype> starts;
        for (const QStringView lead :
             {u"indicate by check mark", u"check whether", u"check mark whether",
              u"if an emerging growth company", u"aggregate market value",
              u"documents incorporated by reference"}) {
            for (Span at = findPhrase(m_t, lead); at.isValid(); at = findPhrase(m_t, lead, at.end))
                starts.append(at.start);
        }
        std::sort(starts.begin(), starts.end());
        QList<Span> spans;
        for (qsizetype k = 0; k < starts.size(); ++k) {
            const qsizetype end = k + 1 < starts.size() ? starts[k + 1] : m_t.size();
            if (end - starts[k] > 30 || k + 1 == starts.size())
                spans.append({starts[k], std::min(end, starts[k] + 2000)});
        }
        return spans;
    }

    void readQuestions()
    {
        for (const Span &q : questions()) {
            auto has = [&](QStringView phrase) {
                return containsPhrase(m_t, q, phrase);
            };
            if (has(u"aggregate market value") || has(u"documents incorporated"))
                continue;
            if (has(u"large accelerated filer") || has(u"non-accelerated filer")) {
                readFilerCategory(q);
            } else if (has(u"well-known seasoned issuer") || has(u"well known seasoned issuer")) {
                m_cover.wellKnownSeasonedIssuer = yesNo(q);
            } else if (has(u"not required to file reports")) {
                m_cover.notRequiredToFile = yesNo(q);
            } else if (has(u"filed all reports")) {
                m_cover.filedAllReports = yesNo(q);
            } else if (has(u"interactive data") || has(u"submitted electronically")) {
                m_cover.interactiveDataSubmitted = yesNo(q);
            } else if (has(u"shell company")) {
                m_cover.shellCompany = yesNo(q);
            } else if (has(u"an accelerated filer")) {
                // 2003-2005 covers ask one question: an accelerated filer, Yes or No.
                const Field answer = yesNo(q);
                if (answer.normalized == u"checked"_s)
                    m_cover.filerCategory =
                        Field{answer.value, u"accelerated filer"_s, answer.range};
            } else if (has(u"extended transition period")) {
                m_cover.extendedTransitionPeriod = singleBox(q);
            } else if (has(u"attestation to its management")) {
                m_cover.icfrAuditorAttestation = singleBox(q);
            } else if (has(u"recovery analysis")) {
                m_cover.clawbackRecovery = singleBox(q);
            } else if (has(u"correction of an error")) {
                m_cover.errorCorrection = singleBox(q);
            }
        }
    }

    // The first mark of a question with one box ("... Section 13(a) of the Exchange Act. ☐").
    Field singleBox(Span q) const
    {
        for (qsizetype i = q.start; i < q.end; ++i) {
            if (const auto mark = checkMarkAt(m_t, i); mark && mark->length >= 1)
                return boxField({i, i + mark->length}, mark->checked);
        }
        return {};
    }

    // "Yes ☒ No ☐", "☐ YES ☒ NO", "Yes X No ___", "Yes No X", "Yes ü No": normalized "checked"
    // for Yes, "unchecked" for No; the field spans the marked answer and its mark.
    Field yesNo(Span q) const
    {
        qsizetype yes = -1;
        for (qsizetype i = q.start; i < q.end; ++i) {
            if (wordAt(m_t, i, u"yes")) {
                yes = i;
                break;
            }
        }
        if (yes < 0)
            return {};
        qsizetype no = -1;
        for (qsizetype i = yes + 3; i < q.end && i < yes + 40; ++i) {
            if (wordAt(m_t, i, u"no")) {
                no = i;
                break;
            }
        }
        if (no < 0)
            return {};
        bool beforeYesChecked = false;
        bool betweenChecked = false;
        bool afterNoChecked = false;
        const auto beforeYes = markBefore(yes, &beforeYesChecked);
        const auto between = markAfter(yes + 3, no, &betweenChecked);
        const auto afterNo = markAfter(no + 2, q.end, &afterNoChecked);
        // Marks in front of their answers when the first mark comes before "Yes".
        const bool marksLead = beforeYes.has_value();
        const std::optional<Span> yesMark = marksLead ? beforeYes : between;
        const bool yesChecked = marksLead ? beforeYesChecked : betweenChecked;
        const std::optional<Span> noMark = marksLead ? between : afterNo;
        const bool noChecked = marksLead ? betweenChecked : afterNoChecked;
        if (yesMark && yesChecked)
            return answerField(yes, 3, *yesMark, true);
        if (noMark && noChecked)
            return answerField(no, 2, *noMark, false);
        return {};
    }

    Field answerField(qsizetype word, qsizetype length, Span mark, bool yes) const
    {
        const qsizetype from = std::min(word, mark.start);
        const qsizetype to = std::max(word + length, mark.end);
        return m_text.field(from, to, yes ? u"checked"_s : u"unchecked"_s);
    }

    struct Token
    {
        int label = -1; // index into kLabels, -1 for a mark
        Span span;
        bool checked = false;
    };

    // "Large accelerated filer ☒ Accelerated filer ☐ Non-accelerated filer ☐ Smaller reporting
    // company ☐ Emerging growth company ☐", marks before or after their labels, possibly only
    // on the chosen ones.
    void readFilerCategory(Span q)
    {
        static constexpr QStringView labels[] = {
            u"large accelerated filer", u"non-accelerated filer",     u"non accelerated filer",
            u"accelerated filer",       u"smaller reporting company", u"emerging growth company",
        };
        static const QString categories[] = {u"large accelerated filer"_s,
                                             u"non-accelerated filer"_s, u"non-accelerated filer"_s,
                                             u"accelerated filer"_s};
        // The labels in the question and its definitions ("See the definitions of ... in Rule
        // 12b-2 of the Exchange Act") are not the boxes.
        qsizetype from = q.start;
        for (qsizetype at = m_t.indexOf(u"12b-2", q.start, Qt::CaseInsensitive);
             at >= 0 && at < q.end; at = m_t.indexOf(u"12b-2", at + 5, Qt::CaseInsensitive))
            from = at + 5;
        if (from == q.start) {
            // No definitions: the boxes follow the question's sentence.
            for (qsizetype i = q.start; i < q.end; ++i) {
                if (m_t[i] == u':' || m_t[i] == u'.') {
                    from = i + 1;
                    break;
                }
            }
        }
        QList<Token> tokens;
        for (qsizetype i = from; i < q.end;) {
            if (startsWithAt(m_t, i, u"(do not check")) {
                const qsizetype close = m_t.indexOf(u')', i);
                i = close < 0 || close > q.end ? q.end : close + 1;
                continue;
            }
            // "Do not check if a smaller reporting company" names a label, not a box.
            if (const qsizetype end =
                    phraseEndAt(m_t, i, u"do not check if a smaller reporting company");
                end >= 0) {
                i = end;
                continue;
            }
            bool matched = false;
            for (int l = 0; l < int(std::size(labels)); ++l) {
                if (const qsizetype end = wordEndAt(m_t, i, labels[l]); end >= 0) {
                    tokens.append(Token{l, {i, end}, false});
                    i = end;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            if (const auto mark = checkMarkAt(m_t, i)) {
                tokens.append(Token{-1, {i, i + mark->length}, mark->checked});
                i += mark->length;
                continue;
            }
            ++i;
        }
        if (tokens.isEmpty())
            return;
        const bool marksLead = tokens.first().label < 0;
        bool seen[std::size(labels)] = {};
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            const Token &label = tokens[k];
            if (label.label < 0 || seen[label.label])
                continue;
            seen[label.label] = true;
            const qsizetype m = marksLead ? k - 1 : k + 1;
            const bool hasMark = m >= 0 && m < tokens.size() && tokens[m].label < 0;
            const bool checked = hasMark && tokens[m].checked;
            const Span mark = hasMark ? tokens[m].span : label.span;
            const qsizetype start = std::min(label.span.start, mark.start);
            const qsizetype end = std::max(label.span.end, mark.end);
            if (label.label <= 3) {
                if (checked && m_cover.filerCategory.isEmpty())
                    m_cover.filerCategory = m_text.field(start, end, categories[label.label]);
                continue;
            }
            Field &into =
                label.label == 4 ? m_cover.smallerReportingCompany : m_cover.emergingGrowthCompany;
            into = m_text.field(start, end, checked ? u"checked"_s : u"unchecked"_s);
        }
    }

    // An amount at a "$": "$28,093,733,818", "$249.0 billion", "$-0-".
    std::optional<Number> amountAt(qsizetype dollar) const
    {
        const qsizetype i = skipSpaces(m_t, dollar + 1);
        if (startsWithAt(m_t, i, u"-0-"))
            return Number{dollar, i + 3, u"0"_s};
        auto n = numberAt(m_t, i);
        if (!n)
            return std::nullopt;
        n->start = dollar;
        return n;
    }

    // Not the float: a price ("closing price of $31.00", "$0.51 per share", "($15.55 a share)")
    // or a par value.
    bool isPriceOrParValue(const Number &n) const
    {
        const qsizetype after = skipSpaces(m_t, n.end);
        for (const QStringView word : {u"per share", u"a share", u"par value", u"per unit"}) {
            if (startsWithAt(m_t, after, word))
                return true;
        }
        const QStringView before = m_t.sliced(std::max<qsizetype>(0, n.start - 14),
                                              n.start - std::max<qsizetype>(0, n.start - 14));
        return before.contains(u"price of", Qt::CaseInsensitive)
            || before.contains(u"par value", Qt::CaseInsensitive);
    }

    // The public float: the first statement of an aggregate market value with an amount (the
    // question before it, "State the aggregate market value ...", has none).
    void readPublicFloat()
    {
        for (Span lead = findPhrase(m_t, u"aggregate market value"); lead.isValid();
             lead = findPhrase(m_t, u"aggregate market value", lead.end)) {
            if (readPublicFloatAt(lead))
                return;
        }
    }

    bool readPublicFloatAt(Span lead)
    {
        const qsizetype start = sentenceStart(m_t, lead.start);
        qsizetype end = sentenceEnd(m_t, lead.end, false);
        std::optional<Number> first;
        Number last;
        qint64 total = 0;
        for (qsizetype i = m_t.indexOf(u'$', lead.end); i >= 0 && i < end;
             i = m_t.indexOf(u'$', i + 1)) {
            const auto n = amountAt(i);
            if (!n || isPriceOrParValue(*n))
                continue;
            // A second amount counts only for another class ("and the aggregate market value of
            // the Class B Common Stock ... was $16,212,090,022").
            if (first && !containsPhrase(m_t, {last.end, n->start}, u"aggregate market value"))
                break;
            if (!first)
                first = n;
            last = *n;
            total += n->value.toLongLong();
            if (end < n->end + 2)
                end = sentenceEnd(m_t, n->end);
        }
        if (!first)
            return false;
        m_cover.publicFloat.amount = m_text.field(first->start, last.end, QString::number(total));
        auto date = firstDate(m_t, start, end);
        // "... closing price of the Common Stock on that date ...": the date of the sentence
        // before, which gave the shares of that date.
        if (!date && containsPhrase(m_t, {start, end}, u"on that date") && start > 0) {
            const qsizetype before = sentenceStart(m_t, start - 1);
            date = firstDate(m_t, before, start);
        }
        if (date)
            m_cover.publicFloat.asOf = m_text.field(date->span.start, date->span.end, date->iso);
        return true;
    }

    // "registrant's ", "Registrants ", "issuer\u2019s " (and the Windows-1252 apostrophe that
    // some filings carry as U+0092): the owner in front of a class, skipped.
    qsizetype possessiveEndAt(qsizetype i) const
    {
        for (const QStringView owner : {u"registrant", u"issuer", u"company"}) {
            qsizetype end = phraseEndAt(m_t, i, owner);
            if (end < 0)
                continue;
            if (end < m_t.size()
                && (m_t[end] == u'\'' || m_t[end].unicode() == 0x2019
                    || m_t[end].unicode() == 0x92))
                ++end;
            if (end < m_t.size() && (m_t[end] == u's' || m_t[end] == u'S'))
                ++end;
            if (end > i + owner.size() && isSpaceAt(m_t, end))
                return skipSpaces(m_t, end);
        }
        return -1;
    }

    // The class named after a count ("shares of the registrant's Class A common stock, par
    // value ...", "units of beneficial interest") or before it ("the number of shares
    // outstanding of the registrant's common stock as of ... was").
    Span classAt(qsizetype from, qsizetype limit) const
    {
        qsizetype i = skipSpaces(m_t, from);
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (const QStringView lead : {u"shares of ", u"of ", u"the ", u"each of ",
                                           u"classes of ", u"shares outstanding of "}) {
                if (const qsizetype end = phraseEndAt(m_t, i, lead); end >= 0) {
                    i = skipSpaces(m_t, end);
                    stripped = true;
                }
            }
            if (const qsizetype end = possessiveEndAt(i); end >= 0) {
                i = end;
                stripped = true;
            }
            // "shares of $.001 par value Class A Common Stock"
            if (i < m_t.size() && m_t[i] == u'$') {
                const Span par = findPhrase(m_t, u"par value ", i, std::min(limit, i + 24));
                if (par.isValid()) {
                    i = skipSpaces(m_t, par.end);
                    stripped = true;
                }
            }
        }
        qsizetype end = i;
        static constexpr QStringView stops[] = {
            u" outstanding", u" were ", u" was ", u" is ", u" issued",    u" with ", u" and ",
            u" held",        u" as of", u" on ",  u" at ", u" par value", u"\n",     u" exclusive"};
        while (end < limit && end < i + 80) {
            const QChar c = m_t[end];
            if (c == u',' || c == u';' || c == u'.' || c == u':' || c == u'(')
                break;
            bool stop = false;
            if (isSpaceAt(m_t, end)) {
                const qsizetype next = skipSpaces(m_t, end);
                for (const QStringView word : stops) {
                    if (word != u"\n" && wordAt(m_t, next, word.trimmed()))
                        stop = true;
                }
            }
            if (stop)
                break;
            ++end;
        }
        while (end > i && m_t[end - 1].isSpace())
            --end;
        // "Common\nStock": a class may wrap; the stop list above treats a line break as a space.
        if (end <= i || !m_t[i].isLetter())
            return {};
        return {i, end};
    }

    void readSharesOutstanding()
    {
        if (!m_cover.sharesOutstanding.isEmpty())
            return; // read from a table
        bool afterQuestion =
            false; // "Indicate the number of shares outstanding ... ." and then the answer
        for (qsizetype s = 0; s < m_t.size();) {
            const qsizetype e = sentenceEnd(m_t, s);
            const QStringView sentence = m_t.sliced(s, e - s);
            const bool aboutShares = sentence.contains(u"outstanding", Qt::CaseInsensitive);
            const bool isFloat = sentence.contains(u"aggregate market value", Qt::CaseInsensitive)
                || sentence.contains(u"affiliates", Qt::CaseInsensitive);
            if ((aboutShares || afterQuestion) && !isFloat)
                readSharesSentence(s, e);
            afterQuestion = aboutShares && sentence.contains(u"indicate", Qt::CaseInsensitive)
                && m_cover.sharesOutstanding.isEmpty();
            s = e;
        }
    }

    void readSharesSentence(qsizetype s, qsizetype e)
    {
        const auto date = firstDate(m_t, s, e);
        qsizetype previous = s;
        for (qsizetype i = s; i < e; ++i) {
            if (!m_t[i].isDigit() || isWordChar(m_t, i - 1))
                continue;
            const auto n = numberAt(m_t, i);
            if (!n) {
                while (i < e && m_t[i].isDigit())
                    ++i;
                continue;
            }
            const bool inDate = date && n->start >= date->span.start && n->start < date->span.end;
            const bool isAmount =
                i > 0 && (m_t[i - 1] == u'$' || m_t[skipSpaces(m_t, i - 2)] == u'$');
            if (inDate || isAmount || n->value.size() < 4 || n->value.size() > 15) {
                i = n->end - 1;
                continue;
            }
            const qsizetype after = skipSpaces(m_t, n->end);
            if (startsWithAt(m_t, after,
                             u"shares held")) { // "after deducting N shares held in treasury"
                previous = n->end;
                i = n->end - 1;
                continue;
            }
            Span cls;
            if (!startsWithAt(m_t, after, u"shares outstanding")
                && !startsWithAt(m_t, after, u"shares held")
                && !startsWithAt(m_t, after, u"shares.")) {
                cls = startsWithAt(m_t, after, u"shares of") || startsWithAt(m_t, after, u"of ")
                        || startsWithAt(m_t, after, u"units") || startsWithAt(m_t, after, u"common")
                        || startsWithAt(m_t, after, u"ordinary")
                    ? classAt(after, e)
                    : Span{};
            }
            if (!cls.isValid())
                cls = classBefore(previous, n->start);
            if (cls.isValid()) {
                SharesOutstanding shares;
                shares.shareClass = m_text.field(cls.start, cls.end);
                shares.shares = m_text.field(n->start, n->end, n->value);
                if (date)
                    shares.asOf = m_text.field(date->span.start, date->span.end, date->iso);
                m_cover.sharesOutstanding.append(shares);
            }
            previous = n->end;
            i = n->end - 1;
        }
    }

    // "The number of shares outstanding of the registrant's common stock as of ... was N".
    Span classBefore(qsizetype from, qsizetype to) const
    {
        qsizetype lead = -1;
        for (const QStringView phrase : {u"outstanding of", u"number of", u"shares of"}) {
            for (qsizetype at = m_t.indexOf(phrase, from, Qt::CaseInsensitive); at >= 0 && at < to;
                 at = m_t.indexOf(phrase, at + 1, Qt::CaseInsensitive)) {
                if (lead < 0 || at + phrase.size() > lead) {
                    lead = at + phrase.size() - 2; // keep the "of"
                    break;
                }
            }
            if (lead >= 0)
                break;
        }
        if (lead < 0)
            return {};
        return classAt(lead, to);
    }

    // "Class<TAB>Outstanding at January 20, 2009" and rows "Common Stock, ...<TAB>8,890,562,873".
    void readSharesTable()
    {
        const Span header = findPhrase(m_t, u"class\t");
        if (!header.isValid() || (header.start > 0 && m_t[header.start - 1] != u'\n'))
            return;
        const qsizetype headerEnd = m_t.indexOf(u'\n', header.end);
        if (headerEnd < 0
            || !m_t.sliced(header.end, headerEnd - header.end)
                    .contains(u"outstanding", Qt::CaseInsensitive))
            return;
        const auto headerDate = firstDate(m_t, header.end, headerEnd);
        for (qsizetype row = headerEnd + 1; row < m_t.size();) {
            const qsizetype rowEnd = m_t.indexOf(u'\n', row);
            const qsizetype tab = m_t.indexOf(u'\t', row);
            if (rowEnd < 0 || tab < 0 || tab > rowEnd)
                return;
            const qsizetype cell = skipSpaces(m_t, tab + 1);
            const auto n = numberAt(m_t, cell);
            if (!n)
                return;
            SharesOutstanding shares;
            shares.shareClass = m_text.field(row, tab);
            shares.shares = m_text.field(n->start, n->end, n->value);
            const auto rowDate = firstDate(m_t, n->end, rowEnd);
            if (const auto &date = rowDate ? rowDate : headerDate)
                shares.asOf = m_text.field(date->span.start, date->span.end, date->iso);
            m_cover.sharesOutstanding.append(shares);
            row = rowEnd + 1;
        }
    }

    // The paragraph under "DOCUMENTS INCORPORATED BY REFERENCE" (or after its colon).
    void readDocumentsIncorporated()
    {
        const Span heading = findPhrase(m_t, u"documents incorporated by reference");
        if (!heading.isValid())
            return;
        qsizetype from = heading.end;
        if (from < m_t.size() && m_t[from] == u':')
            ++from;
        from = skipSpaces(m_t, from);
        qsizetype end = from;
        int lines = 0;
        for (qsizetype i = from; i < m_t.size() && i < from + 1500; ++i) {
            if (m_t[i] != u'\n')
                continue;
            const qsizetype next = skipSpaces(m_t, i + 1);
            end = i;
            const QStringView rest = m_t.sliced(next, std::min<qsizetype>(20, m_t.size() - next));
            if (++lines >= 12 || next >= m_t.size() || m_t[next - 1] == u'\f'
                || m_t.sliced(i + 1, next - i - 1).contains(u'\n')
                || rest.startsWith(u"table of contents", Qt::CaseInsensitive)
                || rest.startsWith(u"PART ") || rest.startsWith(u"<PAGE>"))
                break;
        }
        if (end > from)
            m_cover.documentsIncorporatedByReference = m_text.field(from, end);
    }

    CoverText m_text;
    QStringView m_t;
    CoverPage &m_cover;
};

} // namespace

void readReportCover(const TextLines &lines, CoverPage &cover)
{
    ReportCoverReader(lines, cover).read();
}

} // namespace fl
