#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

// Delete with confirmation. The question names what goes (how many, the first names) and says
// that private keys stay in the encrypted key store: Inventory::remove deletes the certificate,
// its names and tags, but keys are stored by public key and are only unlinked (they come back
// with the certificate if it is imported again).
class DeleteCertificatesCommand : public QObject
{
    Q_OBJECT

public:
    DeleteCertificatesCommand(core::Inventory &inventory, QList<qint64> ids, QWidget *parent);

    // The question asked (built from the inventory; for tests and the dialog).
    QString question() const;
    QString details() const;
    // Asks (window-modal, not blocking) and deletes on "Delete"; deletes itself when done.
    void start();
    QMessageBox *confirmation() const;
    // Deletes without asking (after the confirmation).
    void run();

Q_SIGNALS:
    // removed: ids deleted; errors: "name: why" per certificate that stayed (in use by deployments,
    // ...); the others are deleted all the same. Emitted also when cancelled (both empty).
    void finished(const QList<qint64> &removed, const QStringList &errors);

private:
    QString nameOf(qint64 id) const;

    core::Inventory &m_inventory;
    QList<qint64> m_ids;
    QWidget *m_parent;
    QPointer<QMessageBox> m_box;
};

} // namespace certdesk::ui
