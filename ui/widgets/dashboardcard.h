#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace certdesk::ui {

// A titled panel of the dashboard: a rounded surface in the palette's base colour with a
// heading, an optional note at the right of the heading, and one content widget.
class DashboardCard : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardCard(const QString &title, QWidget *parent = nullptr);

    void setContent(QWidget *content);
    void setNote(const QString &note);
    QString title() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace certdesk::ui
