#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rehearse::ui {

// Manage Packs: the installed and removed company packs; import or update one from a file
// (a file with defects is refused and each defect shown with its JSON path), remove one
// (its questions are archived; stories and attempts stay), or add a removed one back.
class PacksDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacksDialog)

public:
    explicit PacksDialog(QSqlDatabase db, QWidget *parent = nullptr);

    bool importFile(const QString &path);
    bool removePack(const QString &slug, bool ask = true);
    bool addBack(const QString &slug);
    QTreeWidget *list() const { return m_list; }
    QString message() const;
    QString issues() const;

signals:
    void packsChanged();

private:
    void reload();
    void chooseFile();
    void updateButtons();
    QString selectedSlug() const;
    void say(const QString &text, bool problem);

    QSqlDatabase m_db;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPlainTextEdit *m_issues;
    QPushButton *m_remove;
    QPushButton *m_addBack;
};

} // namespace rehearse::ui
