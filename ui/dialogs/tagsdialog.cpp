#include "dialogs/tagsdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

TagsDialog::TagsDialog(core::Inventory &inventory, QList<qint64> ids, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_ids(std::move(ids))
{
    QString name;
    bool first = true;
    for (qint64 id : m_ids) {
        auto rec = m_inventory.record(id);
        if (!rec)
            continue;
        m_versions.insert(id, rec->version);
        if (first) {
            m_common = rec->tags;
            name = rec->summary.domainName.isEmpty() ? rec->summary.subject : rec->summary.domainName;
            first = false;
        } else {
            m_common.removeIf([&](const core::Tag &t) { return !rec->tags.contains(t); });
        }
    }
    setWindowTitle(m_ids.size() == 1 ? tr("Tags of %1").arg(name) : tr("Tags of %n certificates", nullptr, int(m_ids.size())));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_ids.size() == 1 ? tr("Tags label a certificate for filtering, e.g. env=prod or team=web.")
                                               : tr("Tags shared by all %n certificates. Added tags go to each of them; "
                                                    "removed keys are removed from each.",
                                                    nullptr, int(m_ids.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Key"), tr("Value")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Tags"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *edit = new QGridLayout;
    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(tr("key"));
    m_key->setAccessibleName(tr("Tag key"));
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("value (optional)"));
    m_value->setAccessibleName(tr("Tag value"));
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove selected"), this);
    m_remove->setEnabled(false);
    edit->addWidget(m_key, 0, 0);
    edit->addWidget(new QLabel(QStringLiteral("="), this), 0, 1);
    edit->addWidget(m_value, 0, 2);
    edit->addWidget(m_add, 0, 3);
    edit->addWidget(m_remove, 1, 3);
    auto *limits = new QLabel(tr("Up to %1 tags per certificate; keys up to %2 and values up to %3 characters.")
                                  .arg(core::TagLimits::kMaxTags)
                                  .arg(core::TagLimits::kMaxKeyLength)
                                  .arg(core::TagLimits::kMaxValueLength),
                              this);
    limits->setWordWrap(true);
    limits->setForegroundRole(QPalette::PlaceholderText);
    edit->addWidget(limits, 1, 0, 1, 3);
    layout->addLayout(edit);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, palette().color(QPalette::Base).lightnessF() < 0.5 ? QColor(239, 154, 154)
                                                                                               : QColor(183, 28, 28));
    m_error->setPalette(errorPalette);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    // Return in the key or value field adds the tag; it must not close the dialog.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &TagsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TagsDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_key->text().trimmed().isEmpty()) {
            showError(tr("Type a key for the tag."));
            return;
        }
        stageAdd(m_key->text().trimmed(), m_value->text().trimmed());
        m_key->clear();
        m_value->clear();
        m_key->setFocus();
    });
    connect(m_key, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_value, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto selected = m_list->selectedItems();
        for (QTreeWidgetItem *item : selected)
            stageRemove(item->text(0));
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    setTabOrder(m_list, m_key);
    setTabOrder(m_key, m_value);
    setTabOrder(m_value, m_add);
    rebuildList();
    resize(460, 360);
}

QList<core::Tag> TagsDialog::tags() const
{
    QList<core::Tag> out;
    for (const core::Tag &t : m_common) {
        if (!m_removed.contains(t.first))
            out << t;
    }
    for (const core::Tag &t : m_added) {
        out.removeIf([&](const core::Tag &o) { return o.first == t.first; });
        out << t;
    }
    std::sort(out.begin(), out.end(), [](const core::Tag &a, const core::Tag &b) { return a.first < b.first; });
    return out;
}

void TagsDialog::stageAdd(const QString &key, const QString &value)
{
    m_added.removeIf([&](const core::Tag &t) { return t.first == key; });
    m_added << core::Tag{key, value};
    m_removed.removeAll(key);
    m_error->hide();
    rebuildList();
}

void TagsDialog::stageRemove(const QString &key)
{
    m_added.removeIf([&](const core::Tag &t) { return t.first == key; });
    const bool stored = std::any_of(m_common.cbegin(), m_common.cend(), [&](const core::Tag &t) { return t.first == key; });
    if (stored && !m_removed.contains(key))
        m_removed << key;
    rebuildList();
}

void TagsDialog::rebuildList()
{
    m_list->clear();
    for (const core::Tag &t : tags()) {
        auto *item = new QTreeWidgetItem(m_list, {t.first, t.second});
        const bool added = std::any_of(m_added.cbegin(), m_added.cend(), [&](const core::Tag &a) { return a == t; });
        if (added) {
            QFont f = item->font(0);
            f.setItalic(true);
            item->setFont(0, f);
            item->setFont(1, f);
            item->setToolTip(0, tr("Added when you click OK"));
        }
    }
}

void TagsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString TagsDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

std::optional<qint64> TagsDialog::expectedVersion(qint64 id) const
{
    const auto it = m_versions.constFind(id);
    return it == m_versions.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

bool TagsDialog::apply()
{
    QList<qint64> changed;
    for (qint64 id : m_ids) {
        if (!m_removed.isEmpty()) {
            if (auto r = m_inventory.removeTags(id, m_removed, expectedVersion(id)); !r) {
                showError(r.error().message);
                Q_EMIT tagsChanged(changed << id); // a conflict: show the other change
                return false;
            }
            m_versions[id] += 1;
        }
        if (!m_added.isEmpty()) {
            if (auto r = m_inventory.addTags(id, m_added, expectedVersion(id)); !r) {
                showError(tr("Not tagged: %1").arg(r.error().message));
                Q_EMIT tagsChanged(changed << id);
                return false;
            }
            m_versions[id] += 1;
        }
        changed << id;
    }
    m_common = tags();
    m_added.clear();
    m_removed.clear();
    showError({});
    if (!changed.isEmpty())
        Q_EMIT tagsChanged(changed);
    return true;
}

void TagsDialog::accept()
{
    if (m_added.isEmpty() && m_removed.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (apply())
        QDialog::accept();
}

} // namespace certdesk::ui
