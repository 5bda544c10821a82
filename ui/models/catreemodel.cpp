#include "models/catreemodel.h"

#include "models/labels.h"
#include "theme/theme.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace certdesk::ui {

namespace {

QString day(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd")); }

QPixmap dot(const QColor &colour, bool hollow)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (hollow) {
        p.setPen(QPen(colour, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(1.5, 1.5, 7, 7));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, 8, 8));
    }
    return pixmap;
}

} // namespace

CaTreeModel::CaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CaTreeModel::setCas(const QList<core::CaInfo> &cas)
{
    beginResetModel();
    m_cas = cas;
    const int n = int(m_cas.size());
    m_parent = QList<int>(n, -1);
    m_children = QList<QList<int>>(n);
    m_row = QList<int>(n, 0);
    m_top.clear();
    QHash<qint64, int> byId;
    for (int i = 0; i < n; ++i)
        byId.insert(m_cas.at(i).id, i);
    for (int i = 0; i < n; ++i) {
        const core::CaInfo &ca = m_cas.at(i);
        const int parent = ca.parentId ? byId.value(*ca.parentId, -1) : -1;
        m_parent[i] = parent == i ? -1 : parent;
    }
    // A parent chain that loops (it should not) is cut where it closes: such a CA goes to the top.
    for (int i = 0; i < n; ++i) {
        int steps = 0;
        for (int p = m_parent[i]; p >= 0 && steps <= n; p = m_parent[p])
            ++steps;
        if (steps > n)
            m_parent[i] = -1;
    }
    for (int i = 0; i < n; ++i)
        (m_parent[i] < 0 ? m_top : m_children[m_parent[i]]).append(i);
    const auto byName = [this](int a, int b) {
        const int c = m_cas.at(a).name.compare(m_cas.at(b).name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : m_cas.at(a).id < m_cas.at(b).id;
    };
    std::sort(m_top.begin(), m_top.end(), byName);
    for (QList<int> &children : m_children)
        std::sort(children.begin(), children.end(), byName);
    for (int r = 0; r < m_top.size(); ++r)
        m_row[m_top.at(r)] = r;
    for (const QList<int> &children : std::as_const(m_children)) {
        for (int r = 0; r < children.size(); ++r)
            m_row[children.at(r)] = r;
    }
    endResetModel();
}

const core::CaInfo *CaTreeModel::ca(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype i = qsizetype(index.internalId()) - 1;
    return i >= 0 && i < m_cas.size() ? &m_cas.at(i) : nullptr;
}

QModelIndex CaTreeModel::indexOf(qint64 caId, int column) const
{
    for (int i = 0; i < m_cas.size(); ++i) {
        if (m_cas.at(i).id == caId)
            return createIndex(m_row.at(i), column, quintptr(i + 1));
    }
    return {};
}

QModelIndex CaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> *list = &m_top;
    if (parent.isValid()) {
        if (parent.column() != 0 || !ca(parent))
            return {};
        list = &m_children.at(int(parent.internalId()) - 1);
    }
    if (row >= list->size())
        return {};
    return createIndex(row, column, quintptr(list->at(row) + 1));
}

QModelIndex CaTreeModel::parent(const QModelIndex &child) const
{
    if (!ca(child))
        return {};
    const int p = m_parent.at(int(child.internalId()) - 1);
    return p < 0 ? QModelIndex() : createIndex(m_row.at(p), 0, quintptr(p + 1));
}

int CaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || !ca(parent))
        return 0;
    return int(m_children.at(int(parent.internalId()) - 1).size());
}

int CaTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QColor CaTreeModel::stateColor(core::CaState state, const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    switch (state) {
    case core::CaState::Active:
        return dark ? QColor(102, 187, 106) : QColor(46, 125, 50);
    case core::CaState::PendingCertificate:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb0, 0x6d, 0x00);
    case core::CaState::Expired:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case core::CaState::Disabled:
    case core::CaState::Deleted:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString CaTreeModel::stateText(const core::CaInfo &ca)
{
    const QString state = Labels::caState(core::caStateName(ca.state));
    if (ca.state == core::CaState::Deleted && ca.purgeAt.isValid())
        return tr("%1 · purged on %2").arg(state, day(ca.purgeAt));
    return state;
}

QVariant CaTreeModel::data(const QModelIndex &index, int role) const
{
    const core::CaInfo *c = ca(index);
    if (!c)
        return {};
    const bool deleted = c->state == core::CaState::Deleted;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c->name;
        case StateColumn:
            return stateText(*c);
        case NotAfterColumn:
            return c->notAfter.isValid() ? day(c->notAfter) : QStringLiteral("—");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return dot(stateColor(c->state, QGuiApplication::palette()),
                       c->state == core::CaState::Disabled || deleted);
        break;
    case Qt::ForegroundRole:
        if (deleted)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == NotAfterColumn && c->state == core::CaState::Expired)
            return stateColor(c->state, QGuiApplication::palette());
        break;
    case Qt::ToolTipRole: {
        QString tip = c->subject.isEmpty() ? c->name : c->subject;
        if (c->externalParent)
            tip += QLatin1Char('\n') + tr("Signed by a CA outside certdesk");
        if (deleted && c->purgeAt.isValid())
            tip += QLatin1Char('\n') + tr("Deleted; can be restored until %1").arg(day(c->purgeAt));
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return stateText(*c);
    case CaIdRole:
        return c->id;
    case StateRole:
        return core::caStateName(c->state);
    }
    return {};
}

QVariant CaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case NotAfterColumn:
        return tr("Valid until");
    }
    return {};
}

} // namespace certdesk::ui
