#pragma once

#include "inventory/inventory.h"

#include <QDateTime>
#include <QTreeWidget>

namespace certdesk::ui {

// The certificates that expire next: name, issuer, expiry date and days left (coloured by
// urgency). A row clicks (or Enter) through: certificateClicked(summary).
class NextToExpireList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, IssuerColumn, ExpiresColumn, DaysLeftColumn };

    explicit NextToExpireList(QWidget *parent = nullptr);

    void setCertificates(const QList<core::CertificateSummary> &certificates, const QDateTime &now);
    const QList<core::CertificateSummary> &certificates() const { return m_certificates; }

Q_SIGNALS:
    void certificateClicked(const certdesk::core::CertificateSummary &certificate);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();

    QList<core::CertificateSummary> m_certificates;
    QDateTime m_now;
};

} // namespace certdesk::ui
