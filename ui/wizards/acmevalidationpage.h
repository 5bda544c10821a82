#pragma once

#include "acme/acmevalidation.h"
#include "wizards/validatedpage.h"

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QWidget;

namespace certdesk::ui {

// The Request wizard's ACME validation page: how the CA checks that the names are yours.
// HTTP (http-01): certdesk's own responder on ADDRESS:PORT, or files written into a web root.
// DNS (dns-01): TXT records made by hand (the wizard shows them while the order runs), or RFC 2136
// updates to a DNS server signed with a TSIG key; optionally checked through a resolver, and
// optionally with CNAME delegation to another zone (the CNAMEs to create once are listed). A
// wildcard needs DNS. The page produces a plain core::AcmeValidation.
class AcmeValidationPage : public ValidatedPage
{
    Q_OBJECT

public:
    // names: the request's names (ASCII; wildcards with their "*.").
    AcmeValidationPage(std::function<QStringList()> names, QWidget *parent = nullptr);

    core::AcmeValidation validation() const;
    void initializePage() override;
    // The CNAMEs to create once for the delegation zone, "from → to" per name.
    QList<std::pair<QString, QString>> delegationCnames() const;
    void setTsigKeyFile(const QString &path);

    QRadioButton *httpButton() const { return m_http; }
    QRadioButton *dnsButton() const { return m_dns; }
    QRadioButton *responderButton() const { return m_responder; }
    QRadioButton *webrootButton() const { return m_webroot; }
    QRadioButton *manualButton() const { return m_manual; }
    QRadioButton *rfc2136Button() const { return m_rfc2136; }
    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *webrootEdit() const { return m_webrootPath; }
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *tsigEdit() const { return m_tsigPath; }
    QLabel *tsigLabel() const { return m_tsigInfo; }
    QLineEdit *zoneEdit() const { return m_zone; }
    QLineEdit *resolverEdit() const { return m_resolver; }
    QLineEdit *delegationEdit() const { return m_delegation; }
    QTreeWidget *cnameList() const { return m_cnames; }
    QPushButton *copyCnamesButton() const { return m_copyCnames; }
    QLabel *wildcardNote() const { return m_wildcardNote; }

private:
    void update();
    Problem check() const;
    bool hasWildcard() const;

    std::function<QStringList()> m_names;
    QRadioButton *m_http = nullptr;
    QRadioButton *m_dns = nullptr;
    QWidget *m_httpBox = nullptr;
    QWidget *m_dnsBox = nullptr;
    QRadioButton *m_responder = nullptr;
    QRadioButton *m_webroot = nullptr;
    QLineEdit *m_listen = nullptr;
    QLineEdit *m_webrootPath = nullptr;
    QPushButton *m_webrootBrowse = nullptr;
    QRadioButton *m_manual = nullptr;
    QRadioButton *m_rfc2136 = nullptr;
    QWidget *m_updateBox = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_tsigPath = nullptr;
    QLabel *m_tsigInfo = nullptr;
    QLineEdit *m_zone = nullptr;
    QLineEdit *m_resolver = nullptr;
    QLineEdit *m_delegation = nullptr;
    QTreeWidget *m_cnames = nullptr;
    QPushButton *m_copyCnames = nullptr;
    QLabel *m_wildcardNote = nullptr;
    std::optional<core::TsigKey> m_tsig;
    QString m_tsigProblem;
};

} // namespace certdesk::ui
