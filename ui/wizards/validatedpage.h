#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace certdesk::ui {

// A wizard page that validates itself: a check says what is missing or wrong; Next/Finish
// stay disabled until it says nothing, and the text shows at the bottom of the page (muted for
// something still to fill in, in the error colour for a mistake).
class ValidatedPage : public QWizardPage
{
    Q_OBJECT

public:
    struct Problem
    {
        QString text;         // "" when the page is complete
        bool mistake = false; // false: something still to fill in
    };
    using Check = std::function<Problem()>;

    explicit ValidatedPage(QWidget *parent = nullptr);

    // Where the page's controls go (above the problem line).
    QVBoxLayout *body() const { return m_body; }
    void setCheck(Check check);
    bool isComplete() const override;
    Problem problem() const;
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    // Runs the check again (connect the page's controls' change signals here).
    void recheck();

private:
    Check m_check;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace certdesk::ui
