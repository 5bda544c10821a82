#pragma once

#include "ca/certificateauthority.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>

namespace certdesk::ui {

// The private CA hierarchy as a tree: roots (and subordinates whose parent is outside
// certdesk) at the top, each subordinate under the CA that signed it. Siblings by name.
// Deleted CAs stay in the tree, greyed, with the date they are purged.
class CaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, NotAfterColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CaIdRole = Qt::UserRole + 1, // qint64
        StateRole,                   // QString: ACTIVE, DISABLED, EXPIRED, PENDING_CERTIFICATE, DELETED
    };
    Q_ENUM(Role)

    explicit CaTreeModel(QObject *parent = nullptr);

    // Replaces the CAs (a model reset).
    void setCas(const QList<core::CaInfo> &cas);
    const QList<core::CaInfo> &cas() const { return m_cas; }
    const core::CaInfo *ca(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 caId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour of a CA state's dot, readable on the palette.
    static QColor stateColor(core::CaState state, const QPalette &palette);
    // "Active", "Deleted · purged on 2026-07-01", …
    static QString stateText(const core::CaInfo &ca);

private:
    QList<core::CaInfo> m_cas;
    QList<int> m_parent;             // per CA: the index of its parent in m_cas, -1 at the top
    QList<QList<int>> m_children;    // per CA: its children (indexes into m_cas)
    QList<int> m_top;                // the top-level CAs
    QList<int> m_row;                // per CA: its row under its parent
};

} // namespace certdesk::ui
