#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace certdesk::test {

// Answers modal dialogs while a test waits: every few milliseconds (also inside a dialog's
// own exec() loop) it hands the active modal dialog to the handler, once per dialog.
// The handler fills the dialog in and accepts or rejects it.
class DialogDriver : public QObject
{
public:
    using Handler = std::function<void(QDialog *)>;

    explicit DialogDriver(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last || !dialog->isVisible())
                return;
            m_last = dialog;
            ++m_seen;
            m_handler(dialog);
        });
        m_timer.start(10);
    }

    int dialogsSeen() const { return m_seen; }

private:
    Handler m_handler;
    QTimer m_timer;
    QPointer<QDialog> m_last;
    int m_seen = 0;
};

} // namespace certdesk::test
