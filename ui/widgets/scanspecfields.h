#pragma once

#include "deploy/endpointscanner.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace certdesk::ui {

// What a discovery scan looks at: targets (names, addresses, CIDR ranges), ports (the default
// list filled in), the SNI name, connections at once and the time limit per connection. Used by
// the Discovery page's Scan form and the New Scan dialog.
class ScanSpecFields : public QWidget
{
    Q_OBJECT

public:
    explicit ScanSpecFields(QWidget *parent = nullptr);

    // The spec as the fields stand; a message in *problem when it is not one.
    core::ScanSpec spec(QString *problem = nullptr) const;
    void setSpec(const core::ScanSpec &spec);
    bool isComplete() const;

    QLineEdit *targetsField() const { return m_targets; }
    QLineEdit *portsField() const { return m_ports; }
    QLineEdit *sniField() const { return m_sni; }
    QSpinBox *concurrencyField() const { return m_concurrency; }
    QSpinBox *timeoutField() const { return m_timeout; }
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void changed();

private:
    QFormLayout *m_form = nullptr;
    QLineEdit *m_targets = nullptr;
    QLineEdit *m_ports = nullptr;
    QLineEdit *m_sni = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
};

} // namespace certdesk::ui
