#include "models/eventtablemodel.h"

#include "models/labels.h"

namespace certdesk::ui {

EventTableModel::EventTableModel(core::Inventory &inventory, int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
    , m_limit(limit)
{
    reload();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Event &e = m_events.at(index.row());
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        case SubjectColumn:
            return e.certificateId ? tr("Certificate %1").arg(*e.certificateId) : QVariant();
        case DetailColumn:
            return e.detail;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case KindColumn:
        return Labels::eventKind(e.kind);
    case SubjectColumn:
        return e.subject;
    case DetailColumn:
        return e.detail;
    case ActorColumn:
        return e.actor;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case SubjectColumn:
        return tr("Subject");
    case DetailColumn:
        return tr("Details");
    case ActorColumn:
        return tr("By");
    default:
        return {};
    }
}

void EventTableModel::reload()
{
    beginResetModel();
    auto events = m_inventory.events({}, m_limit);
    m_events = events ? *events : QList<core::Event>();
    m_lastError = events ? QString() : events.error().message;
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

} // namespace certdesk::ui
