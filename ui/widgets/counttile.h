#pragma once

#include <QAbstractButton>
#include <QColor>

namespace certdesk::ui {

// A dashboard tile: a big number over a caption (up to two lines) and an optional detail
// line, with an accent stripe. A button, so it takes focus and clicks through (mouse, Space,
// Enter). The number shrinks to fit a narrow tile rather than being cut.
class CountTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit CountTile(const QString &caption, QColor accent = {}, QWidget *parent = nullptr);

    void setCount(qint64 count);
    void setDetail(const QString &detail); // e.g. "12 % of all" ("" for none)
    void setAccent(const QColor &accent);
    // How many lines the caption may take (1 or 2, default 2): a wide tile needs one, and is lower.
    void setMaxCaptionLines(int lines);
    QString detail() const { return m_detail; }
    qint64 count() const { return m_count; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QFont numberFont(int width = -1) const; // the largest up to the default that fits width
    QStringList captionLines(int width) const;

    QString m_caption;
    QColor m_accent;
    QString m_detail;
    qint64 m_count = -1; // -1: not known (shown as a dash)
    int m_maxCaptionLines = 2;
};

} // namespace certdesk::ui
