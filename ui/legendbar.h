// SPDX-License-Identifier: MIT
#pragma once

#include "sectionstyle.h"

#include <QWidget>

namespace fl {

// The colour legend above the text, on one line whatever the width: the entries that fit,
// then "…" when some do not; the tooltip lists them all.
class LegendBar : public QWidget
{
    Q_OBJECT
public:
    explicit LegendBar(QWidget *parent = nullptr);

    void setEntries(QList<SectionStyle::LegendEntry> entries, const QString &explanation);
    const QList<SectionStyle::LegendEntry> &entries() const { return m_entries; }
    int shownEntryCount() const; // at the current width

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int entryWidth(const SectionStyle::LegendEntry &entry) const;
    int swatchSize() const;

    QList<SectionStyle::LegendEntry> m_entries;
};

} // namespace fl
