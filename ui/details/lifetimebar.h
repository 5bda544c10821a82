#pragma once

#include <QColor>
#include <QDateTime>
#include <QWidget>

namespace certdesk::ui {

// A thin bar showing how much of a certificate's validity has passed: the
// elapsed part filled in the health colour, the rest as a track.
class LifetimeBar : public QWidget
{
    Q_OBJECT

public:
    explicit LifetimeBar(QWidget *parent = nullptr);

    void setPeriod(const QDateTime &notBefore, const QDateTime &notAfter, const QDateTime &now);
    void setColor(const QColor &colour);
    qreal elapsedFraction() const { return m_fraction; } // 0..1

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal m_fraction = 0;
    QColor m_colour;
};

} // namespace certdesk::ui
