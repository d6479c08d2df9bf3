#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QWidget;

namespace rehearse::ui {

// Help › About Rehearse, and the application icon that it and the window show.
class AboutBox final {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // The version, the licence, the data folder as a link that opens it, and the
    // third-party components Rehearse links.
    static QString text(const QString &dataPath);
    // The icon the package installs (packaging/icons), from the resources.
    static QIcon applicationIcon();
    static void show(QWidget *parent, const QString &dataPath);

private:
    static QString speechComponent();
};

} // namespace rehearse::ui
