#pragma once

#include <QStyledItemDelegate>

namespace certdesk::ui {

// Draws a cell whose model gives a colour under colorRole as a badge: the text in that colour on
// a rounded tint of it, so states (Current, Stale, Failed ...) stand out in a table. Other cells
// are drawn as usual.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeDelegate(int colorRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_colorRole;
};

} // namespace certdesk::ui
