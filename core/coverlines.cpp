// SPDX-License-Identifier: MIT
#include "coverlines.h"

#include "textlines.h"

namespace fl {

bool isCellLine(QStringView line)
{
    return line.contains(u'\t') && !line.contains(u"  ");
}

qsizetype columnOf(QStringView line, qsizetype pos)
{
    if (isCellLine(line)) {
        qsizetype cell = 0;
        for (qsizetype i = 0; i < pos && i < line.size(); ++i) {
            if (line[i] == u'\t')
                ++cell;
        }
        return cell;
    }
    qsizetype column = 0;
    for (qsizetype i = 0; i < pos && i < line.size(); ++i)
        column = line[i] == u'\t' ? (column / 8 + 1) * 8 : column + 1;
    return column;
}

QList<Cell> cellsOf(QStringView line, int gap)
{
    QList<Cell> cells;
    for (const QStringView text : splitCells(line, gap))
        cells.append(Cell{text, columnOf(line, (text.data() - line.data()) + text.size() / 2)});
    return cells;
}

} // namespace fl
