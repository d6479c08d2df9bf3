#pragma once

#include <QDialog>
#include <QKeySequence>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

namespace rehearse::ui {

// Help › Keyboard Shortcuts: every shortcut of the application in one table.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry {
        QKeySequence keys;
        QString action;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    static QList<Entry> entries();

private:
    // Alt and the mnemonic letter of a Stories tab label, in the language shown.
    static QKeySequence storiesTabKey(const char *label);

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace rehearse::ui
