#pragma once

#include "inventory/inventory.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

// Adds and removes tags (key=value) of one or more certificates. With several
// certificates it lists the tags they all share; an added tag goes to each of
// them, a removed key from each. ACM's limits (50 tags, keys up to 128 and
// values up to 256 characters) are the inventory's: its message is shown and
// the dialog stays open.
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(core::Inventory &inventory, QList<qint64> ids, QWidget *parent = nullptr);

    // The tags as they will be after OK (staged changes included), ordered by key.
    QList<core::Tag> tags() const;
    void stageAdd(const QString &key, const QString &value);
    void stageRemove(const QString &key);
    // Writes the staged changes; false (and errorText()) when the inventory refused.
    bool apply();
    QString errorText() const;
    QLineEdit *keyField() const { return m_key; }
    QLineEdit *valueField() const { return m_value; }

    void accept() override;

Q_SIGNALS:
    void tagsChanged(const QList<qint64> &ids);

private:
    void rebuildList();
    void showError(const QString &message);

    core::Inventory &m_inventory;
    std::optional<qint64> expectedVersion(qint64 id) const;

    QList<qint64> m_ids;
    QList<core::Tag> m_common; // shared by all before any change
    // The version of each certificate the dialog showed: a save is refused (Conflict) when someone
    // else changed its tags since, instead of overwriting their change.
    QHash<qint64, qint64> m_versions;
    QList<core::Tag> m_added;
    QStringList m_removed;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace certdesk::ui
