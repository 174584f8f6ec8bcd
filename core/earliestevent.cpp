// SPDX-License-Identifier: MIT
#include "earliestevent.h"

#include "normalize.h"
#include "textlines.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

Field earliestEventDate(const TextLines &lines, int i, QStringView rest)
{
    int at = i;
    if (rest.trimmed().isEmpty()) {
        // The parenthesized date on a line of its own must say what it is.
        const int last = std::min(lines.size(), i + 3);
        while (++at < last && isBlank(lines.line(at))) { }
        if (at >= last || !lines.line(at).contains(u"earliest event"_s, Qt::CaseInsensitive))
            return {};
        rest = lines.line(at);
    }
    const QStringView t = rest.trimmed();
    const auto match = findDate(t);
    if (!t.startsWith(u'(') || !match || match->iso.isEmpty()
        || !t.sliced(match->position + match->length).trimmed().startsWith(u')'))
        return {};
    const QStringView written = t.sliced(match->position, match->length);
    return Field{written.toString(), match->iso, lines.rangeOf(at, written)};
}

} // namespace fl
