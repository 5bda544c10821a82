#pragma once

#include <QDialog>

class QPushButton;
class QSpinBox;

namespace certdesk::ui {

// Delete ▸ a private CA: it stops issuing and signing at once and can be restored for a
// number of days (7 to 30, default 30); then it is purged and its key destroyed. The
// certificates it issued stay in the inventory.
class DeleteCaDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinDays = 7;
    static constexpr int kMaxDays = 30;

    // issued: how many certificates the CA issued.
    DeleteCaDialog(const QString &name, qint64 issued, QWidget *parent = nullptr);

    int restoreDays() const;
    QSpinBox *daysSpin() const { return m_days; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QSpinBox *m_days = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace certdesk::ui
