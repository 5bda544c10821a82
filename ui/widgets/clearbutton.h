#pragma once

class QLineEdit;
class QString;

namespace certdesk::ui {

// Shows the line edit's clear button (QLineEdit::setClearButtonEnabled) and gives that
// icon-only button an accessible name and a tooltip, which Qt leaves empty.
void enableClearButton(QLineEdit *edit, const QString &name);

} // namespace certdesk::ui
