#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace certdesk::ui {

// Revoke ▸ one certificate a private CA issued: the RFC 5280 reason and, optionally, since when
// the key is no longer trusted (invalidity date). A hold (certificateHold) can be released later;
// every other reason is final. The CA publishes a new CRL at once.
class RevokeDialog : public QDialog
{
    Q_OBJECT

public:
    // name: the certificate's name; detail: "Serial …, issued by …"; now: the inventory's clock.
    RevokeDialog(const QString &name, const QString &detail, const QDateTime &now, QWidget *parent = nullptr);

    QString reason() const; // RFC 5280 name: keyCompromise, superseded, …
    std::optional<QDateTime> invalidityDate() const;
    void setReason(const QString &reason);

    QComboBox *reasonCombo() const { return m_reason; }
    QCheckBox *invalidityBox() const { return m_since; }
    QDateTimeEdit *invalidityEdit() const { return m_sinceEdit; }
    QPushButton *revokeButton() const { return m_revoke; }

private:
    void reasonChanged();

    QComboBox *m_reason = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_since = nullptr;
    QDateTimeEdit *m_sinceEdit = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace certdesk::ui
