// Drives the real main window the way a user does, for tst_storykill:
//   story_typist type DIR   Ctrl+3, Ctrl+N, types a story with Tab between the fields,
//                           prints "typed" and waits to be killed
//   story_typist show DIR   starts as the app would, opens Stories and prints what the
//                           editor shows, as JSON
#include "AppWindow.h"
#include "TypeText.h"
#include "ui/MainWindow.h"
#include "ui/StoriesPanel.h"
#include "ui/StoryEditor.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

using namespace rehearse;

namespace {

// What the user types, field by field, in Tab order.
const QStringList Typed{QStringLiteral("Billing outage on launch night"),
                        QStringLiteral("Payments failed at 9pm for every customer in the EU."),
                        QStringLiteral("I was on call: restore billing without losing orders."),
                        QStringLiteral("I rolled back the release, paged the owner and replayed the queue."),
                        QStringLiteral("Back in 12 minutes, no order lost — naïve café test.")};

int fail(const char *what)
{
    std::fprintf(stderr, "story_typist: %s\n", what);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rehearse"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("type") && args[1] != QLatin1String("show")))
        return fail("usage: story_typist type|show DIR");

    test::AppWindow opened(args[2]);
    if (!opened.error().isEmpty())
        return fail(qPrintable(opened.error()));
    ui::MainWindow &window = opened.window();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *panel = qobject_cast<ui::StoriesPanel *>(window.panel(ui::MainWindow::Stories));
    if (!panel || window.currentPanel() != ui::MainWindow::Stories)
        return fail("Ctrl+3 did not show the stories");

    if (args[1] == QLatin1String("show")) {
        ui::StoryEditor *editor = panel->editor();
        QJsonObject shown{{QStringLiteral("title"), editor->titleEdit()->text()}};
        for (core::StoryPart part : core::StarParts)
            shown.insert(core::partKey(part).toLower(), editor->partEdit(part)->toPlainText());
        std::printf("%s\n", QJsonDocument(shown).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    for (int i = 0; i < Typed.size(); ++i) {
        QWidget *field = QApplication::focusWidget();
        if (!field)
            return fail("no field has the focus");
        test::typeText(field, Typed[i]);
        if (i + 1 < Typed.size())
            QTest::keyClick(field, Qt::Key_Tab);
    }
    std::printf("typed\n");
    std::fflush(stdout);
    return app.exec();
}
