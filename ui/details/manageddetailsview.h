#pragma once

#include "lifecycle/managedcertificates.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace certdesk::ui {

// One managed certificate beside the Requests table: its names, status and issuer; how it was
// validated (for an external CA: the CSR waiting for its certificate, with Save CSR…); its
// renewal (status, reason, when it renews, settings); what happened to it (history); and its
// actions (Renew Now, Renewal Settings…, Deactivate/Reactivate).
class ManagedDetailsView : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *renew = nullptr;
        QAction *settings = nullptr;
        QAction *deactivate = nullptr;
        QAction *reactivate = nullptr;
        QAction *saveCsr = nullptr;
        QAction *acmeRevoke = nullptr;
    };

    explicit ManagedDetailsView(const Actions &actions, QWidget *parent = nullptr);

    // csrPem: the CSR waiting at the external CA ("" none).
    void showManaged(const core::ManagedCertificate &managed, const QList<core::ManagedHistoryEntry> &history,
                     const QByteArray &csrPem);
    void showEmpty(const QString &message);

    qint64 managedId() const { return m_id; }
    QString title() const;
    // The text shown for a field ("" when there is no such field).
    QString value(const QString &label) const;
    QTreeWidget *historyList() const { return m_history; }
    QPlainTextEdit *csrView() const { return m_csr; }
    QPushButton *showCertificateButton() const { return m_showCertificate; }
    QPushButton *saveCsrButton() const { return m_saveCsr; }

Q_SIGNALS:
    void showCertificateRequested(qint64 certificateId);

private:
    void clearForm();
    void addField(const QString &label, const QString &value, const QColor &colour = {}, bool wrap = false);

    Actions m_actions;
    qint64 m_id = 0;
    std::optional<qint64> m_certificateId;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_validationBox = nullptr;
    QLabel *m_validation = nullptr;
    QPlainTextEdit *m_csr = nullptr;
    QPushButton *m_saveCsr = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_showCertificate = nullptr;
};

} // namespace certdesk::ui
