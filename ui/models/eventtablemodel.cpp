#include "models/eventtablemodel.h"

#include "models/labels.h"

#include <QScopedValueRollback>

namespace certdesk::ui {

EventTableModel::EventTableModel(core::Inventory &inventory, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
    , m_pageSize(qMax(1, pageSize))
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

void EventTableModel::setFilter(const core::EventFilter &filter)
{
    m_filter = filter;
    reload();
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_complete && !m_busy; }

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Anything connected to the model's signals may ask for more while we insert: not now.
    const QScopedValueRollback busy(m_busy, true);
    const QList<core::Event> page = readPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.size()) - 1);
    m_events.append(page);
    endInsertRows();
}

QList<core::Event> EventTableModel::readPage()
{
    auto page = m_inventory.events(m_filter, m_events.isEmpty() ? 0 : m_events.constLast().id, m_pageSize);
    if (!page) {
        m_complete = true; // stop asking until the next reload
        m_lastError = page.error().message;
        Q_EMIT errorOccurred(m_lastError);
        return {};
    }
    m_complete = page->size() < m_pageSize;
    return *page;
}

void EventTableModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_complete = false;
    m_lastError.clear();
    m_events = readPage(); // the first page at once, so the page can say at once whether there is anything
    endResetModel();
}

} // namespace certdesk::ui
