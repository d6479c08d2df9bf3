#pragma once

#include "core/Pack.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace rehearse::ui {

// How the chosen company interviews: stages as a timeline, the qualities it screens
// for, the preparation checklist (ticks are saved), common mistakes, FAQ, pay and
// application advice. Pack text is always shown as plain text.
class GuidePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidePanel)

public:
    explicit GuidePanel(QSqlDatabase db, QWidget *parent = nullptr);

    // Shows the pack with this slug, or the first installed pack when empty or unknown.
    void showPack(const QString &slug = {});
    QString packSlug() const { return m_pack.id; }

private:
    void rebuild();
    void addHeader();
    void addStages();
    void addQualities();
    void addChecklist();
    void addTextSections();
    QLabel *addHeading(const QString &text);
    QLabel *addParagraph(const QString &text, QWidget *parent = nullptr, QLayout *layout = nullptr);
    void updateChecklistProgress();

    QSqlDatabase m_db;
    core::Pack m_pack;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_checklistProgress = nullptr;
    int m_ticked = 0;
};

} // namespace rehearse::ui
