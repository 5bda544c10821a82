#include "commands/deletecertificatescommand.h"

#include "inventory/inventory.h"

#include <QMessageBox>
#include <QPushButton>

namespace certdesk::ui {

namespace {

constexpr int kNamesShown = 5;

} // namespace

DeleteCertificatesCommand::DeleteCertificatesCommand(core::Inventory &inventory, QList<qint64> ids, QWidget *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_ids(std::move(ids))
    , m_parent(parent)
{
}

QMessageBox *DeleteCertificatesCommand::confirmation() const { return m_box.data(); }

QString DeleteCertificatesCommand::question() const
{
    QStringList names;
    for (qint64 id : m_ids.mid(0, kNamesShown)) {
        auto rec = m_inventory.record(id);
        if (rec)
            names << (rec->summary.domainName.isEmpty() ? rec->summary.subject : rec->summary.domainName);
    }
    const int more = int(m_ids.size()) - int(names.size());
    QString list = QStringLiteral("<ul>");
    for (const QString &n : names)
        list += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
    if (more > 0)
        list += QStringLiteral("<li>") + tr("and %n more", nullptr, more) + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    return (m_ids.size() == 1 ? tr("Delete this certificate from the inventory?")
                              : tr("Delete these %n certificates from the inventory?", nullptr, int(m_ids.size())))
        + list;
}

QString DeleteCertificatesCommand::details() const
{
    int withKey = 0;
    for (qint64 id : m_ids)
        withKey += m_inventory.hasPrivateKey(id) ? 1 : 0;
    QString text = tr("Their names, tags and the link to their private keys go with them. The deletion is recorded "
                      "in the activity log and cannot be undone.");
    if (withKey > 0)
        text += QStringLiteral("<br><br>")
            + tr("%n of them have a private key: the keys stay encrypted in the key store and are attached "
                 "again if the certificate is imported again.",
                 nullptr, withKey);
    // Certificates that deployments write are refused (as ACM's ResourceInUse): say so before.
    if (const auto extras = m_inventory.summaryExtras(m_ids, 0); extras) {
        QStringList deployed;
        for (qint64 id : m_ids) {
            if (extras->value(id).deployments > 0)
                deployed << nameOf(id).toHtmlEscaped();
        }
        if (!deployed.isEmpty())
            text += QStringLiteral("<br><br><b>")
                + (deployed.size() == 1 ? tr("In use: %1 is written by a deployment and will not be deleted; remove its "
                                             "deployments on the Deployments page first.")
                                              .arg(deployed.first())
                                        : tr("In use: %1 are written by deployments and will not be deleted; remove "
                                             "their deployments on the Deployments page first.")
                                              .arg(deployed.mid(0, kNamesShown).join(QStringLiteral(", "))))
                + QStringLiteral("</b>");
    }
    return text;
}

void DeleteCertificatesCommand::start()
{
    if (m_ids.isEmpty()) {
        Q_EMIT finished({}, {});
        deleteLater();
        return;
    }
    m_box = new QMessageBox(QMessageBox::Warning, tr("Delete certificates"), question(), QMessageBox::NoButton, m_parent);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setTextFormat(Qt::RichText);
    m_box->setInformativeText(details());
    QPushButton *remove = m_box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    m_box->addButton(QMessageBox::Cancel);
    m_box->setDefaultButton(QMessageBox::Cancel); // a stray Enter keeps the certificates
    connect(m_box, &QMessageBox::finished, this, [this, remove] {
        if (m_box && m_box->clickedButton() == remove) {
            run();
        } else {
            Q_EMIT finished({}, {});
        }
        deleteLater();
    });
    m_box->open();
}

QString DeleteCertificatesCommand::nameOf(qint64 id) const
{
    const auto rec = m_inventory.record(id);
    if (!rec)
        return QStringLiteral("#%1").arg(id);
    return rec->summary.domainName.isEmpty() ? rec->summary.subject : rec->summary.domainName;
}

void DeleteCertificatesCommand::run()
{
    // One at a time: a certificate that may not go (deployments write it) stays, the others go.
    QList<qint64> removed;
    QStringList errors;
    for (qint64 id : m_ids) {
        const QString name = nameOf(id); // before it is gone
        if (auto r = m_inventory.remove(id); r)
            removed << id;
        else
            errors << tr("%1: %2").arg(name, r.error().message);
    }
    Q_EMIT finished(removed, errors);
}

} // namespace certdesk::ui
