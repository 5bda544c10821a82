#include "pages/activitypage.h"

#include "models/eventtablemodel.h"
#include "models/labels.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk::ui {

ActivityPage::ActivityPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    m_model = new EventTableModel(inventory, EventTableModel::kDefaultLimit, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setTabKeyNavigation(false); // whole rows: Tab moves on instead of walking the cells
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm(m_view->font());
    header->resizeSection(EventTableModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 24);
    header->resizeSection(EventTableModel::KindColumn, fm.horizontalAdvance(Labels::eventKind(QStringLiteral("key-import"))) + 24);
    header->resizeSection(EventTableModel::SubjectColumn,
                          fm.horizontalAdvance(QStringLiteral("selfsigned.example.test.internal")) + 24);
    header->resizeSection(EventTableModel::ActorColumn, fm.horizontalAdvance(QStringLiteral("administrator")) + 24);
    header->setSectionResizeMode(EventTableModel::DetailColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model->lastError().isEmpty())
            m_caption->setText(tr("Cannot read the activity log: %1").arg(m_model->lastError()));
        else if (m_model->rowCount() == 0)
            m_caption->setText(tr("Nothing has happened in this inventory yet."));
        else if (m_model->rowCount() >= m_model->limit())
            m_caption->setText(tr("The latest %Ln events, newest first.", nullptr, m_model->rowCount()));
        else if (m_model->rowCount() == 1)
            m_caption->setText(tr("1 event."));
        else
            m_caption->setText(tr("%Ln events, newest first.", nullptr, m_model->rowCount()));
    });
    refresh();
}

void ActivityPage::refresh() { m_model->reload(); }

} // namespace certdesk::ui
