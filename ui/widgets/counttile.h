#pragma once

#include <QAbstractButton>
#include <QColor>

namespace certdesk::ui {

// A dashboard tile: a big number over a caption, with an accent stripe.
// A button, so it takes focus and clicks through (mouse, Space, Enter).
class CountTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit CountTile(const QString &caption, QColor accent = {}, QWidget *parent = nullptr);

    void setCount(qint64 count);
    qint64 count() const { return m_count; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QFont numberFont() const;

    QString m_caption;
    QColor m_accent;
    qint64 m_count = -1; // -1: not known (shown as a dash)
};

} // namespace certdesk::ui
