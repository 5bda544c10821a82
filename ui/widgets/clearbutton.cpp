#include "widgets/clearbutton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace certdesk::ui {

void enableClearButton(QLineEdit *edit, const QString &name)
{
    const QList<QAction *> actionsBefore = edit->findChildren<QAction *>(Qt::FindDirectChildrenOnly);
    const QList<QToolButton *> buttonsBefore = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    edit->setClearButtonEnabled(true);
    // Qt adds a clear action to the field and shows it in a tool button of its own.
    for (QAction *action : edit->findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        if (!actionsBefore.contains(action))
            action->setToolTip(name);
    }
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (!buttonsBefore.contains(button)) {
            button->setAccessibleName(name);
            button->setToolTip(name);
        }
    }
}

} // namespace certdesk::ui
