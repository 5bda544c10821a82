#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certdesk::ui {

// Progress of a background import: "1,234 of 5,000 files", the file being read, and Cancel.
// Cancel emits cancelRequested() once and shows "Cancelling…" until the job has stopped;
// the owner closes the dialog then. Closing the window (Esc) counts as Cancel.
class ImportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Unit { Files, Texts };

    explicit ImportProgressDialog(Unit unit = Unit::Files, QWidget *parent = nullptr);

    void setProgress(int done, int total);
    void setCurrentItem(const QString &name);
    void setCancelling();
    bool isCancelling() const { return m_cancelling; }

    QString countText() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void cancelRequested();

public Q_SLOTS:
    void reject() override;

private:
    Unit m_unit;
    QLabel *m_headline = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_current = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_started;
    QLabel *m_rate = nullptr;
    bool m_cancelling = false;
};

} // namespace certdesk::ui
