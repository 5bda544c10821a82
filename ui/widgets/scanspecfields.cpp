#include "widgets/scanspecfields.h"

#include "models/deploylabels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace certdesk::ui {

ScanSpecFields::ScanSpecFields(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_targets = new QLineEdit(this);
    m_targets->setPlaceholderText(tr("www.example.com, 10.0.0.0/24, 192.0.2.7"));
    m_targets->setAccessibleName(tr("Targets"));
    m_targets->setToolTip(tr("Host names, IPv4 or IPv6 addresses and CIDR ranges, separated by commas or spaces"));
    m_form->addRow(tr("T&argets:"), m_targets);
    m_ports = new QLineEdit(DeployLabels::ports(core::defaultScanPorts()), this);
    m_ports->setAccessibleName(tr("Ports"));
    m_ports->setToolTip(tr("Ports and ranges (443,8443,9000-9010). SMTP, IMAP, POP3 and PostgreSQL ports are "
                           "probed with STARTTLS."));
    m_form->addRow(tr("&Ports:"), m_ports);
    m_sni = new QLineEdit(this);
    m_sni->setPlaceholderText(tr("default: each host name (none for addresses)"));
    m_sni->setAccessibleName(tr("SNI name"));
    m_form->addRow(tr("SN&I name:"), m_sni);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, core::ScanSpec::kMaxConcurrency);
    m_concurrency->setValue(core::ScanSpec::kDefaultConcurrency);
    m_concurrency->setAccessibleName(tr("Connections at once"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(100, 60000);
    m_timeout->setSingleStep(500);
    m_timeout->setValue(core::ScanSpec::kDefaultTimeoutMs);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setAccessibleName(tr("Time limit per connection"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_concurrency);
    auto *timeoutLabel = new QLabel(tr("&Time limit per connection:"), this);
    timeoutLabel->setBuddy(m_timeout);
    row->addSpacing(12);
    row->addWidget(timeoutLabel);
    row->addWidget(m_timeout);
    row->addStretch(1);
    auto *concurrencyLabel = new QLabel(tr("&Connections at once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    m_form->addRow(concurrencyLabel, row);
    for (QLineEdit *e : {m_targets, m_ports, m_sni})
        connect(e, &QLineEdit::textChanged, this, &ScanSpecFields::changed);
}

core::ScanSpec ScanSpecFields::spec(QString *problem) const
{
    core::ScanSpec s;
    for (const QString &t : m_targets->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        s.targets << t;
    s.sni = m_sni->text().trimmed();
    s.concurrency = m_concurrency->value();
    s.timeoutMs = m_timeout->value();
    QString p;
    if (s.targets.isEmpty())
        p = tr("Name at least one host, address or range to scan.");
    if (m_ports->text().trimmed().isEmpty()) {
        s.ports = core::defaultScanPorts();
    } else if (auto ports = core::parsePortList(m_ports->text()); ports) {
        s.ports = *ports;
    } else if (p.isEmpty()) {
        p = tr("Ports: %1").arg(ports.error().message);
    }
    if (problem)
        *problem = p;
    return s;
}

void ScanSpecFields::setSpec(const core::ScanSpec &spec)
{
    m_targets->setText(spec.targets.join(QStringLiteral(", ")));
    m_ports->setText(DeployLabels::ports(spec.ports.isEmpty() ? core::defaultScanPorts() : spec.ports));
    m_sni->setText(spec.sni);
    m_concurrency->setValue(spec.concurrency);
    m_timeout->setValue(spec.timeoutMs);
}

bool ScanSpecFields::isComplete() const
{
    QString problem;
    spec(&problem);
    return problem.isEmpty();
}

} // namespace certdesk::ui
